"""Our streaming XLSX writer (app/transfer/formats/xlsx_writer.py), checked by reading its workbooks back
with openpyxl: the details Excel users see (quote prefix on formula-like cells, bold frozen
header), every script of the region, cleaned and capped text, and a valid package when empty."""
from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from app.transfer.formats import columns, xlsx
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from app.transfer.formats.xlsx_writer import MAX_CELL, SheetWriter, column_letter
from db.records import OrganizationRef, RecordData

SCRIPTS = {
    "thai": "แรงงานข้ามชาติในประเทศไทย",
    "khmer": "ការងារ\u200bចំណាកស្រុក",  # with a zero-width space, as Khmer text has
    "burmese": "ရွှေ့ပြောင်း\u200cအလုပ်သမား",  # with a zero-width non-joiner
    "vietnamese": "Lao động di cư Việt Nam",     # precomposed and stacked diacritics
    "vietnamese_nfd": "Vie\u0323\u0302t Nam",    # decomposed: combining marks kept as they are
    "chinese": "劳务移民工人权利保护 𠀀𪚥",          # with two characters outside the BMP
}


def _write(path: Path, header: list[str], rows: list[list[str]], **kw) -> Path:
    with SheetWriter(path, "Resources", header, **kw) as sheet:
        for row in rows:
            sheet.append(row)
    return path


def _values(path: Path) -> list[tuple]:
    wb = load_workbook(path, read_only=True)
    try:
        return list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()


def test_every_script_round_trips(tmp_path):
    path = _write(tmp_path / "s.xlsx", list(SCRIPTS), [list(SCRIPTS.values())])
    assert _values(path) == [tuple(SCRIPTS), tuple(SCRIPTS.values())]


def test_xml_special_characters_and_edge_whitespace_survive(tmp_path):
    cells = ['a & b < c > d "e" \'f\'', "  leading and trailing  ", "tab\there\nline\r\nwindows",
             "&amp; stays text", "]]> <![CDATA[x]]>", " ", "\r"]
    path = _write(tmp_path / "x.xlsx", [f"c{i}" for i in range(len(cells))], [cells])
    assert _values(path)[1] == tuple(cells)


def test_empty_cells_are_left_out_and_the_rest_keep_their_columns(tmp_path):
    path = _write(tmp_path / "e.xlsx", ["a", "b", "c", "d"], [["1", "", "3"], ["", "", "", "4"]])
    assert _values(path)[1:] == [("1", None, "3", None), (None, None, None, "4")]
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="B2"' not in sheet and '<c r="C2"' in sheet and '<c r="D3"' in sheet
    assert '<dimension ref="A1:D3"/>' in sheet  # written at the end, when the row count is known


def test_control_characters_are_removed_as_openpyxl_does(tmp_path):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    every_control = "".join(chr(c) for c in range(32))
    cells = ["a\x00b\x01c\x08d\x0be\x0cf\x1fg", every_control, "\x00\x01", "\x00=1+1"]
    path = _write(tmp_path / "c.xlsx", ["a", "b", "c", "d"], [cells], quote_prefix=xlsx.FORMULA_STARTS)
    assert _values(path)[1] == ("abcdefg", "\t\n\r", None, "=1+1")
    assert _values(path)[1][1] == ILLEGAL_CHARACTERS_RE.sub("", every_control)
    assert load_workbook(path).active["D2"].quotePrefix  # cleaned first, then judged


def test_long_cells_are_capped_at_excels_limit(tmp_path):
    long_text = "ก" * (MAX_CELL + 5000)
    cells = [long_text, "\x01" * 10 + "y" * (MAX_CELL + 1), "z" * MAX_CELL]
    path = _write(tmp_path / "l.xlsx", ["a", "b", "c"], [cells])
    got = _values(path)[1]
    assert got == (long_text[:MAX_CELL], "y" * MAX_CELL, "z" * MAX_CELL)


