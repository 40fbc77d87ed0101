"""Read queries: ordered ids for a filter and sort, rows for ids, facet counts, one record.

Everything is plain SQL on purpose: these are the hot paths, measured in bench/, and each is one
statement (or one per facet) whose plan can be read with EXPLAIN QUERY PLAN.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from db import dialect, postgres_search, search
from db.conditions import FACET_LINKS, Condition, InTable, condition_sql, facet_sql, year_bounds
from db import models as m
from db.compact_ids import IdList, ids_from_text, read_ids
from db.records import OrganizationRef, RecordData, RowData
from db.search import TextQuery
from db.vocab import labels_by_id

FACETS = ("type", "theme", "region", "country", "language", "organization")

SORTS = ("latest", "title", "year", "type", "relevance")
# The narrow (id, deleted_at, type_id, year) index: SQLite would otherwise look ids up in the table
# itself, reading each record's whole row, about three times slower.
FACTS_INDEX = dialect.FACTS_INDEX


@dataclass(frozen=True)
class Filter:
    """A search in terms of ids. Inside a facet the ids combine with OR; across facets with AND."""
    text: TextQuery = field(default_factory=TextQuery)
    facets: tuple[tuple[str, frozenset[int]], ...] = ()   # (facet, ids), facets with a selection only
    year_from: int | None = None
    year_to: int | None = None
    undated: bool = False          # only records without a year
    trash: bool = False            # the deleted records instead of the live ones
    resource_ids: frozenset[int] | None = None  # restrict to these (e.g. a reading list)
    excluded: tuple[tuple[str, frozenset[int]], ...] = ()   # (facet, ids): records holding none of them
    condition: Condition | None = None   # the rest of an expression (db.conditions), AND-ed with the above
    # Relations (db/relations.py): parts of these series (uids); only records no live record replaces.
    series_uids: tuple[str, ...] | None = None
    latest_only: bool = False

    def selection(self, facet: str) -> frozenset[int]:
        for name, ids in self.facets:
            if name == facet:
                return ids
        return frozenset()

    def exclusion(self, facet: str) -> frozenset[int]:
        for name, ids in self.excluded:
            if name == facet:
                return ids
        return frozenset()

    def without_facet(self, facet: str) -> "Filter":
        """The filter without its selection and exclusions in ``facet`` (a facet's own counts)."""
        return replace(self, facets=tuple((n, i) for n, i in self.facets if n != facet),
                       excluded=tuple((n, i) for n, i in self.excluded if n != facet))

    def without_years(self) -> "Filter":
        return replace(self, year_from=None, year_to=None, undated=False)

    def is_everything(self) -> bool:
        """True if this filter keeps every live record."""
        return (self.text.is_empty() and not self.facets and self.year_from is None
                and self.year_to is None and not self.undated and not self.trash
                and self.resource_ids is None and not any(ids for _, ids in self.excluded)
                and self.condition is None and self.series_uids is None and not self.latest_only)


def _in_list(ids) -> str:
    # Ids are integers from our own tables; inlined so SQLite can use them in the plan.
    return ",".join(str(int(i)) for i in sorted(ids)) or "NULL"


def where_clause(flt: Filter, alias: str = "r", live_condition: str | None = None,
                 without_word_match: bool = False, postgres: bool = False) -> tuple[str, list]:
    """SQL condition (on resource alias ``alias``) and params for a filter.

    ``live_condition`` replaces the ``r.deleted_at`` term (a leading "+" keeps SQLite from driving
    the plan from the deleted_at indexes). ``without_word_match`` leaves out the positive word-index
    condition, for callers that start from those hits (see text_first_ids). ``postgres``: the
    text conditions use PostgreSQL's index tables."""
    deleted = live_condition or f"{alias}.deleted_at"
    conds = [f"{deleted} IS NOT NULL" if flt.trash else f"{deleted} IS NULL"]
    params: list = []
    tconds, tparams = search.text_conditions(flt.text, f"{alias}.id", without_word_match, postgres)
    conds += tconds
    params += tparams
    for facet, ids in flt.facets:
        if not ids:
            continue
        if facet == "type":
            conds.append(f"{alias}.type_id IN ({_in_list(ids)})")
        else:
            table, col = FACET_LINKS[facet]
            conds.append(f"{alias}.id IN (SELECT resource_id FROM {table} WHERE {col} IN ({_in_list(ids)}))")
    for facet, ids in flt.excluded:
        if ids:
            conds.append(f"NOT {facet_sql(facet, ids, alias)}")
    if flt.undated:
        conds.append(f"{alias}.year IS NULL")
    else:
        parts, values = year_bounds(alias, flt.year_from, flt.year_to)
        conds += parts
        params += values
    if flt.resource_ids is not None:
        conds.append(f"{alias}.id IN ({_in_list(flt.resource_ids)})")
    if flt.condition is not None:
        sql, cparams = condition_sql(flt.condition, alias, postgres)
        conds.append(sql)
        params += cparams
    rconds, rparams = relation_conditions(flt.series_uids, flt.latest_only, alias)
    conds += rconds
    params += rparams
    return " AND ".join(conds), params


def relation_conditions(series_uids: tuple[str, ...] | None, latest_only: bool, alias: str = "r") -> tuple[list[str], list]:
    """Relations (db/relations.py) as SQL conditions on resource ``alias``: a part of one of
    ``series_uids``; no live record replaces it (is:latest)."""
    conds: list[str] = []
    params: list = []
    if series_uids is not None:
        marks = ",".join("?" * len(series_uids)) or "NULL"
        conds.append(f"{alias}.uid IN (SELECT rr.subject_uid FROM resource_relation rr "
                     f"WHERE rr.kind = 'series' AND rr.target_uid IN ({marks}))")
        params += list(series_uids)
    if latest_only:
        conds.append(f"{alias}.uid NOT IN (SELECT rr.target_uid FROM resource_relation rr JOIN resource nr "
                     f"ON nr.uid = rr.subject_uid WHERE rr.kind = 'replaces' AND nr.deleted_at IS NULL)")
    return conds, params


def _order_by(sort: str, descending: bool | None) -> str:
    if sort == "title":
        d = "DESC" if descending else "ASC"
        return f"r.title_sort {d}, r.id {d}"
    if sort == "year":
        d = "ASC" if descending is False else "DESC"
        return f"r.year IS NULL, r.year {d}, r.title_sort ASC, r.id ASC"
    if sort == "type":
        d = "DESC" if descending else "ASC"
        return (f"r.type_id IS NULL, (SELECT t.name FROM resource_type t WHERE t.id = r.type_id) {d}, "
                f"r.added_at DESC, r.id DESC")
    # latest added first
    d = "ASC" if descending is False else "DESC"
    return f"r.added_at {d}, r.id {d}"


def ordered_ids(database, flt: Filter, sort: str = "latest", descending: bool | None = None,
                few_hits: bool = False) -> list[int]:
    """Ids of every matching record in display order (the table model's backbone).

    ``few_hits``: the keyword terms are known to be rare, so the plan starts from the full-text hits
    and sorts them, instead of walking the whole catalogue in sort order.
    """
    sql_dialect = dialect.of(database)
    pg = sql_dialect is dialect.POSTGRES
    where, params = where_clause(flt, live_condition=f"{sql_dialect.live_hint}r.deleted_at" if few_hits
                                 else "r.deleted_at", postgres=pg)
    if sort == "relevance":
        match = search.relevance_match(flt.text)
        if match and pg:
            sql, match_params = postgres_search.relevance_sql(flt.text, where, descending)
            ranked = [r[0] for r in database.execute_sql(sql, match_params + params).fetchall()]
            seen = set(ranked)
            return ranked + [i for i in ordered_ids(database, flt, "latest") if i not in seen]
        if match:
            # Rank on the word index, restricted to the filtered records.
            sql = (f"SELECT f.rowid FROM {search.WORD_TABLE} f JOIN resource r ON r.id = f.rowid "
                   f"WHERE {search.WORD_TABLE} MATCH ? AND {where} "
                   f"ORDER BY {search.BM25} {'DESC' if descending else 'ASC'}, r.added_at DESC")
            rows = database.execute_sql(sql, [match] + params).fetchall()
            ranked = [r[0] for r in rows]
            seen = set(ranked)
            # Records matched only through the trigram index follow, latest first.
            rest = [i for i in ordered_ids(database, flt, "latest") if i not in seen]
            return ranked + rest
        sort = "latest"
    sql = f"SELECT r.id FROM resource r WHERE {where} ORDER BY {_order_by(sort, descending)}"
    if sql_dialect.ids_as_text:
        # One row of every id: SQLite walks the index without handing Python a row at a time (the
        # LIMIT keeps the subquery's order, which SQLite may otherwise drop). The whole order of
        # 1,000,000 records: 680-704 -> 505-534 ms of processor time (bench/RESULTS.md, session 10).
        row = database.execute_sql(f"SELECT group_concat(id) FROM ({sql} LIMIT -1)", params).fetchone()
        return ids_from_text(row[0] if row else None)
    return read_ids(database.execute_sql(sql, params))


def first_live_ids(database, sort: str, descending: bool | None, limit: int) -> list[int]:
    """The first ``limit`` ids of every live record in a sort order (latest or title): the head of
    ordered_ids(Filter(), sort, descending), read from the sort's index without walking the rest, so
    the window can paint it while the whole order is worked out (a few ms against ~0.5 s at 1,000,000)."""
    if sort not in ("latest", "title"):
        raise ValueError(f"no index gives the head of the {sort!r} order")
    sql = f"SELECT r.id FROM resource r WHERE r.deleted_at IS NULL ORDER BY {_order_by(sort, descending)} LIMIT ?"
    return [row[0] for row in database.execute_sql(sql, (int(limit),)).fetchall()]


def matching_ids(database, flt: Filter, without_word_match: bool = False) -> list[int]:
    """Ids of every matching record, in no particular order (the cheapest plan)."""
    where, params = where_clause(flt, without_word_match=without_word_match, postgres=dialect.is_postgres(database))
    return [row[0] for row in database.execute_sql(f"SELECT r.id FROM resource r WHERE {where}", params)]


def has_conditions_beyond_words(flt: Filter) -> bool:
    """True if the filter restricts more than the positive word terms and liveness."""
    rest, _ = where_clause(flt, without_word_match=True)
    return rest != "r.deleted_at IS NULL"


def word_hit_ids(database, flt: Filter) -> set[int]:
    """Ids matching the filter's positive word terms, straight from the index (deleted included)."""
    sql, params = search.word_match_sql(flt.text, dialect.is_postgres(database))
    return {row[0] for row in database.execute_sql(sql, params)}


def live_ids_in_order(database, sort: str, descending: bool | None = None, base=None) -> list[int]:
    """Every live record's id in a sort order (readers cache this per catalogue generation).
    ``base``: for year and type on SQLite, the title / latest order if the caller has it."""
    if sort in ("year", "type") and not dialect.is_postgres(database):
        return _regrouped_order(database, sort, descending, base)
    return ordered_ids(database, Filter(), sort if sort != "relevance" else "latest", descending)


def _regrouped_order(database, sort: str, descending: bool | None, base=None) -> IdList:
    """The year or type order of every live record, built from an order an index gives (title, or
    latest added; ``base`` if the caller has it already) and a stable sort (numpy, in C) on each
    record's year or type rank, read as arrays: ~12 MB of arrays at 1,000,000 records where a dict
    and lists of Python ints took ~250 MB on the way.
    """
    import numpy as np  # imported by the first year/type sort, not at start-up
    base_sort = "title" if sort == "year" else "latest"
    if base is None:
        base = ordered_ids(database, Filter(), base_sort)
    ids = np.frombuffer(base, dtype=np.int32 if base.itemsize == 4 else np.int64)
    column = "year" if sort == "year" else "type_id"
    cursor = database.execute_sql(
        f"SELECT id, {column} FROM resource INDEXED BY {FACTS_INDEX} WHERE deleted_at IS NULL")
    size = int(ids.max()) + 1 if ids.size else 1
    missing = np.iinfo(np.int64).max          # no year / no type: last, whatever the direction
    key = np.full(size, missing, dtype=np.int64)
    if sort == "type":
        names = database.execute_sql("SELECT id, name FROM resource_type").fetchall()
        rank = {tid: i for i, (tid, _) in enumerate(sorted(names, key=lambda row: row[1]))}
        sign = -1 if descending else 1
    else:
        rank = None
        sign = 1 if descending is False else -1
    while rows := cursor.fetchmany(10_000):
        rids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        values = [r[1] if rank is None or r[1] is None else rank.get(r[1], 0) for r in rows]
        vals = np.array([missing if v is None else sign * v for v in values], dtype=np.int64)
        inside = rids < size
        key[rids[inside]] = vals[inside]
    order = np.argsort(key[ids], kind="stable")
    out = IdList(base.typecode)
    out.frombytes(ids[order].tobytes())
    return out


def count(database, flt: Filter) -> int:
    where, params = where_clause(flt, postgres=dialect.is_postgres(database))
    return database.execute_sql(f"SELECT COUNT(*) FROM resource r WHERE {where}", params).fetchone()[0]


def total_live(database) -> int:
    return database.execute_sql("SELECT COUNT(*) FROM resource WHERE deleted_at IS NULL").fetchone()[0]


# ---- rows for the table ------------------------------------------------------------------------

def _grouped(database, sql: str, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for rid, value in database.execute_sql(sql.format(ids=_in_list(ids))).fetchall():
        out.setdefault(rid, []).append(value)
    return out


def rows_for_ids(database, ids: list[int]) -> list[RowData]:
    """Table rows for these ids, in the same order (ids not found are left out)."""
    if not ids:
        return []
    base = database.execute_sql(
        "SELECT r.id, r.uid, r.title, COALESCE(t.name, ''), r.year, r.added_at, r.deleted_at "
        f"FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE r.id IN ({_in_list(ids)})"
    ).fetchall()
    orgs = _grouped(database, "SELECT ro.resource_id, COALESCE(NULLIF(o.acronym, ''), o.name) "
                    "FROM resource_organization ro JOIN organization o ON o.id = ro.organization_id "
                    "WHERE ro.resource_id IN ({ids}) ORDER BY ro.resource_id, ro.position", ids)
    countries = _grouped(database, "SELECT rc.resource_id, COALESCE(NULLIF(c.common_name, ''), c.name) "
                         "FROM resource_country rc JOIN country c ON c.id = rc.country_id "
                         "WHERE rc.resource_id IN ({ids}) ORDER BY rc.resource_id, c.name", ids)
    langs = _grouped(database, "SELECT rl.resource_id, l.name FROM resource_language rl "
                     "JOIN language l ON l.id = rl.language_id WHERE rl.resource_id IN ({ids}) "
                     "ORDER BY rl.resource_id, l.name", ids)
    themes = _grouped(database, "SELECT rt.resource_id, t.name FROM resource_theme rt "
                      "JOIN theme t ON t.id = rt.theme_id WHERE rt.resource_id IN ({ids}) "
                      "ORDER BY rt.resource_id, t.name", ids)
    by_id = {}
    for rid, uid, title, type_name, year, added, deleted in base:
        by_id[rid] = RowData(
            id=rid, uid=uid, title=title, type=type_name, year=year,
            organizations=", ".join(dict.fromkeys(orgs.get(rid, []))),
            countries=", ".join(countries.get(rid, [])), languages=", ".join(langs.get(rid, [])),
            themes=", ".join(themes.get(rid, [])), added_at=added, deleted_at=deleted)
    return [by_id[i] for i in ids if i in by_id]


# ---- facet counts ------------------------------------------------------------------------------

@dataclass
class FacetCounts:
    """Counts per facet value id, and per year (``undated`` counts records with no year)."""
    values: dict[str, dict[int, int]] = field(default_factory=dict)
    years: dict[int, int] = field(default_factory=dict)
    undated: int = 0
    total: int = 0


class _HitSets:
    """Temporary tables of matching ids, one per distinct filter, reused across the facets."""

    def __init__(self, database, words_first: bool = False):
        self.database = database
        self.dialect = dialect.of(database)
        self.pg = self.dialect is dialect.POSTGRES
        self.words_first = words_first  # the word terms match many records: start from their hits
        self.tables: dict[Filter, tuple[str, int]] = {}
        self.complements: dict[str, str] = {}

    def _new_table(self) -> str:
        name = f"hits_{len(self.tables) + len(self.complements)}"
        for sql in self.dialect.temp_ids_table(name):
            self.database.execute_sql(sql)
        return f"{self.dialect.temp_schema}.{name}"

    def table_for(self, flt: Filter) -> tuple[str, int]:
        """(temp table holding the filter's ids, how many)."""
        if flt not in self.tables:
            name = self._new_table()
            db = self.database
            words = search.word_match_sql(flt.text, self.pg) if self.words_first else None
            if words is None:
                where, params = where_clause(flt, postgres=self.pg)
                db.execute_sql(f"INSERT INTO {name} SELECT r.id FROM resource r WHERE {where}", params)
            else:
                # A term in most records: copy its hits straight from the index, then drop those the
                # rest of the filter excludes, instead of probing the index once per record.
                db.execute_sql(f"INSERT INTO {name} {words[0]}", words[1])
                if has_conditions_beyond_words(flt):
                    rest, params = where_clause(flt, without_word_match=True, postgres=self.pg)
                    db.execute_sql(f"DELETE FROM {name} WHERE NOT EXISTS (SELECT 1 FROM "
                                   f"{self.dialect.facts_table()} WHERE r.id = {name}.id AND {rest})", params)
                else:
                    db.execute_sql(f"DELETE FROM {name} WHERE id IN "
                                   f"(SELECT id FROM resource WHERE deleted_at IS NOT NULL)")
            if self.pg:
                db.execute_sql(f"ANALYZE {name}")   # a temp table has no statistics: the joins need them
            count = db.execute_sql(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
            self.tables[flt] = (name, count)
        return self.tables[flt]

    def complement_of(self, table: str) -> str:
        """Temp table of the live records that are not in ``table``."""
        if table not in self.complements:
            name = self._new_table()
            self.complements[table] = name
            self.database.execute_sql(
                f"INSERT INTO {name} SELECT r.id FROM resource r WHERE r.deleted_at IS NULL "
                f"AND {self.dialect.not_in('r.id', table)}")
        return self.complements[table]


def _link_counts(database, facet: str, hits: str | None) -> dict[int, int]:
    """Counts per value of one facet, over the records in temp table ``hits`` (None: all live)."""
    sql_dialect = dialect.of(database)
    if facet == "type":
        if hits is None:
            sql = ("SELECT type_id, COUNT(*) FROM resource WHERE deleted_at IS NULL AND type_id IS NOT NULL "
                   "GROUP BY type_id")
        else:
            sql = (f"SELECT r.type_id, COUNT(*) FROM {sql_dialect.facts_join(hits)} "
                   f"WHERE r.type_id IS NOT NULL GROUP BY r.type_id")
        return dict(database.execute_sql(sql).fetchall())
    table, col = FACET_LINKS[facet]
    distinct = "DISTINCT " if facet == "organization" else ""  # an organization can hold two roles
    if hits is None:
        # Every live record: count the link table on its (value, resource) index, then subtract the
        # tombstoned records, which are few.
        counts = _all_link_counts(database, sql_dialect, table, col, distinct)
        # CROSS JOIN makes SQLite start from the (few) tombstones, not from the link table.
        for value, n in database.execute_sql(
                f"SELECT l.{col}, COUNT({distinct}l.resource_id) FROM "
                f"{sql_dialect.link_join('resource r', table, 'r.id')} "
                f"WHERE r.deleted_at IS NOT NULL GROUP BY l.{col}").fetchall():
            counts[value] = counts.get(value, 0) - n
        return {k: v for k, v in counts.items() if v > 0}
    return dict(database.execute_sql(
        f"SELECT l.{col}, COUNT({distinct}l.resource_id) FROM {sql_dialect.link_join(f'{hits} h', table, 'h.id')} "
        f"GROUP BY l.{col}").fetchall())


def _all_link_counts(database, sql_dialect, table: str, col: str, distinct: str) -> dict[int, int]:
    """Link rows per value of ``col`` over the whole link ``table`` (tombstones included), without 0s.

    On SQLite, one range count per value of the vocabulary: each walks its part of the (value,
    resource) index with nothing to compare, where GROUP BY decodes and compares the value of every
    entry: 355 -> 191 ms for themes (3,000,000 links), 238 -> 125 ms for countries at 1,000,000
    records (bench/RESULTS.md, "Issue 17, session 10"). A link row always names a value of the
    vocabulary (foreign keys), so both ways give the same counts. ``distinct``: "DISTINCT " to count
    each record once per value (an organization in two roles), else ""."""
    if sql_dialect.counts_by_value:
        vocabulary = col.removesuffix("_id")
        inner = (f"SELECT COUNT(*) FROM (SELECT DISTINCT resource_id FROM {table} l WHERE l.{col} = v.id)"
                 if distinct else f"SELECT COUNT(*) FROM {table} l WHERE l.{col} = v.id")
        return {value: n for value, n in database.execute_sql(f"SELECT v.id, ({inner}) FROM {vocabulary} v") if n}
    return dict(database.execute_sql(
        f"SELECT {col}, COUNT({distinct}resource_id) FROM {table} GROUP BY {col}").fetchall())


def _year_counts(database, hits: str | None) -> dict:
    if hits is None:
        sql = "SELECT year, COUNT(*) FROM resource WHERE deleted_at IS NULL GROUP BY year"
    else:
        sql = f"SELECT r.year, COUNT(*) FROM {dialect.of(database).facts_join(hits)} GROUP BY r.year"
    return dict(database.execute_sql(sql).fetchall())


def _counts(hitsets: _HitSets, flt: Filter, count, everything: dict | None, live: int) -> dict:
    """``count(table or None)`` for the records of ``flt``, the cheapest way.

    When the filter keeps more than half the catalogue and the counts over everything are known, it
    counts the (smaller) rest instead and subtracts: inside a term found in most records this is
    several times faster than counting the matches.
    """
    if flt.is_everything():
        return dict(everything) if everything is not None else count(None)
    table, n = hitsets.table_for(flt)
    if everything is not None and not flt.trash and n > live // 2:
        rest = count(hitsets.complement_of(table))
        out = {k: v - rest.get(k, 0) for k, v in everything.items()}
        return {k: v for k, v in out.items() if v > 0}
    return count(table)


def everything_part(database, part: str):
    """One piece of facet_counts(database, Filter(), ...): a facet's counts per value, "years"
    (per year, None: undated) or "total" (live records), each one statement or two, so pieces can
    be counted on separate connections at once (db.search_plan)."""
    if part == "total":
        return total_live(database)
    if part == "years":
        return _year_counts(database, None)
    return _link_counts(database, part, None)


def everything_from_parts(parts: dict) -> FacetCounts:
    """The FacetCounts of Filter() from everything_part's answers (``parts``: part -> answer)."""
    years = dict(parts["years"])
    undated = years.pop(None, 0)
    return FacetCounts(values={facet: answer for facet, answer in parts.items() if facet not in ("years", "total")},
                       years=years, undated=undated, total=parts["total"])


def facet_counts(database, flt: Filter, facets=FACETS, everything: FacetCounts | None = None,
                 many_word_hits: bool = False) -> FacetCounts:
    """Counts for each facet value, each facet ignoring its own selection (so other values stay
    clickable), and per year ignoring the year range.

    ``everything``: the counts for an empty filter, if the caller has them cached (it speeds up
    filters that keep most records). ``many_word_hits``: the keyword terms match many records."""
    result = FacetCounts()
    with dialect.read_snapshot(database):  # one snapshot for every count; temp tables die with the connection
        hitsets = _HitSets(database, words_first=many_word_hits)
        live = everything.total if everything is not None else total_live(database)
        if flt.condition is not None:
            # An expression (and the keywords and list beside it) holds for every facet's count:
            # its matches are worked out once, and each count starts from them.
            common, _ = hitsets.table_for(Filter(text=flt.text, trash=flt.trash, resource_ids=flt.resource_ids,
                                                 condition=flt.condition))
            flt = replace(flt, text=TextQuery(), resource_ids=None, condition=InTable(common))
        for facet in facets:
            result.values[facet] = _counts(
                hitsets, flt.without_facet(facet), lambda hits, f=facet: _link_counts(database, f, hits),
                everything.values.get(facet) if everything is not None else None, live)
        everything_years = None
        if everything is not None:
            everything_years = dict(everything.years)
            everything_years[None] = everything.undated
        years = _counts(hitsets, flt.without_years(), lambda hits: _year_counts(database, hits),
                        everything_years, live)
        result.undated = years.pop(None, 0)
        result.years = years
        if flt.is_everything():
            result.total = live
        else:
            result.total = hitsets.table_for(flt)[1]
    return result


def facet_labels(facet: str) -> dict[int, str]:
    return labels_by_id(facet)


# ---- one record ----------------------------------------------------------------------------------

def resource_id_for_uid(uid: str) -> int | None:
    row = m.Resource.select(m.Resource.id).where(m.Resource.uid == uid).tuples().first()
    return row[0] if row else None


def record_by_uid(uid: str) -> RecordData | None:
    rid = resource_id_for_uid(uid)
    return record_by_id(rid) if rid is not None else None


def record_by_id(rid: int) -> RecordData | None:
    db = m.database
    cursor = db.execute_sql(
        "SELECT r.*, t.name AS type_name FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id "
        "WHERE r.id = ?", (rid,))
    row = cursor.fetchone()
    if row is None:
        return None
    r = dict(zip([d[0] for d in cursor.description], row))

    def values(sql: str) -> list:
        return [row[0] for row in db.execute_sql(sql, (rid,)).fetchall()]

    return RecordData(
        uid=r["uid"], title=r["title"], summary=r["summary"], type=r["type_name"],
        year=r["year"], month=r["month"], day=r["day"], url=r["url"], isbn=r["isbn"], doi=r["doi"],
        publisher_ref=r["publisher_ref"], container_title=r["container_title"], volume=r["volume"],
        issue=r["issue"], pages=r["pages"], notes=r["notes"],
        authors=values("SELECT name FROM resource_author WHERE resource_id = ? ORDER BY position"),
        organizations=[OrganizationRef(name, role) for name, role in db.execute_sql(
            "SELECT o.name, ro.role FROM resource_organization ro JOIN organization o "
            "ON o.id = ro.organization_id WHERE ro.resource_id = ? ORDER BY ro.position", (rid,)).fetchall()],
        countries=values("SELECT c.code FROM resource_country rc JOIN country c ON c.id = rc.country_id "
                         "WHERE rc.resource_id = ? ORDER BY c.name"),
        regions=values("SELECT g.name FROM resource_region rr JOIN region g ON g.id = rr.region_id "
                       "WHERE rr.resource_id = ? ORDER BY g.name"),
        themes=values("SELECT t.name FROM resource_theme rt JOIN theme t ON t.id = rt.theme_id "
                      "WHERE rt.resource_id = ? ORDER BY t.name"),
        languages=values("SELECT l.code FROM resource_language rl JOIN language l ON l.id = rl.language_id "
                         "WHERE rl.resource_id = ? ORDER BY l.name"),
        keywords=values("SELECT k.name FROM resource_keyword rk JOIN keyword k ON k.id = rk.keyword_id "
                        "WHERE rk.resource_id = ? ORDER BY k.name"),
        added_at=r["added_at"], updated_at=r["updated_at"], deleted_at=r["deleted_at"], version=r["version"],
    )


def uid_for_prefix(prefix: str) -> str | None:
    """The full uid for a unique prefix, None if none or several start so."""
    rows = (m.Resource.select(m.Resource.uid).where(m.Resource.uid.startswith(prefix.lower()))
            .limit(2).tuples())
    uids = [r[0] for r in rows]
    return uids[0] if len(uids) == 1 else None
