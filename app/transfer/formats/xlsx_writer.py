"""A small streaming writer of .xlsx workbooks: one sheet of text cells, a bold frozen header.

Why our own: openpyxl's write-only mode, measured on the 100,000-record benchmark catalogue
(bench/scale_floors.py, bench/RESULTS.md), writes only ~5,600 records/s of our 28-column export,
below issue 7's goal of 10,000 records/s, so no export built on it could reach the goal: it makes
a cell object for every value and serialises each through an XML library. Here a row is one
string built with f-strings and ``str.replace`` escaping. Reading stays on openpyxl
(app/transfer/formats/xlsx.py), which has to accept every workbook other tools write.

What is written is the minimal OOXML package (no document properties, no theme):
[Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml and
xl/worksheets/sheet1.xml. Every cell is an inline string (``t="inlineStr"``, as openpyxl's
write-only mode also writes them), so no shared-string table is held in memory; empty cells are
left out. Text is cleaned as openpyxl cleans it (the control characters XML 1.0 forbids are
removed, the same set as ``openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE``) and capped at Excel's
32,767 characters a cell; a carriage return is written as ``&#13;`` so it survives XML's
line-end normalisation.

The rows go first to an unnamed temporary file beside the workbook. At ``close`` they are copied
into the zip behind the sheet's opening, which by then can state the used range (``dimension``),
with ZIP64 only if the part passes 2 GiB, the rule ``ZipFile.write`` applies to openpyxl's
files: Excel is strict about ZIP64, so a small workbook should not use it, and a member streamed
straight into the zip would have to choose before its size is known. Compression is DEFLATE level
1: on the 100,000-record sheet (147 MB of XML) it took about a third of the time of the default
level 6 for a file about a fifth larger (bench/RESULTS.md, "XLSX export writer (session 2)").
"""
from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

MAX_CELL = 32_767  # Excel's limit on the characters in one cell
COMPRESSLEVEL = 1
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # as openpyxl's
_EDGE_SPACE = " \t\n\r"  # a cell starting or ending with one is written with xml:space="preserve"
_BATCH = 500  # rows joined into one write

STYLE_NORMAL, STYLE_BOLD, STYLE_QUOTE_PREFIX = 0, 1, 2  # cellXfs indexes in _STYLES
_QUOTED = f' s="{STYLE_QUOTE_PREFIX}"'

_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

_CONTENT_TYPES = (
    _DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
    "</Types>")
_ROOT_RELS = (
    _DECLARATION + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>")
_WORKBOOK_RELS = (
    _DECLARATION + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>")
# Excel requires the two default fills; xf 1 = bold header, xf 2 = quote prefix (text shown as typed).
_STYLES = (
    _DECLARATION + f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2">'
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    "</fonts>"
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>")
_SHEET_START = (
    _DECLARATION + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
    '<dimension ref="{dimension}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    "</sheetView></sheetViews>"
    '<sheetFormatPr defaultRowHeight="15"/><sheetData>')
_SHEET_END = "</sheetData></worksheet>"
_BAD_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _escape_attribute(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class SheetWriter:
    """Writes one workbook with one sheet to ``path``: ``append`` rows of text, then ``close``
    (or use it as a context manager; an exception leaves ``path`` incomplete, for the caller's
    temporary-file handling to discard).

    ``quote_prefix``: a cell whose cleaned text starts with one of these gets Excel's quote
    prefix style, i.e. it is shown as typed and never calculated (as when '=1+1 is typed)."""

    def __init__(self, path: Path, sheet_name: str, header: list[str],
                 quote_prefix: tuple[str, ...] = (), compresslevel: int = COMPRESSLEVEL):
        if not 0 < len(sheet_name) <= 31 or _BAD_SHEET_NAME.search(sheet_name):
            raise ValueError(f"not a valid Excel sheet name: {sheet_name!r}")
        if not header:
            raise ValueError("a sheet needs at least one column")
        self._path = Path(path)
        self._name = sheet_name
        self._refs = [column_letter(i) for i in range(len(header))]
        self._quote_prefix = quote_prefix
        self._level = compresslevel
        self._rows = 0
        self._pending: list[str] = []
        self._sheet = tempfile.TemporaryFile(dir=self._path.parent)  # the rows; the rest at close
        self._append(header, STYLE_BOLD)

    @property
    def rows(self) -> int:
        """Rows appended so far, not counting the header."""
        return self._rows - 1

    def append(self, cells: list[str]) -> None:
        """One row; cell i goes under header i (more cells than header columns is an error)."""
        self._append(cells, STYLE_NORMAL)

    def _append(self, cells: list[str], base_style: int) -> None:
        if len(cells) > len(self._refs):
            raise ValueError(f"{len(cells)} cells but {len(self._refs)} columns")
        self._rows += 1
        n = self._rows
        quote_prefix = self._quote_prefix
        normal = f' s="{base_style}"' if base_style else ""
        parts = [f'<row r="{n}">']
        for ref, text in zip(self._refs, cells):
            if not text:
                continue
            if not text.isprintable():  # the usual cell has no control character: skip the regex
                text = ILLEGAL_CHARACTERS_RE.sub("", text)
                if not text:
                    continue
            if len(text) > MAX_CELL:
                text = text[:MAX_CELL]
            style = _QUOTED if text.startswith(quote_prefix) else normal
            space = ' xml:space="preserve"' if text[0] in _EDGE_SPACE or text[-1] in _EDGE_SPACE else ""
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            parts.append(f'<c r="{ref}{n}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
        parts.append("</row>")
        self._pending.append("".join(parts))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self._sheet.write("".join(self._pending).encode())
        self._pending.clear()

    def close(self) -> None:
        """Finish the sheet and write the package to ``path``."""
        self._flush()
        dimension = f"A1:{self._refs[-1]}{self._rows}"
        start = _SHEET_START.replace("{dimension}", dimension)
        quoted_name = _escape_attribute(self._name)
        workbook = (_DECLARATION + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                    '<bookViews><workbookView activeTab="0"/></bookViews>'
                    f'<sheets><sheet name="{quoted_name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        try:
            with zipfile.ZipFile(self._path, "w", zipfile.ZIP_DEFLATED, compresslevel=self._level) as zf:
                parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _ROOT_RELS,
                         "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
                         "xl/styles.xml": _STYLES}
                for name, text in parts.items():
                    zf.writestr(name, text)
                _add_file(zf, "xl/worksheets/sheet1.xml", start.encode(), self._sheet,
                          _SHEET_END.encode())
        finally:
            self._sheet.close()

    def discard(self) -> None:
        """Drop the sheet written so far (after an error); ``path`` is left as it was."""
        self._sheet.close()

    def __enter__(self) -> SheetWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()


def _add_file(zf: zipfile.ZipFile, name: str, head: bytes, body, tail: bytes) -> None:
    """``head``, the content of the open binary file ``body``, then ``tail``, as one member,
    copied in large blocks, with ZIP64 only if its size needs it (the rule ``ZipFile.write``
    applies to a file it can measure)."""
    size = len(head) + body.seek(0, 2) + len(tail)
    body.seek(0)
    with zf.open(name, "w", force_zip64=size * 1.05 > zipfile.ZIP64_LIMIT) as dest:
        dest.write(head)
        while block := body.read(1 << 20):
            dest.write(block)
        dest.write(tail)
