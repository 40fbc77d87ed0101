from __future__ import annotations

from datetime import date

import pytest

from app.validation import bare_doi, doi_error, isbn_error, tidy, url_error, validate
from db.records import OrganizationRef, RecordData

TODAY = date(2025, 6, 1)


def errors(**fields):
    return validate(RecordData(**{"title": "A title", **fields}), today=TODAY)


def test_a_complete_record_is_valid():
    assert errors(year=2024, month=2, day=29, url="https://www.ilo.org/asia/x?y=1", isbn="978-92-2-131570-4",
                  doi="10.1016/j.worlddev.2020.105123") == {}


def test_title_is_required():
    assert "title" in errors(title="   ")


@pytest.mark.parametrize("year,ok", [(1899, False), (1900, True), (2026, True), (2027, False)])
def test_year_range_is_1900_to_next_year(year, ok):
    assert ("year" not in errors(year=year)) == ok


def test_month_and_day_must_exist():
    assert "month" in errors(year=2020, month=13)
    assert "day" in errors(year=2023, month=2, day=29)   # not a leap year
    assert "day" not in errors(year=2024, month=2, day=29)
    assert "month" in errors(month=3)                    # a month needs a year
    assert "day" in errors(year=2020, day=3)             # a day needs a month


@pytest.mark.parametrize("url", ["www.ilo.org", "http:/ilo.org", "https://", "https://ilo org/x", "mailto:a@b.c",
                                 "https://ilo.org:99999/"])
def test_bad_urls_are_reported(url):
    assert url_error(url)


@pytest.mark.parametrize("url", ["https://www.ilo.org", "http://localhost:8080/a", "https://publications.iom.int/"
                                 "books/iom-s-2022?x=1#p"])
def test_good_urls_pass(url):
    assert url_error(url) is None


@pytest.mark.parametrize("isbn", ["978-92-2-131570-4", "9789292681982", "0-306-40615-2", "080442957X"])
def test_valid_isbns(isbn):
    assert isbn_error(isbn) is None


@pytest.mark.parametrize("isbn", ["978-92-2-131570-5", "0-306-40615-3", "12345", "97892926819AB"])
def test_invalid_isbns_say_why(isbn):
    message = isbn_error(isbn)
    assert message and "ISBN" in message


def test_doi_syntax_accepts_resolver_links():
    assert doi_error("10.1000/xyz123") is None
    assert doi_error("https://doi.org/10.1000/xyz123") is None
    assert doi_error("doi:10.1000/xyz123") is None
    assert doi_error("11.1000/xyz") and doi_error("10.1/short-prefix") and doi_error("10.1000/")
    assert bare_doi(" https://doi.org/10.1000/ABC ") == "10.1000/ABC"


def test_field_messages_name_the_problem():
    found = errors(year=2020, month=2, day=30, isbn="123")
    assert found["day"] == "February 2020 has days 1 to 29."
    assert "13 digits" in found["isbn"]


def test_organization_role_checked():
    assert "organizations" in errors(organizations=[OrganizationRef("ILO", "sponsor")])


def test_tidy_trims_and_drops_empty_values():
    data = tidy(RecordData(title="  Home   truths ", themes=["Gender", " ", "Gender"], doi="https://doi.org/10.1/x",
                           organizations=[OrganizationRef(" ILO "), OrganizationRef("ILO")], type=" "))
    assert data.title == "Home truths"
    assert data.themes == ["Gender"]
    assert data.doi == "10.1/x"
    assert data.organizations == [OrganizationRef("ILO")]
    assert data.type is None
