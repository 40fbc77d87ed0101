from __future__ import annotations

import pytest

from app import saved_searches as ss
from app.criteria import parse_query


def test_save_list_apply(catalogue):
    criteria = parse_query("housing country:Thailand year:2020..2022")
    changes = ss.save(catalogue, "  Thai   housing ", criteria)
    assert changes.saved_searches and not changes.affects_results
    ss.save(catalogue, "Gulf", "region:GCC")
    names = [s.name for s in ss.list_searches(catalogue)]
    assert names == ["Thai housing", "Gulf"]  # whitespace tidied, order of creation kept
    assert ss.apply(catalogue, "Thai housing") == criteria
    assert catalogue.search(ss.apply(catalogue, "Thai housing")).ids == catalogue.search(criteria).ids


def test_duplicate_name_needs_replace(catalogue):
    ss.save(catalogue, "A", "housing")
    with pytest.raises(ss.SavedSearchError, match="already exists"):
        ss.save(catalogue, "A", "covid")
    ss.save(catalogue, "B", "x")
    ss.save(catalogue, "A", "covid", replace=True)
    assert [(s.name, s.query) for s in ss.list_searches(catalogue)] == [("A", "covid"), ("B", "x")]


def test_rename_and_delete(catalogue):
    ss.save(catalogue, "A", "housing")
    ss.save(catalogue, "B", "covid")
    with pytest.raises(ss.SavedSearchError, match="already exists"):
        ss.rename(catalogue, "A", "B")
    assert ss.rename(catalogue, "A", "Housing").saved_searches
    assert ss.rename(catalogue, "Housing", "Housing").is_empty()
    assert [s.name for s in ss.list_searches(catalogue)] == ["Housing", "B"]
    ss.delete(catalogue, "B")
    assert [s.name for s in ss.list_searches(catalogue)] == ["Housing"]
    with pytest.raises(ss.SavedSearchError):
        ss.delete(catalogue, "B")
    with pytest.raises(ss.SavedSearchError):
        ss.apply(catalogue, "B")


def test_rejects_bad_names_and_queries(catalogue):
    from app.criteria import QueryError
    with pytest.raises(ss.SavedSearchError, match="needs a name"):
        ss.save(catalogue, "   ", "housing")
    with pytest.raises(QueryError):
        ss.save(catalogue, "bad", "colour:red")
    assert ss.list_searches(catalogue) == []


def test_unicode_names(catalogue):
    ss.save(catalogue, "ที่อยู่อาศัย แรงงาน", "country:Thailand")
    assert ss.get(catalogue, "ที่อยู่อาศัย แรงงาน").query == "country:Thailand"
