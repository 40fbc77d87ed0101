"""Rows packages need: attachments of many records, and when two catalogues last met.

"Last met" is kept in the history itself: when a package is imported, each record it touched
gets a change_log row (action "import", field "package-sync") whose value is the record's
fingerprint as both sides agreed on it, and each record whose links the package named a row
(field "package-links") holding those links, the base of the next package's link merge
(app/transfer/package_links.py). Nothing else in the schema was needed.
"""
from __future__ import annotations

import json

SYNC_FIELD = "package-sync"
LINKS_FIELD = "package-links"
BOOKKEEPING_FIELDS = (SYNC_FIELD, LINKS_FIELD)   # history rows no person made: not shown as history
CHUNK = 500
_ATTACHMENT_COLUMNS = ("uid", "file_name", "path", "sha256", "size", "added_at", "deleted_at")


def attachments_for(database, resource_ids: list[int]) -> dict[int, list[dict]]:
    """resource id -> its attachment rows (removed ones included: they are history too)."""
    out: dict[int, list[dict]] = {}
    cols = ", ".join(f"a.{c}" for c in _ATTACHMENT_COLUMNS)
    for start in range(0, len(resource_ids), CHUNK):
        chunk = ",".join(str(int(i)) for i in resource_ids[start:start + CHUNK])
        for row in database.execute_sql(
                f"SELECT a.resource_id, {cols} FROM attachment a WHERE a.resource_id IN ({chunk}) "
                f"ORDER BY a.added_at, a.id").fetchall():
            out.setdefault(row[0], []).append(dict(zip(_ATTACHMENT_COLUMNS, row[1:])))
    return out


def attachment_uids(database) -> set[str]:
    return {row[0] for row in database.execute_sql("SELECT uid FROM attachment").fetchall()}


def insert_attachment(database, resource_id: int, row: dict) -> None:
    database.execute_sql(
        "INSERT INTO attachment (uid, resource_id, file_name, path, sha256, size, added_at, deleted_at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (row["uid"], resource_id, row["file_name"], row["path"], row["sha256"], int(row.get("size") or 0),
         row["added_at"], row.get("deleted_at")))


def sync_bases(database) -> dict[str, str]:
    """uid -> the fingerprint recorded the last time a package touched the record."""
    out: dict[str, str] = {}
    for uid, value in database.execute_sql(
            "SELECT resource_uid, new_value FROM change_log WHERE action = 'import' AND field = ? ORDER BY id",
            (SYNC_FIELD,)).fetchall():
        try:
            out[uid] = json.loads(value)
        except (TypeError, ValueError):
            continue
    return out


def link_bases(database) -> dict[str, list[tuple[str, str]]]:
    """uid -> the links from the record, as (kind, other uid), the last time a package named them."""
    out: dict[str, list[tuple[str, str]]] = {}
    for uid, value in database.execute_sql(
            "SELECT resource_uid, new_value FROM change_log WHERE action = 'import' AND field = ? ORDER BY id",
            (LINKS_FIELD,)).fetchall():
        try:
            links = json.loads(value)
            out[uid] = [(str(kind), str(other)) for kind, other in links]
        except (TypeError, ValueError):
            continue
    return out
