"""Sort orders worked out ahead of a click: derived orders equal the database's, a warm-up fills
the cache for the current generation only, an edit is never answered with an older order, and the
window warms the orders in the background after it shows its rows."""
from __future__ import annotations

import dataclasses
import threading

from db.search_plan import WARM_ORDERS
from app.criteria import Criteria
from app.warmup import OrderWarmer
from db import queries, schema
from db.queries import Filter
from tests.ui_helpers import click_header, make_window

ORDERS = [(sort, d) for sort in ("latest", "title", "year", "type") for d in (None, False, True)]


def _count_order_queries(monkeypatch) -> list:
    calls = []
    real = queries.live_ids_in_order

    def counting(*args, **kwargs):
        calls.append(args[1:3])
        return real(*args, **kwargs)
    monkeypatch.setattr(queries, "live_ids_in_order", counting)
    return calls


def test_every_cached_and_derived_order_is_the_database_order(catalogue):
    for sort, descending in ORDERS:
        expected = queries.ordered_ids(catalogue.database, Filter(), sort, descending)
        assert catalogue.search(Criteria(), sort, descending).ids == expected, (sort, descending)


def test_reversed_orders_are_derived_without_a_query(catalogue, monkeypatch):
    calls = _count_order_queries(monkeypatch)
    catalogue.search(Criteria(), "title", False)
    catalogue.search(Criteria(), "latest", True)
    assert len(calls) == 2
    catalogue.search(Criteria(), "title", True)
    catalogue.search(Criteria(), "latest", False)
    catalogue.search(Criteria(), "latest", None)     # the same order as latest, descending
    assert len(calls) == 2


def test_warm_orders_fills_the_cache_once_per_generation(catalogue, monkeypatch):
    calls = _count_order_queries(monkeypatch)
    assert catalogue.warm_orders() == len(WARM_ORDERS)
    assert catalogue.warm_orders() == 0
    asked = len(calls)
    for sort, descending in WARM_ORDERS:
        catalogue.search(Criteria(), sort, descending)
    assert len(calls) == asked                          # all answered from the warm cache


def test_an_edit_after_warming_is_never_answered_with_the_old_order(catalogue):
    from app import editing
    catalogue.warm_orders()
    before = catalogue.search(Criteria(), "year").ids
    newest = max(catalogue.record_by_id(i).year or 0 for i in before)
    last = catalogue.record_by_id(before[-1])
    assert before[0] != before[-1]
    editing.update(catalogue, last.uid, dataclasses.replace(last, year=newest + 1), last.version)
    after = catalogue.search(Criteria(), "year").ids
    assert after[0] == last_id(catalogue, last.uid)
    assert after == queries.ordered_ids(catalogue.database, Filter(), "year")
    # A new generation: the year search made the title and year orders again; the rest are warmed.
    assert catalogue.warm_orders() == len(WARM_ORDERS) - 2


def last_id(catalogue, uid):
    return catalogue.record(uid) and catalogue.database.execute_sql(
        "SELECT id FROM resource WHERE uid = ?", (uid,)).fetchone()[0]


def test_an_answer_from_an_older_generation_is_not_kept(catalogue):
    gen = schema.generation(catalogue.database)
    catalogue.planner._cached(("probe",), lambda: "current")
    with catalogue.planner._cache_lock:
        catalogue.planner._cache_generation = gen + 5           # as if another thread had seen newer data
    assert catalogue.planner._cached(("old",), lambda: "from an older snapshot") == "from an older snapshot"
    assert ("old",) not in catalogue.planner._cache


def test_a_request_now_warms_without_the_pause(catalogue):
    """A catalogue just opened: nothing is being typed, so the warm-up starts at once (issue 17);
    a later request waits for the pause again."""
    warmer = OrderWarmer(delay=30)
    try:
        warmer.request(catalogue, now=True)
        assert warmer.idle.wait(10) and warmer.warmed == len(WARM_ORDERS)
        catalogue.drop_caches()
        warmer.request(catalogue)
        assert not warmer.idle.wait(0.5)               # waiting for 30 s without a newer request
    finally:
        warmer.stop()


def test_the_warmer_thread_warms_after_requests_stop(catalogue):
    warmer = OrderWarmer(delay=0.05)
    try:
        for _ in range(5):                              # a burst of answers: one warm-up
            warmer.request(catalogue)
        assert warmer.idle.wait(10)
        assert warmer.warmed == len(WARM_ORDERS)
        warmer.request(catalogue)                       # nothing changed: nothing to do
        assert warmer.idle.wait(10)
        assert warmer.warmed == len(WARM_ORDERS)
        assert not [t for t in threading.enumerate() if t.name == "order-warmer" and not t.daemon]
    finally:
        warmer.stop()
    assert not warmer._thread.is_alive()


