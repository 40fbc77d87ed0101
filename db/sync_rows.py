"""SQL for syncing an offline copy with the shared catalogue: versions, agreed states, conflicts, log.

Each function works on the database the models are bound to in this thread (see db.binding), or
on the ``database`` it is given; app/sync/service.py binds the local copy or the server in turn.
"""
from __future__ import annotations

import json

from db import models as m
from db.records import RecordData

CHUNK = 500
RESOURCE, LIST, ATTACHMENT, RELATION = "resource", "list", "attachment", "relation"


def versions(database) -> dict[str, tuple[int, int]]:
    """uid -> (id, version) of every record, trash included."""
    return {uid: (rid, version) for rid, uid, version in
            database.execute_sql("SELECT id, uid, version FROM resource").fetchall()}


def versions_for(database, uids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        out.update(database.execute_sql(f"SELECT uid, version FROM resource WHERE uid IN ({marks})",
                                        chunk).fetchall())
    return out


# ---- agreed states ---------------------------------------------------------------------------------

def states(kind: str) -> dict[str, tuple[int, int, str]]:
    """uid -> (local version, remote version, fingerprint) as agreed at the last sync."""
    query = (m.SyncState.select(m.SyncState.uid, m.SyncState.local_version, m.SyncState.remote_version,
                                m.SyncState.fingerprint).where(m.SyncState.kind == kind).tuples())
    return {uid: (lv, rv, fp) for uid, lv, rv, fp in query}


def put_states(kind: str, rows: list[tuple[str, int, int, str]], stamp: str) -> None:
    """Record (uid, local version, remote version, fingerprint) as agreed now."""
    data = [{"kind": kind, "uid": uid, "local_version": lv, "remote_version": rv, "fingerprint": fp,
             "synced_at": stamp} for uid, lv, rv, fp in rows]
    for start in range(0, len(data), 200):
        (m.SyncState.insert_many(data[start:start + 200])
         .on_conflict(conflict_target=[m.SyncState.kind, m.SyncState.uid],
                      preserve=[m.SyncState.local_version, m.SyncState.remote_version,
                                m.SyncState.fingerprint, m.SyncState.synced_at]).execute())


def drop_states(kind: str, uids: list[str]) -> None:
    for start in range(0, len(uids), CHUNK):
        m.SyncState.delete().where((m.SyncState.kind == kind)
                                   & m.SyncState.uid.in_(uids[start:start + CHUNK])).execute()


# ---- conflicts -------------------------------------------------------------------------------------

def conflict_rows() -> dict[str, tuple[int, int, RecordData]]:
    """uid -> (local version, remote version, the server's record) for each open conflict."""
    return {uid: (lv, rv, RecordData.from_dict(json.loads(remote))) for uid, lv, rv, remote in
            m.SyncConflict.select(m.SyncConflict.uid, m.SyncConflict.local_version,
                                  m.SyncConflict.remote_version, m.SyncConflict.remote).tuples()}


def put_conflict(uid: str, local_version: int, remote: RecordData, stamp: str) -> None:
    text = json.dumps(remote.to_dict(), ensure_ascii=False)
    (m.SyncConflict.insert(uid=uid, local_version=local_version, remote_version=remote.version, remote=text,
                           detected_at=stamp)
     .on_conflict(conflict_target=[m.SyncConflict.uid],
                  preserve=[m.SyncConflict.local_version, m.SyncConflict.remote_version,
                            m.SyncConflict.remote, m.SyncConflict.detected_at]).execute())


def drop_conflicts(uids: list[str]) -> None:
    for start in range(0, len(uids), CHUNK):
        m.SyncConflict.delete().where(m.SyncConflict.uid.in_(uids[start:start + CHUNK])).execute()


# ---- the log ---------------------------------------------------------------------------------------

def start_log(remote: str, mode: str, stamp: str) -> int:
    return m.SyncLog.insert(started_at=stamp, remote=remote, mode=mode).execute()


def finish_log(log_id: int, stamp: str, status: str, message: str = "", **counts) -> None:
    m.SyncLog.update(finished_at=stamp, status=status, message=message, **counts).where(m.SyncLog.id == log_id).execute()


def last_logs(limit: int = 1) -> list[dict]:
    return list(m.SyncLog.select().order_by(m.SyncLog.id.desc()).limit(limit).dicts())


def last_ok() -> dict | None:
    return (m.SyncLog.select().where(m.SyncLog.status == "ok").order_by(m.SyncLog.id.desc())
            .dicts().first())


# ---- attachments and "not duplicate" pairs -------------------------------------------------------------

def attachment_rows(database) -> dict[str, dict]:
    """attachment uid -> its row and its record's uid."""
    cols = ("uid", "file_name", "path", "sha256", "size", "added_at", "deleted_at")
    sql = (f"SELECT {', '.join('a.' + c for c in cols)}, r.uid FROM attachment a "
           f"JOIN resource r ON r.id = a.resource_id")
    return {row[0]: dict(zip(cols + ("record_uid",), row)) for row in database.execute_sql(sql).fetchall()}


def resource_id(database, uid: str) -> int | None:
    row = database.execute_sql("SELECT id FROM resource WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def set_attachment_removed(database, uid: str, deleted_at: str | None) -> None:
    database.execute_sql("UPDATE attachment SET deleted_at = ? WHERE uid = ?", (deleted_at, uid))


def not_duplicate_rows(database) -> set[tuple[str, str, str]]:
    return set(database.execute_sql("SELECT uid_a, uid_b, decided_at FROM not_duplicate").fetchall())


def add_not_duplicates(database, rows) -> None:
    database.cursor().executemany(
        "INSERT OR IGNORE INTO not_duplicate (uid_a, uid_b, decided_at) VALUES (?, ?, ?)", list(rows))


def conflict_count() -> int:
    return m.SyncConflict.select().count()


def has_records() -> bool:
    """Whether the bound catalogue holds any record (trash included)."""
    return m.Resource.select().exists()
