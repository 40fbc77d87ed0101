"""Compact id lists (db.compact_ids): search results, cached orders and the table model keep ids
4 bytes each, with no id -> row dict; rows, lookups and selections stay right."""
from __future__ import annotations

import json

import pytest

from db import search_plan as catalogue_module
from app.criteria import Criteria, parse_query
from bench import bench_scale
from db import compact_ids, queries
from db.compact_ids import IdList, compact
from tests.ui_helpers import click_header, make_window, settle
from ui.table import table_model
from ui.table.table_model import ID_ROLE, UID_ROLE, ResourceTableModel

SORTS = [("latest", None), ("latest", False), ("title", False), ("title", True), ("year", None),
         ("year", False), ("type", False), ("type", True)]


# ---- the list itself ------------------------------------------------------------------------------

def test_an_id_list_is_4_bytes_an_id_and_behaves_as_a_list_of_ints():
    ids = compact([7, 3, 1_000_000, 42])
    assert isinstance(ids, IdList) and ids.itemsize == 4
    assert ids == [7, 3, 1_000_000, 42] and ids == (7, 3, 1_000_000, 42) and ids != [7, 3]
    assert not (ids != [7, 3, 1_000_000, 42]) and compact([]) == []
    assert len(ids) == 4 and ids[2] == 1_000_000 and 42 in ids and 5 not in ids
    assert isinstance(ids[1:3], IdList) and ids[1:3] == [3, 1_000_000] and ids[::-1] == [42, 1_000_000, 3, 7]
    assert [type(i) for i in ids] == [int] * 4


def test_ids_beyond_32_bits_widen_the_list():
    ids = compact([2**40, 1])
    assert ids.itemsize == 8 and ids == [2**40, 1] and ids.position(2**40) == 0
    assert compact([1, 2]).position(2**40) is None   # cannot be in a 4-byte list


def test_a_copy_is_independent():
    original = compact([1, 2, 3])
    copy = compact(original)
    copy[0] = 9
    assert original == [1, 2, 3] and copy == [9, 2, 3]


def test_position_ignores_matches_that_straddle_two_ids():
    # Little-endian bytes 00 07 00 00 | 00 00 00 00 contain 07 00 00 00 at offset 1, which is not an id.
    assert compact([0x700, 0]).position(7) is None
    assert compact([0x700, 0, 7]).position(7) == 2
    assert compact([5, 6, 5]).position(5) == 0


@pytest.mark.parametrize("how_many", [3, compact_ids.FEW_LOOKUPS + 5])
def test_positions_finds_each_present_id(how_many):
    ids = compact(range(1000, 0, -3))
    wanted = [ids[i] for i in range(0, how_many * 7, 7)] + [2, 100_000]   # two absent ids
    assert ids.positions(wanted) == {ids[i]: i for i in range(0, how_many * 7, 7)}


@pytest.mark.parametrize("chunk", [1, 3, 7, 100_000])
def test_ids_from_comma_separated_text_across_every_slice(chunk):
    values = [5, 123456, 7, 2_000_000_000, 1, 99, 42]
    ids = compact_ids.ids_from_text(",".join(map(str, values)), chunk=chunk)
    assert isinstance(ids, IdList) and ids.itemsize == 4 and ids == values
    assert compact_ids.ids_from_text(None) == [] and compact_ids.ids_from_text("") == []
    wide = compact_ids.ids_from_text(",".join(map(str, [3, 2**40, 8, 2**33])), chunk=chunk)
    assert wide.itemsize == 8 and wide == [3, 2**40, 8, 2**33]


@pytest.mark.parametrize("sort,descending", [*SORTS, ("relevance", None)])
@pytest.mark.parametrize("query", ["", "labour", "migrant country:TH", "trash:yes", "zzzznothing"])
def test_ids_read_as_one_text_are_the_rows_read_one_at_a_time(catalogue, monkeypatch, query, sort, descending):
    """SQLite hands the whole order back as one group_concat (dialect.ids_as_text): the same ids in
    the same order as reading a row at a time, for every sort, with and without keywords."""
    from db.dialect import SqliteDialect
    criteria = Criteria(trash=True) if query == "trash:yes" else parse_query(query)
    flt, _ = catalogue.resolve(criteria)
    as_text = queries.ordered_ids(catalogue.database, flt, sort, descending)
    monkeypatch.setattr(SqliteDialect, "ids_as_text", False)
    assert as_text == queries.ordered_ids(catalogue.database, flt, sort, descending)
    assert isinstance(as_text, (IdList, list))


# ---- the catalogue's results -------------------------------------------------------------------------

@pytest.mark.parametrize("sort,descending", SORTS)
def test_whole_catalogue_results_are_compact_and_in_the_sql_order(catalogue, sort, descending):
    result = catalogue.search(Criteria(), sort, descending)
    assert isinstance(result.ids, IdList)
    assert result.ids == queries.ordered_ids(catalogue.database, queries.Filter(), sort, descending)
    assert result.total == 20


def test_a_result_is_a_copy_of_the_cached_order(catalogue):
    first = catalogue.search(Criteria(), "title")
    first.ids[0], first.ids[1] = first.ids[1], first.ids[0]   # a caller scribbling on its result
    again = catalogue.search(Criteria(), "title")
    assert again.ids == queries.ordered_ids(catalogue.database, queries.Filter(), "title")
    assert again.ids != first.ids


