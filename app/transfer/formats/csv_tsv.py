"""CSV and TSV: any delimiter, any encoding (decoded before it gets here), a column mapping.

Written as UTF-8 with a byte-order mark (so Excel shows every script), comma-separated, with
formulas neutralised; the headers are our field names, so the file reads back column for column.
"""
from __future__ import annotations

import csv
import io

from app.transfer.formats import columns
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ExportContext, ImportContext

csv.field_size_limit(1 << 26)  # a 30,000-character abstract is normal; the default limit is 131,072


def read_table(text: str, delimiter: str, source: str = "the file") -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Headers and (first line, cells) of every non-empty row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                continue
            rows.append((start, cells))
    except csv.Error as exc:
        raise FormatError(f"{source}, line {reader.line_num}: {exc}", line=reader.line_num) from None
    if header is None:
        raise FormatError(f"{source}: the file is empty (no header row)", line=1)
    return _unique_headers(header), rows


def _unique_headers(header: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(header):
        name = name or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out


def records_from_table(fmt: str, header: list[str], rows, ctx: ImportContext,
                       mapping: dict[str, str] | None) -> ParsedFile:
    mapping = dict(mapping) if mapping else columns.default_mapping(header)
    for column in header:
        mapping.setdefault(column, columns.OTHER)
    parsed = ParsedFile(fmt, columns=header, mapping=mapping)
    own = ctx.create_types = all(c in columns.TARGETS for c in header)  # our own export
    for line, cells in rows:
        row = dict(zip(header, cells))
        record = columns.record_from_row(row, mapping, ctx, line, own, quoted=fmt != "xlsx")
        if len(cells) > len(header):
            extra = [c for c in cells[len(header):] if c.strip()]
            if extra:
                record.problems.append(f"{len(cells)} cells but {len(header)} columns: "
                                       f"the extra cells are kept in the notes")
                record.data.notes = "\n".join(x for x in (record.data.notes, "Extra cells: " + " | ".join(extra)) if x)
        parsed.records.append(record)
    return parsed


def read(text: str, ctx: ImportContext, delimiter: str = ",", mapping: dict[str, str] | None = None,
         source: str = "the file") -> ParsedFile:
    header, rows = read_table(text, delimiter, source)
    return records_from_table("tsv" if delimiter == "\t" else "csv", header, rows, ctx, mapping)


def write(records, out, ctx: ExportContext, delimiter: str = ",") -> int:
    """Write to the text stream ``out`` (opened with encoding "utf-8-sig" and newline="")."""
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns.EXPORT_COLUMNS)
    count = 0
    for rec in records:
        writer.writerow(columns.export_row(rec, ctx))
        count += 1
    return count
