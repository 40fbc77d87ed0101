"""RIS (and Web of Science tagged) files, read with rispy's line parsers, written with its writer.

rispy's own loop loses line numbers and silently drops a record with no closing ``ER``, so the
loop here is ours (same rules: anything between ``ER`` and the next ``TY`` is skipped, which
handles Ovid's "1." lines and export headers); each line is split by rispy's ``parse_line``.
Tags keep their RIS names (an identity mapping) so the mapping to our fields reads as RIS.

What our RIS carries: see docs/formats.md. In short: TY + M3 (our exact type), ID (UUID), AU
(people, and organizations as authors), A2 (organizations as editors), A4 (funders), PB,
PY/DA, T2, VL, IS, SP/EP, SN, DO, UR, AB, LA, N1, M1 (publisher reference), and KW for
keywords plus "theme:", "region:" and "country:" keywords for our other facets.
"""
from __future__ import annotations

import re
import uuid

from rispy.parser import RisParser, WokParser
from rispy.writer import RisWriter

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import fields as f
from app.transfer.formats import ris_types
from app.transfer.formats.builder import ParsedFile, RecordBuilder
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import RIS_TYPES, ExportContext, ImportContext
from db.records import RecordData


class _Identity(dict):
    """Every tag is its own key: the values stay under their RIS names."""

    def __missing__(self, key):
        return key


class _Every:
    """Every tag is a list tag: repeated and continued values are all kept, joined per tag below."""

    def __contains__(self, item) -> bool:
        return True

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])\s{1,2}-(?: (.*)|\s*)$")
_TAG_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TAG_SECOND = _TAG_FIRST | frozenset("0123456789")


class _RisLines(RisParser):
    """rispy's RIS line rules, a little more lenient about the space before the dash."""

    def parse_line(self, line: str):
        if line[2:6] == "  - " and line[0] in _TAG_FIRST and line[1] in _TAG_SECOND:
            return line[:2], line[6:].strip()   # what _TAG_LINE gives for "XX  - value", without it
        m = _TAG_LINE.match(line)
        if m:
            return m.group(1), (m.group(2) or "").strip()
        return None, line.strip()


def _parse(text: str, parser: RisParser, start_tag: str, source: str) -> list[tuple[int, dict, bool]]:
    """(first line, tag -> list of values, closed) for every record."""
    records: list[tuple[int, dict, bool]] = []
    record: dict | None = None
    if type(parser) is _RisLines:
        # With an identity mapping, every tag a list tag and no delimiters, rispy's _add_tag is
        # an append (a continuation line is a value of its own): done here without the calls.
        def add(record: dict, tag: str, content: str, extend_multiline: bool = False) -> None:
            values = record.get(tag)
            if values is None:
                record[tag] = [content]
            else:
                values.append(content)
    else:
        add = parser._add_tag
    start, last_tag = 0, None
    plain = type(parser) is _RisLines   # its parse_line's common case is done inline below
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if record is None:
            tag, content = parser.parse_line(line)
            if tag == start_tag:
                record, start, last_tag = {start_tag: [content]}, number, start_tag
            continue
        if plain and line[2:6] == "  - " and line[0] in _TAG_FIRST and line[1] in _TAG_SECOND:
            tag, content = line[:2], line[6:].strip()
        else:
            tag, content = parser.parse_line(line)
        if tag is None:
            if content and last_tag:
                add(record, last_tag, content, extend_multiline=True)
            continue
        if tag in parser.ignore:
            continue
        if tag == parser.END_TAG:
            records.append((start, record, True))
            record = None
            continue
        if tag == start_tag:     # a new record began before the last one ended
            records.append((start, record, False))
            record, start = {start_tag: [content]}, number
        else:
            add(record, tag, content)
        last_tag = tag
    if record is not None:
        records.append((start, record, False))
    if not records:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: no records found (no line starts with '{start}')"),
                                  source=source, start=f"{start_tag}  - "), line=1)
    return records


def _parser(wos: bool) -> RisParser:
    kind = WokParser if wos else _RisLines
    return kind(mapping=_Identity(), list_tags=_Every(), delimiter_tags_mapping={})


def read(text: str, ctx: ImportContext, source: str = "the file", wos: bool = False) -> ParsedFile:
    parser = _parser(wos)
    parsed = ParsedFile("wos" if wos else "ris")
    for line, tags, closed in _parse(text, parser, "PT" if wos else "TY", source):
        builder = RecordBuilder(ctx, line)
        (_wos_record if wos else _ris_record)(builder, tags)
        if not closed:
            builder.problems.append(QT_TRANSLATE_NOOP("ImportProblem", "the record has no closing 'ER' line"))
        parsed.records.append(builder.finish())
    return parsed


