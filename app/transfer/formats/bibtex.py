"""BibTeX / BibLaTeX: entries and fields split by bibtex_syntax (which repairs and reports
malformed entries), values resolved and decoded here, names split by bibtexparser 2.

@string macros, "#" concatenation and month macros are resolved below, names are split on the
raw text so braces still protect "{World Health Organization}", and LaTeX is decoded last.
crossref/xref children inherit the missing fields of their parent. Case-protecting braces in
titles ("{DNA}") are dropped from the text and written back on export (case_protection.py).

What our BibTeX carries: see docs/formats.md (custom fields ``uuid``, ``countries``, ``regions``,
``themes``, ``funder``, ``pubref`` keep what BibTeX has no field for).
"""
from __future__ import annotations

import re

from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import bibtex_syntax
from app.transfer.formats import case_protection as protection
from app.transfer.formats import fields as f
from app.transfer.formats.builder import ParsedFile, RecordBuilder
from app.transfer.formats.errors import FormatError, at_line
from app.transfer.formats.latex import group_end, to_latex, to_unicode
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from db.records import RecordData

_ENTRY_TYPES = {
    "article": "Journal article", "book": "Book", "mvbook": "Book", "booklet": "Book",
    "inbook": "Book chapter", "incollection": "Book chapter", "inproceedings": "Conference paper",
    "conference": "Conference paper", "proceedings": "Book", "phdthesis": "Thesis",
    "mastersthesis": "Thesis", "thesis": "Thesis", "techreport": "Report", "report": "Report",
    "online": "Web page", "www": "Web page", "electronic": "Web page", "dataset": "Dataset",
    "manual": "Guide", "unpublished": "Paper", "misc": "", "collection": "Book", "periodical": "",
    "video": "Video", "movie": "Video", "legislation": "Legal instrument", "legal": "Legal instrument",
}
_KNOWN_TYPES = set(_ENTRY_TYPES) | {"set", "xdata", "reference", "mvreference", "inreference",
                                    "patent", "software", "suppbook", "suppcollection", "suppperiodical"}
_CSL_TO_ENTRY = {
    "report": "techreport", "article-journal": "article", "article": "article", "book": "book",
    "chapter": "incollection", "thesis": "phdthesis", "paper-conference": "inproceedings",
}
_MONTH_MACROS = {m: m for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")}
_HANDLED = {
    "title", "subtitle", "author", "editor", "year", "date", "month", "day", "journal", "journaltitle",
    "booktitle", "volume", "number", "issue", "pages", "publisher", "institution", "school",
    "organization", "abstract", "keywords", "keyword", "doi", "url", "isbn", "issn", "note", "annote",
    "annotation", "comment", "comments", "language", "langid", "type", "uuid", "countries", "regions",
    "themes", "funder", "pubref", "crossref", "xref", "corporate", "series",
}


def read(text: str, ctx: ImportContext, source: str = "the file") -> ParsedFile:
    raw_file = bibtex_syntax.read(text)
    strings = raw_file.strings
    parsed = ParsedFile("bibtex")
    for line, why in raw_file.failed:
        builder = RecordBuilder(ctx, line)
        parsed.records.append(builder.finish(error=at_line(line, message(QT_TRANSLATE_NOOP(
            "ImportProblem", "cannot read this entry ({why})"), why=why))))
    if not raw_file.entries and not parsed.records:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: no BibTeX entries found (no '{example}' line)"),
                                  source=source, example="@type{key,"), line=1)
    by_key: dict[str, dict[str, str]] = {}
    for entry in raw_file.entries:
        by_key.setdefault(entry.key.lower(), _raw_fields(entry, strings))
    for entry in raw_file.entries:
        builder = RecordBuilder(ctx, entry.line)
        builder.problems.extend(entry.problems)
        _entry_record(builder, entry, _raw_fields(entry, strings), by_key)
        parsed.records.append(builder.finish())
    parsed.records.sort(key=lambda r: r.line or 0)
    return parsed


# ---- raw values ----------------------------------------------------------------------------------

def _raw_fields(entry: bibtex_syntax.RawEntry, strings: dict[str, str]) -> dict[str, str]:
    """Field name (lower case) -> value with macros and concatenation resolved, LaTeX still in."""
    return {name: _resolve(value, strings) for name, value in entry.fields.items()}


