"""Criteria: what the user is looking for, as one value shared by the keyword box, the sidebar,
the chips above the table, saved searches and the command line.

Query syntax (parse_query / format_query are inverse):
    housing country:Thailand type:report year:2020..2022 -covid org:ILO "bilateral agreements"
    (country:TH OR region:GCC) -type:strategy year:>=2018 no:summary -in:"Workshop list"
- bare words match as prefixes, in any order; "quoted text" matches the exact words in sequence;
- -word or -"phrase" excludes records that contain it;
- field:value filters; several values of one field (repeated, or comma-separated) combine with OR,
  different fields with AND; field names and values are case-insensitive, countries and languages
  match by name or ISO code, organizations by name or acronym; -field:value leaves those records out;
- year:2020, year:2020..2022, year:..2015, year:2018.., year:>=2018, year:<2000, year:none;
- added: and updated: take dates (2026-01-01, 2026-01, 2026, today, yesterday), ranges (a..b),
  comparisons (added:>=2026-01-01) and ages (added:<30d: within the last 30 days; d, w, m, y);
- has:attachment|summary|doi|text|year|country|..., no:... (the opposite), is:trash, is:duplicate,
  in:"Workshop list" (a reading list);
- text:word, text:"a phrase" look in the text of attached documents only; -text:word leaves out
  records whose documents contain it (plain words look in the record and its documents);
- OR between terms, AND (implicit), NOT or a leading -, and parentheses group anything:
  (country:TH OR region:GCC) -type:strategy "recruitment fees".

The parser builds an expression tree (Term, Not, And, Or). What the sidebar can show (words, facet
values ticked or excluded, one year range) goes into the Criteria's plain fields; the rest (an OR
across fields, comparisons of dates, record states) stays as expression ``terms``, AND-ed with them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

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
    "added": "added", "updated": "updated", "changed": "updated", "modified": "updated",
    "has": "has", "no": "no", "is": "is", "in": "in", "list": "in",
    "series": "series",
}
DATE_FIELDS = ("added", "updated")
STATE_FIELDS = ("has", "no", "is", "in")
KNOWN_FIELDS = (*FACET_FIELDS, "year", *DATE_FIELDS, *STATE_FIELDS, "text", "series")
# What has: and no: can ask about (no:place: neither a country nor a region, as the quality list).
HAS_VALUES = ("attachment", "summary", "doi", "text", "year", "type", "country", "region", "place", "theme",
              "language", "organization", "keyword", "author", "url", "isbn")
HAS_ALIASES = {"attachments": "attachment", "file": "attachment", "files": "attachment", "abstract": "summary",
               "countries": "country", "themes": "theme", "org": "organization", "organisation": "organization",
               "keywords": "keyword", "authors": "author", "languages": "language", "lang": "language",
               "fulltext": "text", "document": "text"}
IS_VALUES = ("trash", "duplicate", "latest")
IS_ALIASES = {"deleted": "trash", "trashed": "trash", "duplicates": "duplicate", "dup": "duplicate"}
OPERATORS = ("OR", "AND", "NOT")

# Field names shown in messages and the syntax help, with their short aliases.
FIELD_HELP = {
    "type": QT_TRANSLATE_NOOP("SyntaxHelp", "resource type (type:report)"),
    "theme": QT_TRANSLATE_NOOP("SyntaxHelp", "theme (theme:housing)"),
    "region": QT_TRANSLATE_NOOP("SyntaxHelp", "region, including its member countries (region:ASEAN)"),
    "country": QT_TRANSLATE_NOOP("SyntaxHelp", "country by name or ISO code (country:Thailand, country:TH)"),
    "language": QT_TRANSLATE_NOOP("SyntaxHelp", "language by name or ISO code (language:Thai, lang:th)"),
    "organization": QT_TRANSLATE_NOOP("SyntaxHelp", "organization by name or acronym (org:ILO)"),
    "keyword": QT_TRANSLATE_NOOP("SyntaxHelp", "free keyword (keyword:\"wage arrears\", kw:...)"),
    "year": QT_TRANSLATE_NOOP("SyntaxHelp", "publication year (year:2020, year:2020..2022, year:>=2018, "
                                            "year:<2000, year:none)"),
    "added": QT_TRANSLATE_NOOP("SyntaxHelp", "when the record was added (added:>=2026-01-01, added:<30d, "
                                             "added:2026-03, added:today)"),
    "updated": QT_TRANSLATE_NOOP("SyntaxHelp", "when the record was last changed (updated:today, updated:<7d)"),
    "has": QT_TRANSLATE_NOOP("SyntaxHelp", "records with an attachment, summary, DOI, document text, year, "
                                           "country... (has:attachment, has:doi, has:text)"),
    "no": QT_TRANSLATE_NOOP("SyntaxHelp", "records without one, as the quality lists (no:year, no:country, "
                                          "no:summary)"),
    "is": QT_TRANSLATE_NOOP("SyntaxHelp", "records in the trash or likely duplicates (is:trash, is:duplicate)"),
    "in": QT_TRANSLATE_NOOP("SyntaxHelp", "records on a reading list (in:\"Workshop list\")"),
    # Relations (issue 15): series:"name" finds its parts; is:latest leaves out replaced records.
    "series": QT_TRANSLATE_NOOP("SyntaxHelp", "the parts of a series, by words of its title "
                                              "(series:\"TRIANGLE in ASEAN\")"),
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
    ("-type:report,strategy", QT_TRANSLATE_NOOP("SyntaxHelp", "leave out records with these values")),
    ("a OR b", QT_TRANSLATE_NOOP("SyntaxHelp", "either term; terms side by side must all match (AND)")),
    ("NOT a, -(a b)", QT_TRANSLATE_NOOP("SyntaxHelp", "leave out what matches a term or a group")),
    ("(a OR b) c", QT_TRANSLATE_NOOP("SyntaxHelp", "parentheses group terms of any fields")),
    *((name + ":", text) for name, text in FIELD_HELP.items()),
)
SYNTAX_TITLE = QT_TRANSLATE_NOOP("SyntaxHelp", "Search syntax")
SYNTAX_NOTES = (
    QT_TRANSLATE_NOOP("SyntaxHelp", "Field names and values ignore case; countries and languages also match "
                                    "ISO codes and their names in Thai, Vietnamese and Arabic."),
    QT_TRANSLATE_NOOP("SyntaxHelp", "Example: {example}"),
)
SYNTAX_EXAMPLE = '(country:Thailand OR region:GCC) type:report year:>=2018 no:summary -in:"Workshop list"'


def syntax_help(translate=lambda text: text) -> str:
    """The syntax help as text; ``translate`` turns each marked phrase into the reader's language."""
    lines = [translate(SYNTAX_TITLE)]
    lines += [f"  {example:<22} {translate(text)}" for example, text in SYNTAX_LINES]
    lines.append(translate(SYNTAX_NOTES[0]))
    lines.append(translate(SYNTAX_NOTES[1]).format(example=SYNTAX_EXAMPLE))
    return "\n".join(lines)


