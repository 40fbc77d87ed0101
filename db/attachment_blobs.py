"""Attachment contents kept in the catalogue itself (table attachment_blob), by SHA-256.

A catalogue on a server keeps its attachments here, since no folder beside it is reachable by
every librarian; a sync carries files between an offline copy's folder and this table. The same
content attached twice is stored once.
"""
from __future__ import annotations

from db import models as m

CHUNK = 500


def missing(shas) -> set[str]:
    """The hashes among ``shas`` whose content is not stored."""
    shas = sorted(set(shas))
    have: set[str] = set()
    for start in range(0, len(shas), CHUNK):
        chunk = shas[start:start + CHUNK]
        have.update(s for (s,) in m.AttachmentBlob.select(m.AttachmentBlob.sha256)
                    .where(m.AttachmentBlob.sha256.in_(chunk)).tuples())
    return set(shas) - have


def put(sha256: str, content: bytes) -> None:
    m.AttachmentBlob.insert(sha256=sha256, content=content, size=len(content)).on_conflict_ignore().execute()


def get(sha256: str) -> bytes | None:
    row = (m.AttachmentBlob.select(m.AttachmentBlob.content)
           .where(m.AttachmentBlob.sha256 == sha256).tuples().first())
    return bytes(row[0]) if row else None


def prune() -> int:
    """Forget contents no attachment refers to any more (after records were removed for good)."""
    used = m.Attachment.select(m.Attachment.sha256)
    return m.AttachmentBlob.delete().where(m.AttachmentBlob.sha256.not_in(used)).execute()


def records_missing_content() -> list[int]:
    """Ids of live records with a live attachment whose content is not stored."""
    sql = ("SELECT DISTINCT a.resource_id FROM attachment a JOIN resource r ON r.id = a.resource_id "
           "WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL "
           "AND NOT EXISTS (SELECT 1 FROM attachment_blob b WHERE b.sha256 = a.sha256)")
    return sorted(rid for (rid,) in m.database.execute_sql(sql).fetchall())
