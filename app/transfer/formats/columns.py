"""Spreadsheet columns (CSV, TSV, XLSX) -> record fields: the mapping, its defaults, and the rows.

Our own export's headers are the target names themselves, so a round trip maps every column
without help. Headers from other tools (Scopus, Embase, EndNote, OpenAlex...) are matched by a
list of aliases; a column nobody recognises goes to the notes as "Header: value" (never dropped)
unless the user maps it elsewhere or to "ignore".
"""
from __future__ import annotations

import re

from app.transfer.formats import fields as f
from app.transfer.formats.builder import ParsedRecord, RecordBuilder
from app.transfer.formats.vocabulary import ImportContext

NOTES, IGNORE = "notes", "ignore"
OTHER = "other"  # the column's values go to the notes under its header

# Target -> label shown in the mapping editor. Order is the export's column order.
TARGETS = {
    "uid": "UUID", "title": "Title", "type": "Type", "year": "Year", "month": "Month", "day": "Day",
    "date": "Date (any form)", "authors": "Authors (people)", "corporate_authors": "Organizations (author)",
    "publishers": "Publishers", "editor_organizations": "Organizations (editor)", "funders": "Funders",
    "countries": "Countries", "regions": "Regions", "themes": "Themes", "languages": "Languages",
    "keywords": "Keywords", "summary": "Summary", "container_title": "Journal / container",
    "volume": "Volume", "issue": "Issue", "pages": "Pages", "start_page": "First page",
    "end_page": "Last page", "publisher_ref": "Publisher reference", "isbn": "ISBN",
    "doi": "DOI", "url": "URL", "notes": "Notes", "added_at": "Added", "updated_at": "Updated",
    OTHER: "Other (into notes)", IGNORE: "Ignore",
}
EXPORT_COLUMNS = [t for t in TARGETS if t not in ("date", "start_page", "end_page", OTHER, IGNORE)]

_ALIASES = {
    "title": "title", "ti": "title", "article title": "title", "document title": "title",
    "title of document": "title", "title of the document": "title", "resource title": "title",
    "primary title": "title", "name": "title",
    "abstract": "summary", "ab": "summary", "summary": "summary", "description": "summary",
    "author": "authors", "authors": "authors", "author names": "authors", "au": "authors",
    "first authors": "authors", "author full names": "authors", "creator": "authors", "creators": "authors",
    "year": "year", "publication year": "year", "py": "year", "pubyear": "year",
    "date": "date", "publication date": "date", "issued": "date",
    "doi": "doi", "di": "doi", "url": "url", "link": "url", "open url link": "url", "urls": "url",
    "isbn": "isbn", "journal": "container_title", "source": "container_title",
    "source title": "container_title", "secondary title": "container_title",
    "publication title": "container_title", "journal title": "container_title",
    "container title": "container_title", "so": "container_title", "t2": "container_title",
    "volume": "volume", "vl": "volume", "issue": "issue", "number": "issue", "is": "issue",
    "pages": "pages", "page": "pages", "start page": "start_page", "first page": "start_page",
    "page start": "start_page", "end page": "end_page", "last page": "end_page", "page end": "end_page",
    "publisher": "publishers", "pb": "publishers", "keywords": "keywords", "author keywords": "keywords",
    "kw": "keywords", "tags": "keywords", "concepts": "keywords", "type": "type",
    "type of reference": "type", "document type": "type", "item type": "type", "ty": "type",
    "language": "languages", "la": "languages", "language of original document": "languages",
    "country": "countries", "countries": "countries", "theme": "themes", "region": "regions",
    "organization": "corporate_authors", "organisations": "corporate_authors",
    "organizations": "corporate_authors", "corporate author": "corporate_authors",
    "note": "notes", "uuid": "uid", "report number": "publisher_ref",
    "author(s)": "authors", "authors/editors": "authors", "yr": "year", "pub year": "year",
    "date published": "date", "countries covered": "countries", "country/countries": "countries",
    "subject": "keywords", "subjects": "keywords", "topics": "themes", "themes": "themes",
    "regions": "regions", "languages": "languages", "comments": "notes", "remarks": "notes",
    "web link": "url", "link to document": "url", "website": "url",
    "resource type": "type", "publishing organization": "publishers", "published by": "publishers",
    "organisation": "corporate_authors", "institution": "corporate_authors", "funder": "funders",
    "funded by": "funders", "journal/book": "container_title", "series": "container_title",
}


def _key(header: str) -> str:
    return re.sub(r"[\s_\-]+", " ", header.strip().lower()).strip()


