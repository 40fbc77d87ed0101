"""Whole-catalogue counts kept between sessions (db.count_cache, issue 17): read back only while the
catalogue is in the state they were counted in, and always the same as counting afresh."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from app import quality
from app.catalogue import COUNT_CACHE_VAR, Catalogue
from app.criteria import Criteria
from db import queries
from tests.helpers import add


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A seeded catalogue file, and counts kept in a folder of the test's own."""
    monkeypatch.setenv(COUNT_CACHE_VAR, str(tmp_path / "cache"))
    path = tmp_path / "c.db"
    Catalogue.open(path).close()
    return path


def snapshot(cat: Catalogue) -> tuple:
    facets = cat.facets(Criteria())
    values = {facet: sorted((v.value, v.count) for v in vs) for facet, vs in facets.values.items()}
    return values, facets.years, facets.undated, facets.total, quality.counts(cat, include_slow=False)


def fresh(path) -> tuple:
    """The same counts made from the records, nothing kept."""
    import os
    saved = os.environ.get(COUNT_CACHE_VAR)
    os.environ[COUNT_CACHE_VAR] = "0"
    try:
        cat = Catalogue.open(path, seed=False)
        try:
            return snapshot(cat)
        finally:
            cat.close()
    finally:
        os.environ[COUNT_CACHE_VAR] = saved or ""


