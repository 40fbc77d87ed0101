"""Criteria: what the user is looking for, as one value shared by the keyword box, the sidebar,
the chips above the table and the command line.

Query syntax (parse_query / format_query are inverse):
    housing country:Thailand type:report year:2020..2022 -covid org:ILO "bilateral agreements"
- bare words match as prefixes, in any order; "quoted text" matches the exact words in sequence;
- -word or -"phrase" excludes records that contain it;
- field:value filters; several values of one field (repeated, or comma-separated) combine with OR,
  different fields with AND; field names and values are case-insensitive, countries and languages
  match by name or ISO code, organizations by name or acronym;
- year:2020, year:2020..2022, year:..2015, year:2018.., year:none (records without a year);
- text:word, text:"a phrase" look in the text of attached documents only; -text:word leaves out
  records whose documents contain it (plain words look in the record and its documents).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app import vocab_labels
from app.text import QT_TRANSLATE_NOOP, message
from db.textfold import fold

FACET_FIELDS = ("type", "theme", "region", "country", "language", "organization", "keyword")

FIELD_ALIASES = {
    "type": "type", "types": "type", "kind": "type",
    "theme": "theme", "themes": "theme", "topic": "theme",
    "region": "region", "regions": "region",
    "country": "country", "countries": "country",
    "language": "language", "languages": "language", "lang": "language",
    "organization": "organization", "organisation": "organization", "organizations": "organization",
    "org": "organization", "orgs": "organization",
    "keyword": "keyword", "keywords": "keyword", "kw": "keyword", "tag": "keyword",
    "year": "year", "years": "year",
}
KNOWN_FIELDS = (*FACET_FIELDS, "year", "text")

# Field names shown in messages and the syntax help, with their short aliases.
FIELD_HELP = {
    "type": QT_TRANSLATE_NOOP("SyntaxHelp", "resource type (type:report)"),
    "theme": QT_TRANSLATE_NOOP("SyntaxHelp", "theme (theme:housing)"),
    "region": QT_TRANSLATE_NOOP("SyntaxHelp", "region, including its member countries (region:ASEAN)"),
    "country": QT_TRANSLATE_NOOP("SyntaxHelp", "country by name or ISO code (country:Thailand, country:TH)"),
    "language": QT_TRANSLATE_NOOP("SyntaxHelp", "language by name or ISO code (language:Thai, lang:th)"),
    "organization": QT_TRANSLATE_NOOP("SyntaxHelp", "organization by name or acronym (org:ILO)"),
    "keyword": QT_TRANSLATE_NOOP("SyntaxHelp", "free keyword (keyword:\"wage arrears\", kw:...)"),
    "year": QT_TRANSLATE_NOOP("SyntaxHelp", "publication year (year:2020, year:2020..2022, year:..2015, year:none)"),
    "text": QT_TRANSLATE_NOOP("SyntaxHelp", "words in the attached documents only (text:fees, "
                                            "text:\"recruitment fees\", -text:draft)"),
}
# The syntax help, line by line: (example, what it does), so a front end can translate the second half.
SYNTAX_LINES = (
    ("housing migrant", QT_TRANSLATE_NOOP("SyntaxHelp",
                                          'records containing words starting with "housing" and "migrant"')),
    ('"bilateral agreements"', QT_TRANSLATE_NOOP("SyntaxHelp", "the exact words in this order")),
    ("-covid", QT_TRANSLATE_NOOP("SyntaxHelp", "leave out records that mention covid")),
    ("country:Thailand", QT_TRANSLATE_NOOP(
        "SyntaxHelp", "a field filter; several values of one field mean OR: country:TH,MY")),
    *((name + ":", text) for name, text in FIELD_HELP.items()),
)
SYNTAX_TITLE = QT_TRANSLATE_NOOP("SyntaxHelp", "Search syntax")
SYNTAX_NOTES = (
    QT_TRANSLATE_NOOP("SyntaxHelp", "Field names and values ignore case; countries and languages also match "
                                    "ISO codes and their names in Thai, Vietnamese and Arabic."),
    QT_TRANSLATE_NOOP("SyntaxHelp", "Example: {example}"),
)
SYNTAX_EXAMPLE = "housing country:Thailand type:report year:2020..2022 -covid org:ILO"


def syntax_help(translate=lambda text: text) -> str:
    """The syntax help as text; ``translate`` turns each marked phrase into the reader's language."""
    lines = [translate(SYNTAX_TITLE)]
    lines += [f"  {example:<22} {translate(text)}" for example, text in SYNTAX_LINES]
    lines.append(translate(SYNTAX_NOTES[0]))
    lines.append(translate(SYNTAX_NOTES[1]).format(example=SYNTAX_EXAMPLE))
    return "\n".join(lines)


