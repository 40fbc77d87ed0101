from __future__ import annotations

import pytest

from app.criteria import Criteria
from ui.table import table_model
from ui.table.table_model import COLUMNS, ID_ROLE, UID_ROLE, ResourceTableModel


def test_model_passes_qtmodeltester(qtmodeltester, catalogue):
    model = ResourceTableModel(catalogue)
    model.set_ids(catalogue.search(Criteria()).ids)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 20 and model.columnCount() == len(COLUMNS)


def test_rows_follow_the_id_order(catalogue):
    ids = catalogue.search(Criteria(), "title").ids
    model = ResourceTableModel(catalogue)
    model.set_ids(ids)
    titles = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert titles == [row.title for row in catalogue.rows(ids)]
    assert model.data(model.index(3, 0), ID_ROLE) == ids[3]
    assert model.data(model.index(3, 0), UID_ROLE) == catalogue.rows([ids[3]])[0].uid


def test_cached_rows_never_touch_the_database(catalogue, monkeypatch):
    model = ResourceTableModel(catalogue)
    model.set_ids(catalogue.search(Criteria()).ids)
    assert model.data(model.index(0, 0))
    assert model.page_fetches == 1

    def no_database(ids):
        raise AssertionError("data() read the database for a cached row")
    monkeypatch.setattr(catalogue, "rows", no_database)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
    assert model.page_fetches == 1


def test_pages_are_fetched_lazily_and_evicted(catalogue, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(table_model, "MAX_PAGES", 2)
    model = ResourceTableModel(catalogue)
    model.set_ids(catalogue.search(Criteria()).ids)
    assert model.page_fetches == 0  # nothing is read before something is drawn
    model.data(model.index(19, 0))
    model.data(model.index(0, 0))
    model.data(model.index(10, 0))
    assert model.page_fetches == 3
    assert len(model._pages) == 2  # the least recently used page was dropped
    model.data(model.index(19, 0))  # evicted: read again
    assert model.page_fetches == 4


def test_refresh_rows_reads_again(catalogue):
    from app import editing
    model = ResourceTableModel(catalogue)
    ids = catalogue.search(Criteria()).ids
    model.set_ids(ids)
    uid = model.data(model.index(0, 0), UID_ROLE)
    record = catalogue.record(uid)
    record.title = "A changed title"
    editing.update(catalogue, uid, record, record.version)
    assert model.data(model.index(0, 0)) != "A changed title"  # still the cached row
    model.refresh_rows()
    assert model.data(model.index(0, 0)) == "A changed title"


@pytest.mark.parametrize("column,expected", [("year", "2022"), ("added_at", None)])
def test_display_formats(catalogue, column, expected):
    ids = catalogue.search(Criteria(words=("Home", "truths"))).ids
    model = ResourceTableModel(catalogue)
    model.set_ids(ids)
    col = [c.key for c in COLUMNS].index(column)
    text = model.data(model.index(0, col))
    if expected:
        assert text == expected
    else:
        assert len(text) == 10 and text[4] == "-"  # a date, not a timestamp