def no_sql_counts(monkeypatch):
    """Counting from the records fails from now on: what comes back was kept."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("counted from the records")
    monkeypatch.setattr(queries, "facet_counts", refuse)
    monkeypatch.setattr("db.quality.count_where", refuse)
    monkeypatch.setattr("db.quality.count_all", refuse)


def assert_read_back(path, monkeypatch, expected) -> None:
    """The next session on ``path`` shows ``expected`` without counting anything from the records."""
    with monkeypatch.context() as m:
        no_sql_counts(m)
        cat = Catalogue.open(path, seed=False)
        assert snapshot(cat) == expected
        cat.close()


def test_the_next_session_reads_the_counts_back(kept, monkeypatch):
    cat = Catalogue.open(kept, seed=False)
    first = snapshot(cat)
    cat.close()
    assert first == fresh(kept)
    assert_read_back(kept, monkeypatch, first)


def test_a_change_by_another_program_is_counted_again(kept, monkeypatch):
    cat = Catalogue.open(kept, seed=False)
    before = snapshot(cat)
    cat.close()
    other = sqlite3.connect(str(kept))
    other.execute("UPDATE resource SET deleted_at = '2025-01-01T00:00:00.000000Z' "
                  "WHERE id = (SELECT MIN(id) FROM resource WHERE type_id IS NOT NULL)")
    other.execute("DELETE FROM resource_theme WHERE resource_id = (SELECT MAX(id) FROM resource)")
    other.execute("UPDATE resource SET version = version + 1 WHERE id = (SELECT MAX(id) FROM resource)")
    other.commit()
    other.close()
    cat = Catalogue.open(kept, seed=False)
    after = snapshot(cat)
    cat.close()
    assert after != before and after == fresh(kept)


def test_a_copy_put_back_and_edited_as_often_is_not_taken_for_the_other(kept, tmp_path):
    """Same catalogue id, same generation, different records: the last change tells them apart."""
    from db import schema
    backup = tmp_path / "backup.db"
    shutil.copy(kept, backup)
    cat = Catalogue.open(kept, seed=False)
    add(cat, "Added in the original", type="Report", countries=["TH"], year=2001)
    original = snapshot(cat)                       # kept for the original's new state
    generation = schema.generation(cat.database)
    cat.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"c.db{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, kept)                      # the backup put back in its place
    cat = Catalogue.open(kept, seed=False)
    add(cat, "Added in the copy", type="Guide", countries=["MY"], year=1999)
    assert schema.generation(cat.database) == generation
    mine = snapshot(cat)
    cat.close()
    assert mine != original and mine == fresh(kept)


def test_an_edit_in_this_session_is_counted_again_and_kept(kept, monkeypatch):
    cat = Catalogue.open(kept, seed=False)
    snapshot(cat)
    add(cat, "One more", type="Report", countries=["TH"], themes=["Wages"], year=2024)
    edited = snapshot(cat)
    cat.close()
    assert edited == fresh(kept)
    assert_read_back(kept, monkeypatch, edited)


def test_counts_the_facet_index_gave_after_an_edit_are_kept_too(kept, monkeypatch):
    """After an edit the counts with no criteria come from the updated facet index, not SQL: they
    are kept as well, so the next start after a session of edits reads them back."""
    cat = Catalogue.open(kept, seed=False)
    snapshot(cat)
    add(cat, "Edited in this session", type="Guide", countries=["MY"], themes=["Wages"], year=2023)
    assert cat.warm_facet_index()                  # the window's warmer does this after each answer
    with monkeypatch.context() as m:
        no_sql_counts(m)
        edited = cat.facets(Criteria())             # from the index
    edited_snapshot = snapshot(cat)
    cat.close()
    assert edited_snapshot == fresh(kept)
    with monkeypatch.context() as m:
        no_sql_counts(m)
        cat = Catalogue.open(kept, seed=False)
        assert snapshot(cat) == edited_snapshot and cat.facets(Criteria()).total == edited.total
        cat.close()


def test_an_unreadable_cache_is_only_a_miss(kept, tmp_path):
    cat = Catalogue.open(kept, seed=False)
    expected = snapshot(cat)
    store = cat.planner.count_store
    cat.close()
    store.path.write_text("{not json", encoding="utf-8")
    cat = Catalogue.open(kept, seed=False)
    assert snapshot(cat) == expected
    cat.close()
    store.path.write_text('{"identity": "%s", "entries": {"(\'facets\', (\'type\',))": {"state": "x", "value": 1}}}'
                          % store.identity, encoding="utf-8")
    cat = Catalogue.open(kept, seed=False)
    assert snapshot(cat) == expected
    cat.close()


def test_opening_and_counting_still_write_nothing_to_the_catalogue(kept):
    cat = Catalogue.open(kept, seed=False)
    snapshot(cat)
    assert cat.database.connection().total_changes == 0
    cat.close()
    cat = Catalogue.open(kept, seed=False)
    snapshot(cat)
    assert cat.database.connection().total_changes == 0
    cat.close()


@pytest.mark.parametrize("sort,descending", [("latest", None), ("title", None), ("year", False)])
def test_the_order_shown_is_kept_too_and_follows_changes(kept, monkeypatch, sort, descending):
    cat = Catalogue.open(kept, seed=False)
    shown = list(cat.search(Criteria(), sort, descending).ids)
    cat.close()
    with monkeypatch.context() as m:
        def refuse(*_args, **_kwargs):
            raise AssertionError("worked out from the records")
        m.setattr(queries, "live_ids_in_order", refuse)
        cat = Catalogue.open(kept, seed=False)
        assert list(cat.search(Criteria(), sort, descending).ids) == shown
        cat.close()
    cat = Catalogue.open(kept, seed=False)
    add(cat, "Aardvark, a new record", type="Report", year=2030)
    after = list(cat.search(Criteria(), sort, descending).ids)
    cat.close()
    assert after != shown and sorted(after) == sorted(shown + [max(after)])
    monkeypatch.setenv(COUNT_CACHE_VAR, "0")
    cat = Catalogue.open(kept, seed=False)
    assert list(cat.search(Criteria(), sort, descending).ids) == after   # the same as worked out afresh
    cat.close()


def test_only_the_files_of_the_catalogues_opened_last_are_kept(tmp_path):
    import os
    import time

    from db.compact_ids import compact
    from db.count_cache import CountCache, KeptOrder
    folder = tmp_path / "counts"
    caches = [CountCache(folder, f"/catalogues/c{i}.db") for i in range(5)]
    for i, cache in enumerate(caches):
        KeptOrder(cache).put("latest", "s", compact([1, 2, 3]))
        cache.put("total", "s", i)
        stamp = time.time() - 100 + i            # c0 changed least lately, c4 last
        for path in (cache.path, KeptOrder(cache).path):
            os.utime(path, (stamp, stamp))
    from db import count_cache
    count_cache.prune(folder, keep=3)
    assert [cache.get("total", "s") for cache in caches] == [None, None, 2, 3, 4]
    assert [KeptOrder(cache).get("latest", "s") is not None for cache in caches] == [False, False, True, True, True]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [caches[i].path.name for i in (2, 3, 4)] + [KeptOrder(caches[i]).path.name for i in (2, 3, 4)])


def test_writing_counts_prunes_the_folder(tmp_path, monkeypatch):
    from db import count_cache
    monkeypatch.setattr(count_cache, "KEEP_CATALOGUES", 2)
    folder = tmp_path / "counts"
    for i in range(4):
        count_cache.CountCache(folder, f"/c{i}.db").put("total", "s", i)
    assert len(list(folder.glob("*.json"))) == 2
