"""Vocabulary renames, merges, retirements and removals reach the other side through a sync, both ways."""
from __future__ import annotations

from dataclasses import replace

from app import editing, vocabularies
from app.sync import service as sync
from db import vocab_log
from db.records import OrganizationRef
from tests import test_sync
from tests.test_sync import on, open_unbound, record, uids

server, copy = test_sync.server, test_sync.copy   # the fixtures: a server catalogue and an offline copy of it


def values(cat, facet) -> dict[str, bool]:
    with on(cat):
        return {v.name: v.retired for v in vocabularies.values(cat, facet)}


def used(cat, facet) -> dict[str, int]:
    with on(cat):
        return {v.name: v.count for v in vocabularies.values(cat, facet) if v.count}


def record_values(cat, field) -> dict[str, list]:
    return {uid: sorted(getattr(record(cat, uid), field)) for uid in uids(cat)}


def run_sync(copy, **kw):
    with on(copy):
        return sync.sync(copy, **kw)


def test_a_rename_and_a_retirement_on_the_server_reach_the_copy(server, copy):
    theme = max(used(server, "theme").items(), key=lambda kv: kv[1])[0]
    quiet = next(n for n in values(server, "theme") if n != theme)
    with on(server):
        vocabularies.rename_value(server, "theme", theme, "Labour rights ສິດແຮງງານ")
        vocabularies.retire_value(server, "theme", quiet)
    report = run_sync(copy)
    assert report.vocabulary_changes_pulled == 2 and not report.conflicts
    assert "2 vocabulary changes" in report.summary()
    here = values(copy, "theme")
    assert "Labour rights ສິດແຮງງານ" in here and theme not in here and here[quiet] is True
    assert record_values(copy, "themes") == record_values(server, "themes")
    again = run_sync(copy)        # seen: nothing replayed twice, nothing moves
    assert again.vocabulary_changes_pulled == again.vocabulary_changes_pushed == 0 and again.moved_nothing()


def test_a_merge_on_the_copy_reaches_the_server_and_is_not_undone(server, copy):
    counts = used(copy, "theme")
    source, target = sorted(counts, key=counts.get)[:2]
    with on(copy):
        vocabularies.merge_values(copy, "theme", source, target)
    report = run_sync(copy)
    assert report.vocabulary_changes_pushed == 1 and not report.conflicts
    there = values(server, "theme")
    assert source not in there and target in there       # the merged value is not given back
    assert source not in values(copy, "theme")
    assert record_values(server, "themes") == record_values(copy, "themes")
    assert used(server, "theme")[target] == used(copy, "theme")[target]


def test_both_sides_renaming_one_value_lose_nothing(server, copy):
    theme = max(used(server, "theme").items(), key=lambda kv: kv[1])[0]
    with on(server):
        vocabularies.rename_value(server, "theme", theme, "Office name")
    with on(copy):
        vocabularies.rename_value(copy, "theme", theme, "Field name")
    report = run_sync(copy)
    # Each side's records say what their librarian chose; the records that differ are conflicts,
    # and both names exist on both sides: nothing chosen anywhere is lost.
    assert report.conflicts
    for cat in (server, copy):
        assert {"Office name", "Field name"} <= set(values(cat, "theme")) and theme not in values(cat, "theme")


def test_a_removed_value_goes_unless_records_there_use_it_and_a_new_copy_replays_nothing(server, copy, tmp_path,
                                                                                         pg_url):
    with on(server):
        vocabularies.add_value(server, "theme", "Short-lived")
        vocabularies.remove_unused_value(server, "theme", "Short-lived")
        vocabularies.add_value(server, "organization", "Gone Org")
    run_sync(copy)
    assert "Gone Org" in values(copy, "organization")
    first = uids(copy)[0]
    with on(copy):
        rec = copy.record(first)
        editing.update(copy, first, replace(rec, organizations=[OrganizationRef("Gone Org", "author")]), rec.version)
    with on(server):
        vocabularies.remove_unused_value(server, "organization", "Gone Org")
    run_sync(copy)
    assert "Gone Org" in values(copy, "organization") and "Gone Org" in values(server, "organization")
    assert [o.name for o in record(server, first).organizations] == ["Gone Org"]

    later = tmp_path / "later.db"
    sync.make_offline_copy(pg_url, later)
    fresh = open_unbound(later)
    try:
        assert vocab_log.keys(server.database) and vocab_log.keys(fresh.database) == vocab_log.keys(server.database)
        assert run_sync(fresh).vocabulary_changes_pulled == 0
    finally:
        fresh.database.close()


def test_changes_made_in_quick_succession_replay_in_their_order(server, copy):
    theme = max(used(copy, "theme").items(), key=lambda kv: kv[1])[0]
    with on(copy):
        vocabularies.rename_value(copy, "theme", theme, "Step one")
        vocabularies.rename_value(copy, "theme", "Step one", "Step two")
        vocabularies.retire_value(copy, "theme", "Step two")
    report = run_sync(copy)
    assert report.vocabulary_changes_pushed == 3 and not report.conflicts
    there = values(server, "theme")
    assert there.get("Step two") is True and "Step one" not in there and theme not in there