def _values(tags: dict, tag: str) -> list[str]:
    values = tags.get(tag)
    if not values:
        return []
    return [v for v in map(f.clean_block, values) if v]


def _joined(tags: dict, tag: str) -> str:
    return " ".join(_values(tags, tag))


_DOI_LIKE = re.compile(r"^\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+\s*$", re.IGNORECASE)
_SKIP = {"TY", "M3", "ID", "ER"}
_ORDERED = frozenset(ris_types.ORDER)
_SCALAR = {"title", "container", "volume", "issue", "start_page", "end_page", "publisher_ref", "summary",
           "short_title", "abbreviation"}


def _ris_record(b: RecordBuilder, tags: dict) -> None:
    """One RIS record, each tag read with its meaning for the record's type (ris_types.py)."""
    ris_code = _joined(tags, "TY").upper()
    m3 = _joined(tags, "M3")
    if _DOI_LIKE.match(m3):          # EndNote writes the DOI in M3
        b.doi(m3)
        m3 = ""
    b.type(m3, ris_code=ris_code)
    found: dict[str, str] = {}
    order = [t for t in ris_types.ORDER if t in tags] + [t for t in tags if t not in _ORDERED]
    for tag in order:
        if tag in _SKIP:
            continue
        where: str | tuple[str, str] | None = ris_types.target(tag, ris_code) if tag != "ED" else "editor"
        if where == "publisher_ref" and tag == "VL" and "M1" in tags:
            where = ("note", "Code volume")   # a bill from Zotero: M1 is its number, VL the code volume
        if where is None:
            for value in _values(tags, tag):
                b.other(tag, value)
        elif isinstance(where, tuple):
            for value in _values(tags, tag):
                if tag in ("A2", "A3", "A4") and b.ctx.is_organization(value):
                    b.organization(value, "funder" if tag == "A4" else "editor")
                else:
                    b.other(f"{where[1]} ({tag})", value)
        elif where in _SCALAR:
            value = _joined(tags, tag)
            if value:
                _put_scalar(b, where, tag, value, found)
        else:
            for value in _values(tags, tag):
                _put_value(b, where, tag, value)
    b.pages(found.get("start_page", ""), found.get("end_page", ""))
    for tag in ("JA", "J2"):         # an abbreviation is the container only when nothing else is
        value = found.get(tag)
        if value and not b.data.container_title:
            b.set("container_title", value)
        elif value:
            b.other(f"Journal abbreviation ({tag})", value)
    if found.get("ST"):
        if b.data.title:
            b.other("Short title (ST)", found["ST"])
        else:
            b.title(found["ST"])
    for value in _values(tags, "ID"):
        if _is_uuid(value) and not b.data.uid:
            b.data.uid = value.lower()
        else:
            b.other("ID", value)


def _put_scalar(b: RecordBuilder, where: str, tag: str, value: str, found: dict[str, str]) -> None:
    if where == "title":
        b.title(value)
    elif where == "container":
        b.set("container_title", value)
    elif where == "summary":
        b.summary(value)
    elif where in ("start_page", "end_page"):
        found.setdefault(where, value)
    elif where in ("short_title", "abbreviation"):
        found.setdefault(tag, value)
    else:
        b.set(where, value)


def _put_value(b: RecordBuilder, where: str, tag: str, value: str) -> None:
    if where == "keyword":      # first: the most frequent (our export writes themes and countries as KW too)
        for part in f.split_list(value, ";"):
            b.keyword(part)
    elif where == "author":
        if tag == "A2" and b.ctx.is_organization(value):
            b.organization(value, "editor")
        else:
            b.author(value)
    elif where == "editor":
        b.editor(value)
    elif where == "translator":
        if b.ctx.is_organization(value):      # our export writes funders in A4
            b.organization(value, "funder")
        else:
            b.other(f"Translator ({tag})", value)
    elif where == "publisher":
        b.publisher(value)
    elif where == "date":
        _ris_date(b, value)
    elif where == "standard_number":
        b.standard_number(value)
    elif where == "report_number":
        for number in f.split_identifiers(value):
            if f.identifier_kind(number):
                b.standard_number(number)
            else:
                b.set("publisher_ref", number)
    elif where == "isbn":
        b.standard_number(value, "isbn")
    elif where == "doi":
        b.doi(value)
    elif where == "url":
        if value.startswith("PM:"):            # Reference Manager's PubMed ids
            b.other("PMID (UR)", value[3:].strip())
        else:
            b.url(value)
    elif where == "language":
        for part in f.split_list(value, ";,"):
            b.language(part)
    elif where == "country":
        b.country(value)
    elif where == "note":
        if re.search(r"<(p|div|br|h\d)\b", value):   # Zotero writes its notes as HTML
            value = f.plain_text(re.sub(r"(\s*</?(p|div|br|h\d)[^>]*>\s*)+", "\n", value))
        b.note(value)
    else:
        b.set(where, value)


