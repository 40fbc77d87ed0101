"""The shared-catalogue features wired into the main window (pytest-qt): the File menu's sync
actions, Sync now only on an offline copy, and the "last synced" line in the status bar."""
from __future__ import annotations

import pytest

from app.sync import service as sync
from app.catalogue import Catalogue
from app.criteria import Criteria
from tests.ui_helpers import make_window, settle
from ui.sync import sync_commands, sync_dialog


@pytest.fixture
def field_copy(tmp_path):
    """An offline copy of a seeded SQLite catalogue standing in as the shared one."""
    server = Catalogue.open(tmp_path / "office.db")
    server.close()
    sync.make_offline_copy(str(tmp_path / "office.db"), tmp_path / "field.db")
    cat = Catalogue.open(tmp_path / "field.db", seed=False)
    yield cat
    cat.close()


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menu("file").actions()]


def test_the_file_menu_has_the_shared_catalogue_actions(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    texts = file_menu_texts(window)
    for text in ("Open &shared catalogue…", "Make offline &copy…", "S&ync now", "Sync (pu&ll only)"):
        assert text in texts


def test_sync_now_is_disabled_on_a_plain_catalogue(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    assert not window.actions.sync_now.isEnabled() and not window.actions.sync_pull.isEnabled()
    assert window.sync_label.text() == "" and not window.sync_label.isVisibleTo(window)


def test_an_offline_copy_enables_sync_and_shows_when_it_last_synced(qtbot, field_copy, tmp_path):
    window = make_window(qtbot, field_copy, tmp_path / "s.ini")
    assert window.actions.sync_now.isEnabled() and window.actions.sync_pull.isEnabled()
    text = window.sync_label.text()
    assert text == sync_dialog.last_synced_text(field_copy) and text.startswith("Offline copy of")
    assert "last synced" in text and window.sync_label.isVisibleTo(window)
    # The Library sidebar says it too.
    assert window.library.sync_status.text() == text and window.library.sync_status.isVisibleTo(window.library)


def test_switching_to_a_plain_catalogue_clears_the_sync_line(qtbot, field_copy, tmp_path):
    window = make_window(qtbot, field_copy, tmp_path / "s.ini")
    assert window.open_catalogue(tmp_path / "office.db")
    settle(qtbot, window)
    assert window.sync_label.text() == "" and not window.actions.sync_now.isEnabled()
    assert not window.library.sync_status.isVisibleTo(window.library)
    assert window.open_catalogue(tmp_path / "field.db")
    settle(qtbot, window)
    assert window.sync_label.text().startswith("Offline copy of") and window.actions.sync_now.isEnabled()


def test_a_password_prompt_cancelled_keeps_the_catalogue(qtbot, catalogue, tmp_path, monkeypatch):
    from db.errors import PasswordRequired

    def wants_password(*_args, **_kwargs):
        raise PasswordRequired("password needed")
    asked: list[str] = []
    monkeypatch.setattr(sync_commands.Catalogue, "open", wants_password)
    monkeypatch.setattr(sync_dialog, "ask_password", lambda _parent, message: asked.append(message))
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    assert not window.open_catalogue("postgresql://someone@localhost:1/none")
    assert asked == ["password needed"] and window.catalogue is catalogue


def test_sync_now_brings_the_shared_catalogues_edits_into_the_window(qtbot, field_copy, tmp_path, monkeypatch):
    from dataclasses import replace

    from app import editing
    from app.criteria import Criteria
    from db import models as m
    office = Catalogue.open(tmp_path / "office.db", seed=False)
    with m.database.bound(office.database):
        uid = office.rows(office.search(Criteria()).ids)[0].uid
        rec = office.record(uid)
        editing.update(office, uid, replace(rec, title="Retitled at the office"), rec.version)
    office.database.close()
    window = make_window(qtbot, field_copy, tmp_path / "s.ini")
    before = window.sync_label.text()
    monkeypatch.setattr(sync_dialog.SyncDialog, "exec", lambda dialog: qtbot.waitUntil(
        lambda: "Synced:" in dialog.status.text(), timeout=20000))
    window.actions.sync_now.trigger()
    settle(qtbot, window)
    assert "Retitled at the office" in [window.model.row_data(r).title for r in range(window.model.rowCount())]
    assert window.sync_label.text().startswith("Offline copy of") and before.startswith("Offline copy of")


def test_a_sync_from_the_window_reaches_the_table_through_the_job_runner(qtbot, field_copy, tmp_path):
    """File › Sync now: the sync's Changes come to the window by the runner's report (no signal of
    the dialog's own), so the record changed on the server shows in the table with no reload."""
    from dataclasses import replace

    from app import editing
    from tests.test_sync import on, open_unbound
    from tests.ui_helpers import check, when_modal
    server = open_unbound(tmp_path / "office.db")
    with on(server):
        record = server.record(field_copy.rows(field_copy.search(Criteria()).ids[:1])[0].uid)
        editing.update(server, record.uid, replace(record, title="Renamed on the server"), record.version)
    server.database.close()
    uid = record.uid
    window = make_window(qtbot, field_copy, tmp_path / "s.ini")
    applied = []
    original = window.apply_changes
    window.apply_changes = lambda changes: (applied.append(changes), original(changes))

    def in_dialog(dialog):
        qtbot.waitUntil(lambda: "Synced" in dialog.status.text(), timeout=30000)
        dialog.reject()
    seen = when_modal(in_dialog)
    sync_commands.sync_dialog_for(window)
    check(seen)
    assert len(applied) == 1 and uid in applied[0].updated
    settle(qtbot, window)
    titles = [window.table.model().index(r, 0).data() for r in range(window.table.model().rowCount())]
    assert "Renamed on the server" in titles
