"""SQL for the quality lists: live records missing something a librarian should fill in."""
from __future__ import annotations

from db import models as m
from db.dialect import is_postgres

# check name -> condition on resource r
CONDITIONS = {
    "no_type": "r.type_id IS NULL",
    "no_year": "r.year IS NULL",
    "no_place": ("NOT EXISTS (SELECT 1 FROM resource_country c WHERE c.resource_id = r.id) "
                 "AND NOT EXISTS (SELECT 1 FROM resource_region g WHERE g.resource_id = r.id)"),
    "no_theme": "NOT EXISTS (SELECT 1 FROM resource_theme t WHERE t.resource_id = r.id)",
    "no_summary": "trim(r.summary) = ''",
}


# Checks with an index on their condition (db.schema.PARTIAL_INDEX_SQL): SQLite would rather walk
# the newest-first index and test every record, so it is told.
_SQLITE_HINTS = {"no_summary": "INDEXED BY resource_blank_summary"}


def ids_where(check: str) -> list[int]:
    """Ids of live records failing one check, newest first (the table's default order)."""
    hint = "" if is_postgres(m.database) else _SQLITE_HINTS.get(check, "")
    sql = (f"SELECT r.id FROM resource r {hint} WHERE r.deleted_at IS NULL AND {CONDITIONS[check]} "
           f"ORDER BY r.added_at DESC, r.id DESC")
    return [rid for (rid,) in m.database.execute_sql(sql).fetchall()]


def count_where(check: str, database=None) -> int:
    """How many live records fail one check: the reference answer (one anti-join per record for
    the checks on link tables; count_all answers those from the link tables' keys)."""
    database = m.database if database is None else database
    sql = f"SELECT COUNT(*) FROM resource r WHERE r.deleted_at IS NULL AND {CONDITIONS[check]}"
    return database.execute_sql(sql).fetchone()[0]


# The checks "no theme" and "no country or region" are counted from the other side: the live total
# minus the live records the link tables name, read off their (resource_id, value) primary keys in
# key order (~0.15 s each at 1,000,000 records, where testing every record for a link, the NOT EXISTS
# of count_where, takes ~0.35-0.4 s). Link rows always name an existing record (foreign keys,
# ON DELETE CASCADE), so only records in the trash, which are few, are subtracted by name.
# DISTINCT rather than GROUP BY: the same rows, without an aggregate step per key (theme holders
# 330 -> 205 ms at 1,000,000 records).
_HOLDERS = "SELECT COUNT(*) FROM (SELECT DISTINCT resource_id FROM {table}) holders"
_REGION_ONLY = ("SELECT COUNT(*) FROM (SELECT DISTINCT g.resource_id FROM resource_region g WHERE NOT EXISTS "
                "(SELECT 1 FROM resource_country c WHERE c.resource_id = g.resource_id)) holders")
_TRASHED_WITH = "SELECT COUNT(*) FROM resource r WHERE r.deleted_at IS NOT NULL AND ({condition})"
_HAS_THEME = "EXISTS (SELECT 1 FROM resource_theme t WHERE t.resource_id = r.id)"
_HAS_PLACE = ("EXISTS (SELECT 1 FROM resource_country c WHERE c.resource_id = r.id) "
              "OR EXISTS (SELECT 1 FROM resource_region g WHERE g.resource_id = r.id)")


def count_all(database=None) -> dict[str, int]:
    """{check: how many live records fail it} for every check of CONDITIONS, as count_where
    answers each, in one snapshot."""
    from db.dialect import read_snapshot
    database = m.database if database is None else database

    def one(sql: str) -> int:
        return int(database.execute_sql(sql).fetchone()[0])

    with read_snapshot(database):
        out = {check: count_where(check, database) for check in CONDITIONS if check not in ("no_theme", "no_place")}
        live = one("SELECT COUNT(*) FROM resource WHERE deleted_at IS NULL")
        with_theme = one(_HOLDERS.format(table="resource_theme")) - one(_TRASHED_WITH.format(condition=_HAS_THEME))
        with_place = (one(_HOLDERS.format(table="resource_country")) + one(_REGION_ONLY)
                      - one(_TRASHED_WITH.format(condition=_HAS_PLACE)))
    out["no_theme"] = live - with_theme
    out["no_place"] = live - with_place
    return {check: out[check] for check in CONDITIONS}


def in_display_order(ids) -> list[int]:
    """These ids (live records only) newest first."""
    ids = sorted(set(ids))
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    sql = (f"SELECT id FROM resource WHERE deleted_at IS NULL AND id IN ({marks}) "
           f"ORDER BY added_at DESC, id DESC")
    return [rid for (rid,) in m.database.execute_sql(sql).fetchall()]


def ids_for_uids(uids) -> list[int]:
    uids = list(uids)
    out = []
    for start in range(0, len(uids), 500):
        out += [i for (i,) in m.Resource.select(m.Resource.id).where(m.Resource.uid.in_(uids[start:start + 500]))
                .tuples()]
    return out