def _ris_date(b: RecordBuilder, value: str) -> None:
    """A date as the RIS specification writes it (YYYY/MM/DD/other, every part optional:
    "2001///", "2001/05/17/Spring", "/05/17/"), or any other common spelling."""
    year, month, day, other = f.ris_date(value)
    if year is None and month is None and other is None:
        b.date(value)                         # "2001-05-17", "May 17, 2001", "Spring 2001"
        return
    data = b.data
    if year is not None:
        b.date(f.format_date(year, month, day) or str(year))
    elif month and data.year is not None and data.month is None:
        data.month, data.day = month, day      # PY 2001, then DA "/05/17/"
    if other:
        if data.month is None and data.year is not None and f.month_in(other):
            data.month = f.month_in(other)     # "2001///Spring"
        else:
            b.other("Date", other)


_WOS_TYPES = {"J": "Journal article", "B": "Book", "S": "Book", "P": ""}
_WOS_LABELS = {
    "C1": "Address", "RP": "Reprint address", "EM": "E-mail", "RI": "ResearcherID", "OI": "ORCID",
    "FU": "Funding", "FX": "Funding text", "CR": "Cited reference", "NR": "Cited references",
    "TC": "Times cited", "Z9": "Times cited (all)", "U1": "Usage (180 days)", "U2": "Usage (since 2013)",
    "PI": "Publisher city", "PA": "Publisher address", "SN": "ISSN", "EI": "eISSN",
    "J9": "Journal abbreviation", "JI": "Journal abbreviation", "PD": "Publication date",
    "AR": "Article number", "PG": "Page count", "WC": "Web of Science categories",
    "SC": "Research areas", "GA": "Document delivery number", "UT": "Accession number",
    "PM": "PubMed ID", "DA": "Date exported", "DT": "Document type", "OA": "Open access",
    "HC": "Highly cited", "HP": "Hot paper", "SE": "Series", "BS": "Series subtitle",
    "CT": "Conference", "CY": "Conference date", "CL": "Conference location", "SP": "Conference sponsors",
    "HO": "Conference host", "BE": "Editor",
}


def _wos_record(b: RecordBuilder, tags: dict) -> None:
    doc_type = _joined(tags, "DT")
    kind = _WOS_TYPES.get(_joined(tags, "PT"), "")
    b.type(doc_type if b.ctx.type_name(doc_type) and kind != "Journal article" else kind)
    b.title(_joined(tags, "TI"))
    for name in _values(tags, "AF") or _values(tags, "AU"):
        b.author(name)
    for tag in ("CA", "GP"):
        for name in _values(tags, tag):
            b.organization(name, "author")
    b.set("container_title", _joined(tags, "SO"))
    b.summary(_joined(tags, "AB"))
    for tag in ("DE", "ID"):
        for part in f.split_list(_joined(tags, tag), ";"):
            b.keyword(part)
    for value in _values(tags, "LA"):
        b.language(value)
    b.date(_joined(tags, "PY"))
    month = f.month_number(_joined(tags, "PD").split(" ")[0])
    if month and b.data.year and b.data.month is None:
        b.data.month = month
    b.set("volume", _joined(tags, "VL"))
    b.set("issue", _joined(tags, "IS"))
    b.pages(_joined(tags, "BP"), _joined(tags, "EP"))
    b.doi(_joined(tags, "DI"))
    b.publisher(_joined(tags, "PU"))
    for value in _values(tags, "BN"):
        b.standard_number(value, "isbn")
    done = {"PT", "TI", "AF", "AU", "CA", "GP", "SO", "AB", "DE", "ID", "LA", "PY", "VL", "IS", "BP",
            "EP", "DI", "PU", "BN", "ER", "FN", "VR", "EF"}
    for tag in tags:
        if tag not in done:
            for value in _values(tags, tag):
                b.other(_WOS_LABELS.get(tag, tag), value)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
        return len(value) == 36
    except ValueError:
        return False


