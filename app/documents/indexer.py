"""The document indexer: reads attached files one at a time and stores their text (db.documents).

Qt-free: the window drives it from a low-priority thread (ui.documents.indexer_status), the command line
calls :func:`index_pending`. What is left to do is always worked out from the database (an
attachment with no text row, or whose file changed), so a run that is paused, cancelled or killed
resumes where it stopped, losing at most the document it was reading. A document that cannot be
read is stored with its reason and not tried again until its file changes.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from app import attachments
from app.documents import ocr
from app.documents.extract import DAMAGED, ExtractionError, extract
from app.text import QT_TRANSLATE_NOOP
from db import documents as db_documents
from db import queries
from db.writes import now_iso

# Reasons stored for documents without text (the window translates them where it shows them; the
# failures' reasons are "kind: detail", the kind one of app.documents.extract's).
NO_TEXT = QT_TRANSLATE_NOOP("Documents", "the document has no text")
NO_TEXT_LAYER = QT_TRANSLATE_NOOP("Documents", "no text layer (a scan)")
NO_TEXT_BY_OCR = QT_TRANSLATE_NOOP("Documents", "no text found by OCR")
MISSING = "missing"


@dataclass
class Outcome:
    """What happened to one document."""
    attachment_uid: str
    record_uid: str
    file_name: str
    status: str          # text, no_text, failed
    pages: int = 0
    reason: str = ""


@dataclass
class Progress:
    done: int
    remaining: int
    last: Outcome | None = None


def lower_thread_priority() -> None:
    """Run the calling thread at the lowest CPU priority (Linux: per thread), so reading files
    never competes with the window, editing or searching."""
    if sys.platform.startswith("linux"):
        try:
            import threading
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
        except (OSError, AttributeError):
            pass


def _record_languages(resource_id: int) -> list[str]:
    record = queries.record_by_id(resource_id)
    return list(record.languages) if record is not None and record.languages else []


def pending_count(catalogue) -> int:
    return db_documents.counts(catalogue.database, retry_scans=ocr.tesseract() is not None)["pending"]


def index_one(catalogue, item: dict, cancelled=None) -> Outcome | None:
    """Read one attachment (a row of db.documents.pending) and store what came of it; None when
    ``cancelled()`` stopped it (nothing is stored: it stays waiting)."""
    outcome = Outcome(item["attachment_uid"], item["record_uid"], item["file_name"], db_documents.STATUS_FAILED)
    kind, method, pages = "", "text", []
    try:
        path = attachments.path_of(catalogue, item["attachment_uid"])
        extracted = extract(path, cancelled=cancelled)
        kind, pages = extracted.kind, extracted.pages
        if extracted.has_text():
            outcome.status = db_documents.STATUS_TEXT
        elif kind != "pdf":
            outcome.status, outcome.reason = db_documents.STATUS_NO_TEXT, "the document has no text"
        elif ocr.tesseract() is None:
            outcome.status, method = db_documents.STATUS_NO_TEXT, "none"
            outcome.reason = NO_TEXT_LAYER + "; " + ocr.INSTALL_HINT
        else:
            try:
                pages = ocr.read_pdf(path, _record_languages(item["resource_id"]), cancelled)
            except ocr.OcrError as exc:
                if cancelled is not None and cancelled():
                    return None
                outcome.status, method, outcome.reason = db_documents.STATUS_NO_TEXT, "ocr", str(exc)
            else:
                method = "ocr"
                if any(p.strip() for p in pages):
                    outcome.status = db_documents.STATUS_TEXT
                else:
                    outcome.status, outcome.reason = db_documents.STATUS_NO_TEXT, NO_TEXT_BY_OCR
    except ExtractionError as exc:
        if exc.kind == "cancelled":
            return None
        outcome.reason = f"{exc.kind}: {exc}"
    except attachments.AttachmentError as exc:
        outcome.reason = f"{MISSING}: {exc}"
    except MemoryError:
        outcome.reason = "too big: not enough memory to read it"
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the indexer; its reason is kept
        outcome.reason = f"{DAMAGED}: {type(exc).__name__}: {exc}"
    if cancelled is not None and cancelled():
        return None
    if kind == "pdf":
        from app.documents import thumbnails
        thumbnails.ensure(catalogue, path, item["sha256"])   # best effort: the detail pane shows it
    outcome.pages = len(pages)
    db_documents.store(catalogue.database, item["attachment_id"], item["sha256"], outcome.status,
                       pages if outcome.status == db_documents.STATUS_TEXT else [], kind=kind, method=method,
                       reason=outcome.reason, read_at=now_iso())
    return outcome


def forget_orphans(catalogue) -> int:
    """Drop the text of attachments removed for good; how many were dropped."""
    return db_documents.forget_orphans(catalogue.database)


def index_pending(catalogue, cancelled=None, progress=None, limit: int | None = None,
                  forget_orphans: bool = True) -> list[Outcome]:
    """Read every waiting attachment, one at a time, oldest first; ``progress(Progress)`` after each.
    Stops between (or inside) documents when ``cancelled()``; a later call goes on from there.
    ``forget_orphans``: first drop the text of attachments removed for good (a scan of the page
    ids: the window's driver does it once when it starts, not before each document)."""
    database = catalogue.database
    if forget_orphans:
        db_documents.forget_orphans(database)
    retry_scans = ocr.tesseract() is not None
    remaining = db_documents.counts(database, retry_scans)["pending"]
    outcomes: list[Outcome] = []
    while limit is None or len(outcomes) < limit:
        if cancelled is not None and cancelled():
            break
        batch = db_documents.pending(database, limit=1, retry_scans=retry_scans)
        if not batch:
            break
        outcome = index_one(catalogue, batch[0], cancelled)
        if outcome is None:
            break
        outcomes.append(outcome)
        remaining = max(0, remaining - 1)
        if progress is not None:
            progress(Progress(len(outcomes), remaining, outcome))
    return outcomes
