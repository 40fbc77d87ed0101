"""What is known of each attachment's text, for the detail pane and the attachments tab."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import attachments
from app.documents import thumbnails
from db import documents as db_documents

WAITING = "waiting"


@dataclass
class DocumentState:
    attachment_uid: str
    file_name: str
    status: str              # text, no_text, failed, waiting
    pages: int = 0
    reason: str = ""
    paged: bool = False      # a PDF: it can be opened at a page
    method: str = ""         # text, ocr, none
    thumbnail: Path | None = None


def states(catalogue, record_uid: str) -> list[DocumentState]:
    """One entry per live attachment of the record, oldest first."""
    return of_attachments(catalogue, attachments.list_for(catalogue, record_uid, verify=False))


def of_attachments(catalogue, infos) -> list[DocumentState]:
    """One entry per attachment (app.attachments.AttachmentInfo) given, in the same order."""
    known = db_documents.state_by_uid(catalogue.database, [i.uid for i in infos])
    out = []
    for info in infos:
        row = known.get(info.uid)
        state = DocumentState(info.uid, info.file_name, row["status"] if row else WAITING)
        if row:
            state.pages, state.reason, state.method = row["pages"], row["reason"], row["method"]
            state.paged = row["kind"] == "pdf"
            if state.paged:
                state.thumbnail = thumbnails.existing(catalogue, info.sha256)
        out.append(state)
    return out


def counts(catalogue) -> dict[str, int]:
    """How many attached documents are read (and their pages), without text, unreadable, waiting."""
    return db_documents.counts(catalogue.database, retry_scans=False)


def unreadable(catalogue) -> list[dict]:
    """The attachments that could not be read, with the reason (record_uid, file_name, reason...)."""
    return db_documents.listed(catalogue.database, db_documents.STATUS_FAILED)


def without_text(catalogue) -> list[dict]:
    """The attachments read with no searchable text (scans), with the reason."""
    return db_documents.listed(catalogue.database, db_documents.STATUS_NO_TEXT)
