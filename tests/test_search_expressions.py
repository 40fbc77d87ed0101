"""The query language beyond words and ticks (issue 19): excluded facet values, comparisons of years
and dates, record states, and OR / AND / NOT / parentheses across fields. Runs on SQLite and on
PostgreSQL (tests/conftest.py BOTH_BACKENDS)."""
from __future__ import annotations

from datetime import date, timedelta

import re

import pytest

from app import reading_lists
from app.criteria import Criteria, QueryError, parse_query
from tests.helpers import add, titles


def _day(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat() + "T10:00:00.000000Z"


@pytest.fixture
def library(empty_catalogue):
    cat = empty_catalogue
    add(cat, "Thai report", type="Report", countries=["TH"], year=2019, summary="About fees",
        doi="10.1/a", added_at=_day(3), updated_at=_day(0))
    add(cat, "Thai strategy", type="Strategy", countries=["TH"], year=2021, added_at=_day(40), updated_at=_day(40))
    add(cat, "Qatar report", type="Report", countries=["QA"], year=2020, summary="Gulf study",
        added_at=_day(400), updated_at=_day(400))
    add(cat, "Old Malaysian study", type="Study", countries=["MY"], year=1995, added_at=_day(800),
        updated_at=_day(10))
    add(cat, "Undated note", type="Report", added_at=_day(1), updated_at=_day(1))
    return cat


def test_excluded_facet_values(library):
    assert sorted(titles(library, "-country:Thailand")) == ["Old Malaysian study", "Qatar report", "Undated note"]
    assert sorted(titles(library, "-type:report,strategy")) == ["Old Malaysian study"]
    # A record with no type is not "of type report": excluding report keeps it.
    add(library, "Typeless", countries=["TH"])
    assert "Typeless" in titles(library, "-type:report")
    assert sorted(titles(library, "country:TH -type:strategy")) == ["Thai report", "Typeless"]


def test_excluded_value_counts_show_how_many_it_removes(library):
    crit = parse_query("-country:TH")
    facets = library.facets(crit)
    thailand = next(v for v in facets.values["country"] if v.value in ("Thailand", "TH"))
    assert thailand.excluded and not thailand.selected and thailand.count == 2
    assert facets.total == 3
    types = {v.label: v.count for v in facets.values["type"]}
    assert types == {"Report": 2, "Study": 1}   # the other facets count what is left


def test_excluded_value_parses_formats_and_makes_a_chip():
    crit = parse_query("-country:Thailand -type:report,strategy")
    assert crit.excluded_values("country") == ("Thailand",)
    assert crit.excluded_values("type") == ("report", "strategy")
    assert parse_query(crit.to_query()) == crit
    assert ("-country", "Thailand", "not Thailand") in crit.chips()
    assert crit.without_chip("-country", "Thailand").excluded_values("country") == ()
    assert crit.with_value("country", "Thailand").excluded_values("country") == ()
    assert crit.with_excluded("type", "Guide").excluded_values("type") == ("report", "strategy", "Guide")


@pytest.mark.parametrize("query,expected", [
    ("year:>=2020", ["Qatar report", "Thai strategy"]),
    ("year:>2020", ["Thai strategy"]),
    ("year:<2000", ["Old Malaysian study"]),
    ("year:<=2019", ["Old Malaysian study", "Thai report"]),
    ("year:=2019", ["Thai report"]),
    ("added:<30d", ["Thai report", "Undated note"]),
    ("added:>30d", ["Old Malaysian study", "Qatar report", "Thai strategy"]),
    ("updated:today", ["Thai report"]),
    ("updated:<=7d", ["Thai report", "Undated note"]),
    (f"added:>={(date.today() - timedelta(days=50)).isoformat()}", ["Thai report", "Thai strategy", "Undated note"]),
    (f"added:<{(date.today() - timedelta(days=50)).isoformat()}", ["Old Malaysian study", "Qatar report"]),
    (f"added:{date.today().year - 10}..", ["Old Malaysian study", "Qatar report", "Thai report", "Thai strategy",
                                           "Undated note"]),
])
def test_comparisons(library, query, expected):
    assert sorted(titles(library, query)) == expected


@pytest.mark.parametrize("query,where", [
    ("year:>=abc", "year"), ("year:<", "year"), ("added:soon", "date"), ("added:>=2026-13-01", "date"),
    ("updated:<30x", "date"), ("has:colour", "has:colour"), ("is:lost", "is:lost"),
])
def test_bad_values_say_what_to_write_and_where(query, where):
    with pytest.raises(QueryError) as info:
        parse_query("housing " + query)
    assert where in str(info.value)
    assert info.value.position is not None and info.value.position >= len("housing ")


def test_record_states(library):
    assert titles(library, "has:doi") == ["Thai report"]
    assert sorted(titles(library, "has:summary")) == ["Qatar report", "Thai report"]
    assert sorted(titles(library, "no:summary")) == ["Old Malaysian study", "Thai strategy", "Undated note"]
    assert titles(library, "no:year") == ["Undated note"]
    assert titles(library, "no:country") == ["Undated note"]
    assert titles(library, "has:attachment") == []
    assert titles(library, "has:text") == []


def test_reading_list_and_trash_terms(library):
    uids = {r.title: r.uid for r in library.rows(library.search(Criteria()).ids)}
    reading_lists.create_list("Workshop list")
    workshop = reading_lists.find_list("Workshop list")
    reading_lists.add_items(workshop.uid, [uids["Thai report"], uids["Qatar report"]])
    assert sorted(titles(library, 'in:"Workshop list"')) == ["Qatar report", "Thai report"]
    assert titles(library, '-in:"workshop list" country:TH') == ["Thai strategy"]
    result = library.search(parse_query('in:"No such list"'))
    assert result.total == 0 and "No such list" in result.warnings[0]


def test_is_trash_searches_the_trash(library):
    from app import editing
    uid = next(r.uid for r in library.rows(library.search(Criteria()).ids) if r.title == "Qatar report")
    editing.delete(library, [uid])
    assert titles(library, "is:trash") == ["Qatar report"]
    assert "Qatar report" not in titles(library, "report")
    with pytest.raises(QueryError, match="is:trash"):
        parse_query("is:trash OR country:TH")


def test_or_across_fields_and_groups(library):
    assert sorted(titles(library, "(country:TH OR region:GCC) -type:strategy")) == ["Qatar report", "Thai report"]
    assert sorted(titles(library, "country:MY OR year:>=2021")) == ["Old Malaysian study", "Thai strategy"]
    assert sorted(titles(library, "NOT (country:TH OR no:year)")) == ["Old Malaysian study", "Qatar report"]
    assert sorted(titles(library, "thai AND (report OR strategy) year:<2021")) == ["Thai report"]
    assert sorted(titles(library, "-(thai report)")) == ["Old Malaysian study", "Qatar report", "Thai strategy",
                                                         "Undated note"]
    assert titles(library, "(report OR study) country:MY") == ["Old Malaysian study"]


def test_the_librarians_one_line(library):
    uids = {r.title: r.uid for r in library.rows(library.search(Criteria()).ids)}
    reading_lists.create_list("Workshop list")
    workshop = reading_lists.find_list("Workshop list")
    reading_lists.add_items(workshop.uid, [uids["Thai report"]])
    add(library, "Gulf report", type="Report", countries=["AE"], year=2022)
    line = '(country:Thailand OR region:GCC) type:report year:>=2018 no:summary -in:"Workshop list"'
    assert titles(library, line) == ["Gulf report"]
    crit = parse_query(line)
    assert [k for k, _, _ in crit.chips()] == ["type", "year", "term", "term", "term"]
    assert parse_query(crit.to_query()) == crit
    counts = library.facets(crit)
    assert counts.total == 1


def test_same_facet_or_is_shown_in_the_sidebar():
    crit = parse_query("country:TH OR country:MY")
    assert crit.values("country") == ("TH", "MY") and crit.terms == ()
    crit = parse_query("country:TH OR region:GCC")
    assert crit.values("country") == () and len(crit.terms) == 1 and crit.hidden_from_sidebar()
    assert not parse_query("has:doi added:<30d").hidden_from_sidebar()


def test_counts_under_an_expression_match_the_rows(library):
    crit = parse_query("(country:TH OR region:GCC) -type:strategy")
    facets = library.facets(crit)
    assert facets.total == library.search(crit).total == 2
    # The type box ignores its own exclusion: Strategy shows the 1 record it removes.
    assert {v.label: v.count for v in facets.values["type"]} == {"Report": 2, "Strategy": 1}


def test_saved_searches_and_exports_take_the_same_expression(library):
    from app import saved_searches
    from app.transfer.exporting import ExportScope, export_count, export_ids
    line = "(country:TH OR region:GCC) -type:strategy year:>=2019"
    saved_searches.save(library, "Gulf and Thailand", parse_query(line))
    stored = saved_searches.get(library, "Gulf and Thailand").query
    assert parse_query(stored) == parse_query(line)
    crit = saved_searches.apply(library, "Gulf and Thailand")
    expected = sorted(titles(library, line))
    assert expected == ["Qatar report", "Thai report"]
    scope = ExportScope(criteria=crit)
    assert sorted(r.title for r in library.rows(export_ids(library, scope))) == expected
    assert export_count(library, scope) == 2
    with pytest.raises(QueryError):
        saved_searches.save(library, "Broken", "a ) b")


@pytest.mark.sqlite_only
def test_command_line_search_takes_expressions(library, capsys):
    from tests.helpers import run_cli
    db = str(library.path)

    def cli_titles(*query):
        code, out, _ = run_cli(capsys, "--db", db, "search", "--", *query)
        assert code == 0
        return sorted(re.match(r"\S+  \S+  .{14}  (.*)$", line).group(1) for line in out.strip().splitlines())
    found = cli_titles("(country:TH OR region:GCC)", "-type:strategy")   # the command line seeds the file
    assert found == sorted(titles(library, "(country:TH OR region:GCC) -type:strategy"))
    assert "Qatar report" in found and "Thai report" in found and "Thai strategy" not in found
    found = cli_titles("-country:TH", "no:summary", "added:<1000d")
    assert found == sorted(titles(library, "-country:TH no:summary added:<1000d"))
    assert "Undated note" in found and "Thai strategy" not in found
    code, out, err = run_cli(capsys, "--db", db, "search", "housing", "year:>=abc")
    assert code != 0 and "at character 14" in err and "year" in err
    code, out, err = run_cli(capsys, "--db", db, "facets", "--json", "--", "-type:report")
    assert code == 0
    import json
    report = next(v for v in json.loads(out)["facets"]["type"] if v["value"] == "Report")
    assert report["excluded"] and not report["selected"] and report["count"] > 0
    code, out, err = run_cli(capsys, "--db", db, "facets", "--", "-type:report")
    assert code == 0 and "[-] Report" in out


def test_a_published_page_never_shows_the_trash_even_for_is_trash(library):
    from app import editing
    from app.publish.writer import _live
    uid = next(r.uid for r in library.rows(library.search(Criteria()).ids) if r.title == "Qatar report")
    editing.delete(library, [uid])
    crit = _live(parse_query("is:trash report"))
    assert not crit.in_trash()
    assert "Qatar report" not in titles(library, crit.to_query())
