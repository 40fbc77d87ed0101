"""Import and export, UI-free: what the dialog and the command line call.

    preview(catalogue, path, options) -> Preview           (reads only)
    import_file(catalogue, path, options, progress, cancelled) -> ImportReport
    export(catalogue, path, format, scope, progress, cancelled) -> ExportReport

Long work takes ``progress(done, total)`` and ``cancelled() -> bool`` callbacks and may run on a
worker thread (peewee gives it its own connection). An import is one transaction; an export is
written to a temporary file and moved into place.
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.transfer import formats, packages
from app.transfer.exporting import ExportScope, export, export_count, export_ids
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.columns import neutralise_formula
from app.transfer.formats.errors import FormatError
from app.transfer.formats.limits import CANNOT_READ
from app.transfer.formats.shortfall import shortfall_warning
from app.transfer.formats.vocabulary import ImportContext
from app.transfer.importing import (
    ON_DUPLICATE,
    ImportCancelled,
    ImportReport,
    Preview,
    Problem,
    TransferError,
    count_plan,
    execute,
    plan,
)
from app.transfer.writing import ExportCancelled, ExportReport, atomic_text
from app.gc_paused import gc_paused
from app.text import QT_TRANSLATE_NOOP, message

__all__ = [
    "ON_DUPLICATE", "ExportCancelled", "ExportReport", "ExportScope", "FormatError", "ImportCancelled",
    "ImportOptions", "ImportReport", "Preview", "Problem", "TransferError", "export", "export_count",
    "export_ids", "import_file", "preview", "save_problems_csv",
]


@dataclass
class ImportOptions:
    format: str | None = None          # None: detect
    encoding: str | None = None        # None: detect
    delimiter: str | None = None       # CSV only; None: detect
    mapping: dict[str, str] | None = None   # CSV/XLSX column -> target; None: guess
    sheet: str | None = None           # XLSX sheet; None: the first
    on_duplicate: str = "skip"         # skip | update | new
    reading_list: str | None = None    # put the imported records in this list (created if needed)
    dry_run: bool = False
    # Told each warning about the file as a whole (a format guess, far fewer records than lines)
    # before anything is written; the command line prints them on stderr.
    warn: Callable[[str], None] | None = None


def _parse(path, options: ImportOptions) -> tuple[formats.Source, ParsedFile]:
    source = formats.open_source(path, options.format, options.encoding, options.delimiter)
    if source.format == "package":
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: a catalogue package; import it as a package"),
                                 source=source.name))
    parsed = formats.parse(source, ImportContext.load(), options.mapping, options.sheet)
    parsed.warnings[:0] = source.notes
    shortfall = shortfall_warning(source.name, source.format, source.text, parsed)
    if shortfall:
        parsed.warnings.append(shortfall)
    return source, parsed


def preview(catalogue, path, options: ImportOptions | None = None) -> Preview:
    """Detect, parse and plan without writing. Raises FormatError for an unreadable file."""
    options = options or ImportOptions()
    if _is_package(path, options):
        return packages.preview_package(catalogue, Path(path), options)
    source, parsed = _parse(path, options)
    sheets = parsed.sheets
    steps = plan(catalogue.database, parsed, options.on_duplicate)
    return Preview(source.name, source.format, source.encoding, source.delimiter, parsed.columns,
                   parsed.mapping, sheets, steps, parsed.warnings)


def _is_package(path, options: ImportOptions) -> bool:
    if options.format is not None:
        return options.format == "package"
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise FormatError(message(CANNOT_READ, source=str(path), error=str(exc.strerror or exc))) from None
    return head == b"PK\x03\x04" and formats.detect.detect_format(Path(path), head, None) == "package"


def import_file(catalogue, path, options: ImportOptions | None = None, progress=None, cancelled=None) -> ImportReport:
    """Import a file. Raises FormatError if it cannot be read, TransferError if writing failed
    (in both cases nothing changed); a cancelled import returns a report with ``cancelled``.
    Python's cycle collector waits meanwhile (app.gc_paused): the SYNERGY CSV, 7,234 records, imports
    10-20% sooner (bench/bench_transfer.py)."""
    with gc_paused():
        return _import_file(catalogue, path, options, progress, cancelled)


def _import_file(catalogue, path, options, progress, cancelled) -> ImportReport:
    options = options or ImportOptions()
    _check_list_name(options)
    if _is_package(path, options):
        return packages.import_package(catalogue, Path(path), options, progress, cancelled)
    source, parsed = _parse(path, options)
    for warning in parsed.warnings:
        if options.warn is not None:
            options.warn(warning)
    steps = plan(catalogue.database, parsed, options.on_duplicate)
    report = ImportReport(source.name, source.format, source.encoding, total=len(steps),
                          dry_run=options.dry_run, reading_list=options.reading_list,
                          warnings=list(parsed.warnings))
    count_plan(report, steps)
    if options.dry_run:
        report.added = sum(1 for s in steps if s.action == "add")
        report.updated = sum(1 for s in steps if s.action == "update")
        return report
    return execute(catalogue, parsed, steps, report, options.reading_list, progress, cancelled)


def _check_list_name(options: ImportOptions) -> None:
    """The reading list to fill gets a name by the rules every list name keeps, before any work."""
    if options.reading_list is None:
        return
    from app.reading_lists import ReadingListError, checked_name, list_named
    try:
        options.reading_list = checked_name(options.reading_list)
    except ReadingListError as exc:
        raise TransferError(message(QT_TRANSLATE_NOOP("ImportProblem", "{error}; nothing was imported"),
                                   error=exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc))) from None
    existing = list_named(options.reading_list)
    if existing is not None:
        options.reading_list = existing.name   # the same list whatever the case or accents typed


def save_problems_csv(report: ImportReport, path) -> None:
    """The report's problems as a CSV (UTF-8 with BOM) for a spreadsheet."""
    with atomic_text(Path(path), "utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["record", "line", "title", "kind", "problem"])
        for p in report.problems:
            writer.writerow([p.record, p.line or "", neutralise_formula(p.title), p.kind, neutralise_formula(p.message)])
