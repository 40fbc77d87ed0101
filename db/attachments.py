"""Attachment rows: files copied into the catalogue's attachments folder (paths relative to it)."""
from __future__ import annotations

from db import models as m

_FIELDS = (m.Attachment.uid, m.Attachment.file_name, m.Attachment.path, m.Attachment.sha256,
           m.Attachment.size, m.Attachment.added_at, m.Attachment.deleted_at, m.Resource.uid.alias("record_uid"))


def insert(uid: str, resource_id: int, file_name: str, path: str, sha256: str, size: int, added_at: str) -> None:
    m.Attachment.insert(uid=uid, resource=resource_id, file_name=file_name, path=path, sha256=sha256,
                        size=size, added_at=added_at).execute()


def rows_for_resource(resource_id: int, include_removed: bool = False) -> list[dict]:
    cond = m.Attachment.resource == resource_id
    if not include_removed:
        cond &= m.Attachment.deleted_at.is_null(True)
    query = (m.Attachment.select(*_FIELDS).join(m.Resource).where(cond)
             .order_by(m.Attachment.added_at, m.Attachment.id))
    return list(query.dicts())


def get(uid: str) -> dict | None:
    query = m.Attachment.select(*_FIELDS).join(m.Resource).where(m.Attachment.uid == uid)
    return query.dicts().first()


def set_removed(uid: str, stamp: str | None) -> None:
    m.Attachment.update(deleted_at=stamp).where(m.Attachment.uid == uid).execute()


def path_in_use(path: str) -> bool:
    return m.Attachment.select().where(m.Attachment.path == path).exists()


def live_attachments() -> list[tuple[int, str]]:
    """(resource id, relative path) of every attachment of a live record. Driven from the
    attachments (each record looked up by its key): a join let SQLite walk every live record
    instead, ~0.13 s at 1,000,000 records with no attachment at all (the Library counts it at start)."""
    return [(rid, path) for rid, path in m.database.execute_sql(
        "SELECT a.resource_id, a.path FROM attachment a WHERE a.deleted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM resource r WHERE r.id = a.resource_id AND r.deleted_at IS NULL)").fetchall()]


def move(from_resource: int, to_resource: int) -> list[str]:
    """Give one record's attachments to another (a merge); returns the moved attachment uids."""
    uids = [u for (u,) in m.Attachment.select(m.Attachment.uid)
            .where(m.Attachment.resource == from_resource).tuples()]
    if uids:
        m.Attachment.update(resource=to_resource).where(m.Attachment.uid.in_(uids)).execute()
    return uids


def move_back(uids: list[str], to_resource: int) -> None:
    if uids:
        m.Attachment.update(resource=to_resource).where(m.Attachment.uid.in_(uids)).execute()
