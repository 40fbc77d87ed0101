from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.criteria import KNOWN_FIELDS, Criteria, QueryError, format_query, parse_query


def test_full_example_parses_into_one_criteria():
    c = parse_query('housing country:Thailand type:report year:2020..2022 -covid org:ILO "bilateral agreements"')
    assert c.words == ("housing",)
    assert c.phrases == ("bilateral agreements",)
    assert c.excluded == ("covid",)
    assert c.values("country") == ("Thailand",)
    assert c.values("type") == ("report",)
    assert c.values("organization") == ("ILO",)
    assert (c.year_from, c.year_to) == (2020, 2022)


@pytest.mark.parametrize("text", ["Country:TH", "COUNTRY:th", "countries:TH", "country:TH"])
def test_field_names_are_case_insensitive_with_aliases(text):
    assert parse_query(text).values("country") in (("TH",), ("th",))


def test_comma_and_repeated_values_combine():
    c = parse_query("country:TH,MY country:Laos")
    assert c.values("country") == ("TH", "MY", "Laos")


def test_quoted_value_keeps_commas_and_spaces():
    c = parse_query('country:"Korea, Republic of"')
    assert c.values("country") == ("Korea, Republic of",)


def test_unknown_field_names_the_known_ones():
    with pytest.raises(QueryError) as info:
        parse_query("colour:red housing")
    message = str(info.value)
    assert "colour" in message
    for name in KNOWN_FIELDS:
        assert name in message


@pytest.mark.parametrize("text,expected", [
    ("year:2020", (2020, 2020, False)),
    ("year:2018..2022", (2018, 2022, False)),
    ("year:..2015", (None, 2015, False)),
    ("year:2018..", (2018, None, False)),
    ("year:2022..2018", (2018, 2022, False)),
    ("year:none", (None, None, True)),
])
def test_year_forms(text, expected):
    c = parse_query(text)
    assert (c.year_from, c.year_to, c.undated) == expected


def test_unreadable_year_is_a_clear_error():
    with pytest.raises(QueryError, match="year"):
        parse_query("year:soon")


def test_urls_are_words_not_fields():
    assert parse_query("https://www.ilo.org/x").words == ("https://www.ilo.org/x",)


@pytest.mark.parametrize("text", ['"', "NEAR(", "*", "-", "(", '""', "country:", ":", "-:", "a OR", "a AND",
                                  "NOT", "(a OR b", "x -("])
def test_stray_syntax_while_typing_never_raises(text):
    assert isinstance(parse_query(text), Criteria)


@pytest.mark.parametrize("text,position", [(")", 0), ("AND", 0), ("OR NOT", 0), ("a ) b", 2), ("x (OR y)", 3)])
def test_misplaced_operators_are_errors_with_their_position(text, position):
    with pytest.raises(QueryError) as info:
        parse_query(text)
    assert info.value.position == position
    assert f"at character {position + 1}" in str(info.value)


def test_unknown_field_without_value_is_still_named():
    with pytest.raises(QueryError, match="unknown field 'a:'"):
        parse_query("a:")


def test_chips_and_removal():
    c = parse_query('housing country:TH "fair recruitment" -covid year:2020')
    kinds = [k for k, _, _ in c.chips()]
    assert kinds == ["word", "phrase", "excluded", "country", "year"]
    c2 = c.without_chip("country", "TH").without_chip("year", "")
    assert c2.values("country") == () and not c2.has_year_range()
    assert c2.words == ("housing",)


def test_changes_return_new_values_and_keep_place():
    base = Criteria(reading_list="L1")
    c = base.with_value("theme", "Housing").with_value("theme", "housing")
    assert c.values("theme") == ("Housing",)
    assert base.values("theme") == ()
    assert c.cleared_all() == Criteria(reading_list="L1")


_value = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and '"' not in s and s.strip())


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.from_regex(r"[A-Za-zก-๙ក-៩က-၉à-ỹ中国]{1,8}", fullmatch=True), max_size=3),
       countries=st.lists(_value, max_size=2), themes=st.lists(_value, max_size=2),
       years=st.one_of(st.none(), st.tuples(st.integers(1900, 2030), st.integers(1900, 2030))))
def test_format_then_parse_gives_back_the_criteria(words, countries, themes, years):
    c = Criteria(words=tuple(words))
    c = c.with_values("country", countries).with_values("theme", themes)
    if years:
        c = c.with_years(min(years), max(years))
    assert parse_query(format_query(c)) == c


def test_relation_terms_parse_and_refuse_what_they_cannot_mean():
    from app.criteria import QueryError, parse_query
    c = parse_query('housing series:"TRIANGLE in ASEAN" is:latest')
    assert c.series == ("TRIANGLE in ASEAN",) and c.latest and c.words == ("housing",)
    assert not c.is_empty() and parse_query("is:latest").to_query() == "is:latest"
    for bad in ("is:old", "-series:x"):
        try:
            parse_query(bad)
        except QueryError:
            continue
        raise AssertionError(bad)