SYNTAX_HELP = syntax_help()


class QueryError(ValueError):
    """The query text cannot be understood; the message says why, in one line."""


@dataclass(frozen=True)
class Criteria:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year_from: int | None = None
    year_to: int | None = None
    undated: bool = False
    reading_list: str | None = None
    trash: bool = False
    quality: str | None = None     # a quality list's key (app.quality.CHECKS): records needing attention
    text_words: tuple[str, ...] = ()      # text:word - in document text only
    text_phrases: tuple[str, ...] = ()    # text:"a phrase"
    text_excluded: tuple[str, ...] = ()   # -text:word
    # Relations (issue 15; parsed by _parse_relation_term): series:"name" finds its parts; is:latest
    # leaves out records another record replaces.
    series: tuple[str, ...] = ()
    latest: bool = False

    # ---- questions ----
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.excluded or any(self.facets.values())
                    or self.year_from is not None or self.year_to is not None or self.undated
                    or self.has_document_text() or bool(self.series) or self.latest)

    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.excluded) or self.has_document_text()

    def has_document_text(self) -> bool:
        """True if there are text: terms (document text only)."""
        return bool(self.text_words or self.text_phrases or self.text_excluded)

    def values(self, facet: str) -> tuple[str, ...]:
        return self.facets.get(facet, ())

    def has_year_range(self) -> bool:
        return self.year_from is not None or self.year_to is not None or self.undated

    # ---- changes (each returns a new Criteria) ----
    def with_values(self, facet: str, values) -> "Criteria":
        facets = {k: v for k, v in self.facets.items() if k != facet}
        values = tuple(dict.fromkeys(v for v in values if v))
        if values:
            facets[facet] = values
        return replace(self, facets=_ordered(facets))

    def with_value(self, facet: str, value: str) -> "Criteria":
        current = self.values(facet)
        if any(v.casefold() == value.casefold() for v in current):
            return self
        return self.with_values(facet, current + (value,))

    def without_value(self, facet: str, value: str) -> "Criteria":
        return self.with_values(facet, [v for v in self.values(facet) if v.casefold() != value.casefold()])

    def cleared(self, facet: str) -> "Criteria":
        if facet == "year":
            return replace(self, year_from=None, year_to=None, undated=False)
        if facet == "text":
            return replace(self, words=(), phrases=(), excluded=(), text_words=(), text_phrases=(),
                           text_excluded=())
        return self.with_values(facet, ())

    def with_years(self, year_from: int | None, year_to: int | None, undated: bool = False) -> "Criteria":
        return replace(self, year_from=year_from, year_to=year_to, undated=undated)

    def with_text_of(self, other: "Criteria") -> "Criteria":
        return replace(self, words=other.words, phrases=other.phrases, excluded=other.excluded,
                       text_words=other.text_words, text_phrases=other.text_phrases,
                       text_excluded=other.text_excluded)

    def cleared_all(self) -> "Criteria":
        """No search terms or filters; the place (reading list, trash, quality list) stays."""
        return Criteria(reading_list=self.reading_list, trash=self.trash, quality=self.quality)

    def chips(self) -> list[tuple[str, str, str]]:
        """(kind, value, label) for each active criterion, in query order, for removable chips."""
        out = [("word", w, w) for w in self.words]
        out += [("phrase", p, f"\u201c{p}\u201d") for p in self.phrases]
        out += [("excluded", x, f"not {x}") for x in self.excluded]
        out += [("text_word", w, f"text: {w}") for w in self.text_words]
        out += [("text_phrase", p, f"text: \u201c{p}\u201d") for p in self.text_phrases]
        out += [("text_excluded", x, f"not text: {x}") for x in self.text_excluded]
        for facet, values in self.facets.items():
            out += [(facet, v, f"{facet}: {v}") for v in values]
        if self.has_year_range():
            out.append(("year", "", "year: " + _format_years(self).split(":", 1)[1]))
        out += [("series", s, f"series: {s}") for s in self.series]
        if self.latest:
            out.append(("is", "latest", "is: latest"))
        return out

    def without_chip(self, kind: str, value: str) -> "Criteria":
        if kind == "word":
            return replace(self, words=tuple(w for w in self.words if w != value))
        if kind == "phrase":
            return replace(self, phrases=tuple(p for p in self.phrases if p != value))
        if kind == "excluded":
            return replace(self, excluded=tuple(x for x in self.excluded if x != value))
        if kind in ("text_word", "text_phrase", "text_excluded"):
            name = {"text_word": "text_words", "text_phrase": "text_phrases", "text_excluded": "text_excluded"}[kind]
            return replace(self, **{name: tuple(v for v in getattr(self, name) if v != value)})
        if kind == "year":
            return self.cleared("year")
        if kind == "series":
            return replace(self, series=tuple(s for s in self.series if s != value))
        if kind == "is":
            return replace(self, latest=False)
        return self.without_value(kind, value)

    def to_query(self) -> str:
        return format_query(self)


