"""Catalogue service: ordered ids, sorts, rows, facet counts (OR inside, AND across), regions."""
from __future__ import annotations

import pytest

from app.criteria import Criteria, parse_query
from tests.helpers import add, titles


@pytest.fixture
def facetted(empty_catalogue):
    cat = empty_catalogue
    add(cat, "A Thai housing report", type="Report", countries=["TH"], themes=["Housing and living conditions"],
        year=2021, languages=["th"], organizations=["ILO"])
    add(cat, "B Malaysian housing study", type="Study", countries=["MY"], themes=["Housing and living conditions"],
        year=2019, organizations=["IOM"])
    add(cat, "C Thai wages report", type="Report", countries=["TH"], themes=["Wages"], year=2022,
        organizations=["ILO"])
    add(cat, "D Nepal domestic work", type="Report", countries=["NP"], themes=["Domestic work"], year=None)
    add(cat, "E ASEAN overview", type="Guide", regions=["ASEAN"], themes=["Labour migration governance"], year=2020)
    return cat


def counts(facets, facet):
    return {v.label: v.count for v in facets.values[facet]}


def test_default_order_is_latest_added_first(catalogue):
    rows = catalogue.rows(catalogue.search(Criteria()).ids)
    listing = [line[2:] for line in open("tests/data/seed_listing.txt", encoding="utf-8").read().splitlines()
               if line.startswith("- ")][0::2]
    assert [r.title for r in rows] == listing


def test_sorts(facetted):
    assert titles(facetted, "", "title") == ["A Thai housing report", "B Malaysian housing study",
                                              "C Thai wages report", "D Nepal domestic work", "E ASEAN overview"]
    by_year = titles(facetted, "", "year")
    assert by_year[:4] == ["C Thai wages report", "A Thai housing report", "E ASEAN overview",
                           "B Malaysian housing study"]
    assert by_year[-1] == "D Nepal domestic work"  # undated last
    asc = [r.title for r in facetted.rows(facetted.search(Criteria(), "year", descending=False).ids)]
    assert asc[0] == "B Malaysian housing study" and asc[-1] == "D Nepal domestic work"
    by_type = titles(facetted, "", "type")
    assert by_type[0] == "E ASEAN overview"  # Guide < Report < Study
    assert by_type[-1] == "B Malaysian housing study"
    with pytest.raises(ValueError):
        facetted.search(Criteria(), "colour")


def test_sorting_titles_in_many_scripts_folds_case_and_accents(empty_catalogue):
    for title in ["zebra", "Éclair", "apple", "ထ Burmese", "中国", "ไทย", "Ångström"]:
        add(empty_catalogue, title)
    got = titles(empty_catalogue, "", "title")
    assert got[:4] == ["Ångström", "apple", "Éclair", "zebra"]
    assert set(got[4:]) == {"ထ Burmese", "中国", "ไทย"}


def test_or_inside_a_facet_and_across_facets(facetted):
    assert titles(facetted, "country:TH,MY", "title") == ["A Thai housing report", "B Malaysian housing study",
                                                           "C Thai wages report"]
    assert titles(facetted, "country:TH theme:housing", "title") == ["A Thai housing report"]
    assert titles(facetted, "country:thailand type:REPORT year:2022") == ["C Thai wages report"]


def test_countries_and_languages_by_name_or_iso_code(facetted):
    for q in ("country:TH", "country:tha", "country:Thailand", "country:thailand"):
        assert titles(facetted, q, "title") == ["A Thai housing report", "C Thai wages report"], q
    for q in ("language:th", "language:Thai", "lang:tha"):
        assert titles(facetted, q) == ["A Thai housing report"], q


def test_region_matches_member_countries(facetted):
    assert titles(facetted, "region:ASEAN", "title") == ["A Thai housing report", "B Malaysian housing study",
                                                          "C Thai wages report", "E ASEAN overview"]
    assert titles(facetted, "region:\"South Asia\"") == ["D Nepal domestic work"]
    f = facetted.facets(Criteria())
    assert counts(f, "region")["ASEAN"] == 4
    assert counts(f, "region")["South Asia"] == 1


def test_unknown_value_gives_no_result_and_a_warning(facetted):
    result = facetted.search(parse_query("country:Atlantis"))
    assert result.ids == []
    assert "Atlantis" in result.warnings[0]