SYNTAX_HELP = syntax_help()


class QueryError(ValueError):
    """The query text cannot be understood; the message says why, in one line, and where
    (``position``: the character, counted from 0, where the problem starts; None if nowhere)."""

    def __init__(self, text: str, position: int | None = None):
        super().__init__(text)
        self.position = position


def _error(template, position: int | None, **params) -> QueryError:
    return QueryError(message(template, position=(position or 0) + 1, **params), position)


# ---- the expression tree ------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One condition: ``field`` is word, phrase, text, text_phrase, a facet, year, added, updated,
    has, no, is or in; ``values`` its value (a facet may have several, meaning OR)."""
    field: str
    values: tuple[str, ...]

    @property
    def value(self) -> str:
        return self.values[0]


@dataclass(frozen=True)
class Not:
    node: "Node"


@dataclass(frozen=True)
class And:
    nodes: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple["Node", ...]


Node = Term | Not | And | Or


def and_of(nodes) -> "Node | None":
    """The AND of ``nodes``: nested ANDs flattened, and (the rule of the plain syntax) the positive
    values of one facet side by side combined into one term, meaning any of them."""
    flat: list = []
    for node in nodes:
        if node is None:
            continue
        flat.extend(node.nodes if isinstance(node, And) else (node,))
    merged: list = []
    at: dict[str, int] = {}
    for node in flat:
        if isinstance(node, Term) and node.field in FACET_FIELDS:
            if node.field in at:
                old = merged[at[node.field]]
                merged[at[node.field]] = Term(node.field, _unique(old.values + node.values))
                continue
            at[node.field] = len(merged)
        merged.append(node)
    if not merged:
        return None
    return merged[0] if len(merged) == 1 else And(tuple(merged))


def or_of(nodes) -> "Node | None":
    flat: list = []
    for node in nodes:
        if node is None:
            continue
        flat.extend(node.nodes if isinstance(node, Or) else (node,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def _unique(values) -> tuple[str, ...]:
    out: dict[str, str] = {}
    for v in values:
        if v:
            out.setdefault(v.casefold(), v)
    return tuple(out.values())


# ---- criteria --------------------------------------------------------------------------------

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
    excluded_facets: dict[str, tuple[str, ...]] = field(default_factory=dict)   # -country:Thailand
    terms: tuple[Node, ...] = ()          # the rest of the expression, AND-ed with the fields above
    # Relations (issue 15): series:"name" finds its parts; is:latest leaves out records another
    # record replaces. Plain terms only (not inside OR, NOT or parentheses).
    series: tuple[str, ...] = ()
    latest: bool = False

    # ---- questions ----
    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.excluded or any(self.facets.values())
                    or self.year_from is not None or self.year_to is not None or self.undated
                    or self.has_document_text() or any(self.excluded_facets.values()) or self.terms
                    or bool(self.series) or self.latest)

    def has_text(self) -> bool:
        return bool(self.words or self.phrases or self.excluded) or self.has_document_text()

    def has_document_text(self) -> bool:
        """True if there are text: terms (document text only), also inside the expression."""
        return bool(self.text_words or self.text_phrases or self.text_excluded) or any(
            term.field in ("text", "text_phrase") for term, _ in _leaves(self.terms))

    def highlight_terms(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(words, phrases) a result may be shown matching (document passages): the plain ones and
        those of the expression that are not under a NOT."""
        words = list(self.words + self.text_words)
        phrases = list(self.phrases + self.text_phrases)
        for term, negated in _leaves(self.terms):
            if not negated and term.field in ("word", "text"):
                words.append(term.value)
            elif not negated and term.field in ("phrase", "text_phrase"):
                phrases.append(term.value)
        return tuple(dict.fromkeys(words)), tuple(dict.fromkeys(phrases))

    def values(self, facet: str) -> tuple[str, ...]:
        return self.facets.get(facet, ())

    def excluded_values(self, facet: str) -> tuple[str, ...]:
        return self.excluded_facets.get(facet, ())

    def has_year_range(self) -> bool:
        return self.year_from is not None or self.year_to is not None or self.undated

    def in_trash(self) -> bool:
        """True for the trash: the place, or is:trash in the query."""
        return self.trash or Term("is", ("trash",)) in self.terms

    def hidden_from_sidebar(self) -> tuple[Node, ...]:
        """The parts of the expression the sidebar's boxes cannot show (an OR across fields, a NOT
        of a group, a second year range), to be named rather than silently simplified."""
        return tuple(t for t in self.terms if not (isinstance(t, Term) and t.field in (*DATE_FIELDS, *STATE_FIELDS))
                     and not (isinstance(t, Not) and isinstance(t.node, Term)
                              and t.node.field in (*DATE_FIELDS, *STATE_FIELDS)))

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
        return self.with_values(facet, current + (value,)).without_excluded(facet, value)

    def without_value(self, facet: str, value: str) -> "Criteria":
        return self.with_values(facet, [v for v in self.values(facet) if v.casefold() != value.casefold()])

    def with_excluded_values(self, facet: str, values) -> "Criteria":
        excluded = {k: v for k, v in self.excluded_facets.items() if k != facet}
        values = tuple(dict.fromkeys(v for v in values if v))
        if values:
            excluded[facet] = values
        return replace(self, excluded_facets=_ordered(excluded))

    def with_excluded(self, facet: str, value: str) -> "Criteria":
        """``value`` excluded (and no longer ticked)."""
        current = self.excluded_values(facet)
        crit = self.without_value(facet, value)
        if any(v.casefold() == value.casefold() for v in current):
            return crit
        return crit.with_excluded_values(facet, current + (value,))

    def without_excluded(self, facet: str, value: str) -> "Criteria":
        return self.with_excluded_values(
            facet, [v for v in self.excluded_values(facet) if v.casefold() != value.casefold()])

    def cleared(self, facet: str) -> "Criteria":
        if facet == "year":
            return replace(self, year_from=None, year_to=None, undated=False)
        if facet == "text":
            return replace(self, words=(), phrases=(), excluded=(), text_words=(), text_phrases=(),
                           text_excluded=())
        return self.with_values(facet, ()).with_excluded_values(facet, ())

    def with_years(self, year_from: int | None, year_to: int | None, undated: bool = False) -> "Criteria":
        return replace(self, year_from=year_from, year_to=year_to, undated=undated)

    def with_text_of(self, other: "Criteria") -> "Criteria":
        return replace(self, words=other.words, phrases=other.phrases, excluded=other.excluded,
                       text_words=other.text_words, text_phrases=other.text_phrases,
                       text_excluded=other.text_excluded, terms=other.terms)

    def cleared_all(self) -> "Criteria":
        """No search terms or filters; the place (reading list, trash, quality list) stays."""
        return Criteria(reading_list=self.reading_list, trash=self.trash, quality=self.quality)

    def chips(self) -> list[tuple[str, str, str]]:
        """(kind, value, label) for each active criterion, in query order, for removable chips.
        An excluded facet value has the kind "-facet"; an expression term the kind "term" (its
        value is its query text)."""
        out = [("word", w, w) for w in self.words]
        out += [("phrase", p, f"\u201c{p}\u201d") for p in self.phrases]
        out += [("excluded", x, f"not {x}") for x in self.excluded]
        out += [("text_word", w, f"text: {w}") for w in self.text_words]
        out += [("text_phrase", p, f"text: \u201c{p}\u201d") for p in self.text_phrases]
        out += [("text_excluded", x, f"not text: {x}") for x in self.text_excluded]
        for facet, values in self.facets.items():
            out += [(facet, v, f"{facet}: {v}") for v in values]
        for facet, values in self.excluded_facets.items():
            out += [("-" + facet, v, f"not {v}") for v in values]
        if self.has_year_range():
            out.append(("year", "", "year: " + _format_years(self).split(":", 1)[1]))
        for term in self.terms:
            text = format_node(term, top=True)
            out.append(("term", text, text))
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
        if kind == "term":
            return replace(self, terms=tuple(t for t in self.terms if format_node(t, top=True) != value))
        if kind == "series":
            return replace(self, series=tuple(s for s in self.series if s != value))
        if kind == "is" and value == "latest":
            return replace(self, latest=False)
        if kind.startswith("-"):
            return self.without_excluded(kind[1:], value)
        return self.without_value(kind, value)

    def to_query(self) -> str:
        return format_query(self)

    def expression(self) -> "Node | None":
        """The whole query as one expression tree (the place left out)."""
        parts: list = [Term("word", (w,)) for w in self.words]
        parts += [Term("phrase", (p,)) for p in self.phrases]
        parts += [Not(Term("word", (x,))) for x in self.excluded]
        parts += [Term("text", (w,)) for w in self.text_words]
        parts += [Term("text_phrase", (p,)) for p in self.text_phrases]
        parts += [Not(Term("text", (x,))) for x in self.text_excluded]
        parts += [Term(f, v) for f, v in self.facets.items() if v]
        parts += [Not(Term(f, v)) for f, v in self.excluded_facets.items() if v]
        if self.has_year_range():
            parts.append(Term("year", (_format_years(self).split(":", 1)[1],)))
        parts += list(self.terms)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))