# ---- writing -----------------------------------------------------------------------------------

class _Writer(RisWriter):
    """rispy's writer with tags as keys, the type under "TY" and no "1." header lines."""
    REFERENCE_TYPE_KEY = "TY"

    def set_header(self, count: int) -> str:
        return ""


_WRITE_TAGS = ("TY", "M3", "ID", "TI", "AU", "A2", "A4", "PB", "PY", "DA", "T2", "VL", "IS", "SP",
               "EP", "SN", "DO", "UR", "AB", "LA", "KW", "N1", "M1", "T3", "SE")
_WRITER = _Writer(mapping={t: t.lower() for t in _WRITE_TAGS},
                  list_tags=list(_WRITE_TAGS), delimiter_tags_mapping={})


def _lines(text: str) -> list[str]:
    """A value as RIS lines: the first after the tag, the rest as continuation lines (indented
    by one space so that no line of text can pass for a tag)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return [lines[0]] + [" " + line for line in lines[1:]] if lines else []


_ORIGINAL_TYPE = re.compile(r"^RIS type: ([A-Z][A-Z0-9]{1,6})$", re.MULTILINE)


def _ris_code(rec: RecordData, ctx: ExportContext) -> str:
    """The RIS type for a record: the one the file it came from had ("RIS type: PAT" in its
    notes), while that still agrees with the record's type; else the one its type maps to."""
    m = _ORIGINAL_TYPE.search(rec.notes or "")
    if m and RIS_TYPES.get(m.group(1)) == (rec.type or None):
        return m.group(1)
    return ctx.ris_code(rec.type)


def reference(rec: RecordData, ctx: ExportContext) -> dict:
    ref: dict[str, list[str]] = {"TY": _ris_code(rec, ctx)}
    add = ref.setdefault
    if rec.type:
        add("m3", []).append(rec.type)
    if rec.uid:
        add("id", []).append(rec.uid)
    add("ti", []).append(f.clean(rec.title))
    for name in rec.authors:
        add("au", []).append(name)
    for org in rec.organizations:
        tag = {"author": "au", "editor": "a2", "funder": "a4", "publisher": "pb"}[org.role]
        add(tag, []).append(org.name)
    if rec.year:
        add("py", []).append(str(rec.year))
        if rec.month:
            day = f"{rec.day:02d}" if rec.day else ""
            add("da", []).append(f"{rec.year:04d}/{rec.month:02d}/{day}/")
    for tag, value in (("t2", rec.container_title), ("vl", rec.volume), ("is", rec.issue),
                       ("sn", rec.isbn), ("do", rec.doi), ("ur", rec.url), ("m1", rec.publisher_ref)):
        if value:
            add(tag, []).append(f.clean(value))
    series = ctx.series.get(rec.uid)
    if series:   # the series' name in T2 (T3 when T2 holds the journal or book), its number in SE
        add("t3" if rec.container_title else "t2", []).append(f.clean(series[0]))
        if series[1]:
            add("se", []).append(f.clean(series[1]))
    if rec.pages:
        # "12-34" is SP 12 and EP 34; "22-22", "3 - 5", "e12-e14-2" go whole in SP, to read back the same.
        m = re.fullmatch(r"([^\s-]+)-([^\s-]+)", rec.pages)
        if m and m.group(1) != m.group(2):
            add("sp", []).append(m.group(1))
            add("ep", []).append(m.group(2))
        else:
            add("sp", []).append(rec.pages)
    if rec.summary:
        ref["ab"] = [f.clean(rec.summary)]
    for code in rec.languages:
        add("la", []).append(ctx.language(code))
    keywords = list(rec.keywords)
    keywords += [f"theme:{t}" for t in rec.themes] + [f"region:{r}" for r in rec.regions]
    keywords += [f"country:{ctx.country(c)}" for c in rec.countries]
    if keywords:
        ref["kw"] = keywords
    if rec.notes:
        ref["n1"] = ["\n".join(_lines(rec.notes))]
    return ref


def write(records, out, ctx: ExportContext) -> int:
    """Write RIS to the text stream ``out``; returns the number of records."""
    count = 0
    for rec in records:
        for line in _WRITER._format_reference(reference(rec, ctx), count=1, n=1):
            out.write(line + "\n")
        out.write("\n")
        count += 1
    return count
