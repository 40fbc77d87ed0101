"""Excel workbooks (.xlsx): the first sheet (or a named one) read as a table through openpyxl.

Written by our own streaming writer (app/transfer/formats/xlsx_writer.py), because openpyxl's write-only
mode was measured at ~5,600 records/s, below the 10,000 records/s goal. A cell that would start a
formula is stored as a text cell with Excel's "quote prefix" (what Excel does when you type
'=1+1): it shows as typed and is never calculated, and reads back as the same text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.transfer.formats import columns
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.csv_tsv import records_from_table, _unique_headers
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from app.transfer.formats.xlsx_writer import SheetWriter

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
    from openpyxl import load_workbook
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise FormatError(f"{path.name}: cannot be read as an Excel workbook ({exc})") from None
    try:
        names = workbook.sheetnames
        if sheet and sheet not in names:
            raise FormatError(f"{path.name}: there is no sheet called {sheet!r} (sheets: {', '.join(names)})")
        ws = workbook[sheet] if sheet else workbook[names[0]]
        table = [(number, [_cell_text(v) for v in values])
                 for number, values in enumerate(ws.iter_rows(values_only=True), 1)]
    finally:
        workbook.close()
    table = [(number, cells) for number, cells in table if any(c.strip() for c in cells)]
    start = _header_index(table)
    if start is None:
        raise FormatError(f"{path.name}: the sheet is empty (no header row)")
    header = [c.strip() for c in table[start][1]]
    while header and not header[-1]:
        header.pop()
    return _unique_headers(header), table[start + 1:], names


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
    header, rows, _ = read_table(path, sheet)
    return records_from_table("xlsx", header, rows, ctx, mapping)


def write(records, path: Path, ctx: ExportContext) -> int:
    """Write a workbook with one sheet, "Resources", to ``path``: a bold, frozen header row of
    EXPORT_COLUMNS, then a row a record (our own streaming writer; see app/transfer/formats/xlsx_writer.py
    for why not openpyxl). A cell that starts like a formula (or with an apostrophe, so one typed
    on purpose reads back) gets Excel's quote prefix instead of CSV's leading apostrophe."""
    unquote = columns.unquote_formula
    with SheetWriter(path, "Resources", columns.EXPORT_COLUMNS, quote_prefix=FORMULA_STARTS) as sheet:
        for rec in records:
            if sheet.rows >= MAX_ROWS - 1:
                raise FormatError(f"an Excel sheet holds at most {MAX_ROWS - 1:,} records below its header: "
                                  f"export fewer records to XLSX, or use CSV")
            cells = columns.export_row(rec, ctx)
            sheet.append([unquote(text) if text[:1] == "'" else text for text in cells])
        return sheet.rows