def _leaves(nodes, negated: bool = False):
    """(term, under a NOT?) for every term of the expression nodes."""
    for node in nodes:
        if isinstance(node, Term):
            yield node, negated
        elif isinstance(node, Not):
            yield from _leaves((node.node,), not negated)
        else:
            yield from _leaves(node.nodes, negated)


def _ordered(facets: dict) -> dict:
    return {k: facets[k] for k in FACET_FIELDS if k in facets}


# ---- reading values ----------------------------------------------------------------------------

_YEAR_RANGE = re.compile(r"^(?P<a>\d{1,4})?\s*(?:\.\.|–|-)?\s*(?P<b>\d{1,4})?$")
_COMPARISON = re.compile(r"^(?P<op><=|>=|<|>|=)\s*(?P<rest>.*)$", re.S)
_AGE = re.compile(r"^(?P<n>\d{1,5})\s*(?P<unit>d|w|m|y|days?|weeks?|months?|years?)$", re.I)
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
DATE_WORDS = ("today", "yesterday")

_YEAR_ERROR = QT_TRANSLATE_NOOP(
    "Criteria", "cannot read year '{value}' at character {position}: use year:2020, year:2018..2022, "
                "year:>=2018, year:<2000 or year:none")
_DATE_ERROR = QT_TRANSLATE_NOOP(
    "Criteria", "cannot read date '{value}' at character {position}: use {field}:2026-01-31, {field}:2026-01, "
                "{field}:>=2026-01-01, {field}:<30d or {field}:today")