def test_facet_counts_ignore_own_selection(facetted):
    f = facetted.facets(parse_query("country:TH"))
    # Other countries stay clickable with their counts as if Thailand were not ticked.
    assert counts(f, "country") == {"Thailand": 2, "Malaysia": 1, "Nepal": 1}
    assert [v.label for v in f.values["country"] if v.selected] == ["Thailand"]
    # Other facets count inside the selection.
    assert counts(f, "type") == {"Report": 2}
    assert counts(f, "theme") == {"Housing and living conditions": 1, "Wages": 1}
    assert f.total == 2


def test_ticking_changes_other_facets_counts(facetted):
    before = facetted.facets(Criteria())
    after = facetted.facets(parse_query("theme:Wages"))
    assert counts(before, "type") == {"Report": 3, "Study": 1, "Guide": 1}
    assert counts(after, "type") == {"Report": 1}


def test_year_counts_ignore_year_range_and_count_undated(facetted):
    f = facetted.facets(parse_query("year:2020..2022"))
    assert dict(f.years) == {2022: 1, 2021: 1, 2020: 1, 2019: 1}
    assert f.undated == 1
    assert f.total == 3
    assert titles(facetted, "year:none") == ["D Nepal domestic work"]


def test_facet_counts_with_keywords(facetted):
    f = facetted.facets(parse_query("housing"))
    assert counts(f, "country") == {"Thailand": 1, "Malaysia": 1}
    assert f.total == 2


def test_values_most_frequent_first(facetted):
    f = facetted.facets(Criteria())
    assert [v.count for v in f.values["country"]] == sorted((v.count for v in f.values["country"]), reverse=True)


def test_deleted_records_leave_results_and_counts(facetted):
    from db import writes
    rec = facetted.record(facetted.rows(facetted.search(parse_query("nepal")).ids)[0].uid)
    rec.deleted_at = writes.now_iso()
    writes.save_record(facetted.database, rec)
    assert titles(facetted, "nepal") == []
    assert "Nepal" not in counts(facetted.facets(Criteria()), "country")
    trash = facetted.search(Criteria(trash=True))
    assert [r.title for r in facetted.rows(trash.ids)] == ["D Nepal domestic work"]
    assert facetted.total() == 4


def test_rows_page_and_record(catalogue):
    ids = catalogue.search(Criteria()).ids
    page = catalogue.page(Criteria(), offset=5, limit=3)
    assert page.total == 20 and [r.id for r in page.rows] == ids[5:8]
    row = catalogue.rows([ids[1]])[0]
    assert row.countries == "Malaysia, Singapore, Thailand"
    rec = catalogue.record(row.uid)
    assert rec.publisher_ref == "WCMS_838972" and rec.year == 2022
    assert catalogue.record("no-such-uid") is None


def test_organization_facet_counts_each_record_once(catalogue):
    f = catalogue.facets(Criteria())
    ilo = [v for v in f.values["organization"] if v.value == "ILO"][0]
    # The BLMA guidance has ILO both as author and publisher: counted once.
    assert ilo.count == len(catalogue.search(parse_query("org:ILO")).ids)


def test_reading_list_place_keeps_list_order_and_applies_criteria(facetted):
    from app import reading_lists
    from dataclasses import replace
    reading_lists.create_list("Workshop")
    lst = reading_lists.find_list("Workshop")
    ids = facetted.search(Criteria(), "title").ids
    uids = [r.uid for r in facetted.rows(ids)]
    chosen = [uids[2], uids[0], uids[4]]  # C, A, E in this order
    reading_lists.add_items(lst.uid, chosen)
    inside = Criteria(reading_list=lst.uid)
    assert [r.title for r in facetted.rows(facetted.search(inside).ids)] == [
        "C Thai wages report", "A Thai housing report", "E ASEAN overview"]
    thai = replace(parse_query("country:TH"), reading_list=lst.uid)
    assert [r.title for r in facetted.rows(facetted.search(thai).ids)] == ["C Thai wages report", "A Thai housing report"]
    assert facetted.facets(inside).total == 3
    by_title = [r.title for r in facetted.rows(facetted.search(inside, "title").ids)]
    assert by_title == ["A Thai housing report", "C Thai wages report", "E ASEAN overview"]


@pytest.mark.parametrize("sort,descending", [("latest", None), ("title", None), ("title", True), ("year", None),
                                             ("year", False), ("type", None)])
def test_large_result_plan_gives_the_same_order(facetted, monkeypatch, sort, descending):
    import db.search_plan as catalogue_module
    from tests.helpers import add
    add(facetted, "F ไทย แรงงาน report", type="Report", countries=["TH"])
    for q in ("report", "thai", "housing country:TH", "-wages", "report แรงงาน", "report -thai year:2019..2022"):
        expected = facetted.search(parse_query(q), sort, descending).ids
        expected_counts = facetted.facets(parse_query(q))
        monkeypatch.setattr(catalogue_module, "LARGE_RESULT", -1)  # every keyword search takes that plan
        got = facetted.search(parse_query(q), sort, descending).ids
        got_counts = facetted.facets(parse_query(q))
        monkeypatch.setattr(catalogue_module, "LARGE_RESULT", 5000)
        assert got == expected, (q, sort)
        assert got_counts == expected_counts, q


