"""The first counts of a catalogue opened with none kept (issue 17, session 10): counted per value of
the vocabulary, begun ahead on a background thread, and the search worker waiting for those rather
than counting again. Always the same counts as the reference queries."""
from __future__ import annotations

import threading
import time

import pytest

from app import editing
from app.criteria import Criteria
from db import queries
from db.dialect import SqliteDialect
from db.records import OrganizationRef, RecordData
from db.search_plan import SearchPlanner


def _varied(catalogue) -> None:
    """Records with one organization in two roles, several values of one facet, values in the
    trash only, and values nobody holds (the seeded vocabularies)."""
    made = []
    for title, fields in (
            ("two roles", {"organizations": [OrganizationRef("Two Roles Network", "author"),
                                             OrganizationRef("Two Roles Network", "publisher")],
                           "themes": ["Wages", "Recruitment"], "countries": ["TH", "KH"], "languages": ["en", "th"]}),
            ("one of each", {"organizations": [OrganizationRef("One Role Group")], "themes": ["Wages"], "countries": ["TH"],
                             "regions": ["ASEAN"], "languages": ["en"], "type": "Report"}),
            ("trashed", {"organizations": [OrganizationRef("Trash Only Collective")], "themes": ["Social protection"],
                         "countries": ["NP"], "regions": ["South Asia"], "languages": ["ne"]}),
            ("bare", {})):
        made.append(editing.create(catalogue, RecordData(title=title, **fields)).uid)
    editing.delete(catalogue, [made[2]])


@pytest.mark.parametrize("facet", ["theme", "region", "country", "language", "organization", "keyword"])
def test_counting_per_value_gives_what_grouping_the_link_table_gives(catalogue, monkeypatch, facet):
    """SQLite counts a catalogue's values one range count each (dialect.counts_by_value); a server
    groups the link table, as SQLite did before."""
    _varied(catalogue)
    per_value = queries.everything_part(catalogue.database, facet)
    monkeypatch.setattr(SqliteDialect, "counts_by_value", False)
    grouped = queries.everything_part(catalogue.database, facet)
    assert per_value == grouped
    if facet in ("organization", "theme", "country"):
        assert per_value, "the varied records hold values of this facet"


def test_an_organization_in_two_roles_counts_its_record_once(catalogue):
    _varied(catalogue)
    counts = {v.label: v.count for v in catalogue.facets(Criteria()).values["organization"]}
    assert counts.get("Two Roles Network") == 1 and counts.get("One Role Group") == 1
    assert "Trash Only Collective" not in counts, "held only by a record in the trash"


def test_counts_begun_ahead_are_taken_by_the_search_rather_than_counted_again(catalogue, monkeypatch):
    """The window's background thread counts ahead (Catalogue.count_everything_ahead) while the
    worker asks for the same counts: each part is counted once, and the answer is the reference's."""
    _varied(catalogue)
    catalogue.planner.drop_caches()
    expected = queries.facet_counts(catalogue.database, queries.Filter(), tuple(catalogue_facets()))
    counted: list[str] = []
    real = queries.everything_part
    started = threading.Event()

    def slow_part(database, part):
        counted.append(part)
        started.set()
        time.sleep(0.05)
        return real(database, part)

    monkeypatch.setattr(queries, "everything_part", slow_part)
    monkeypatch.setattr(queries, "facet_counts", slow_facet_counts(queries.facet_counts, counted))
    ahead = threading.Thread(target=catalogue.count_everything_ahead)
    ahead.start()
    try:
        assert started.wait(5) or counted, "the counts ahead began"
        facets = catalogue.facets(Criteria())
    finally:
        ahead.join()
        catalogue.database.close()   # the helper thread's connection (peewee keeps one a thread)
    assert sorted(counted) == sorted(set(counted)), f"a part was counted twice: {counted}"
    assert facets.total == expected.total
    for facet, values in expected.values.items():
        assert {v.id: v.count for v in facets.values[facet]} == values


def catalogue_facets():
    from app.catalogue import SIDEBAR_FACETS
    return SIDEBAR_FACETS


def slow_facet_counts(real, counted):
    """queries.facet_counts, noted (a server counts the whole filter in one call)."""
    def noted(database, flt, facets=queries.FACETS, *args, **kwargs):
        counted.append("facet_counts")
        time.sleep(0.05)
        return real(database, flt, facets, *args, **kwargs)
    return noted


class _Planner(SearchPlanner):
    """A planner whose generation never moves (no database needed for the cache alone)."""

    def __init__(self):   # noqa: D107 - only the cache's own state
        self._cache_lock = threading.Lock()
        self._underway = {}
        self._cache_generation = self._order_cache_generation = -1
        self._cache, self._order_cache = {}, {}

    def _generation_for(self, key) -> int:
        return 7


def test_a_second_thread_asking_for_an_answer_underway_waits_for_it():
    planner = _Planner()
    release, calls, answers = threading.Event(), [], []

    def compute():
        calls.append(threading.current_thread().name)
        release.wait(5)
        return object()

    first = threading.Thread(target=lambda: answers.append(planner._cached(("facets", ()), compute)), name="first")
    first.start()
    while not calls:
        time.sleep(0.001)
    second = threading.Thread(target=lambda: answers.append(planner._cached(("facets", ()), compute)), name="second")
    second.start()
    time.sleep(0.05)
    assert second.is_alive(), "the second thread waits for the first one's answer"
    release.set()
    first.join(5)
    second.join(5)
    assert calls == ["first"] and len(answers) == 2 and answers[0] is answers[1]


def test_when_the_answer_underway_fails_the_waiting_thread_works_it_out_itself():
    planner = _Planner()
    release, calls, outcome = threading.Event(), [], {}

    def failing():
        calls.append("failing")
        release.wait(5)
        raise OSError("disk I/O error")

    def first():
        try:
            planner._cached(("facets", ()), failing)
        except OSError as exc:
            outcome["first"] = exc

    one = threading.Thread(target=first)
    one.start()
    while not calls:
        time.sleep(0.001)
    two = threading.Thread(target=lambda: outcome.setdefault("second", planner._cached(("facets", ()), lambda: 42)))
    two.start()
    time.sleep(0.02)
    release.set()
    one.join(5)
    two.join(5)
    assert isinstance(outcome["first"], OSError) and outcome["second"] == 42
    assert planner._underway == {}, "nothing is left marked as underway"


def test_a_thread_asking_again_for_the_answer_it_is_working_out_does_not_wait_for_itself():
    planner = _Planner()
    inner = []

    def compute():
        if not inner:
            inner.append(planner._cached(("facets", ()), lambda: "nested"))
        return "outer"

    done = threading.Thread(target=lambda: inner.append(planner._cached(("facets", ()), compute)))
    done.start()
    done.join(5)
    assert not done.is_alive() and inner == ["nested", "outer"]