def test_formula_like_cells_get_the_quote_prefix_style(tmp_path):
    cells = ["=1+1", "+1", "-2", "@SUM(A1)", "'=kept", "plain", "a=b"]
    path = _write(tmp_path / "f.xlsx", [f"c{i}" for i in range(len(cells))], [cells],
                  quote_prefix=xlsx.FORMULA_STARTS)
    ws = load_workbook(path).active
    row = ws[2]
    assert [c.value for c in row] == cells
    assert all(c.data_type == "s" for c in row)
    assert [bool(c.quotePrefix) for c in row] == [True, True, True, True, True, False, False]


def test_header_is_bold_and_frozen_and_data_is_not_bold(tmp_path):
    path = _write(tmp_path / "h.xlsx", ["uid", "title"], [["1", "Title"]])
    wb = load_workbook(path)
    ws = wb.active
    assert wb.sheetnames == ["Resources"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["B1"].font.b
    assert not ws["A2"].font.b and not ws["B2"].quotePrefix


def test_empty_export_is_a_valid_workbook_with_the_header(tmp_path):
    path = tmp_path / "empty.xlsx"
    count = xlsx.write(iter([]), path, ExportContext())
    assert count == 0
    assert _values(path) == [tuple(columns.EXPORT_COLUMNS)]
    header, rows, sheets = xlsx.read_table(path)
    assert (header, rows, sheets) == (columns.EXPORT_COLUMNS, [], ["Resources"])


def test_package_holds_the_minimal_parts_each_well_formed(tmp_path):
    path = _write(tmp_path / "p.xlsx", ["a"], [["x"]])
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        assert names[0] == "[Content_Types].xml"
        assert sorted(names) == sorted(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                        "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                        "xl/worksheets/sheet1.xml"])
        for info in zf.infolist():
            assert info.compress_type == zipfile.ZIP_DEFLATED
            ElementTree.fromstring(zf.read(info))  # raises if not well-formed XML


def test_records_written_by_the_format_read_back_through_it(tmp_path):
    records = [
        RecordData(title=f"{SCRIPTS['thai']} / {SCRIPTS['khmer']}", uid=str(uuid.uuid4()),
                   summary=SCRIPTS["burmese"], year=2021, authors=["Nguyễn, Văn An", "王, 小明"],
                   organizations=[OrganizationRef("International Labour Organization", "publisher")],
                   keywords=["=cmd|' /C calc'!A0", "labour"], notes="'+already quoted"),
        RecordData(title=SCRIPTS["chinese"], uid=str(uuid.uuid4()), volume="-12", issue="@2"),
    ]
    path = tmp_path / "r.xlsx"
    assert xlsx.write(iter(records), path, ExportContext()) == 2
    ws = load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header == columns.EXPORT_COLUMNS
    first = dict(zip(header, ws[2]))
    assert first["keywords"].value == "=cmd|' /C calc'!A0; labour" and first["keywords"].quotePrefix
    assert first["notes"].value == "'+already quoted" and first["notes"].quotePrefix
    assert not first["title"].quotePrefix
    first, second = (r.data for r in xlsx.read(path, ImportContext()).records)
    assert (first.uid, first.title, second.uid, second.title) == (
        records[0].uid, records[0].title, records[1].uid, records[1].title)
    assert (first.summary, first.authors) == (records[0].summary, records[0].authors)
    assert first.keywords == ["=cmd|' /C calc'!A0", "labour"] and first.notes == "'+already quoted"
    assert (second.volume, second.issue) == ("-12", "@2")


def test_a_failed_write_leaves_no_file(tmp_path):
    path = tmp_path / "never.xlsx"
    with pytest.raises(ValueError, match="3 cells but 2 columns"):
        _write(path, ["a", "b"], [["1", "2"], ["1", "2", "3"]])
    assert list(tmp_path.iterdir()) == []


def test_sheet_names_excel_refuses_are_rejected(tmp_path):
    for bad in ("", "a" * 32, "a/b", "x[1]", "what?"):
        with pytest.raises(ValueError):
            SheetWriter(tmp_path / "n.xlsx", bad, ["a"])


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 51, 52, 701, 702, 16383)] == \
        ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]
