"""Search conditions beyond the plain filter: an expression tree of conditions on a record, in
terms of ids (app.catalogue resolves names to them), and its SQL for both backends.

A db.queries.Filter holds one (``condition``), AND-ed with its other parts; every plan (one SQL
query, the keyword-mask plans, the facet counts in SQL and in memory) reads it through
db.queries.where_clause, so OR, NOT and the record states mean the same everywhere.

Every condition's SQL is TRUE or FALSE, never NULL (NOT of a NULL would drop a record both ways):
a comparison on a column that may be NULL is guarded by IS NOT NULL.
"""
from __future__ import annotations

from dataclasses import dataclass

from db import search
from db.text_terms import TextQuery


@dataclass(frozen=True)
class FacetIs:
    """The record holds any of these value ids of ``facet`` (type, theme, region, country, ...)."""
    facet: str
    ids: frozenset[int]


@dataclass(frozen=True)
class YearIn:
    """Publication year within [low, high] (None: open); ``undated``: no year instead."""
    low: int | None = None
    high: int | None = None
    undated: bool = False


@dataclass(frozen=True)
class DateIn:
    """``column`` (added_at or updated_at, ISO text) within [low, high) (None: open)."""
    column: str
    low: str | None = None
    high: str | None = None


@dataclass(frozen=True)
class Has:
    """The record has something (app.criteria.HAS_VALUES): has:doi, has:attachment, ..."""
    what: str


@dataclass(frozen=True)
class IdsIn:
    """The record is one of these (a reading list, the likely duplicates)."""
    ids: frozenset[int]


@dataclass(frozen=True)
class Text:
    """The keyword conditions of a TextQuery (words, phrases, excluded words, document text)."""
    query: TextQuery


@dataclass(frozen=True)
class InTable:
    """The record's id is in a temporary table of ids (db.queries' counts: an expression's
    matches worked out once, then reused by every facet's count)."""
    table: str


@dataclass(frozen=True)
class AllOf:
    parts: tuple["Condition", ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple["Condition", ...]


@dataclass(frozen=True)
class NotC:
    part: "Condition"


Condition = FacetIs | YearIn | DateIn | Has | IdsIn | Text | InTable | AllOf | AnyOf | NotC

# facet name -> (link table, value column); db.queries and db.facet_index take it from here.
FACET_LINKS = {
    "theme": ("resource_theme", "theme_id"),
    "region": ("resource_region_match", "region_id"),
    "country": ("resource_country", "country_id"),
    "language": ("resource_language", "language_id"),
    "organization": ("resource_organization", "organization_id"),
    "keyword": ("resource_keyword", "keyword_id"),
}
DATE_COLUMNS = ("added_at", "updated_at")


def _exists(table: str, alias: str, extra: str = "") -> str:
    return f"EXISTS (SELECT 1 FROM {table} x WHERE x.resource_id = {alias}.id{extra})"


def _has_sql(what: str, a: str) -> str:
    simple = {
        "summary": f"TRIM(COALESCE({a}.summary, '')) <> ''",
        "doi": f"TRIM(COALESCE({a}.doi, '')) <> ''",
        "url": f"TRIM(COALESCE({a}.url, '')) <> ''",
        "isbn": f"TRIM(COALESCE({a}.isbn, '')) <> ''",
        "year": f"{a}.year IS NOT NULL",
        "type": f"{a}.type_id IS NOT NULL",
        "attachment": _exists("attachment", a, " AND x.deleted_at IS NULL"),
        "text": (f"EXISTS (SELECT 1 FROM attachment x JOIN document_text d ON d.attachment_id = x.id "
                 f"WHERE x.resource_id = {a}.id AND x.deleted_at IS NULL AND d.status = 'text')"),
        "country": _exists("resource_country", a),
        "region": _exists("resource_region", a),
        "theme": _exists("resource_theme", a),
        "language": _exists("resource_language", a),
        "organization": _exists("resource_organization", a),
        "keyword": _exists("resource_keyword", a),
        "author": _exists("resource_author", a),
    }
    if what == "place":
        return f"({simple['country']} OR {simple['region']})"
    if what not in simple:
        raise ValueError(f"unknown record state {what!r}")
    return simple[what]


def in_list(ids) -> str:
    # Ids are integers from our own tables; inlined so SQLite can use them in the plan.
    return ",".join(str(int(i)) for i in sorted(ids)) or "NULL"


def facet_sql(facet: str, ids, a: str = "r") -> str:
    """The record holds any of ``ids`` of ``facet`` (TRUE or FALSE, never NULL)."""
    if not ids:
        return "1 = 0"
    if facet == "type":
        return f"({a}.type_id IS NOT NULL AND {a}.type_id IN ({in_list(ids)}))"
    table, col = FACET_LINKS[facet]
    return f"{a}.id IN (SELECT resource_id FROM {table} WHERE {col} IN ({in_list(ids)}))"


def year_bounds(alias: str, low, high) -> tuple[list[str], list[int]]:
    """The SQL conditions (and parameters) of a year range; an open end adds none."""
    parts, params = [], []
    if low is not None:
        parts.append(f"{alias}.year >= ?")
        params.append(int(low))
    if high is not None:
        parts.append(f"{alias}.year <= ?")
        params.append(int(high))
    return parts, params


def condition_sql(cond: Condition, alias: str = "r", postgres: bool = False) -> tuple[str, list]:
    """SQL (a boolean on resource ``alias``) and params for a condition."""
    a = alias
    if isinstance(cond, FacetIs):
        return facet_sql(cond.facet, cond.ids, a), []
    if isinstance(cond, YearIn):
        if cond.undated:
            return f"{a}.year IS NULL", []
        parts, params = year_bounds(a, cond.low, cond.high)
        return "(" + " AND ".join([f"{a}.year IS NOT NULL", *parts]) + ")", params
    if isinstance(cond, DateIn):
        if cond.column not in DATE_COLUMNS:
            raise ValueError(f"unknown date column {cond.column!r}")
        parts, params = [f"{a}.{cond.column} IS NOT NULL"], []
        if cond.low is not None:
            parts.append(f"{a}.{cond.column} >= ?")
            params.append(cond.low)
        if cond.high is not None:
            parts.append(f"{a}.{cond.column} < ?")
            params.append(cond.high)
        return "(" + " AND ".join(parts) + ")", params
    if isinstance(cond, Has):
        return _has_sql(cond.what, a), []
    if isinstance(cond, IdsIn):
        return (f"{a}.id IN ({in_list(cond.ids)})" if cond.ids else "1 = 0"), []
    if isinstance(cond, InTable):
        return f"{a}.id IN (SELECT id FROM {cond.table})", []
    if isinstance(cond, Text):
        conds, params = search.text_conditions(cond.query, f"{a}.id", postgres=postgres)
        return ("(" + " AND ".join(conds) + ")" if conds else "1 = 1"), params
    if isinstance(cond, NotC):
        sql, params = condition_sql(cond.part, a, postgres)
        return f"NOT ({sql})", params
    if isinstance(cond, (AllOf, AnyOf)):
        if not cond.parts:
            return ("1 = 1" if isinstance(cond, AllOf) else "1 = 0"), []
        joiner = " AND " if isinstance(cond, AllOf) else " OR "
        sqls, params = [], []
        for part in cond.parts:
            sql, p = condition_sql(part, a, postgres)
            sqls.append(sql)
            params += p
        return "(" + joiner.join(f"({s})" for s in sqls) + ")", params
    raise TypeError(f"not a search condition: {cond!r}")