def _resolve(value: str, strings: dict[str, str], depth: int = 0) -> str:
    parts = _split_concatenation(value.strip())
    out = []
    for part in parts:
        part = part.strip()
        if len(part) >= 2 and ((part[0] == "{" and part[-1] == "}") or (part[0] == '"' and part[-1] == '"')):
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        elif part.lower() in strings and depth < 10:
            out.append(_resolve(strings[part.lower()], strings, depth + 1))
        else:
            out.append(_MONTH_MACROS.get(part.lower(), part))
    return "".join(out)


def _split_concatenation(value: str) -> list[str]:
    """Split ``a # "b" # {c}`` at the "#" signs outside braces and quotes."""
    parts, current, depth, quoted = [], [], 0, False
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


# ---- entry -> record -----------------------------------------------------------------------------

def _names(raw: str) -> list[tuple[str, bool]]:
    """(name as "Family, Given", literal) for each name in an author/editor field."""
    out = []
    for name in split_multiple_persons_names(raw):
        name = name.strip()
        if not name:
            continue
        if name.startswith("{") and name.endswith("}") and name.count("{") == 1:
            out.append((to_unicode(name[1:-1]), True))
            continue
        try:
            parts = parse_single_name_into_parts(name, strict=False)
        except Exception:  # noqa: BLE001 - an odd name is kept as written
            out.append((to_unicode(name), True))
            continue
        family = to_unicode(" ".join(parts.von + parts.last))
        given = to_unicode(" ".join(parts.first))
        junior = to_unicode(" ".join(parts.jr))
        # "Family, Given, Jr." as RIS writes a suffix (BibTeX's "Family, Jr., Given" is written back).
        name = ", ".join(x for x in (family, given, junior) if x)
        out.append((name, not given and not junior))
    return out


def _inherit(values: dict[str, str], by_key: dict[str, dict[str, str]], builder: RecordBuilder) -> dict[str, str]:
    for link in ("crossref", "xref"):
        parent_key = values.get(link, "").strip().lower()
        if not parent_key:
            continue
        parent = by_key.get(parent_key)
        if parent is None:
            builder.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "{field} {key} points to no entry in the file"),
                                           field=link, key=repr(values[link])))
            continue
        merged = dict(values)
        if "title" in parent and "booktitle" not in merged:
            merged["booktitle"] = parent["title"]
        for key, value in parent.items():
            if key not in ("title", "crossref", "xref", "ids") and key not in merged:
                merged[key] = value
        return merged
    return values


# Fields biblatex reads verbatim: no LaTeX in them ("%20" and "&" in a URL are themselves).
_VERBATIM = ("url", "doi", "eprint")
_ESCAPED = re.compile(r"\\([%&_#$~{}])")


def _verbatim(value: str) -> str:
    """A verbatim field as written, but for the backslashes some tools put before % & _ # $."""
    text = _ESCAPED.sub(r"\1", value.strip())
    return text[1:-1] if text.startswith("{") and text.endswith("}") and group_end(text, 0) == len(text) - 1 \
        else text


_PROTECTED_FIELDS = ("title", "subtitle", "journaltitle", "journal", "booktitle", "series")


