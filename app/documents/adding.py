"""Adding document files: each file becomes a record with the file attached (or is attached to a
chosen record), with metadata suggested from the file (app.documents.metadata).

Two steps, like an import: :func:`preview` reads the files (their first pages only: a folder of
200 PDFs previews in seconds) and says what would be stored and which files the catalogue holds
already (same SHA-256); :func:`add` stores the accepted ones. The full text is read afterwards by
the background indexer.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from app import attachments, editing
from app import reading_lists as rl
from app.changes import Changes
from app.documents.extract import SUFFIXES, ExtractionError, extract, kind_of
from app.documents.metadata import FIRST_PAGES, FROM_FILE_NAME, Suggestion, suggest
from app.text import QT_TRANSLATE_NOOP, message
from db import documents as db_documents
from db.records import OrganizationRef, RecordData


NOT_FOUND = QT_TRANSLATE_NOOP("Documents", "not found")
NOT_A_FILE = QT_TRANSLATE_NOOP("Documents", "not a file")
CANNOT_READ = QT_TRANSLATE_NOOP("Documents", "cannot be read: {reason}")
NOT_A_DOCUMENT = QT_TRANSLATE_NOOP("Documents", "not a PDF, DOCX, ODT, EPUB, HTML or text file")


@dataclass
class FileToAdd:
    path: Path
    sha256: str = ""
    size: int = 0
    kind: str = ""
    existing: list[str] = field(default_factory=list)   # uids of records that have this file already
    repeated: bool = False            # the same file appears earlier in this batch
    suggestion: Suggestion | None = None
    problem: str = ""                 # why it cannot be added ("" if it can; a marked string, app.text)
    note: str = ""                    # a warning that does not stop it: why its text cannot be read,
                                      # "kind: detail" as the indexer stores reasons

    @property
    def addable(self) -> bool:
        return not (self.problem or self.existing or self.repeated)


def collect(paths) -> list[Path]:
    """Files named, and the document files inside folders named (recursively, sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out += [Path(root) / f for f in sorted(files)
                        if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES]
        else:
            out.append(path)
    return out


def preview(catalogue, paths, cancelled=None, progress=None) -> list[FileToAdd]:
    """What adding ``paths`` (files or folders) would do, file by file; ``progress(done, total)``."""
    files = collect(paths)
    organizations = catalogue.vocabulary("organization")
    seen: set[str] = set()
    out = []
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        item = FileToAdd(path)
        out.append(item)
        if not path.is_file():
            item.problem = NOT_FOUND if not path.exists() else NOT_A_FILE
            continue
        try:
            item.sha256, item.size = attachments.sha256_of(path), path.stat().st_size
        except OSError as exc:
            item.problem = message(CANNOT_READ, reason=exc.strerror or str(exc))
            continue
        item.existing = db_documents.records_with_file(catalogue.database, item.sha256)
        item.repeated = item.sha256 in seen
        seen.add(item.sha256)
        item.kind = kind_of(path) or ""
        if not item.kind:
            item.problem = NOT_A_DOCUMENT
            continue
        try:
            extracted = extract(path, first_pages=FIRST_PAGES)
        except ExtractionError as exc:
            extracted = None
            item.note = f"{exc.kind}: {exc}"
        if extracted is not None:
            item.suggestion = suggest(extracted, path.name, organizations)
        else:
            item.suggestion = Suggestion(title=path.stem.replace("_", " "), sources={"title": FROM_FILE_NAME})
        if progress is not None:
            progress(n + 1, len(files))
    return out


def record_for(suggestion: Suggestion, accepted=None) -> RecordData:
    """A new record from the accepted fields of a suggestion (``accepted``: field names; None: all)."""
    def ok(name: str) -> bool:
        return accepted is None or name in accepted
    s = suggestion
    notes = f"ISSN {s.issn}" if s.issn and ok("issn") else ""
    return RecordData(
        title=s.title if ok("title") else "", authors=list(s.authors) if ok("authors") else [],
        summary=s.summary if ok("summary") else "", keywords=list(s.keywords) if ok("keywords") else [],
        year=s.year if ok("year") else None, doi=s.doi if ok("doi") else "", isbn=s.isbn if ok("isbn") else "",
        languages=list(s.languages) if ok("languages") else [],
        organizations=[OrganizationRef(name) for name in s.organizations] if ok("organizations") else [],
        notes=notes)


def add(catalogue, items: list[FileToAdd], list_name: str | None = None, to_record: str | None = None,
        accepted=None) -> Changes:
    """Add each addable item: a new record (from its suggestion's ``accepted`` fields) with the file
    attached, or the file attached to ``to_record``. ``list_name``: also put the new records on
    that reading list (made if missing). Returns the combined changes; ``extra["added"]`` is the
    list of (path, record uid)."""
    changes = Changes()
    added: list[tuple[Path, str]] = []
    for item in items:
        if not item.addable:
            continue
        if to_record:
            uid = to_record
        else:
            data = record_for(item.suggestion or Suggestion(title=item.path.stem), accepted)
            if not data.title.strip():
                data = replace(data, title=item.path.stem)
            created = editing.create(catalogue, data)
            changes = changes | created
            uid = created.extra["uid"]
        changes = changes | attachments.add(catalogue, uid, item.path)
        added.append((item.path, uid))
    if list_name and added and not to_record:
        found = rl.find_list(list_name)
        if found is None:
            made = rl.create_list(list_name)
            changes = changes | made
            found = rl.find_list(list_name)
        changes = changes | rl.add_items(found.uid, [uid for _, uid in added])
    return Changes(created=changes.created, updated=changes.updated, reading_lists=changes.reading_lists,
                   vocabularies=changes.vocabularies,
                   description=f"add {len(added)} document{'s' if len(added) != 1 else ''}",
                   extra={"added": added, "attachments": True})