def year_bounds(value: str) -> tuple[int | None, int | None, bool]:
    """(from, to, undated) for a year: value (year:2020, 2018..2022, >=2018, <2000, none); ValueError
    if it cannot be read."""
    value = value.strip()
    if value.lower() in ("none", "undated", "unknown", "-"):
        return None, None, True
    m = _COMPARISON.match(value)
    if m:
        op, rest = m.group("op"), m.group("rest").strip()
        if not re.fullmatch(r"\d{1,4}", rest):
            raise ValueError(value)
        n = int(rest)
        return {"<": (None, n - 1), "<=": (None, n), ">": (n + 1, None), ">=": (n, None), "=": (n, n)}[op] + (False,)
    m = _YEAR_RANGE.match(value)
    if not m or not (m.group("a") or m.group("b")):
        raise ValueError(value)
    a = int(m.group("a")) if m.group("a") else None
    b = int(m.group("b")) if m.group("b") else None
    if ".." not in value and "-" not in value and "–" not in value:
        b = a
    if a is not None and b is not None and a > b:
        a, b = b, a
    return a, b, False


def date_interval(value: str, today: date) -> tuple[str | None, str | None]:
    """The moments a date value means, as ISO strings [from, to) (None: open), with ``today`` for
    relative values; ValueError if it cannot be read. added:2026-03 is March, added:>=2026-03 from
    March on, added:<2026-03 before it; added:<30d within the last 30 days, added:>30d before them."""
    value = value.strip().lower()
    if ".." in value:
        a, b = value.split("..", 1)
        lo = date_interval(a, today)[0] if a.strip() else None
        hi = date_interval(b, today)[1] if b.strip() else None
        return lo, hi
    m = _COMPARISON.match(value)
    op, rest = (m.group("op"), m.group("rest").strip()) if m else ("=", value)
    age = _AGE.match(rest)
    if age:
        start = _iso(_days_before(today, int(age.group("n")), age.group("unit")[0]))
        # An age: "<30d" is younger than 30 days, ">30d" older.
        return (start, None) if op in ("<", "<=", "=") else (None, start)
    lo_day, hi_day = _day_span(rest, today)
    lo, hi = _iso(lo_day), _iso(hi_day)
    return {"=": (lo, hi), ">=": (lo, None), ">": (hi, None), "<": (None, lo), "<=": (None, hi)}[op]