def _entry_record(b: RecordBuilder, entry: bibtex_syntax.RawEntry, raw: dict[str, str], by_key) -> None:
    raw = _inherit(raw, by_key, b)
    kind = entry.kind.lower()
    if kind not in _KNOWN_TYPES:
        b.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "unknown entry type @{kind}"), kind=entry.kind))
    v = {k: _verbatim(val) if k in _VERBATIM else
         to_unicode(val, block=k in ("abstract", "annote", "annotation", "note", "comment", "comments"))
         for k, val in raw.items() if k not in ("author", "editor")}
    type_text = v.get("type", "")
    if type_text and b.ctx.type_name(type_text):
        b.type(type_text)
        if b.ctx.type_name(type_text).casefold() != type_text.casefold():
            b.other("Type", type_text)     # "techreport", "Technical report": Zotero's report type
    else:
        b.type(_ENTRY_TYPES.get(kind, ""))
        if type_text:
            b.other("Type", type_text)
    b.title(": ".join(x for x in (v.get("title"), v.get("subtitle")) if x))
    corporate = set(f.split_list(v.get("corporate", "")))
    for name, literal in _names(raw.get("author", "")):
        if name in corporate:
            b.organization(name, "author")
        else:
            b.author(name, literal=literal)
    for name, _ in _names(raw.get("editor", "")):
        b.editor(name)
    b.date(v.get("date"))
    b.date(v.get("year"))
    b.month(v.get("month"))
    b.day(v.get("day"))
    if kind in ("book", "mvbook", "proceedings", "collection"):
        b.title(v.get("booktitle"))
    for key in ("journaltitle", "journal", "booktitle", "series"):
        b.set("container_title", v.get(key))
    b.set("volume", v.get("volume"))
    number_is_ref = kind in ("techreport", "report")
    b.set("publisher_ref" if number_is_ref else "issue", v.get("number"))
    b.set("issue", v.get("issue"))
    b.set("publisher_ref", v.get("pubref"))
    b.pages(v.get("pages", "").replace("--", "-").replace("\u2013", "-"))
    for key in ("publisher", "institution", "school", "organization"):
        for name in f.split_list(v.get(key, "")):
            b.publisher(name)
    for name in f.split_list(v.get("funder", "")):
        b.organization(name, "funder")
    b.summary(v.get("abstract"))
    for key in ("keywords", "keyword"):     # "a; b, c" holds a keyword with a comma (our export writes so)
        for word in f.split_list(v.get(key, ""), ";" if ";" in v.get(key, "") else ","):
            b.keyword(word)
    b.doi(v.get("doi"))
    b.url(v.get("url"))
    if v.get("isbn"):
        b.standard_number(v["isbn"], "isbn")
    if v.get("issn"):
        b.other("ISSN", v["issn"])
    for key in ("language", "langid"):
        for lang in f.split_list(v.get(key, "").replace(" and ", ";"), ",;") if key in v else []:
            b.language(_language_name(lang, b.ctx))
    for key, add in (("countries", b.country), ("regions", b.region), ("themes", b.theme)):
        for value in f.split_list(v.get(key, ""), ";"):
            add(value)
    for key in ("annote", "annotation", "note", "comment", "comments"):
        b.note(v.get(key))
    uid = v.get("uuid", "")
    if re.fullmatch(r"[0-9a-fA-F-]{36}", uid):
        b.data.uid = uid.lower()
    else:
        b.other("BibTeX key", entry.key)
    for key, value in v.items():
        if key not in _HANDLED:
            b.other(key, value)
    present = [k for k in _PROTECTED_FIELDS if k in raw]
    phrases = protection.phrases_to_keep([raw[k] for k in present], [v[k] for k in present])
    if phrases:
        b.other(protection.LABEL, protection.note_value(phrases))


# babel and polyglossia names (biblatex's langid) that are no language's name.
_BABEL = {"american": "en", "british": "en", "ukenglish": "en", "usenglish": "en", "australian": "en",
          "canadian": "en", "newzealand": "en", "ngerman": "de", "austrian": "de", "naustrian": "de",
          "swissgerman": "de", "nswissgerman": "de", "brazil": "pt", "brazilian": "pt", "portuges": "pt",
          "francais": "fr", "frenchb": "fr", "acadian": "fr", "canadien": "fr", "spanishmx": "es"}


def _language_name(value: str, ctx: ImportContext) -> str:
    """A biblatex language as our vocabulary knows it: its localisation keys ("langgerman", as
    biblatex's language field takes them) and babel's names ("ngerman", "american") by language."""
    key = value.strip().lower()
    if ctx.language(value) is None:
        if key in _BABEL:
            return _BABEL[key]
        if key.startswith("lang") and ctx.language(key[4:]) is not None:
            return key[4:]
    return value


# ---- writing -------------------------------------------------------------------------------------

def _key_base(rec: RecordData) -> str:
    """The first author's family name (or the first authoring organization's first word, or the
    title's first word) and the year, in ASCII letters: "nguyen2020"."""
    org_authors = [o.name for o in rec.organizations if o.role == "author"]
    source = (rec.authors[0].split(",")[0] if rec.authors else
              org_authors[0].split(" ")[0] if org_authors else rec.title.split(" ")[0])
    letters = re.sub(r"[^a-z]", "", f.ascii_fold(source).lower())[:20] or "ref"
    return f"{letters}{rec.year or 'nd'}"


def _unique_key(base: str, used: dict[str, int]) -> str:
    """``base``, then base + a, b, ... z, then base + 27, 28...; ``used`` counts each base."""
    n = used.get(base, 0)
    key = base if n == 0 else base + (chr(ord("a") + n - 1) if n <= 26 else str(n))
    used[base] = n + 1
    if key in used and key != base:   # "smith2020a" might also be a base of its own
        return _unique_key(base, used)
    used.setdefault(key, 1)
    return key


