"""Backups before destructive work on a catalogue on PostgreSQL: the records touched are saved as a
package in the backup folder, the last few kept, and ``import`` puts them back."""
from __future__ import annotations

import json
import zipfile
from dataclasses import replace

import pytest

from app import bulk_edit, duplicates, editing, server_backups, vocabularies
from app.bulk_edit import AddValue
from app.catalogue import Catalogue
from main import main


@pytest.fixture
def backups(tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    monkeypatch.setenv(server_backups.ENV_VAR, str(folder))
    return folder


@pytest.fixture
def server(pg_url):
    cat = Catalogue.open(pg_url, seed=False)
    yield cat
    cat.close()


def _uids(cat) -> list[str]:
    return sorted(cat.database.execute_sql("SELECT uid FROM resource").fetchall())


def _manifest(path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def _import(location, path, *extra) -> int:
    return main(["--db", str(location), "import", str(path), *extra])


def test_empty_trash_saves_the_records_and_import_brings_them_back(server, pg_url, backups, capsys):
    uids = [u for (u,) in _uids(server)][:3]
    editing.delete(server, uids)
    [first] = server_backups.list_backups(server)           # deleting several: a backup too
    assert _manifest(first)["backup"] == "before-delete" and _manifest(first)["records"] == 3
    before = {u: server.record(u) for u in uids}
    editing.empty_trash(server)
    assert all(server.record(u) is None for u in uids)
    latest = server_backups.list_backups(server)[-1]
    assert latest.name.endswith("-before-purge.zip") and latest.parent.parent == backups
    assert _manifest(latest)["records"] == 3
    assert _import(pg_url, latest) == 0
    server.invalidate_vocabularies()
    for uid in uids:
        back = server.record(uid)
        assert back is not None and back.title == before[uid].title and back.deleted_at is not None


def test_bulk_edit_and_merges_are_backed_up_and_restored(server, pg_url, backups, capsys):
    uids = [u for (u,) in _uids(server)]
    titles = {u: server.record(u).title for u in uids}
    themes = {u: sorted(server.record(u).themes) for u in uids}
    bulk_edit.apply(server, uids[:5], AddValue("theme", "housing and living conditions"))
    edited = server_backups.list_backups(server)[-1]
    assert _manifest(edited)["backup"] == "before-bulk-edit" and _manifest(edited)["records"] == 5
    survivor, loser = server.record(uids[5]), server.record(uids[6])
    duplicates.merge(server, survivor.uid, loser.uid, replace(survivor, title="Merged"),
                     {survivor.uid: survivor.version, loser.uid: loser.version})
    merged = server_backups.list_backups(server)[-1]
    assert _manifest(merged)["backup"] == "before-merge" and _manifest(merged)["records"] == 2
    theme = next(v for v in vocabularies.values(server, "theme") if v.count)
    others = next(v for v in vocabularies.values(server, "theme") if v.name != theme.name)
    vocabularies.merge_values(server, "theme", theme.name, others.name)
    assert _manifest(server_backups.list_backups(server)[-1])["records"] == theme.count

    assert _import(pg_url, edited) == 0 and "5 updated" in capsys.readouterr().out
    assert _import(pg_url, merged) == 0
    server.invalidate_vocabularies()
    for uid in uids[:5]:
        assert sorted(server.record(uid).themes) == themes[uid]
    assert server.record(survivor.uid).title == titles[survivor.uid]
    assert server.record(loser.uid).deleted_at is None      # the merged-away record is back


def test_import_replacing_records_is_backed_up_and_only_the_last_few_kept(server, pg_url, backups, tmp_path,
                                                                          capsys):
    uid = _uids(server)[0][0]
    title = server.record(uid).title
    csv = tmp_path / "in.csv"
    csv.write_text(f"uuid,title\n{uid},Replaced by an import\n", encoding="utf-8")
    assert _import(pg_url, csv, "--format", "csv", "--on-duplicate", "update") == 0
    out = capsys.readouterr().out
    [package] = server_backups.list_backups(server)
    assert f"backup: {package}" in out and _manifest(package)["records"] == 1
    assert _import(pg_url, package) == 0
    assert server.record(uid).title == title
    for _ in range(4):
        server_backups.before_destructive(server, [uid], "test", keep=3)
    assert len(server_backups.list_backups(server)) == 3


def test_a_backup_that_cannot_be_written_stops_the_work(server, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(server_backups.ENV_VAR, str(blocker / "backups"))
    uids = [u for (u,) in _uids(server)][:2]
    with pytest.raises(server_backups.BackupError, match="nothing was changed"):
        editing.delete(server, uids)
    assert all(server.record(u).deleted_at is None for u in uids)


def test_a_catalogue_file_gets_no_package(tmp_path, backups):
    cat = Catalogue.open(tmp_path / "c.db")
    try:
        uids = [u for (u,) in _uids(cat)][:2]
        editing.delete(cat, uids)
        assert server_backups.before_destructive(cat, uids, "x") is None and not backups.exists()
    finally:
        cat.close()
