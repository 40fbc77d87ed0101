"""The sync dialogs (pytest-qt) against a real PostgreSQL server: making a copy, syncing, resolving."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

import pytest

from app import editing
from app.sync import service as sync
from app.catalogue import Catalogue
from app.criteria import Criteria
from db import connection
from db import models as m
from tests.pg_server import LIBRARIAN, LIBRARIAN_PASSWORD
from ui.sync import sync_dialog
from ui.sync.sync_dialog import ConflictMergeDialog, MakeCopyDialog, SyncDialog


@contextmanager
def on(cat):
    with m.database.bound(cat.database):
        yield cat


@pytest.fixture
def field_copy(pg_url, tmp_path):
    sync.make_offline_copy(pg_url, tmp_path / "field.db")
    cat = Catalogue.open(tmp_path / "field.db", seed=False)
    yield cat
    cat.close()


def conflict_on(copy, pg_url) -> str:
    server = Catalogue(connection.open_catalogue(pg_url, bind=False))
    try:
        with on(server):
            uid = server.rows(server.search(Criteria()).ids)[0].uid
            rec = server.record(uid)
            editing.update(server, uid, replace(rec, title="Office title", year=2001), rec.version)
    finally:
        server.database.close()
    rec = copy.record(uid)
    editing.update(copy, uid, replace(rec, title="Field title", notes="seen in the field"), rec.version)
    return uid


def test_make_copy_dialog_makes_the_copy_and_offers_it(qtbot, pg_url, tmp_path):
    cat = Catalogue.open(pg_url, seed=False)
    try:
        dialog = MakeCopyDialog(cat, suggested_folder=tmp_path)
        qtbot.addWidget(dialog)
        assert dialog.address.text() == pg_url and dialog.path.text().endswith("-offline.db")
        with qtbot.waitSignal(dialog.copy_made, timeout=30000) as made:
            dialog.make_button.click()
        assert made.args[0] == dialog.path.text()
        assert "Made the offline copy" in dialog.status.text() and "20 received" in dialog.status.text()
        qtbot.waitUntil(lambda: dialog.make_button.isEnabled())
    finally:
        cat.close()


def test_make_copy_dialog_asks_for_a_password(qtbot, pg_server, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    name = pg_server.new_database("seeded", owner=LIBRARIAN)
    for (table,) in pg_server.sql(name, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER TABLE {table} OWNER TO {LIBRARIAN}")
    for (seq,) in pg_server.sql(name, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER SEQUENCE {seq} OWNER TO {LIBRARIAN}")
    asked = []
    monkeypatch.setattr(sync_dialog, "ask_password", lambda parent, message: asked.append(message) or LIBRARIAN_PASSWORD)
    local = Catalogue.open(tmp_path / "here.db")
    try:
        dialog = MakeCopyDialog(local, suggested_folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.address.setText(pg_server.url(name, LIBRARIAN))
        with qtbot.waitSignal(dialog.copy_made, timeout=30000):
            dialog.make_button.click()
        assert asked and "needs a password" in asked[0]
        assert LIBRARIAN_PASSWORD not in dialog.status.text() + dialog.address.text()
    finally:
        local.close()


def test_sync_dialog_syncs_lists_conflicts_and_resolves_them(qtbot, field_copy, pg_url):
    uid = conflict_on(field_copy, pg_url)
    reported: list = []
    dialog = SyncDialog(field_copy, start=False, report=reported.append)
    qtbot.addWidget(dialog)
    assert "Offline copy of" in dialog.heading.text()
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.conflict_list.count() == 1, timeout=30000)
    assert "1 conflict to resolve" in dialog.status.text() and "1 conflict" in sync_dialog.last_synced_text(field_copy)
    dialog.conflict_list.setCurrentRow(0)
    assert dialog.theirs_button.isEnabled()
    synced = len(reported)                      # the sync's own changes came through the runner first
    dialog.theirs_button.click()
    assert len(reported) == synced + 1 and reported[-1].updated == {uid}
    assert field_copy.record(uid).title == "Office title" and dialog.conflict_list.count() == 0
    qtbot.waitUntil(lambda: dialog.sync_button.isEnabled(), timeout=30000)


def test_merge_field_by_field(qtbot, field_copy, pg_url):
    uid = conflict_on(field_copy, pg_url)
    sync.sync(field_copy)
    [conflict] = sync.conflicts(field_copy)
    dialog = ConflictMergeDialog(conflict.local, conflict.remote)
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"title", "year", "notes"}
    dialog.choose("title", 0)
    dialog.choose("year", 1)
    merged = dialog.merged_record()
    assert (merged.title, merged.year, merged.notes) == ("Field title", 2001, "seen in the field")
    sync.resolve_conflict(field_copy, uid, merged)
    assert not sync.sync(field_copy).conflicts
    assert field_copy.record(uid).year == 2001