def entry_fields(rec: RecordData, ctx: ExportContext) -> tuple[str, list[tuple[str, str]]]:
    """(entry type, [(field, LaTeX value)]) for one record."""
    kind = _CSL_TO_ENTRY.get(ctx.csl_type(rec.type), "misc")
    out: list[tuple[str, str]] = []

    phrases = protection.stored_phrases(rec.notes)

    def put(name: str, value: str, latex: bool = True, protect: bool = False) -> None:
        if value and protect:
            out.append((name, protection.protect(value, phrases)))
        elif value:
            out.append((name, to_latex(value) if latex else _balanced(value)))

    orgs = {role: [o.name for o in rec.organizations if o.role == role]
            for role in ("author", "editor", "publisher", "funder")}
    names = [_person(n) for n in rec.authors] + ["{" + to_latex(o) + "}" for o in orgs["author"]]
    if names:
        out.append(("author", " and ".join(names)))
    if orgs["editor"]:
        out.append(("editor", " and ".join("{" + to_latex(o) + "}" for o in orgs["editor"])))
    put("title", rec.title, protect=True)
    put({"article": "journal", "book": "series"}.get(kind, "booktitle"), rec.container_title, protect=True)
    if rec.year:
        put("year", str(rec.year))
        if rec.month:
            put("month", str(rec.month))
            put("date", f.format_date(rec.year, rec.month, rec.day))
    put("volume", rec.volume)
    if kind == "techreport":
        put("number", rec.publisher_ref)
        put("issue", rec.issue)
    else:
        put("number", rec.issue)
        put("pubref", rec.publisher_ref)
    series = ctx.series.get(rec.uid)
    if series:   # "series" unless the container took it (a book's); "number" unless taken
        if not any(name == "series" for name, _ in out):
            put("series", series[0], protect=True)
        if series[1] and not any(name == "number" for name, _ in out):
            put("number", series[1])
    put("pages", rec.pages.replace("-", "--") if re.fullmatch(r"[\w.]+-[\w.]+", rec.pages) else rec.pages)
    # BibTeX wants the issuing body of a report in "institution" and of a thesis in "school".
    put({"techreport": "institution", "phdthesis": "school"}.get(kind, "publisher"), f.join_list(orgs["publisher"]))
    put("corporate", f.join_list(orgs["author"]))
    put("funder", f.join_list(orgs["funder"]))
    put("type", rec.type or "")
    put("isbn", rec.isbn)
    put("doi", rec.doi, latex=False)
    put("url", rec.url, latex=False)
    put("language", ", ".join(rec.languages))
    put("keywords", ("; " if any("," in k for k in rec.keywords) else ", ").join(rec.keywords))
    put("countries", "; ".join(rec.countries))
    put("regions", f.join_list(rec.regions))
    put("themes", f.join_list(rec.themes))
    put("abstract", rec.summary)
    put("annote", protection.notes_without_line(rec.notes))
    put("uuid", rec.uid, latex=False)
    return kind, out


def _person(name: str) -> str:
    """"Family, Given" as BibTeX reads it; a name written without a comma (or with " and " in it)
    is braced, so BibTeX keeps it whole instead of guessing which part is the family name."""
    if name.count(",") == 2 and " and " not in name:       # "Family, Given, Jr." -> "Family, Jr., Given"
        family, given, junior = (part.strip() for part in name.split(","))
        return to_latex(f"{family}, {junior}, {given}")
    if "," in name and " and " not in name:
        return to_latex(name)
    return "{" + to_latex(name) + "}"


def write(records, out, ctx: ExportContext) -> int:
    """Write BibTeX (UTF-8, LaTeX-escaped, unique citation keys) to the text stream ``out``."""
    used: dict[str, int] = {}
    count = 0
    for rec in records:
        kind, values = entry_fields(rec, ctx)
        key = _unique_key(_key_base(rec), used)
        # Continuation lines are indented: bibtexparser takes an "@" at the start of a line for
        # a new entry, even inside braces.
        body = ",\n".join(f"  {name} = {{{value}}}".replace("\n", "\n    ") for name, value in values)
        out.write(f"@{kind}{{{key},\n{body}\n}}\n\n")
        count += 1
    return count


def _balanced(value: str) -> str:
    """DOIs and URLs are written raw; a stray brace in them is escaped so the file stays valid."""
    depth = 0
    for ch in value:
        depth += 1 if ch == "{" else -1 if ch == "}" else 0
        if depth < 0:
            break
    if depth == 0:
        return value
    return value.replace("{", r"\{").replace("}", r"\}")
