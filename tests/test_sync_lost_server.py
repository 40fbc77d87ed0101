"""A server that goes back in time (restored from an older backup, or its last commits lost in a
crash) must not make the offline copies lose what it lost: records it no longer has, or holds at
an older version, are sent back to it, never removed or overwritten on the copy."""
from __future__ import annotations

import pytest

from app import editing
from app.sync import service as sync
from tests.test_sync import create, edit, on, open_unbound, record, uids


@pytest.fixture
def server(pg_url):
    cat = open_unbound(pg_url)
    yield cat
    cat.database.close()


@pytest.fixture
def copy(server, pg_url, tmp_path):
    sync.make_offline_copy(pg_url, tmp_path / "field.db")
    cat = open_unbound(tmp_path / "field.db")
    yield cat
    cat.database.close()


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