@pytest.mark.parametrize("sort,descending", SORTS)
def test_a_common_word_filtering_the_cached_order_gives_the_sql_answer(catalogue, monkeypatch, sort, descending):
    # Every keyword counts as "common" here, so the plan that filters the cached order runs.
    monkeypatch.setattr(catalogue_module, "LARGE_RESULT", 0)
    monkeypatch.setattr(catalogue_module, "SERVER_LARGE_RESULT", 0)
    for query in ("labour", "migrant country:TH", "workers -domestic"):
        criteria = parse_query(query)
        flt, _ = catalogue.resolve(criteria)
        result = catalogue.search(criteria, sort, descending)
        assert isinstance(result.ids, IdList) and len(result.ids) > 0
        assert result.ids == queries.ordered_ids(catalogue.database, flt, sort, descending)


@pytest.mark.parametrize("query,sort", [("labour", "relevance"), ("housing", "title"), ("trash:yes", "latest")])
def test_database_sorted_results_are_compact_too(catalogue, query, sort):
    criteria = parse_query(query) if query != "trash:yes" else Criteria(trash=True)
    flt, _ = catalogue.resolve(criteria)
    result = catalogue.search(criteria, sort)
    assert isinstance(result.ids, IdList)
    assert result.ids == queries.ordered_ids(catalogue.database, flt, sort)


def test_page_slices_the_compact_result(catalogue):
    page = catalogue.page(Criteria(), "title", offset=5, limit=4)
    ids = catalogue.search(Criteria(), "title").ids
    assert page.total == 20 and [r.id for r in page.rows] == ids[5:9]


# ---- the table model -----------------------------------------------------------------------------------

def test_the_model_keeps_the_result_without_copying_it(catalogue):
    model = ResourceTableModel(catalogue)
    result = catalogue.search(Criteria())
    model.set_ids(result.ids)
    assert model.ids() is result.ids
    model.set_ids([result.ids[3], result.ids[1]])   # a plain list is copied into an IdList
    assert isinstance(model.ids(), IdList) and model.ids() == [result.ids[3], result.ids[1]]


def test_row_for_id_after_sorting_and_paging(catalogue, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(table_model, "MAX_PAGES", 2)
    model = ResourceTableModel(catalogue)
    for sort, descending in SORTS:
        ids = catalogue.search(Criteria(), sort, descending).ids
        model.set_ids(ids)
        model.data(model.index(19, 0))      # some pages cached, most not
        model.data(model.index(4, 0))
        for row, rid in enumerate(ids):
            assert model.row_for_id(rid) == row
        assert model.row_for_id(-5) is None
        assert model.rows_for_ids(list(ids)) == {rid: row for row, rid in enumerate(ids)}
        assert model.rows_for_ids([ids[7], ids[18], -5]) == {ids[7]: 7, ids[18]: 18}


def test_rows_stay_right_after_pages_are_evicted(catalogue, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(table_model, "MAX_PAGES", 2)
    ids = catalogue.search(Criteria(), "title").ids
    expected = {row.id: row for row in catalogue.rows(ids)}
    model = ResourceTableModel(catalogue)
    model.set_ids(ids)
    for row in [*range(20), *range(19, -1, -2), 0, 19, 10]:   # forwards, backwards, jumps
        assert model.data(model.index(row, 0)) == expected[ids[row]].title
        assert model.data(model.index(row, 0), UID_ROLE) == expected[ids[row]].uid
        assert len(model._pages) <= 2
    assert model.page_fetches > 7   # pages were dropped and read again


def test_cached_row_for_uid_reads_only_cached_pages(catalogue, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 4)
    model = ResourceTableModel(catalogue)
    ids = catalogue.search(Criteria(), "title").ids
    model.set_ids(ids)
    uids = [row.uid for row in catalogue.rows(ids)]
    model.data(model.index(9, 0))   # caches rows 8-11 only
    assert model.cached_row_for_uid(uids[10]) == 10
    assert model.cached_row_for_uid(uids[2]) is None
    assert model.page_fetches == 1


# ---- the window -------------------------------------------------------------------------------------------

def test_sorting_keeps_a_multi_row_selection_and_the_current_row(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    for row in (2, 9, 15):
        w.table.selectionModel().select(
            w.model.index(row, 0), w.table.selectionModel().SelectionFlag.Select
            | w.table.selectionModel().SelectionFlag.Rows)
    w.table.selectionModel().setCurrentIndex(w.model.index(9, 0), w.table.selectionModel().SelectionFlag.NoUpdate)
    chosen = set(w.selected_uids())
    current = w.model.data(w.model.index(9, 0), UID_ROLE)
    click_header(qtbot, w, 0)
    qtbot.waitUntil(lambda: w.controller.sort == "title")
    settle(qtbot, w)
    assert set(w.selected_uids()) == chosen and len(chosen) == 3
    assert w.selected_rows() != [2, 9, 15]   # the rows moved with the new order
    assert w.model.data(w.table.currentIndex(), UID_ROLE) == current
    assert w.model.row_for_id(w.model.data(w.table.currentIndex(), ID_ROLE)) == w.table.currentIndex().row()


# ---- the benchmark that measures it -------------------------------------------------------------------

def test_the_memory_only_bench_run_reports_memory_scroll_and_sort(tmp_path):
    out = tmp_path / "figures.json"
    assert bench_scale.main(["--sizes", "300", "--reuse-dir", str(tmp_path), "--quick", "--only", "memory",
                             "--json", str(out)]) == 0
    names = {row["name"] for row in json.loads(out.read_text())["rows"]}
    assert {"memory: catalogue open (RSS)", "memory: after a full scroll (RSS)",
            "memory: peak at the end of the run (RSS)", "scroll: a page of 100 rows fetched",
            "sort by year (asc/desc): rows on screen"} <= names
    assert not any(name.startswith(("type ", "export", "import", "bulk edit")) for name in names)
