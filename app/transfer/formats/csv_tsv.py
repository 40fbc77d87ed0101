"""CSV and TSV: any delimiter, any encoding (decoded before it gets here), a column mapping.

Written as UTF-8 with a byte-order mark (so Excel shows every script), comma-separated, with
formulas neutralised; the headers are our field names, so the file reads back column for column.
"""
from __future__ import annotations

import csv
import io

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import columns
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.errors import FormatError, at_line
from app.transfer.formats.vocabulary import ExportContext, ImportContext

csv.field_size_limit(1 << 26)  # a 30,000-character abstract is normal; the default limit is 131,072


def read_table(text: str, delimiter: str, source: str = "the file") -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Headers and (first line, cells) of every non-empty row."""
    header, rows, _ = read_table_noted(text, delimiter, source)
    return header, rows


def read_table_noted(text: str, delimiter: str, source: str = "the file"
                     ) -> tuple[list[str], list[tuple[int, list[str]]], dict[int, str]]:
    """Headers, rows, and {line: what happened} for rows read otherwise than they are written.

    A quote opened and never closed would swallow every following line into one cell (the csv
    module reads to the end of the file looking for its end). That row is read as its one line
    with the quote kept as a character, and reading goes on from the next line."""
    rows: list[tuple[int, list[str]]] = []
    notes: dict[int, str] = {}
    header: list[str] | None = None
    lines = text.split("\n")
    offset = 0                      # lines already read before ``chunk``
    chunk = text
    while True:
        part, unclosed = _read_rows(chunk, delimiter, source, offset)
        for start, cells in part:
            if header is None:
                header = [c.strip() for c in cells]
            else:
                rows.append((start, cells))
        if unclosed is None:
            break
        start = unclosed
        cells = next(csv.reader([lines[start - 1]], delimiter=delimiter, quoting=csv.QUOTE_NONE))
        after = sum(1 for line in lines[start:] if line.strip())
        notes[start] = message(QT_TRANSLATE_NOOP("ImportProblem", "a quote opens on this line and is never closed: the "
                                                  "line was read as it stands (quote included) and the {after} lines "
                                                  "after it as rows of their own; check it"), after=f"{after:,}")
        if header is None:
            header = [c.strip() for c in cells]
        elif any(c.strip() for c in cells):
            rows.append((start, cells))
        offset = start
        chunk = "\n".join(lines[start:])
    if header is None:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: the file is empty (no header row)"),
                                  source=source), line=1)
    return _unique_headers(header), rows, notes


def _read_rows(text: str, delimiter: str, source: str, offset: int):
    """((first line, cells) of the non-empty rows, the line of a quote never closed, or None)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if any(c.strip() for c in cells):
                rows.append((start + offset, cells))
    except csv.Error as exc:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}, line {line}: {error}"), source=source,
                                  line=reader.line_num + offset, error=str(exc)), line=reader.line_num + offset) from None
    if rows and _unclosed(text, rows[-1][0] - offset):
        return rows[:-1], rows[-1][0]
    return rows, None


def _unclosed(text: str, start: int) -> bool:
    """True if the row starting on line ``start`` runs to the end inside an open quote."""
    tail = text.split("\n", start - 1)[-1].rstrip("\n")
    return "\n" in tail and tail.count('"') % 2 == 1


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
                       mapping: dict[str, str] | None, notes: dict[int, str] | None = None) -> ParsedFile:
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
                record.problems.append(message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "{cells} cells but {columns} columns: the extra cells are kept in the notes"),
                    cells=len(cells), columns=len(header)))
                record.data.notes = "\n".join(x for x in (record.data.notes, "Extra cells: " + " | ".join(extra)) if x)
        if notes and line in notes:
            record.problems.insert(0, notes[line])
        parsed.records.append(record)
    for line, note in (notes or {}).items():
        parsed.warnings.append(at_line(line, note))
    return parsed


def read(text: str, ctx: ImportContext, delimiter: str = ",", mapping: dict[str, str] | None = None,
         source: str = "the file") -> ParsedFile:
    header, rows, notes = read_table_noted(text, delimiter, source)
    return records_from_table("tsv" if delimiter == "\t" else "csv", header, rows, ctx, mapping, notes)


def write(records, out, ctx: ExportContext, delimiter: str = ",") -> int:
    """Write to the text stream ``out`` (opened with encoding "utf-8-sig" and newline="")."""
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(columns.EXPORT_COLUMNS)
    count = 0
    for rec in records:
        writer.writerow(columns.export_row(rec, ctx))
        count += 1
    return count
