"""Excel workbooks (.xlsx): the first sheet (or a named one) read as a table through openpyxl.

Written by our own streaming writer (app/transfer/formats/xlsx_writer.py), because openpyxl's write-only
mode was measured at ~5,600 records/s, below the 10,000 records/s goal. A cell that would start a
formula is stored as a text cell with Excel's "quote prefix" (what Excel does when you type
'=1+1): it shows as typed and is never calculated, and reads back as the same text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import columns, limits
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.csv_tsv import records_from_table, _unique_headers
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from app.transfer.formats.xlsx_writer import MAX_CELL, SheetWriter

FORMULA_STARTS = ("=", "+", "-", "@", "'")  # cells written with the quote prefix

MAX_ROWS = 1_048_576  # Excel's limit on the rows in one sheet


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(path: Path, sheet: str | None = None) -> tuple[list[str], list[tuple[int, list[str]]], list[str]]:
    """Headers, (row number, cells) of the non-empty rows, and the workbook's sheet names."""
    header, rows, names, _ = read_table_noted(path, sheet)
    return header, rows, names


def read_table_noted(path: Path, sheet: str | None = None):
    """(headers, rows, sheet names, {row number: what happened}).

    Defensive: the file is opened as a file object (so a workbook named .csv reads too); the XML is
    parsed by defusedxml through openpyxl (no external entities, no entity bombs); the sheet's own
    dimension is not trusted (one cell at XFD1048576 would otherwise make openpyxl pad a million rows
    to 16,384 columns): rows are read as they come, at most MAX_SHEET_COLUMNS wide; and no part of
    the .zip may inflate beyond MAX_INFLATED_BYTES. Formulas with no saved result (a workbook written
    by a program that does not calculate) are read as their formula text, and reported."""
    notes: dict[int, str] = {}
    try:
        with open(path, "rb") as fh:
            _check_zip(fh, path.name)
            names, table, formulas, wide = _read_sheet(fh, path.name, sheet, data_only=True)
            if formulas:
                fh.seek(0)
                _, raw, _, _ = _read_sheet(fh, path.name, sheet, data_only=False)
                table = _fill_formulas(table, raw, notes)
    except FormatError:
        raise
    except OSError as exc:
        raise FormatError(message(limits.CANNOT_READ, source=path.name, error=str(exc.strerror or exc))) from None
    except Exception as exc:  # noqa: BLE001 - openpyxl and the XML parser raise many kinds for a damaged file
        raise FormatError(message(NOT_WORKBOOK, source=path.name, error=f"{type(exc).__name__}: {exc}")) from None
    table = [(number, cells) for number, cells in table if any(c.strip() for c in cells)]
    start = _header_index(table)
    if start is None:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: the sheet is empty (no header row)"),
                                 source=path.name))
    header = [c.strip() for c in table[start][1]]
    while header and not header[-1]:
        header.pop()
    if wide:
        notes[table[start][0]] = message(QT_TRANSLATE_NOOP("ImportProblem", "the sheet is {wide} columns wide; only the "
                                                                            "first {limit} columns are read"),
                                         wide=f"{wide:,}", limit=limits.MAX_SHEET_COLUMNS)
    return _unique_headers(header), table[start + 1:], names, notes


NOT_WORKBOOK = QT_TRANSLATE_NOOP("FormatError", "{source}: cannot be read as an Excel workbook ({error})")


def _check_zip(fh, name: str) -> None:
    import zipfile
    try:
        with zipfile.ZipFile(fh) as zf:
            limits.check_inflated(zf, name)
    except zipfile.BadZipFile as exc:
        raise FormatError(message(NOT_WORKBOOK, source=name, error=str(exc))) from None
    fh.seek(0)


def _read_sheet(fh, name: str, sheet: str | None, data_only: bool):
    """(sheet names, [(row number, cells)], whether the sheet has formulas, declared width if too wide)."""
    from openpyxl import load_workbook
    workbook = load_workbook(fh, read_only=True, data_only=data_only)
    try:
        names = workbook.sheetnames
        if sheet and sheet not in names:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: there is no sheet called {sheet} (sheets: "
                                                                       "{sheets})"),
                                     source=name, sheet=repr(sheet), sheets=", ".join(names)))
        ws = workbook[sheet] if sheet else workbook[names[0]]
        declared = ws.max_column or 0
        ws.reset_dimensions()
        table = []
        width = limits.MAX_SHEET_COLUMNS
        for number, values in _present_rows(ws, width):
            if number > limits.MAX_SHEET_ROWS:
                raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: more than {limit} rows, the most a "
                                                                           "sheet may have"),
                                         source=name, limit=f"{limits.MAX_SHEET_ROWS:,}"))
            if values.count(None) == len(values):
                continue      # a missing or empty row: cheap to skip, there may be a million of them
            table.append((number, [_cell_text(v) for v in values]))
        formulas = data_only and _has_formulas(workbook, ws)
    finally:
        workbook.close()
    return names, table, formulas, declared if declared > width else 0


