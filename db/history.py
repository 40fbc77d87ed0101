"""The change log: one row per changed field of a record, grouped by ``batch`` (one user action)."""
from __future__ import annotations

from db import models as m

_COLUMNS = ("resource_uid", "changed_at", "user", "action", "field", "old_value", "new_value", "version",
            "batch")


def insert_rows(rows: list[dict]) -> None:
    """Append history rows (dicts with the change_log columns); call inside the write's transaction.

    One executemany: building peewee's multi-row INSERTs cost more than writing the rows."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in _COLUMNS)
    m.database.cursor().executemany(
        f"INSERT INTO change_log ({cols}) VALUES ({', '.join('?' * len(_COLUMNS))})",
        [tuple(row.get(c) for c in _COLUMNS) for row in rows])


def rows_for(uids: list[str]) -> list[dict]:
    """Every history row of these records, oldest first."""
    if not uids:
        return []
    query = (m.ChangeLog.select().where(m.ChangeLog.resource_uid.in_(list(uids)))
             .order_by(m.ChangeLog.id))
    return list(query.dicts())


def rows_after_version(uid: str, version: int) -> list[dict]:
    """The rows that took the record past ``version``, newest first (to walk back to that version)."""
    query = (m.ChangeLog.select()
             .where((m.ChangeLog.resource_uid == uid) & (m.ChangeLog.version > version))
             .order_by(m.ChangeLog.id.desc()))
    return list(query.dicts())


def merge_rows(uid: str) -> list[tuple[str | None, str | None]]:
    """(old, new) JSON values of this record's "merged_from" rows, oldest first: a new value is a
    record merged in, an old value with no new one is a merge that was undone."""
    query = (m.ChangeLog.select(m.ChangeLog.old_value, m.ChangeLog.new_value)
             .where((m.ChangeLog.resource_uid == uid) & (m.ChangeLog.field == "merged_from"))
             .order_by(m.ChangeLog.id).tuples())
    return list(query)


def delete_for(uids: list[str]) -> None:
    for start in range(0, len(uids), 500):
        m.ChangeLog.delete().where(m.ChangeLog.resource_uid.in_(uids[start:start + 500])).execute()