def _iso(day: date) -> str:
    return day.isoformat()


def _days_before(today: date, n: int, unit: str) -> date:
    from datetime import timedelta
    if unit == "d":
        return today - timedelta(days=n)
    if unit == "w":
        return today - timedelta(weeks=n)
    months = n * (12 if unit == "y" else 1)
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    if y < 1:
        raise ValueError(n)
    day = min(today.day, 28)
    return date(y, m + 1, day)


def _day_span(text: str, today: date) -> tuple[date, date]:
    """[first day, day after the last) of a date, a month, a year, today or yesterday."""
    from datetime import timedelta
    if text == "today":
        return today, today + timedelta(days=1)
    if text == "yesterday":
        return today - timedelta(days=1), today
    m = _DATE.match(text)
    if not m:
        raise ValueError(text)
    y = int(m.group("y"))
    if m.group("d"):
        day = date(y, int(m.group("m")), int(m.group("d")))
        return day, day + timedelta(days=1)
    if m.group("m"):
        month = int(m.group("m"))
        start = date(y, month, 1)
        return start, date(y + (month == 12), month % 12 + 1, 1)
    if y < 1 or y > 9998:
        raise ValueError(text)
    return date(y, 1, 1), date(y + 1, 1, 1)


# ---- parsing -----------------------------------------------------------------------------------

_ATOM = re.compile(
    r'''(?:
        (?P<neg>-)?(?P<field>[A-Za-z_]+):(?P<fvalue>"[^"]*"?|[^\s"()]*)   # field:value, field:"v a l"
      | (?P<pneg>-)?"(?P<phrase>[^"]*)"?                                  # "phrase", -"phrase"
      | (?P<word>[^\s()]+)                                                # anything else
    )''', re.VERBOSE)

_URL_SCHEMES = {"http", "https", "ftp", "mailto", "doi", "urn", "file"}
MAX_DEPTH = 50    # parentheses nested deeper than this are an error, not a stack overflow


# Vocabulary names of several words, folded, per facet: an unquoted value runs on over the words after
# it when together they spell one of them (country:Thái Lan, theme:Housing and living conditions).
# The names of every shipped language are known from the data; a catalogue adds its own (register_names).
_MULTIWORD: dict[str, set[str]] = {}
_NEXT_WORD = re.compile(r'\s+([^\s":()-][^\s":()]*)')
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
        if not m or m.group(1) in OPERATORS:
            break
        current, at = f"{current} {m.group(1)}", m.end()
        key = fold(current)
        if key in names:
            best = (current, at)
        elif not any(name.startswith(key) for name in names):
            break
    return best


