"""Write-side SQL that db.writes.save_record does not cover: locking, tombstones, purging."""
from __future__ import annotations

from contextlib import contextmanager

from peewee import SqliteDatabase

from db import attachment_blobs, documents, relations, search
from db import models as m
from db.dialect import is_postgres
from db.postgres import lock_writes
from db.writes import PURGED, now_iso


@contextmanager
def write_transaction(database):
    """A transaction that holds the write lock from its first statement.

    A version check reads the stored version and then writes; with a plain (deferred) SQLite
    transaction two writers could both read the old version. BEGIN IMMEDIATE makes the second
    writer wait (busy_timeout) until the first commits, so it then reads the new version and
    reports a conflict instead of overwriting. Nested inside another transaction this is a savepoint.
    On PostgreSQL the transaction takes the catalogue's write lock first (db.postgres.lock_writes),
    to the same effect.
    """
    if isinstance(database, SqliteDatabase):
        with database.atomic("IMMEDIATE") as txn:
            yield txn
    else:
        with database.atomic() as txn:
            if is_postgres(database):
                lock_writes(database)
            yield txn


def version_of(uid: str) -> int | None:
    row = m.Resource.select(m.Resource.version).where(m.Resource.uid == uid).tuples().first()
    return row[0] if row else None


def ids_for_uids(uids) -> dict[str, int]:
    uids = list(uids)
    out: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        out.update(m.Resource.select(m.Resource.uid, m.Resource.id).where(m.Resource.uid.in_(chunk)).tuples())
    return out


def set_deleted(uids, stamp: str | None) -> list[tuple[str, str | None, int]]:
    """Move live records to the trash (``stamp``) or bring trashed ones back (None).

    Only records whose state changes are touched; each gets version + 1. Returns (uid, old
    deleted_at, new version) for them.
    """
    uids = list(uids)
    want_live = stamp is None
    changed: list[tuple[str, str | None, int]] = []
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        cond = m.Resource.uid.in_(chunk) & (
            m.Resource.deleted_at.is_null(False) if want_live else m.Resource.deleted_at.is_null(True))
        rows = list(m.Resource.select(m.Resource.uid, m.Resource.deleted_at, m.Resource.version)
                    .where(cond).tuples())
        if not rows:
            continue
        touched = m.Resource.uid.in_([r[0] for r in rows])
        m.Resource.update(deleted_at=stamp, version=m.Resource.version + 1,
                          updated_at=stamp or now_iso()).where(touched).execute()
        changed += [(uid, old, version + 1) for uid, old, version in rows]
    return changed


def trashed_uids() -> list[str]:
    query = (m.Resource.select(m.Resource.uid).where(m.Resource.deleted_at.is_null(False))
             .order_by(m.Resource.deleted_at.desc()).tuples())
    return [uid for (uid,) in query]


def purged_uids(database) -> dict[str, int]:
    """The records removed for good here (kept as one history row each by :func:`purge`): uid -> the
    version the record had when it was removed (0 for a marker that did not say)."""
    rows = database.execute_sql("SELECT resource_uid, MAX(version) FROM change_log WHERE action = ? "
                                "GROUP BY resource_uid", (PURGED,)).fetchall()
    return {uid: version or 0 for uid, version in rows}


def purge(database, uids) -> list[str]:
    """Remove records for good with their links, index entries, history and attachment rows.

    Returns the attachment paths (relative to the attachments folder) the caller should delete
    from disk once the transaction has committed.
    """
    ids = ids_for_uids(uids)
    rids = list(ids.values())
    versions: dict[str, int] = {}
    paths: list[str] = []
    for start in range(0, len(rids), 500):
        chunk = rids[start:start + 500]
        versions.update(m.Resource.select(m.Resource.uid, m.Resource.version).where(m.Resource.id.in_(chunk)).tuples())
        attached = list(m.Attachment.select(m.Attachment.id, m.Attachment.path)
                        .where(m.Attachment.resource.in_(chunk)).tuples())
        paths += [p for _, p in attached]
        documents.forget(database, [aid for aid, _ in attached])   # their pages and page index entries
        search.delete_index(database, chunk)
        m.Resource.delete().where(m.Resource.id.in_(chunk)).execute()
    uid_list = list(ids)
    stamp = now_iso()
    for start in range(0, len(uid_list), 500):
        uid_chunk = uid_list[start:start + 500]
        m.ChangeLog.delete().where(m.ChangeLog.resource_uid.in_(uid_chunk)).execute()
        m.NotDuplicate.delete().where(m.NotDuplicate.uid_a.in_(uid_chunk) | m.NotDuplicate.uid_b.in_(uid_chunk)).execute()
        relations.forget(uid_chunk)   # links stay while a record is in the trash, not once it is gone
        # One row per record stays, saying it was removed on purpose: a sync tells this apart from
        # a record the other side lost (a server restored from a backup), which it sends back. The
        # version it had tells a purge after the last sync from one a restore brought back.
        m.ChangeLog.insert_many([{"resource_uid": uid, "changed_at": stamp, "action": PURGED, "field": PURGED,
                                  "version": versions.get(uid, 0)} for uid in uid_chunk]).execute()
    if paths:
        attachment_blobs.prune()  # contents kept in the catalogue (a server's) go with their last record
    return paths
