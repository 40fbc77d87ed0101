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


def count_where(check: str) -> int:
    sql = f"SELECT COUNT(*) FROM resource r WHERE r.deleted_at IS NULL AND {CONDITIONS[check]}"
    return m.database.execute_sql(sql).fetchone()[0]


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