def _ordered(facets: dict) -> dict:
    return {k: facets[k] for k in FACET_FIELDS if k in facets}


# ---- parsing -----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r'''\s*(?:
        (?P<neg>-)?(?P<field>[A-Za-z_]+):(?P<fvalue>"[^"]*"?|[^\s"]*)   # field:value, field:"v a l"
      | (?P<pneg>-)?"(?P<phrase>[^"]*)"?                                 # "phrase", -"phrase"
      | (?P<word>\S+)                                                    # anything else
    )''', re.VERBOSE)

_YEAR_RANGE = re.compile(r"^(?P<a>\d{1,4})?\s*(?:\.\.|–|-)?\s*(?P<b>\d{1,4})?$")

_URL_SCHEMES = {"http", "https", "ftp", "mailto", "doi", "urn", "file"}


# Vocabulary names of several words, folded, per facet: an unquoted value runs on over the words after
# it when together they spell one of them (country:Thái Lan, theme:Housing and living conditions).
# The names of every shipped language are known from the data; a catalogue adds its own (register_names).
_MULTIWORD: dict[str, set[str]] = {}
_NEXT_WORD = re.compile(r'\s+([^\s":-][^\s":]*)')
MAX_RUN_ON = 6


def register_names(facet: str, names) -> None:
    """Let ``facet:`` values run on over several words to spell one of ``names``."""
    _multiword(facet).update(key for key in map(fold, names) if " " in key)


def _multiword(facet: str) -> set[str]:
    if facet not in _MULTIWORD:
        _MULTIWORD[facet] = {key for names in vocab_labels.all_names(facet).values()
                             for key in map(fold, names) if " " in key}
    return _MULTIWORD[facet]


def _run_on(facet: str, value: str, text: str, pos: int) -> tuple[str, int]:
    """``value`` and where parsing goes on: longer by the following words when they complete a name."""
    names = _multiword(facet) if facet in FACET_FIELDS else set()
    if not names or "," in value:
        return value, pos
    best, current, at = (value, pos), value, pos
    for _ in range(MAX_RUN_ON):
        m = _NEXT_WORD.match(text, at)
        if not m:
            break
        current, at = f"{current} {m.group(1)}", m.end()
        key = fold(current)
        if key in names:
            best = (current, at)
        elif not any(name.startswith(key) for name in names):
            break
    return best


def parse_query(text: str | None, base: Criteria | None = None) -> Criteria:
    """Parse query text into Criteria (keeping ``base``'s place: reading list, trash, quality list).

    Raises QueryError for an unknown field or an unreadable year range.
    """
    base = base or Criteria()
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    facets: dict[str, list[str]] = {}
    years: dict = {"year_from": None, "year_to": None, "undated": False}
    text_terms: dict[str, list[str]] = {"text_words": [], "text_phrases": [], "text_excluded": []}
    relation_terms: dict = {"series": [], "latest": False}
    pos = 0
    text = (text or "").strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group("field") is not None:
            name = m.group("field").lower()
            raw_value = m.group("fvalue")
            if name in _URL_SCHEMES:
                words.append(m.group(0).strip())
                continue
            if name in ("text", "fulltext"):
                _parse_text_term(raw_value, bool(m.group("neg")), text_terms)
                continue
            if name in RELATION_FIELDS:
                _parse_relation_term(name, raw_value, bool(m.group("neg")), relation_terms)
                continue
            canonical = FIELD_ALIASES.get(name)
            if canonical is None:
                raise QueryError(message(QT_TRANSLATE_NOOP("Criteria", "unknown field '{name}:'; known fields are: {fields}"),
                                         name=name, fields=", ".join(KNOWN_FIELDS)))
            if m.group("neg"):
                raise QueryError(message(QT_TRANSLATE_NOOP(
                    "Criteria", "'-{name}:' is not supported: untick the value instead, or use -word"), name=name))
            quoted = raw_value.startswith('"')
            value = raw_value.strip('"').strip()
            if not value:
                continue  # "country:" while typing: nothing yet
            if canonical == "year":
                _parse_years(value, years)
                continue
            if not quoted:
                value, pos = _run_on(canonical, value, text, pos)
            parts = [value] if quoted else [p.strip() for p in value.split(",")]
            facets.setdefault(canonical, []).extend(p for p in parts if p)
        elif m.group("phrase") is not None:
            phrase = " ".join(m.group("phrase").split())
            if phrase:
                (excluded if m.group("pneg") else phrases).append(phrase)
        else:
            word = m.group("word")
            if word.startswith("-") and len(word) > 1:
                excluded.append(word[1:])
            elif word != "-":
                words.append(word)
    crit = Criteria(words=tuple(words), phrases=tuple(phrases), excluded=tuple(excluded),
                    reading_list=base.reading_list, trash=base.trash, quality=base.quality,
                    **years, **{k: tuple(v) for k, v in text_terms.items()},
                    series=tuple(relation_terms["series"]), latest=relation_terms["latest"])
    for facet, values in facets.items():
        crit = crit.with_values(facet, crit.values(facet) + tuple(values))
    return crit


def _parse_text_term(raw_value: str, negated: bool, terms: dict) -> None:
    """text:word, text:"a phrase", -text:word (document text only)."""
    quoted = raw_value.startswith('"')
    value = " ".join(raw_value.strip('"').split())
    if not value:
        return  # "text:" while typing
    if negated:
        terms["text_excluded"].append(value)
    elif quoted and " " in value:
        terms["text_phrases"].append(value)
    else:
        terms["text_words"].append(value)


# ---- relations (issue 15): series:"name", is:latest --------------------------------------------------

RELATION_FIELDS = ("series", "is")
KNOWN_FIELDS = (*KNOWN_FIELDS, *RELATION_FIELDS)
FIELD_HELP.update({
    "series": QT_TRANSLATE_NOOP("SyntaxHelp", "the parts of a series, by words of its title "
                                              "(series:\"TRIANGLE in ASEAN\")"),
    "is": QT_TRANSLATE_NOOP("SyntaxHelp", "is:latest leaves out records replaced by a newer one"),
})
SYNTAX_LINES = (*SYNTAX_LINES, *((name + ":", FIELD_HELP[name]) for name in RELATION_FIELDS))
SYNTAX_HELP = syntax_help()


def _parse_relation_term(name: str, raw_value: str, negated: bool, terms: dict) -> None:
    value = " ".join(raw_value.strip('"').split())
    if not value:
        return  # "series:" while typing
    if negated:
        raise QueryError(message(QT_TRANSLATE_NOOP(
            "Criteria", "'-{name}:' is not supported: untick the value instead, or use -word"), name=name))
    if name == "series":
        terms["series"].append(value)
    elif value.lower() == "latest":
        terms["latest"] = True
    else:
        raise QueryError(message(QT_TRANSLATE_NOOP("Criteria", "unknown 'is:{value}': use is:latest"), value=value))


def _parse_years(value: str, years: dict) -> None:
    if value.lower() in ("none", "undated", "unknown", "-"):
        years.update(year_from=None, year_to=None, undated=True)
        return
    m = _YEAR_RANGE.match(value)
    if not m or not (m.group("a") or m.group("b")):
        raise QueryError(message(QT_TRANSLATE_NOOP(
            "Criteria", "cannot read year '{value}': use year:2020, year:2018..2022, year:..2015 or year:none"),
            value=value))
    a = int(m.group("a")) if m.group("a") else None
    b = int(m.group("b")) if m.group("b") else None
    single = ".." not in value and "-" not in value and "–" not in value
    if single:
        b = a
    if a is not None and b is not None and a > b:
        a, b = b, a
    years.update(year_from=a, year_to=b, undated=False)


# ---- formatting --------------------------------------------------------------------------------

def _quote(value: str) -> str:
    if value and re.fullmatch(r"[^\s\",:]+", value):
        return value
    return '"' + value.replace('"', "'") + '"'


def _format_years(c: Criteria) -> str:
    if c.undated:
        return "year:none"
    if c.year_from is not None and c.year_from == c.year_to:
        return f"year:{c.year_from}"
    return f"year:{'' if c.year_from is None else c.year_from}..{'' if c.year_to is None else c.year_to}"


def format_query(c: Criteria) -> str:
    """Query text for ``c``; parse_query(format_query(c)) gives back c."""
    parts = [w if not w.startswith("-") else f'"{w}"' for w in c.words]
    parts += ['"' + p.replace('"', "'") + '"' for p in c.phrases]
    parts += ["-" + (x if re.fullmatch(r"[^\s\":]+", x) else '"' + x.replace('"', "'") + '"') for x in c.excluded]
    parts += [f"text:{_quote(w)}" for w in c.text_words]
    parts += ['text:"' + p.replace('"', "'") + '"' for p in c.text_phrases]
    parts += [f"-text:{_quote(x)}" for x in c.text_excluded]
    for facet, values in c.facets.items():
        parts += [f"{facet}:{_quote(v)}" for v in values]
    if c.has_year_range():
        parts.append(_format_years(c))
    parts += [f"series:{_quote(s)}" for s in c.series]
    if c.latest:
        parts.append("is:latest")
    return " ".join(parts)