def _present_rows(ws, width: int):
    """(row number, values) of the rows the sheet's XML has. openpyxl's iter_rows also yields every
    missing row in between: a sheet with one cell at row 1,048,576 cost ~12 s in empty rows. Its
    parser is used directly (private, hence the fallback to iter_rows)."""
    try:
        from openpyxl.worksheet._reader import WorkSheetParser
        parent = ws.parent
        source = ws._get_source()
        parser = WorkSheetParser(source, ws._shared_strings, data_only=parent.data_only, epoch=parent.epoch,
                                 date_formats=parent._date_formats, timedelta_formats=parent._timedelta_formats)
        get_row = ws._get_row
    except (ImportError, AttributeError, TypeError):   # pragma: no cover - another openpyxl
        yield from enumerate(ws.iter_rows(max_col=width, values_only=True), 1)
        return
    with source:
        for number, row in parser.parse():
            yield number, tuple(get_row(row, 1, width, values_only=True))


def _has_formulas(workbook, ws) -> bool:
    """True if the sheet's XML has a formula element (read in blocks: it may be large)."""
    with workbook._archive.open(ws._worksheet_path) as xml:
        tail = b""
        while block := xml.read(1 << 20):
            if b"<f>" in tail + block or b"<f " in tail + block:
                return True
            tail = block[-3:]
    return False


def _fill_formulas(table, raw, notes: dict[int, str]):
    """Where a formula has no saved result, its formula text (reported); other cells as read."""
    values = dict(table)
    for number, cells in raw:
        row = values.get(number, [""] * len(cells))
        missing = [i for i, text in enumerate(cells) if text.startswith("=") and not (row[i] if i < len(row) else "")]
        if not missing:
            continue
        row = list(row) + [""] * (len(cells) - len(row))
        for i in missing:
            row[i] = cells[i]
        values[number] = row
        refs = ", ".join(f"{_column_letter(i)}{number}" for i in missing[:5])
        notes[number] = message(QT_TRANSLATE_NOOP("ImportProblem", "cell {cells} holds a formula with no saved result "
                                                                   "(the program that wrote the file did not calculate "
                                                                   "it): its formula text was read instead"), cells=refs)
    return sorted(values.items())


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index + 1)


def _header_index(table: list[tuple[int, list[str]]]) -> int | None:
    """The header row: the first row that fills at least half as many cells as the fullest of the
    first rows. A sheet often starts with a title line or a note above its real header."""
    if not table:
        return None
    filled = [sum(1 for c in cells if c.strip()) for _, cells in table[:10]]
    widest = max(filled)
    return next(i for i, n in enumerate(filled) if n >= max(2, widest / 2) or n == widest)


def read(path: Path, ctx: ImportContext, mapping: dict[str, str] | None = None,
         sheet: str | None = None) -> ParsedFile:
    header, rows, names, notes = read_table_noted(path, sheet)
    parsed = records_from_table("xlsx", header, rows, ctx, mapping, notes)
    parsed.sheets = names
    return parsed


def write(records, path: Path, ctx: ExportContext, warnings: list[str] | None = None) -> int:
    """Write a workbook with one sheet, "Resources", to ``path``: a bold, frozen header row of
    EXPORT_COLUMNS, then a row a record (our own streaming writer; see app/transfer/formats/xlsx_writer.py
    for why not openpyxl). A cell that starts like a formula (or with an apostrophe, so one typed
    on purpose reads back) gets Excel's quote prefix instead of CSV's leading apostrophe."""
    unquote = columns.unquote_formula
    with SheetWriter(path, "Resources", columns.EXPORT_COLUMNS, quote_prefix=FORMULA_STARTS) as sheet:
        for rec in records:
            if sheet.rows >= MAX_ROWS - 1:
                raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "an Excel sheet holds at most {limit} records "
                                                                           "below its header: export fewer records to "
                                                                           "XLSX, or use CSV"), limit=f"{MAX_ROWS - 1:,}"))
            cells = columns.export_row(rec, ctx)
            cut = len(sheet.cut)
            sheet.append([unquote(text) if text[:1] == "'" else text for text in cells])
            if len(sheet.cut) > cut and warnings is not None:
                for row, column, length in sheet.cut[cut:]:
                    warnings.append(message(QT_TRANSLATE_NOOP("ExportWarning", "row {row} ({uid}): the {column} has "
                                                                               "{length} characters; an Excel cell holds "
                                                                               "{limit}, so it was cut there (CSV and JSON "
                                                                               "keep it whole)"),
                                            row=row, uid=rec.uid, column=columns.EXPORT_COLUMNS[column],
                                            length=f"{length:,}", limit=f"{MAX_CELL:,}"))
        return sheet.rows