@dataclass
class _Token:
    kind: str            # "(", ")", "OR", "AND", "NOT", "term"
    pos: int
    node: Node | None = None


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        if ch in "()":
            out.append(_Token(ch, pos))
            pos += 1
            continue
        if ch == "-" and text.startswith("-(", pos):
            out.append(_Token("NOT", pos))
            pos += 1
            continue
        m = _ATOM.match(text, pos)
        if not m or m.end() == pos:   # cannot happen (a word takes any character), but never loop
            pos += 1
            continue
        start, pos = pos, m.end()
        word = m.group("word")
        if word is not None and word in OPERATORS:
            out.append(_Token(word, start))
            continue
        node, pos = _atom(m, text, start, pos)
        if node is not None:
            out.append(_Token("term", start, node))
    return out


def _atom(m: re.Match, text: str, start: int, pos: int) -> tuple[Node | None, int]:
    """The term one match of _ATOM stands for (None: nothing yet, e.g. "country:" while typing)."""
    if m.group("field") is not None:
        name = m.group("field").lower()
        raw_value = m.group("fvalue")
        negated = bool(m.group("neg"))
        if name in _URL_SCHEMES:
            return Term("word", (m.group(0),)), pos
        quoted = raw_value.startswith('"')
        value = raw_value.strip('"').strip()
        if name in ("text", "fulltext"):
            value = " ".join(value.split())
            if not value:
                return None, pos
            term = Term("text_phrase" if quoted and " " in value else "text", (value,))
            return (Not(term) if negated else term), pos
        canonical = FIELD_ALIASES.get(name)
        if canonical is None:
            raise _error(QT_TRANSLATE_NOOP("Criteria", "unknown field '{name}:' at character {position}; "
                                                       "known fields are: {fields}"),
                         start, name=name, fields=", ".join(KNOWN_FIELDS))
        if not value:
            return None, pos  # "country:" while typing: nothing yet
        value_at = start + len(m.group(0)) - len(raw_value)
        if canonical in FACET_FIELDS:
            if not quoted:
                value, pos = _run_on(canonical, value, text, pos)
            parts = (value,) if quoted else _unique(p.strip() for p in value.split(","))
            if not parts:
                return None, pos
            term = Term(canonical, parts)
        else:
            term = Term(canonical, (_checked(canonical, value, value_at),))
        return (Not(term) if negated else term), pos
    if m.group("phrase") is not None:
        phrase = " ".join(m.group("phrase").split())
        if not phrase:
            return None, pos
        term = Term("phrase", (phrase,))
        return (Not(term) if m.group("pneg") else term), pos
    word = m.group("word")
    if word.startswith("-") and len(word) > 1:
        return Not(Term("word", (word[1:],))), pos
    if word == "-":
        return None, pos
    return Term("word", (word,)), pos


def _checked(name: str, value: str, at: int) -> str:
    """A year, date or state value as it will be stored (canonical), or a QueryError saying why not."""
    if name == "year":
        try:
            year_bounds(value)
        except ValueError:
            raise _error(_YEAR_ERROR, at, value=value) from None
        return "".join(value.split())
    if name in DATE_FIELDS:
        try:
            date_interval(value, date.today())
        except (ValueError, OverflowError):
            raise _error(_DATE_ERROR, at, value=value, field=name) from None
        return "".join(value.lower().split())
    if name in ("has", "no"):
        key = HAS_ALIASES.get(value.lower(), value.lower())
        if key not in HAS_VALUES:
            raise _error(QT_TRANSLATE_NOOP("Criteria", "unknown {field}:{value} at character {position}; "
                                                       "use one of: {values}"),
                         at, field=name, value=value, values=", ".join(HAS_VALUES))
        return key
    if name == "is":
        key = IS_ALIASES.get(value.lower(), value.lower())
        if key not in IS_VALUES:
            raise _error(QT_TRANSLATE_NOOP("Criteria", "unknown {field}:{value} at character {position}; "
                                                       "use one of: {values}"),
                         at, field=name, value=value, values=", ".join(IS_VALUES))
        return key
    return " ".join(value.split())    # in: a reading list's name


