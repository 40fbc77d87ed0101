"""Offline copies of a shared catalogue on a real PostgreSQL server, and syncing them.

Each test gets a fresh server catalogue (tests/pg_server.py) and makes an offline copy of it in a
temporary folder. The two are open at once in one thread, so every call on one of them runs with
the models bound to it (``on(cat)``), as a sync's worker thread does.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

import pytest

from app import attachments, editing, reading_lists, relations
from app.sync import service as sync
from app.catalogue import Catalogue
from app.criteria import parse_query
from db import connection
from db import relations as db_relations
from db import models as m
from db.records import RecordData


@contextmanager
def on(cat):
    with m.database.bound(cat.database):
        yield cat


def open_unbound(location) -> Catalogue:
    """Open a catalogue without binding the models to it (two are open at once here)."""
    return Catalogue(connection.open_catalogue(location, bind=False))


@pytest.fixture
def server(pg_url):
    cat = open_unbound(pg_url)
    yield cat
    cat.database.close()


@pytest.fixture
def copy(server, pg_url, tmp_path):
    report = sync.make_offline_copy(pg_url, tmp_path / "field.db")
    assert report.created_copy and report.pulled == 20 and not report.conflicts
    cat = open_unbound(tmp_path / "field.db")
    yield cat
    cat.database.close()


def uids(cat) -> list[str]:
    with on(cat):
        return [row.uid for row in cat.rows(cat.search(parse_query("")).ids)]


def record(cat, uid) -> RecordData | None:
    with on(cat):
        return cat.record(uid)


def edit(cat, uid, **fields) -> RecordData:
    with on(cat):
        rec = cat.record(uid)
        editing.update(cat, uid, replace(rec, **fields), rec.version)
        return cat.record(uid)


def create(cat, title, **fields) -> str:
    with on(cat):
        return editing.create(cat, RecordData(title=title, **fields)).uid


def history_actions(cat, uid) -> list[tuple[str, str]]:
    with on(cat):
        return [(r.action, r.field) for r in m.ChangeLog.select().where(m.ChangeLog.resource_uid == uid)
                .order_by(m.ChangeLog.id)]


def test_offline_copy_holds_everything_and_a_second_sync_changes_nothing(server, copy, pg_url):
    assert set(uids(copy)) == set(uids(server))
    first = uids(server)[0]
    assert record(copy, first) == record(server, first)
    state = sync.status(copy)
    assert state.remote == pg_url and state.last_run == "ok" and state.last_synced and state.conflicts == 0
    assert sync.status(server) is None
    again = sync.sync(copy)
    assert again.moved_nothing() and again.changes.is_empty() and not again.conflicts


def test_changes_on_either_side_travel_with_their_history(server, copy):
    a, b = uids(server)[:2]
    edit(copy, a, title="Edited in the field")
    edit(server, b, summary="Edited at the office")
    new_here = create(copy, "Found in a village library", themes=["Housing"], countries=["TH"])
    new_there = create(server, "New at the office")
    report = sync.sync(copy)
    assert (report.pushed, report.pulled) == (2, 2) and not report.conflicts
    assert record(server, a).title == "Edited in the field"
    assert record(copy, b).summary == "Edited at the office"
    assert record(server, new_here).themes == ["Housing"] and record(copy, new_there) is not None
    assert ("update", "title") in history_actions(server, a)
    assert ("update", "summary") in history_actions(copy, b)
    assert report.changes.created == {new_there} and report.changes.updated == {b}
    assert sync.sync(copy).moved_nothing()
    assert record(copy, a) == record(server, a) and record(copy, b) == record(server, b)


def test_a_record_changed_on_both_sides_is_a_conflict_and_nothing_is_overwritten(server, copy):
    uid = uids(server)[0]
    edit(copy, uid, title="Field title")
    edit(server, uid, title="Office title")
    same = uids(server)[1]
    edit(copy, same, notes="same fix")
    edit(server, same, notes="same fix")
    report = sync.sync(copy)
    assert report.conflicts == [uid]
    assert record(copy, uid).title == "Field title" and record(server, uid).title == "Office title"
    [conflict] = sync.conflicts(copy)
    assert conflict.local.title == "Field title" and conflict.remote.title == "Office title"
    assert sync.status(copy).conflicts == 1
    assert sync.sync(copy).conflicts == [uid]   # still listed, still nothing overwritten
    assert record(server, uid).title == "Office title"


@pytest.mark.parametrize("keep, expected", [("local", "Field title"), ("remote", "Office title"),
                                            ("merged", "Merged title")])
def test_resolving_a_conflict_then_syncing_settles_both_sides(server, copy, keep, expected):
    uid = uids(server)[0]
    edit(copy, uid, title="Field title", notes="field note")
    edit(server, uid, title="Office title")
    sync.sync(copy)
    choice = keep
    if keep == "merged":
        [conflict] = sync.conflicts(copy)
        choice = replace(conflict.remote, title="Merged title", notes=conflict.local.notes)
    sync.resolve_conflict(copy, uid, choice)
    assert sync.conflicts(copy) == []
    report = sync.sync(copy)
    assert not report.conflicts
    assert record(copy, uid).title == record(server, uid).title == expected
    assert sync.sync(copy).moved_nothing()


def test_an_edit_made_on_the_server_after_the_conflict_raises_it_again(server, copy):
    uid = uids(server)[0]
    edit(copy, uid, title="Field title")
    edit(server, uid, title="Office title")
    sync.sync(copy)
    sync.resolve_conflict(copy, uid, "local")
    edit(server, uid, title="Office title, again")
    assert sync.sync(copy).conflicts == [uid]
    assert record(server, uid).title == "Office title, again"


def test_trash_restore_and_removal_for_good_propagate_both_ways(server, copy):
    a, b, c, d = uids(server)[:4]
    with on(copy):
        editing.delete(copy, [a])
    with on(server):
        editing.delete(server, [b])
    sync.sync(copy)
    assert record(server, a).deleted_at and record(copy, b).deleted_at
    with on(copy):
        editing.restore(copy, [b])
        editing.delete(copy, [c])
        editing.purge(copy, [c])
    with on(server):
        editing.delete(server, [d])
        editing.purge(server, [d])
    report = sync.sync(copy)
    assert (report.removed_there, report.removed_here) == (1, 1)
    assert record(server, b).deleted_at is None
    assert record(server, c) is None and record(copy, d) is None
    assert sync.sync(copy).moved_nothing()


def test_a_record_removed_for_good_on_one_side_but_edited_on_the_other_comes_back(server, copy):
    uid = uids(server)[0]
    with on(server):
        editing.delete(server, [uid])
        editing.purge(server, [uid])
    edit(copy, uid, notes="still needed")
    report = sync.sync(copy)
    assert report.pushed == 1 and report.removed_here == 0
    assert record(server, uid).notes == "still needed"


def test_pull_only_takes_the_servers_changes_and_sends_nothing(server, copy):
    a, b = uids(server)[:2]
    edit(copy, a, title="Not sent yet")
    edit(server, b, title="From the office")
    report = sync.sync(copy, pull_only=True)
    assert (report.pulled, report.pushed) == (1, 0)
    assert record(copy, b).title == "From the office" and record(server, a).title != "Not sent yet"
    assert sync.sync(copy).pushed == 1
    assert record(server, a).title == "Not sent yet"


def test_a_sync_cut_after_the_server_commit_loses_nothing_and_can_run_again(server, copy, monkeypatch):
    from db import sync_rows
    a = uids(server)[0]
    edit(copy, a, title="Sent before the cut")
    new = create(copy, "Made offline")
    real = sync_rows.put_states

    def cut(kind, rows, stamp):
        if any(uid == new for uid, *_ in rows):
            raise ConnectionError("network cable pulled")
        return real(kind, rows, stamp)
    monkeypatch.setattr(sync_rows, "put_states", cut)
    with pytest.raises(sync.SyncError, match="Nothing is lost"):
        sync.sync(copy)
    assert sync.status(copy).last_run == "failed"
    assert record(server, new) is not None        # the server committed its half
    monkeypatch.setattr(sync_rows, "put_states", real)
    report = sync.sync(copy)
    assert not report.conflicts and report.pushed == 0   # nothing to send again: the same content
    assert record(server, a).title == "Sent before the cut"
    assert sync.sync(copy).moved_nothing() and sync.status(copy).last_run == "ok"


def test_a_sync_cut_between_batches_keeps_each_batch_whole(server, copy, monkeypatch):
    from app.sync import records as sync_records
    made = [create(server, f"Office record {i}") for i in range(7)]
    monkeypatch.setattr(sync_records, "BATCH", 3)
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] == 2
    with pytest.raises(sync.SyncCancelled):
        sync.sync(copy, cancelled=cancelled)
    assert sync.status(copy).last_run == "cancelled"
    here = [u for u in made if record(copy, u) is not None]
    assert 0 < len(here) < len(made)
    report = sync.sync(copy)
    assert report.pulled == len(made) - len(here)
    assert all(record(copy, u) == record(server, u) for u in made)


def test_attachments_travel_both_ways(server, copy, tmp_path):
    a, b = uids(server)[:2]
    office = tmp_path / "office.pdf"
    office.write_bytes(b"%PDF office " + "ພາສາລາວ".encode())
    field = tmp_path / "field.pdf"
    field.write_bytes(b"%PDF field")
    with on(server):
        attachments.add(server, a, office)
    with on(copy):
        attachments.add(copy, b, field)
    report = sync.sync(copy)
    assert (report.attachments_pulled, report.attachments_pushed) == (1, 1)
    with on(copy):
        [info] = attachments.list_for(copy, a)
        assert info.path.read_bytes() == office.read_bytes() and info.status == "ok"
        assert info.path.is_relative_to(tmp_path / "field-attachments")
    with on(server):
        [info] = attachments.list_for(server, b)
        assert info.path.read_bytes() == field.read_bytes() and info.status == "ok"
        attachments.remove(server, info.uid)
    sync.sync(copy)
    with on(copy):
        assert attachments.list_for(copy, b) == []
    assert sync.sync(copy).moved_nothing()


def test_reading_lists_sync_and_merge(server, copy):
    a, b, c = uids(server)[:3]
    with on(server):
        office = reading_lists.create_list("Office picks").uid
        reading_lists.add_items(office, [a])
    sync.sync(copy)
    with on(copy):
        assert [i.resource_uid for i in reading_lists.items(office)] == [a]
        reading_lists.add_items(office, [b])
        field = reading_lists.create_list("Field picks").uid
    with on(server):
        reading_lists.add_items(office, [c])
    report = sync.sync(copy)
    assert report.lists_merged == 1 and report.lists_pushed == 1
    for cat in (server, copy):
        with on(cat):
            assert [i.resource_uid for i in reading_lists.items(office)] == [a, c, b]
            assert reading_lists.get_list(field).name == "Field picks"
    with on(copy):
        reading_lists.delete_list(field)
    sync.sync(copy)
    with on(server):
        assert reading_lists.get_list(field) is None
    assert sync.sync(copy).moved_nothing()


def test_two_librarians_and_a_field_officer_all_see_every_change(server, copy, pg_url):
    alice, bob = open_unbound(pg_url), open_unbound(pg_url)
    try:
        first, second, third = uids(server)[:3]
        edit(alice, first, title="Alice's title")
        edit(bob, second, themes=["Wages"])
        edit(copy, third, notes="checked in Mae Sot")
        with on(copy):
            before = copy.record(first)
        with pytest.raises(editing.VersionConflict):
            with on(bob):
                editing.update(bob, first, replace(before, title="Bob's late title"), before.version)
        assert sync.sync(copy).conflicts == []
        for cat in (alice, bob, copy):
            assert record(cat, first).title == "Alice's title"
            assert record(cat, second).themes == ["Wages"]
            assert record(cat, third).notes == "checked in Mae Sot"
    finally:
        alice.database.close()
        bob.database.close()


def test_a_copy_is_tied_to_its_catalogue(copy, pg_server, tmp_path):
    other = pg_server.url(pg_server.new_database("seeded"))
    with pytest.raises(sync.SyncError, match="another shared catalogue"):
        sync.sync(copy, other)
    plain = open_unbound(tmp_path / "plain.db")
    with pytest.raises(sync.SyncError, match="not an offline copy"):
        sync.sync(plain)
    plain.database.close()
    mine = Catalogue.open(tmp_path / "mine.db")   # seeded: records of its own
    mine.close()
    with pytest.raises(sync.SyncError, match="a catalogue of its own"):
        sync.make_offline_copy(other, tmp_path / "mine.db")


# ---- links between records (app/sync/extras.sync_relations) ------------------------------------------

def links(cat, uid):
    with on(cat):
        rel = relations.relations_of(cat, uid)
        return {"versions": sorted(r.uid for r in rel.versions), "part_of": [(p.series.uid, p.number) for p in rel.part_of],
                "related": sorted(r.uid for r in rel.related)}


def test_links_travel_merge_and_are_removed_both_ways(server, copy):
    a, b, c, d = uids(server)[:4]
    with on(server):
        relations.link(server, a, "version", b)
    with on(copy):
        relations.link(copy, c, "series", d, "3")
        relations.link(copy, a, "related", c)
    report = sync.sync(copy)
    assert report.links_pulled == 2 and report.links_pushed == 2 and not report.conflicts
    for cat in (server, copy):
        assert links(cat, a) == {"versions": [b], "part_of": [], "related": [c]}
        assert links(cat, c)["part_of"] == [(d, "3")]
    assert sync.sync(copy).moved_nothing()
    # Both sides link the same record at once: merged, never a conflict.
    with on(server):
        relations.link(server, a, "related", d)
    with on(copy):
        relations.link(copy, a, "version", c)
        relations.unlink(copy, a, "version", b)
        relations.link(copy, c, "series", d, "4")
    report = sync.sync(copy)
    assert not report.conflicts
    for cat in (server, copy):
        assert links(cat, a) == {"versions": [c], "part_of": [], "related": sorted([c, d])}
        assert links(cat, c)["part_of"] == [(d, "4")]
    with on(server):
        relations.unlink(server, a, "related", d)
    sync.sync(copy)
    assert links(copy, a)["related"] == [c]
    assert sync.sync(copy).moved_nothing()


def test_a_link_to_a_record_not_here_yet_waits_for_it(server, copy):
    a = uids(server)[0]
    later = "0b5e0c43-5a4b-4a51-9d8e-1f1d0e7c2a11"
    with on(server):   # as a package from a third catalogue leaves it: a link to a record not sent yet
        db_relations.put_missing([db_relations.RelationRow(later, "version", a)])
    sync.sync(copy)
    with on(copy):
        assert [r.key for r in db_relations.links_of(a)] == [(later, "version", a)]
    assert links(copy, a)["versions"] == []              # nothing to show yet
    with on(server):
        editing.create(server, RecordData(title="Báo cáo phí tuyển dụng", uid=later, languages=["vi"]))
    report = sync.sync(copy)
    assert report.pulled == 1
    assert links(copy, a)["versions"] == [later]


def test_pull_only_sends_no_link(server, copy):
    a, b = uids(server)[:2]
    with on(copy):
        relations.link(copy, a, "related", b)
    report = sync.sync(copy, pull_only=True)
    assert report.links_pushed == 0
    assert links(server, a)["related"] == []
    sync.sync(copy)
    assert links(server, a)["related"] == [b]