def test_complement_counting_gives_the_same_counts(facetted):
    from db import queries
    for q in ("report", "thai", "-nepal", "country:TH", "year:2019..2022"):
        flt, _ = facetted.resolve(parse_query(q))
        plain = queries.facet_counts(facetted.database, flt)
        everything = queries.facet_counts(facetted.database, queries.Filter())
        for words_first in (False, True):
            fast = queries.facet_counts(facetted.database, flt, everything=everything, many_word_hits=words_first)
            assert fast.values == plain.values and fast.years == plain.years, q
            assert (fast.undated, fast.total) == (plain.undated, plain.total), q


def _other_connection(cat):
    """A second, plain connection to the same catalogue (another process, as far as it knows)."""
    if cat.path is None:
        import psycopg
        return psycopg.connect(cat.database.address.conninfo())
    import sqlite3
    return sqlite3.connect(cat.path)


def test_cached_answers_follow_changes_made_by_another_connection(facetted):
    before = titles(facetted, "")
    assert facetted.facets(Criteria()).total == 5
    other = _other_connection(facetted)
    other.execute("UPDATE resource SET added_at = '2999-01-01T00:00:00.000000Z' WHERE title LIKE 'B %'")
    other.execute("UPDATE resource SET deleted_at = '2025-01-01T00:00:00.000000Z' WHERE title LIKE 'D %'")
    other.commit()
    other.close()
    after = titles(facetted, "")
    assert after[0] == "B Malaysian housing study" and after != before
    assert "D Nepal domestic work" not in after
    assert facetted.facets(Criteria()).total == 4


@pytest.mark.parametrize("sort,descending", [("year", None), ("year", False), ("year", True), ("type", None),
                                             ("type", True), ("type", False)])
def test_whole_catalogue_orders_match_the_sql_order(facetted, sort, descending):
    from db import queries
    from tests.helpers import add
    add(facetted, "A second Thai report", type="Report", year=2021)   # ties on year and on type
    add(facetted, "untyped and undated")
    expected = queries.ordered_ids(facetted.database, queries.Filter(), sort, descending)
    assert queries.live_ids_in_order(facetted.database, sort, descending) == expected


@pytest.mark.parametrize("sort,descending", [("latest", None), ("latest", True), ("latest", False),
                                             ("title", None), ("title", True), ("title", False)])
def test_first_page_is_the_head_of_the_whole_order(catalogue, sort, descending):
    """The head of the whole-catalogue order read from its index before the order is known (the
    window paints it first, issue 17) is exactly the head of the whole answer: ties on the sort
    key and records in the trash included. Once the order is cached there is nothing to gain."""
    other = _other_connection(catalogue)
    other.execute("UPDATE resource SET added_at = '2024-05-05T00:00:00.000000Z' WHERE MOD(id, 3) = 0"
                  if catalogue.path is None else
                  "UPDATE resource SET added_at = '2024-05-05T00:00:00.000000Z' WHERE id % 3 = 0")
    other.execute("UPDATE resource SET title_sort = 'same title' WHERE id IN (2, 4, 5, 11)")
    other.execute("UPDATE resource SET deleted_at = '2025-01-01T00:00:00.000000Z' WHERE id IN (4, 9)")
    other.commit()
    other.close()
    catalogue.drop_caches()
    heads = {limit: catalogue.first_page(Criteria(), sort, descending, limit) for limit in (1, 5, 12, 18, 40)}
    total = catalogue.total()
    whole = catalogue.search(Criteria(), sort, descending).ids
    assert len(whole) == total == 18
    for limit, head in heads.items():
        assert head is not None
        assert head.ids == whole[:limit]
    assert catalogue.first_page(Criteria(), sort, descending, 5) is None   # the whole order is at hand now
    assert catalogue.first_page(parse_query("housing"), sort, descending, 5) is None
    assert catalogue.first_page(Criteria(), "year", None, 5) is None


def test_total_follows_changes(facetted):
    assert facetted.total() == 5
    other = _other_connection(facetted)
    other.execute("UPDATE resource SET deleted_at = '2025-01-01T00:00:00.000000Z' WHERE title LIKE 'D %'")
    other.commit()
    other.close()
    assert facetted.total() == 4
