"""Exports: which records (all, a search, a selection, a reading list) to which file, safely.

The file is written beside its destination under a temporary name and moved into place only
when complete (os.replace is atomic), so a failed or cancelled export never leaves a truncated
file over an old one. Records are read a chunk at a time: memory stays flat for 100,000.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.criteria import Criteria
from app.output_files import check_target
from app.reading_lists import find_list
from app.text import QT_TRANSLATE_NOOP, message
from app.transfer import package_export
from app.transfer.formats import FORMATS
from app.transfer.formats.vocabulary import ExportContext
from app.transfer.writing import (
    ExportCancelled,
    ExportReport,
    atomic_path,
    atomic_text,
    write_native,
)
from db import bulk_records, relations
from db import reading_lists as db_lists
from db.dialect import read_snapshot


@dataclass
class ExportScope:
    """Which records: exactly one of these is used, in this order of precedence."""
    uids: list[str] | None = None          # the selection, in table order
    reading_list: str | None = None        # a reading list, by name, in list order
    criteria: Criteria | None = None       # the current result
    include_trash: bool = False            # whole-catalogue exports in our JSON/package formats

    def describe(self) -> str:
        if self.uids is not None:
            return "the selection"
        if self.reading_list:
            return f"reading list “{self.reading_list}”"
        if self.criteria is not None and not self.criteria.is_empty():
            return "the current result"
        return "the whole catalogue"


def export_ids(catalogue, scope: ExportScope | None) -> list[int]:
    scope = scope or ExportScope()
    database = catalogue.database
    if scope.uids is not None:
        return bulk_records.ids_for_uids(database, list(scope.uids))
    if scope.reading_list:
        found = find_list(scope.reading_list)
        row = db_lists.list_by_uid(found.uid) if found else None
        if row is None:
            raise ValueError(message(QT_TRANSLATE_NOOP("ExportError", "there is no reading list called {name}"),
                                     name=repr(scope.reading_list)))
        return db_lists.live_resource_ids(row.id)
    if scope.criteria is not None and not scope.criteria.is_empty():
        return catalogue.search(scope.criteria, "latest").ids
    if scope.criteria is not None and scope.criteria.trash:
        return catalogue.search(scope.criteria, "latest").ids
    return bulk_records.all_ids(database, include_trash=scope.include_trash)


def export_count(catalogue, scope: ExportScope | None) -> int:
    """How many records an export of ``scope`` writes (the dialog shows it, for each scope, as the
    choices change): a COUNT where one answers, not the ids of a million records each time."""
    scope = scope or ExportScope()
    if scope.uids is not None or scope.reading_list:
        return len(export_ids(catalogue, scope))
    if scope.criteria is not None and (not scope.criteria.is_empty() or scope.criteria.trash):
        return catalogue.count(scope.criteria)
    return bulk_records.count_all(catalogue.database, include_trash=scope.include_trash)


def _records(catalogue, ids: list[int], progress, cancelled):
    done = 0
    for chunk in bulk_records.iter_records(catalogue.database, ids):
        if cancelled():
            raise ExportCancelled()
        yield from chunk
        done += len(chunk)
        progress(done, len(ids))


def export(catalogue, path, fmt: str, scope: ExportScope | None = None, progress=None,
           cancelled=None) -> ExportReport:
    """Write the records of ``scope`` to ``path`` in format ``fmt``. Raises ExportCancelled."""
    if fmt not in FORMATS or not FORMATS[fmt].exports:
        raise ValueError(message(QT_TRANSLATE_NOOP("ExportError", "cannot export to {format}; choose one of {formats}"),
                                 format=repr(fmt), formats=", ".join(n for n, f in FORMATS.items() if f.exports)))
    path = check_target(path)     # before any work: a folder, a device or a missing folder is refused
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    if scope is None or (scope.uids is None and not scope.reading_list and scope.criteria is None):
        scope = ExportScope(include_trash=fmt in ("json", "package"))
    ids = export_ids(catalogue, scope)
    if fmt == "package":
        return package_export.export_package(catalogue, path, ids, progress, cancelled)
    warnings: list[str] = []
    with read_snapshot(catalogue.database):   # one consistent snapshot, even while others write
        count = _write(catalogue, path, fmt, ids, progress, cancelled, warnings)
    progress(len(ids), len(ids))
    return ExportReport(path, fmt, count, warnings)


def _write(catalogue, path: Path, fmt: str, ids: list[int], progress, cancelled, warnings: list[str]) -> int:
    from app.transfer.formats import bibtex, csl_json, csv_tsv, ris, xlsx
    ctx = ExportContext.load()
    records = _records(catalogue, ids, progress, cancelled)
    if fmt in ("ris", "bibtex", "csljson"):   # the series each record is part of, where the format has a field
        ctx.series = relations.series_of_uids(list(relations.uids_for_ids(ids).values()))
    if fmt == "xlsx":
        with atomic_path(path) as tmp:
            return xlsx.write(records, tmp, ctx, warnings)
    if fmt == "json":
        with atomic_text(path) as out:
            return write_native(catalogue, ids, out, progress, cancelled)
    encoding, newline = ("utf-8-sig", "") if fmt == "csv" else ("utf-8", "\r\n" if fmt == "ris" else "\n")
    writer = {"csv": csv_tsv.write, "ris": ris.write, "bibtex": bibtex.write, "csljson": csl_json.write}[fmt]
    with atomic_text(path, encoding, newline) as out:
        return writer(records, out, ctx)