def default_mapping(columns: list[str]) -> dict[str, str]:
    """Column -> target for headers we recognise; each target is given to one column only."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        key = _key(column)
        target = column if column in TARGETS and column not in (OTHER, IGNORE) else _ALIASES.get(key)
        if not column.strip():
            target = IGNORE
        elif target is None or (target in taken and target not in (OTHER, IGNORE)):
            target = OTHER
        mapping[column] = target
        taken.add(target)
    return mapping


def record_from_row(row: dict[str, str], mapping: dict[str, str], ctx: ImportContext,
                    line: int | None, own: bool = False, quoted: bool = True) -> ParsedRecord:
    """One spreadsheet row as a record. List cells split on ";" (a backslash escapes one). In our
    own export (``own``) author names are taken as written rather than split and reordered.
    ``quoted``: formulas were neutralised with an apostrophe (CSV), which is taken off again."""
    b = RecordBuilder(ctx, line)
    cells: dict[str, str] = {}
    for column, value in row.items():
        if not value:
            continue
        if value.__class__ is not str:
            value = str(value)
        if quoted and value[0] == "'":
            value = unquote_formula(value)
        target = mapping.get(column, OTHER)
        if not value.strip() or target == IGNORE:
            continue
        if target == OTHER:
            b.other(column, value)
        elif target in cells:
            cells[target] += "; " + value
        else:
            cells[target] = value
    _apply(b, cells, own)
    return b.finish()


_UID = re.compile(r"[0-9a-fA-F-]{36}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+Z")
_ORGANIZATION_COLUMNS = (("corporate_authors", "author"), ("publishers", "publisher"),
                         ("editor_organizations", "editor"), ("funders", "funder"))
_VOCABULARY_COLUMNS = ("countries", "regions", "themes", "languages", "keywords")
_TEXT_COLUMNS = ("container_title", "volume", "issue", "publisher_ref")


def _apply(b: RecordBuilder, cells: dict[str, str], own: bool) -> None:
    # An empty cell changes nothing in the builder: its call is skipped (most of a row is empty).
    get = cells.get
    if "title" in cells:
        b.title(cells["title"])
    if "type" in cells:
        b.type(cells["type"])
    if "date" in cells:
        b.date(cells["date"])
    if get("year"):
        b.date(f.clean(get("year")).split(".")[0])
    if "month" in cells:
        b.month(cells["month"])
    if "day" in cells:
        b.day(cells["day"])
    if "authors" in cells:
        if own:
            for name in f.split_list(cells["authors"]):
                b.person(name)
        else:
            for name in f.split_names(cells["authors"]):
                b.author(name)
    for target, role in _ORGANIZATION_COLUMNS:
        if target in cells:
            for name in f.split_list(cells[target]):
                b.organization(name, role)
    for target in _VOCABULARY_COLUMNS:
        if target in cells:
            add = getattr(b, _ADDERS[target])
            for value in f.split_list(cells[target]):
                add(value)
    if "summary" in cells:
        b.summary(cells["summary"])
    for name in _TEXT_COLUMNS:
        if name in cells:
            b.set(name, cells[name])
    if "pages" in cells or "start_page" in cells or "end_page" in cells:
        b.pages(get("pages") or get("start_page"), None if get("pages") else get("end_page"))
    if get("isbn"):
        b.standard_number(get("isbn"), "isbn")
    if "doi" in cells:
        b.doi(cells["doi"])
    if "url" in cells:
        b.url(cells["url"])
    if "notes" in cells:
        b.note(cells["notes"])
    if "uid" in cells:
        uid = f.clean(cells["uid"])
        if _UID.fullmatch(uid):
            b.data.uid = uid.lower()
        elif uid:
            b.other("UUID", uid)
    for stamp in ("added_at", "updated_at"):
        if stamp in cells and _STAMP.fullmatch(f.clean(cells[stamp])):
            setattr(b.data, stamp, f.clean(cells[stamp]))


_ADDERS = {"countries": "country", "regions": "region", "themes": "theme", "languages": "language",
           "keywords": "keyword"}


# ---- formulas ----------------------------------------------------------------------------------

_QUOTED_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def neutralise_formula(value: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") is prefixed
    with an apostrophe, which Excel and LibreOffice show as plain text. A value that already
    starts with apostrophes before such a sign gets one more, so reading back is exact."""
    return "'" + value if _QUOTED_FORMULA.match(value) else value


def unquote_formula(value: str) -> str:
    """The inverse of :func:`neutralise_formula`, so our own exports read back unchanged."""
    return value[1:] if value.startswith("'") and _QUOTED_FORMULA.match(value, 1) else value


# ---- export rows -------------------------------------------------------------------------------

def export_row(rec, ctx) -> list[str]:
    """Our record as cells in EXPORT_COLUMNS order (lists joined with "; ")."""
    orgs = {role: [o.name for o in rec.organizations if o.role == role]
            for role in ("author", "publisher", "editor", "funder")}
    values = {
        "uid": rec.uid, "title": rec.title, "type": rec.type or "", "year": rec.year or "",
        "month": rec.month or "", "day": rec.day or "", "authors": f.join_list(rec.authors),
        "corporate_authors": f.join_list(orgs["author"]), "publishers": f.join_list(orgs["publisher"]),
        "editor_organizations": f.join_list(orgs["editor"]), "funders": f.join_list(orgs["funder"]),
        "countries": f.join_list(ctx.country(c) for c in rec.countries),
        "regions": f.join_list(rec.regions), "themes": f.join_list(rec.themes),
        "languages": f.join_list(ctx.language(c) for c in rec.languages),
        "keywords": f.join_list(rec.keywords), "summary": rec.summary,
        "container_title": rec.container_title, "volume": rec.volume, "issue": rec.issue,
        "pages": rec.pages, "publisher_ref": rec.publisher_ref, "isbn": rec.isbn, "doi": rec.doi,
        "url": rec.url, "notes": rec.notes, "added_at": rec.added_at, "updated_at": rec.updated_at,
    }
    return [neutralise_formula(str(values[c])) for c in EXPORT_COLUMNS]
