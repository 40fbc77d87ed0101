"""A server that goes back in time (restored from an older backup, or its last commits lost in a
crash) must not make the offline copies lose what it lost: records it no longer has, or holds at
an older version, are sent back to it, never removed or overwritten on the copy."""
from __future__ import annotations

import sqlite3

from app import editing, reading_lists
from app.sync import service as sync
from tests import test_sync
from tests.test_sync import create, edit, on, open_unbound, record, uids

server, copy = test_sync.server, test_sync.copy   # the fixtures: a server catalogue and an offline copy of it


def test_records_the_server_lost_are_sent_back_not_removed_from_the_copy(server, copy, pg_server):
    changed = uids(copy)[0]
    new = create(copy, "Made in the field")
    edit(copy, changed, title="Edited in the field")
    assert sync.sync(copy).pushed == 2
    # The server goes back to before that sync, as a restore from last night's backup would.
    name = server.database.execute_sql("SELECT current_database()").fetchone()[0]
    with on(server):
        before = record(server, changed)
    pg_server.sql(name, f"DELETE FROM resource WHERE uid = '{new}'")
    pg_server.sql(name, f"UPDATE resource SET title = 'Old office title', version = 1 WHERE uid = '{changed}'")
    report = sync.sync(copy)
    assert report.removed_here == 0 and report.pulled == 0 and report.pushed == 2 and not report.conflicts
    assert record(copy, new).title == "Made in the field"
    assert record(server, new).title == "Made in the field"
    assert record(copy, changed).title == record(server, changed).title == "Edited in the field"
    assert record(server, changed).version > 1 and before.title == "Edited in the field"
    assert sync.sync(copy).moved_nothing()


def test_a_record_removed_for_good_on_purpose_is_still_removed_everywhere(server, copy):
    uid = uids(server)[0]
    with on(server):
        editing.delete(server, [uid])
        editing.purge(server, [uid])
    report = sync.sync(copy)
    assert report.removed_here == 1 and record(copy, uid) is None
    assert sync.sync(copy).moved_nothing()


def test_a_server_restored_to_before_a_record_came_back_gets_it_back_again(server, copy, pg_server):
    """Removed for good on the server, still changed in the field (so sent back), then the server is
    restored from a backup taken in between: its old removal row must not remove the record from
    the copy, which sends it back again."""
    uid = uids(server)[0]
    with on(server):
        editing.delete(server, [uid])
        editing.purge(server, [uid])
    edit(copy, uid, notes="still needed")
    assert sync.sync(copy).pushed == 1
    assert record(server, uid).notes == "still needed"
    name = server.database.execute_sql("SELECT current_database()").fetchone()[0]
    pg_server.sql(name, f"DELETE FROM change_log WHERE resource_uid = '{uid}' AND action <> 'purge'")
    pg_server.sql(name, f"DELETE FROM resource WHERE uid = '{uid}'")
    report = sync.sync(copy)
    assert report.removed_here == 0 and report.pushed == 1 and not report.conflicts
    assert record(copy, uid).notes == record(server, uid).notes == "still needed"
    assert sync.sync(copy).moved_nothing()
    # Removed for good again on purpose: that removal does reach the copy.
    with on(server):
        editing.delete(server, [uid])
        editing.purge(server, [uid])
    assert sync.sync(copy).removed_here == 1 and record(copy, uid) is None


def _file_backup(source, target) -> None:
    """Copy a catalogue file whole, as SQLite's backup does (nothing left in a -wal file)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def test_a_copy_restored_from_an_older_file_keeps_what_happened_since(server, copy, tmp_path):
    """The copy goes back in time (its file restored from a backup): what it sent since is not lost
    and what it removed for good since stays removed, on both sides."""
    gone, changed = uids(server)[:2]
    saved = tmp_path / "saved.db"
    _file_backup(copy.path, saved)
    edit(copy, changed, title="Sent before the restore")
    new = create(copy, "Made in the field before the restore")
    with on(copy):
        editing.delete(copy, [gone])
        editing.purge(copy, [gone])
    report = sync.sync(copy)
    assert report.removed_there == 1 and report.pushed == 2
    copy.database.close()
    _file_backup(saved, copy.path)
    old = open_unbound(copy.path)
    try:
        assert record(old, gone) is not None and record(old, new) is None
        report = sync.sync(old)
        assert report.pushed == 0 and report.removed_there == 0 and not report.conflicts
        assert report.removed_here == 1 and report.pulled == 2
        assert record(old, gone) is None and record(server, gone) is None
        assert record(old, changed).title == record(server, changed).title == "Sent before the restore"
        assert record(old, new).title == "Made in the field before the restore"
        assert sync.sync(old).moved_nothing()
    finally:
        old.database.close()


def test_a_reading_list_the_server_lost_is_sent_back_and_one_deleted_on_purpose_goes(server, copy, pg_server):
    a, b = uids(server)[:2]
    with on(copy):
        field = reading_lists.create_list("Field picks").uid
        reading_lists.add_items(field, [a, b])
    with on(server):
        office = reading_lists.create_list("Office picks").uid
    assert sync.sync(copy).lists_pushed == 1
    # The server goes back to before the field list reached it (a restore from an older backup).
    name = server.database.execute_sql("SELECT current_database()").fetchone()[0]
    pg_server.sql(name, f"DELETE FROM reading_list WHERE uid = '{field}'")
    report = sync.sync(copy)
    assert report.lists_pushed == 1 and report.lists_pulled == 0
    for cat in (server, copy):
        with on(cat):
            assert [i.resource_uid for i in reading_lists.items(field)] == [a, b]
    assert sync.sync(copy).moved_nothing()
    # Deleted on purpose on the server: gone from the copy too; and the other way round.
    with on(server):
        reading_lists.delete_list(office)
    with on(copy):
        reading_lists.delete_list(field)
    sync.sync(copy)
    for cat in (server, copy):
        with on(cat):
            assert reading_lists.get_list(office) is None and reading_lists.get_list(field) is None
    assert sync.sync(copy).moved_nothing()