class _Parser:
    """expr := and (OR and)*;  and := unary (AND? unary)*;  unary := (NOT | -) unary | ( expr ) | term.

    Forgiving while typing: an unclosed parenthesis closes at the end, and an operator with nothing
    after it at the end is ignored; a ')' with no '(' or an operator with nothing before it is an
    error naming its position."""

    def __init__(self, tokens: list[_Token], length: int):
        self.tokens = tokens
        self.i = 0
        self.length = length
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self) -> Node | None:
        node = self.expr()
        tok = self.peek()
        if tok is not None:   # only a ')' stops expr early
            raise _error(QT_TRANSLATE_NOOP("Criteria", "')' at character {position} closes no '('"), tok.pos)
        return node

    def expr(self) -> Node | None:
        parts = [self.conjunction()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            if parts[-1] is None:
                raise _error(QT_TRANSLATE_NOOP("Criteria", "nothing before OR at character {position}"), tok.pos)
            self.i += 1
            parts.append(self.conjunction())
        return or_of(parts)

    def conjunction(self) -> Node | None:
        parts: list = []
        while (tok := self.peek()) is not None and tok.kind not in ("OR", ")"):
            if tok.kind == "AND":
                if not parts:
                    raise _error(QT_TRANSLATE_NOOP("Criteria", "nothing before AND at character {position}"),
                                 tok.pos)
                self.i += 1
                continue
            parts.append(self.unary())
        return and_of(parts)

    def unary(self) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok.kind == "NOT":
            self.i += 1
            inner = self.unary()
            if inner is None:
                return None
            return inner.node if isinstance(inner, Not) else Not(inner)
        if tok.kind == "(":
            self.i += 1
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _error(QT_TRANSLATE_NOOP("Criteria", "too many parentheses inside each other at "
                                                           "character {position}"), tok.pos)
            node = self.expr()
            self.depth -= 1
            close = self.peek()
            if close is not None and close.kind == ")":
                self.i += 1
            return node
        if tok.kind in ("OR", "AND", ")"):   # handled by the callers; never reached
            self.i += 1
            return None
        self.i += 1
        return tok.node


def parse_expression(text: str | None) -> Node | None:
    """The expression tree of a query (None for an empty one). Raises QueryError, and nothing else,
    for any text."""
    text = text or ""
    try:
        return _Parser(_tokens(text), len(text)).parse()
    except QueryError:
        raise
    except Exception as exc:   # noqa: BLE001 - the parser promises QueryError for any text
        raise _error(QT_TRANSLATE_NOOP("Criteria", "cannot read this query ({reason}) at character {position}"),
                     0, reason=type(exc).__name__) from exc


def parse_query(text: str | None, base: Criteria | None = None) -> Criteria:
    """Parse query text into Criteria (keeping ``base``'s place: reading list, trash, quality list).

    Raises QueryError (with the position of the problem) for an unknown field, an unreadable value,
    a stray ')' or an operator with nothing before it.
    """
    base = base or Criteria()
    return from_expression(parse_expression(text), base)


def from_expression(node: Node | None, base: Criteria | None = None) -> Criteria:
    """Criteria for an expression tree: what the sidebar can show in the plain fields, the rest as
    terms."""
    base = base or Criteria()
    crit = Criteria(reading_list=base.reading_list, trash=base.trash, quality=base.quality)
    if node is None:
        return crit
    children = node.nodes if isinstance(node, And) else (node,)
    lists: dict[str, list[str]] = {k: [] for k in ("words", "phrases", "excluded", "text_words", "text_phrases",
                                                   "text_excluded")}
    facets: dict[str, tuple[str, ...]] = {}
    excluded: dict[str, list[str]] = {}
    years = None
    series: list[str] = []
    latest = False
    rest: list = []
    for child in children:
        if isinstance(child, Term):
            kind = child.field
            if kind in FACET_FIELDS:
                facets[kind] = child.values
            elif kind in ("word", "phrase"):
                lists[kind + "s"].append(child.value)
            elif kind == "text":
                lists["text_words"].append(child.value)
            elif kind == "text_phrase":
                lists["text_phrases"].append(child.value)
            elif kind == "year" and years is None:
                years = year_bounds(child.value)
            elif kind == "series":
                series.append(child.value)
            elif kind == "is" and child.value == "latest":
                latest = True
            else:
                rest.append(child)
        elif isinstance(child, Not) and isinstance(child.node, Term) and child.node.field in (
                *FACET_FIELDS, "word", "phrase", "text", "text_phrase"):
            kind = child.node.field
            if kind in FACET_FIELDS:
                excluded.setdefault(kind, []).extend(child.node.values)
            elif kind in ("word", "phrase"):
                lists["excluded"].append(child.node.value)
            else:
                lists["text_excluded"].append(child.node.value)
        else:
            rest.append(child)
    terms: list = []
    for child in rest:
        # country:TH OR country:MY is what ticking two countries means: shown in the sidebar.
        if isinstance(child, Or) and all(isinstance(n, Term) for n in child.nodes):
            names = {n.field for n in child.nodes if isinstance(n, Term)}
            if len(names) == 1 and (name := names.pop()) in FACET_FIELDS and name not in facets:
                facets[name] = _unique(v for n in child.nodes if isinstance(n, Term) for v in n.values)
                continue
        _check_place_terms(child, top=True)
        terms.append(child)
    crit = replace(crit, terms=tuple(terms), series=tuple(_unique(series)), latest=latest,
                   **{k: tuple(v) for k, v in lists.items()})
    if years is not None:
        crit = crit.with_years(*years)
    for facet, values in facets.items():
        crit = crit.with_values(facet, values)
    for facet, values in excluded.items():
        crit = crit.with_excluded_values(facet, _unique(values))
    return crit


def _check_place_terms(node: Node, top: bool) -> None:
    """is:trash is a place (the trash, instead of the live records): only as a plain term."""
    if isinstance(node, Term):
        if node.field == "is" and node.value == "trash" and not top:
            raise QueryError(message(QT_TRANSLATE_NOOP(
                "Criteria", "is:trash cannot be inside OR, NOT or parentheses: it says where to search")))
        if node.field == "series" or node.field == "is" and node.value == "latest":
            raise QueryError(message(QT_TRANSLATE_NOOP(
                "Criteria", "series: and is:latest cannot be inside OR, NOT or parentheses")))
        return
    inner = (node.node,) if isinstance(node, Not) else node.nodes
    for child in inner:
        _check_place_terms(child, top=False)


# ---- formatting --------------------------------------------------------------------------------

def _quote(value: str) -> str:
    if value and re.fullmatch(r"[^\s\",:()]+", value) and value not in OPERATORS:
        return value
    return '"' + value.replace('"', "'") + '"'


def _format_years(c: Criteria) -> str:
    if c.undated:
        return "year:none"
    if c.year_from is not None and c.year_from == c.year_to:
        return f"year:{c.year_from}"
    return f"year:{'' if c.year_from is None else c.year_from}..{'' if c.year_to is None else c.year_to}"


def _format_word(w: str) -> str:
    if w.startswith("-") or w in OPERATORS or '"' in w or "(" in w or ")" in w:
        return '"' + w.replace('"', "'") + '"'
    return w


def _format_excluded(x: str) -> str:
    return "-" + (x if re.fullmatch(r"[^\s\":()]+", x) else '"' + x.replace('"', "'") + '"')


def format_node(node: Node, top: bool = False) -> str:
    """Query text for one expression node; ``top``: a term of the top-level AND."""
    if isinstance(node, Term):
        kind = node.field
        if kind == "word":
            return _format_word(node.value)
        if kind == "phrase":
            return '"' + node.value.replace('"', "'") + '"'
        if kind == "text":
            return f"text:{_quote(node.value)}"
        if kind == "text_phrase":
            return 'text:"' + node.value.replace('"', "'") + '"'
        if kind in FACET_FIELDS:
            parts = [f"{kind}:{_quote(v)}" for v in node.values]
            return parts[0] if len(parts) == 1 else "(" + " ".join(parts) + ")"
        return f"{kind}:{_quote(node.value)}"
    if isinstance(node, Not):
        inner = node.node
        if isinstance(inner, Term) and not (inner.field in FACET_FIELDS and len(inner.values) > 1):
            if inner.field in ("word", "phrase"):
                return _format_excluded(inner.value)
            return "-" + format_node(inner)
        return "-" + (format_node(inner) if isinstance(inner, Term) else "(" + format_node(inner) + ")")
    if isinstance(node, And):
        return " ".join(f"({format_node(n)})" if isinstance(n, Or) else format_node(n) for n in node.nodes)
    text = " OR ".join(f"({format_node(n)})" if isinstance(n, And) else format_node(n) for n in node.nodes)
    return f"({text})" if top else text


def format_query(c: Criteria) -> str:
    """Query text for ``c``; parse_query(format_query(c)) gives back c."""
    parts = [_format_word(w) for w in c.words]
    parts += ['"' + p.replace('"', "'") + '"' for p in c.phrases]
    parts += [_format_excluded(x) for x in c.excluded]
    parts += [f"text:{_quote(w)}" for w in c.text_words]
    parts += ['text:"' + p.replace('"', "'") + '"' for p in c.text_phrases]
    parts += [f"-text:{_quote(x)}" for x in c.text_excluded]
    for facet, values in c.facets.items():
        parts += [f"{facet}:{_quote(v)}" for v in values]
    for facet, values in c.excluded_facets.items():
        parts += [f"-{facet}:{_quote(v)}" for v in values]
    if c.has_year_range():
        parts.append(_format_years(c))
    parts += [format_node(t, top=True) for t in c.terms]
    parts += [f"series:{_quote(s)}" for s in c.series]
    if c.latest:
        parts.append("is:latest")
    return " ".join(parts)