def test_the_window_warms_the_orders_and_sorts_from_them(qtbot, catalogue, tmp_path, monkeypatch):
    w = make_window(qtbot, catalogue, tmp_path / "s.ini")
    w.controller.warmer.delay = 0.01
    w.controller.refresh()
    qtbot.waitUntil(lambda: w.controller.warmer.idle.is_set() and all(
        catalogue.planner._has_cached(("order", sort, d)) for sort, d in WARM_ORDERS), timeout=10_000)
    assert w.controller.warmer.warmed >= len(WARM_ORDERS) - 1   # the window's own first answer made "latest"
    calls = _count_order_queries(monkeypatch)
    click_header(qtbot, w, 0)                           # Title
    qtbot.waitUntil(lambda: w.controller.sort == "title" and not w.controller.search_pending)
    assert calls == []
    titles = [w.model.index(r, 0).data() for r in range(w.model.rowCount())]
    expected = queries.ordered_ids(catalogue.database, Filter(), "title", False)
    assert [catalogue.record_by_id(i).title for i in expected] == titles


def test_a_search_never_waits_behind_the_librarys_slow_counts(qtbot, catalogue, tmp_path, monkeypatch):
    """The Library's quality counts (seconds at 1,000,000 records) run on their own thread."""
    from app import quality
    w = make_window(qtbot, catalogue, tmp_path / "s.ini")
    release = threading.Event()
    started = threading.Event()
    real = quality.counts

    def slow_counts(*args, **kwargs):
        started.set()
        release.wait(20)
        return real(*args, **kwargs)
    monkeypatch.setattr(quality, "counts", slow_counts)
    try:
        w.features.refresh_counts()
        assert started.wait(10)
        qtbot.keyClicks(w.sidebar.keyword.edit, "housing")
        qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=5000)   # answered while counting
        assert w.background.is_busy() and not w.is_settled()
    finally:
        release.set()
    qtbot.waitUntil(w.is_settled, timeout=10_000)
    assert w.model.rowCount() == 1


def test_an_edit_that_moves_nothing_keeps_the_cached_orders(catalogue, monkeypatch):
    from app import editing
    catalogue.warm_orders()
    calls = _count_order_queries(monkeypatch)
    rid = catalogue.search(Criteria(), "title").ids[3]
    record = catalogue.record_by_id(rid)
    orders_before = schema.order_generation(catalogue.database)
    editing.update(catalogue, record.uid, dataclasses.replace(record, notes="checked", themes=["Remittances"]),
                   record.version)
    assert schema.order_generation(catalogue.database) == orders_before
    for sort, descending in WARM_ORDERS:
        catalogue.search(Criteria(), sort, descending)
    assert calls == []                                 # notes and themes move no record in any order
    record = catalogue.record_by_id(rid)
    editing.update(catalogue, record.uid, dataclasses.replace(record, title="Aardvark first"), record.version)
    assert catalogue.search(Criteria(), "title").ids[0] == rid
    assert calls                                       # a title edit does
    editing.delete(catalogue, [record.uid])             # to the trash: out of every live order
    assert rid not in catalogue.search(Criteria(), "title").ids
    assert catalogue.search(Criteria(), "title").ids == queries.ordered_ids(catalogue.database, Filter(), "title")


def test_bulk_writes_bump_the_order_counter_once_and_keep_its_triggers(empty_catalogue):
    from tests.test_bulk_writes import _records
    from db.writes import insert_many
    db = empty_catalogue.database
    before = schema.order_generation(db)
    with db.atomic():
        insert_many(db, _records(100))
    assert schema.order_generation(db) == before + 1
    names = {r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'resource_order_generation_%'")}
    assert names == {f"resource_order_generation_{k}" for k in ("insert", "update", "delete")}


def test_a_shared_catalogue_on_a_server_is_not_warmed(pg_url, monkeypatch):
    """Every order there is a server sort, and any user's edit would set every window re-sorting."""
    from app.catalogue import Catalogue
    cat = Catalogue.open(pg_url)
    try:
        calls = _count_order_queries(monkeypatch)
        assert cat.warm_orders() == 0 and calls == []
        assert cat.search(Criteria(), "title").ids == queries.ordered_ids(cat.database, Filter(), "title")
    finally:
        cat.close()
