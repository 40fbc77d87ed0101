"""Checks on a record before it is saved, with one message per field, written for the librarian.

Pure functions (no database): the editor calls :func:`validate` as the librarian types, and
``app.editing`` calls it again before every write, so a bad value never reaches the catalogue.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from urllib.parse import urlsplit

from app.text import QT_TRANSLATE_NOOP
from app.text import message as _message
from db.records import ORGANIZATION_ROLES, OrganizationRef, RecordData

FIRST_YEAR = 1900

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")
_URL_SCHEMES = ("http", "https", "ftp")
_HOST = re.compile(r"^(localhost|[\w-]+(\.[\w-]+)+)(:\d{1,5})?$", re.UNICODE)


def last_year(today: date | None = None) -> int:
    """The latest year a record may carry: next year (forthcoming publications)."""
    return (today or date.today()).year + 1


# ---- ISBN -----------------------------------------------------------------------------------

def compact_isbn(text: str) -> str:
    """An ISBN without spaces and hyphens, with a final x in upper case: "978-92-2-131570-4" -> digits."""
    return re.sub(r"[\s\-‐‑–]", "", text or "").upper()


def isbn_error(text: str) -> str | None:
    """None if ``text`` is a valid ISBN-10 or ISBN-13 (hyphens allowed), else why not."""
    isbn = compact_isbn(text)
    if len(isbn) == 10:
        if not re.fullmatch(r"\d{9}[\dX]", isbn):
            return _message(QT_TRANSLATE_NOOP("Validation", "An ISBN-10 has nine digits and a final digit or X."))
        total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(isbn))
        return None if total % 11 == 0 else _message(QT_TRANSLATE_NOOP("Validation", "This ISBN-10 has a wrong check digit: "
                                                                                     "please check for a typo."))
    if len(isbn) == 13:
        if not isbn.isdigit():
            return _message(QT_TRANSLATE_NOOP("Validation", "An ISBN-13 has digits only."))
        if not isbn.startswith(("978", "979")):
            return _message(QT_TRANSLATE_NOOP("Validation", "An ISBN-13 starts with 978 or 979."))
        total = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(isbn))
        return None if total % 10 == 0 else _message(QT_TRANSLATE_NOOP("Validation", "This ISBN-13 has a wrong check digit: "
                                                                                     "please check for a typo."))
    return _message(QT_TRANSLATE_NOOP("Validation", "An ISBN has 10 or 13 digits; this one has {count}."), count=len(isbn))


# ---- DOI ------------------------------------------------------------------------------------

def bare_doi(text: str) -> str:
    """The DOI itself, without a resolver prefix: "https://doi.org/10.1/x" -> "10.1/x"."""
    value = (text or "").strip()
    lowered = value.lower()
    for prefix in _DOI_PREFIXES:
        if lowered.startswith(prefix):
            return value[len(prefix):].strip()
    return value


def doi_error(text: str) -> str | None:
    if _DOI.match(bare_doi(text)):
        return None
    return _message(QT_TRANSLATE_NOOP("Validation", "A DOI looks like 10.1234/abc-567 (a doi.org link is accepted too)."))


# ---- URL ------------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s")      # the characters str.isspace() is true for


def url_error(text: str) -> str | None:
    value = (text or "").strip()
    if _WHITESPACE.search(value):
        return _message(QT_TRANSLATE_NOOP("Validation", "A web address cannot contain spaces."))
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return _message(QT_TRANSLATE_NOOP("Validation", "This web address cannot be read."))
    if parts.scheme.lower() not in _URL_SCHEMES:
        return _message(QT_TRANSLATE_NOOP("Validation", "A web address starts with http:// or https://."))
    if not parts.hostname or not _HOST.match(parts.netloc.rsplit("@", 1)[-1]):
        return _message(QT_TRANSLATE_NOOP("Validation", "This web address has no valid site name (e.g. www.ilo.org)."))
    return None


# ---- the whole record -----------------------------------------------------------------------

def date_errors(year, month, day, today: date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    top = last_year(today)
    if year is not None and not (FIRST_YEAR <= year <= top):
        errors["year"] = _message(QT_TRANSLATE_NOOP("Validation", "The year must be between {first} and {last}."),
                                  first=FIRST_YEAR, last=top)
    if month is not None:
        if year is None:
            errors["month"] = _message(QT_TRANSLATE_NOOP("Validation", "A month needs a year."))
        elif not 1 <= month <= 12:
            errors["month"] = _message(QT_TRANSLATE_NOOP("Validation", "The month must be between 1 and 12."))
    if day is not None:
        if month is None or "month" in errors:
            errors["day"] = _message(QT_TRANSLATE_NOOP("Validation", "A day needs a valid month."))
        elif "year" not in errors:
            days = calendar.monthrange(year, month)[1]
            if not 1 <= day <= days:
                errors["day"] = _message(QT_TRANSLATE_NOOP("Validation", "{month_name} {year} has days 1 to {days}."),
                                         month_name=calendar.month_name[month], month=month, year=year, days=days)
    return errors


def validate(data: RecordData, today: date | None = None) -> dict[str, str]:
    """Field name -> message for every problem in ``data``; empty when the record can be saved."""
    errors: dict[str, str] = {}
    if not (data.title or "").strip():
        errors["title"] = _message(QT_TRANSLATE_NOOP("Validation", "A title is required."))
    errors.update(date_errors(data.year, data.month, data.day, today))
    if (data.url or "").strip() and (message := url_error(data.url)):
        errors["url"] = message
    if (data.isbn or "").strip() and (message := isbn_error(data.isbn)):
        errors["isbn"] = message
    if (data.doi or "").strip() and (message := doi_error(data.doi)):
        errors["doi"] = message
    for org in data.organizations:
        if not org.name.strip():
            errors["organizations"] = _message(QT_TRANSLATE_NOOP("Validation", "An organization needs a name."))
        elif org.role not in ORGANIZATION_ROLES:
            errors["organizations"] = _message(QT_TRANSLATE_NOOP("Validation", "Unknown role '{role}' for {name}."),
                                               role=org.role, name=org.name)
    return errors


def _clean_list(values) -> list[str]:
    out: list[str] = []
    for v in values:
        v = " ".join((v or "").split())
        if v and v not in out:
            out.append(v)
    return out


def _clean_organizations(values) -> list[OrganizationRef]:
    orgs: list[OrganizationRef] = []
    for org in values:
        name = " ".join(org.name.split())
        if name and all((o.name, o.role) != (name, org.role) for o in orgs):
            orgs.append(OrganizationRef(name, org.role))
    return orgs


def _stripped(value) -> str:
    return (value or "").strip()


# How tidy() cleans each field it cleans (the others are kept as they are).
_TIDY_FIELD = {
    "title": lambda value: " ".join((value or "").split()),
    **{name: _stripped for name in ("summary", "url", "isbn", "publisher_ref", "container_title", "volume",
                                    "issue", "pages", "notes")},
    "doi": bare_doi,
    "type": lambda value: (value or "").strip() or None,
    "organizations": _clean_organizations,
    **{name: _clean_list for name in ("authors", "countries", "regions", "themes", "languages", "keywords")},
}


def tidy(data: RecordData, fields=None) -> RecordData:
    """A copy with surrounding spaces removed, empty list entries dropped and the DOI made bare
    (``fields``: only these; None: all)."""
    values = data.__dict__
    names = _TIDY_FIELD if fields is None else [name for name in fields if name in _TIDY_FIELD]
    return data.evolve(**{name: _TIDY_FIELD[name](values[name]) for name in names})
