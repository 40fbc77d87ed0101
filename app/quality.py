"""Quality lists: records that need a librarian's attention.

Each list is a list of record ids in the table's default order (newest first), so the main
window can show it as a result and the fixes use the same editor and bulk edit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from app import attachments, duplicates
from app.text import QT_TRANSLATE_NOOP
from app.documents import ocr
from db import documents as db_documents
from db import quality as sql

if TYPE_CHECKING:   # annotations only: the catalogue imports this module (quality lists)
    from app.catalogue import Catalogue


@dataclass(frozen=True)
class QualityCheck:
    key: str
    label: str
    hint: str       # what to do about it, for the empty state or a tooltip


CHECKS = (
    QualityCheck("no_type", QT_TRANSLATE_NOOP("Quality", "No type"),
                 QT_TRANSLATE_NOOP("Quality", "Set a type with Edit, or for many at once with Bulk edit.")),
    QualityCheck("no_year", QT_TRANSLATE_NOOP("Quality", "No year"),
                 QT_TRANSLATE_NOOP("Quality", "Add the publication year in the editor.")),
    QualityCheck("no_place", QT_TRANSLATE_NOOP("Quality", "No country or region"),
                 QT_TRANSLATE_NOOP("Quality", "Add the countries or region the document covers.")),
    QualityCheck("no_theme", QT_TRANSLATE_NOOP("Quality", "No theme"),
                 QT_TRANSLATE_NOOP("Quality", "Add a theme, or several records at once with Bulk edit.")),
    QualityCheck("no_summary", QT_TRANSLATE_NOOP("Quality", "No summary"),
                 QT_TRANSLATE_NOOP("Quality", "Write a short summary in the editor.")),
    QualityCheck("attachment_missing", QT_TRANSLATE_NOOP("Quality", "Attachment missing"),
                 QT_TRANSLATE_NOOP("Quality", "The attached file is not in the attachments folder: attach it again "
                                              "or remove it.")),
    QualityCheck("duplicates", QT_TRANSLATE_NOOP("Quality", "Likely duplicates"),
                 QT_TRANSLATE_NOOP("Quality", "Open Find duplicates to merge or dismiss each pair.")),
    QualityCheck("no_searchable_text", QT_TRANSLATE_NOOP("Quality", "No searchable text"),
                 (QT_TRANSLATE_NOOP("Quality", "Scanned documents without a text layer: they are read by OCR "
                                               "(Tesseract) in the background.")
                  if ocr.tesseract() else
                  QT_TRANSLATE_NOOP("Quality", "Scanned documents without a text layer. Install Tesseract to read "
                                               "scans (on Debian or Ubuntu: sudo apt-get install tesseract-ocr "
                                               "tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya tesseract-ocr-lao "
                                               "tesseract-ocr-vie), then restart."))),
    QualityCheck("unreadable_documents", QT_TRANSLATE_NOOP("Quality", "Unreadable documents"),
                 QT_TRANSLATE_NOOP("Quality", "Attached files that could not be read (encrypted, damaged, too big or "
                                              "of an unknown format); the reason is shown under Attachments. Attach a "
                                              "readable copy.")),
)
BY_KEY = {check.key: check for check in CHECKS}


def _missing(catalogue: Catalogue, cancelled=None) -> list[int]:
    return sql.in_display_order(attachments.records_with_missing_files(catalogue))


def _duplicates(catalogue: Catalogue, cancelled=None) -> list[int]:
    uids = {uid for pair in duplicates.find_pairs(catalogue, cancelled) for uid in (pair.uid_a, pair.uid_b)}
    return sql.in_display_order(sql.ids_for_uids(uids))


def _no_text(catalogue: Catalogue, cancelled=None) -> list[int]:
    return sql.in_display_order(db_documents.resource_ids_with_status(catalogue.database, db_documents.STATUS_NO_TEXT))


def _unreadable(catalogue: Catalogue, cancelled=None) -> list[int]:
    return sql.in_display_order(db_documents.resource_ids_with_status(catalogue.database, db_documents.STATUS_FAILED))


_SPECIAL: dict[str, Callable[..., list[int]]] = {
    "attachment_missing": _missing,
    "duplicates": _duplicates,
    "no_searchable_text": _no_text,
    "unreadable_documents": _unreadable,
}


def ids(catalogue: Catalogue, key: str, cancelled=None) -> list[int]:
    """Ids of the live records on one quality list, newest first. ``cancelled()`` may stop the
    slow duplicates comparison early (the answer is then incomplete: check it after)."""
    if key not in BY_KEY:
        raise KeyError(f"unknown quality list {key!r}")
    if key in _SPECIAL:
        return _SPECIAL[key](catalogue, cancelled)
    return sql.ids_where(key)


def counts(catalogue: Catalogue, include_slow: bool = True) -> dict[str, int]:
    """How many records each list holds. ``include_slow=False`` leaves out the duplicates list
    (a whole-catalogue comparison), e.g. for a sidebar refreshed after every edit."""
    out = {}
    conditions = catalogue.condition_counts()
    for check in CHECKS:
        if check.key in sql.CONDITIONS:
            out[check.key] = conditions[check.key]
        elif check.key != "duplicates" or include_slow:
            out[check.key] = len(ids(catalogue, check.key))
    return out
