"""Issue 18: awkward and hostile input files, each made by the test. Nothing lost, no tracebacks."""
from __future__ import annotations

import pytest

from app.transfer import service as transfer
from app.catalogue import Catalogue
from app.criteria import parse_query
from tests.helpers import run_cli


@pytest.fixture
def cat(tmp_path):
    c = Catalogue.open(tmp_path / "c.db")
    yield c
    c.close()


def _total(cat) -> int:
    return cat.search(parse_query(""), "latest").total


def _titles(cat) -> set[str]:
    return {r.title for r in cat.rows(cat.search(parse_query(""), "latest").ids)}


# ---- 1. content sniffing never silently overrules a plain extension --------------------------

@pytest.mark.parametrize("second", ["x", "ERROR"])
def test_csv_whose_first_title_looks_like_web_of_science(cat, tmp_path, second):
    src = tmp_path / "t.csv"
    src.write_text("title,summary,year\nPT Freeport Indonesia and contract labour,Study,2020\n"
                   f"Second,{second},2021\nThird,y,2022\n", encoding="utf-8")
    report = transfer.import_file(cat, src)
    assert report.format == "csv" and report.added == 3
    assert {"PT Freeport Indonesia and contract labour", "Second", "Third"} <= _titles(cat)


def test_plain_extension_wins_and_says_what_the_content_looked_like(cat, tmp_path):
    src = tmp_path / "refs.csv"
    src.write_text("TY  - JOUR\nTI  - A study\nER  - \n", encoding="utf-8")
    preview = transfer.preview(cat, src)
    assert preview.format == "csv"
    assert any("looks like RIS" in w and "choose the format ris" in w for w in preview.warnings)
    assert transfer.preview(cat, src, transfer.ImportOptions(format="ris")).total == 1


def test_far_fewer_records_than_lines_is_said_before_writing(cat, tmp_path):
    src = tmp_path / "q.csv"
    rows = ['A study,"an abstract that opens a quote,2020'] + [f"Row {i},x,2021" for i in range(8)] + \
           ['closed here",2022']
    src.write_text("title,summary,year\n" + "\n".join(rows) + "\n", encoding="utf-8")
    told: list[tuple[str, int]] = []
    options = transfer.ImportOptions(warn=lambda text: told.append((text, _total(cat))))
    report = transfer.import_file(cat, src, options)
    assert told, "no warning"
    text, records_then = told[0]
    assert records_then == 20            # said before anything was written
    assert "10 lines below the header but only 1 records" in text and "line 2" in text
    assert report.warnings and report.total == 1


def test_cli_prints_the_warning_on_stderr(tmp_path, capsys):
    src = tmp_path / "refs.csv"
    src.write_text("TY  - JOUR\nTI  - A study\nER  - \n", encoding="utf-8")
    code, out, err = run_cli(capsys, "--db", str(tmp_path / "c.db"), "import", str(src), "--dry-run")
    assert "warning: refs.csv: read as CSV because of its name" in err


# ---- 3. no tracebacks: each input gets one line naming its cause -----------------------------

def _cli(capsys, tmp_path, *argv):
    return run_cli(capsys, "--db", str(tmp_path / "c.db"), *map(str, argv))


# 376 bytes that expand to 9**9 strings (gigabytes) in a YAML reader that follows aliases.
_BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]\n" for prev, cur in zip("abcdefgh", "bcdefghi")) + \
    "references:\n- title: x\n  note: *i\n"


@pytest.mark.parametrize("name, text, expected", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested more than 64 levels"),
    ("deepn.json", '{"format": "resource-catalogue", "version": 1, "records": ' + "[" * 5000 + "]" * 5000 + "}",
     "nested more than 64 levels"),
    ("big.json", '{"format": "resource-catalogue", "version": 1, "records": [{"year": ' + "9" * 5000 + "}]}",
     "a number of 5,000 digits; numbers may have at most 30"),
    ("bigcsl.json", '[{"title": "x", "issued": {"date-parts": [[' + "2" * 5000 + "]]}}]", "5,000 digits"),
    ("deep.yaml", "references:" + " [" * 300 + "]" * 300 + "\n", "nested more than 64 levels"),
    ("big.yaml", "references:\n- title: x\n  volume: " + "7" * 5000 + "\n", "digits"),
    ("laughs.yaml", _BILLION_LAUGHS, "YAML aliases (*name) are not accepted"),
])
def test_deep_and_long_inputs_are_refused_in_one_line(capsys, tmp_path, name, text, expected):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    code, out, err = _cli(capsys, tmp_path, "import", src)
    assert code == 1 and expected in err and "Traceback" not in err, err
    assert err.strip().endswith("nothing was imported"), err   # says what was kept


def test_delimiter_of_two_characters(capsys, tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA,2020\n", encoding="utf-8")
    code, _, err = _cli(capsys, tmp_path, "import", src, "--delimiter", "ab")
    assert code == 1 and "delimiter must be one character" in err and "nothing was imported" in err


def test_schema_version_zero_is_refused_without_a_backup(capsys, tmp_path):
    import sqlite3
    Catalogue.open(tmp_path / "c.db").close()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("UPDATE catalogue_meta SET value = '0' WHERE key = 'schema_version'")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    for _ in range(2):
        code, _, err = _cli(capsys, tmp_path, "search")
        assert code == 1 and "schema version 0" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before    # no backup file per try


def test_dev_null_as_catalogue(capsys):
    code, _, err = run_cli(capsys, "--db", "/dev/null", "search")
    assert code == 1 and "is a device or a pipe, not a catalogue file" in err


def test_a_full_disk_during_a_write_is_one_line_and_keeps_the_catalogue(capsys, tmp_path, monkeypatch):
    """SQLite ends the transaction itself on SQLITE_FULL; peewee's rollback must not hide that."""
    import sqlite3
    Catalogue.open(tmp_path / "c.db").close()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # max_page_count makes SQLite report "database or disk is full" as a real full disk does.
    from db import connection
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", pages)
    src = tmp_path / "many.csv"
    src.write_text("title,summary\n" + "".join(f"Record {i},{'long summary ' * 40}\n" for i in range(3000)),
                   encoding="utf-8")
    code, _, err = _cli(capsys, tmp_path, "import", src)
    assert code == 1 and "the disk is full" in err and "cannot rollback" not in err, err
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", 1_073_741_823)
    cat = Catalogue.open(tmp_path / "c.db")
    assert _total(cat) == 20
    assert cat.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    cat.close()


def test_delete_on_a_full_disk_is_one_line(capsys, tmp_path, monkeypatch):
    import sqlite3
    cat = Catalogue.open(tmp_path / "c.db")
    src = tmp_path / "many.csv"
    src.write_text("title,year\n" + "".join(f"Record {i},2020\n" for i in range(1500)), encoding="utf-8")
    transfer.import_file(cat, src)
    uids = [row.uid for row in cat.rows(cat.search(parse_query(""), "latest").ids)]
    cat.close()
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with sqlite3.connect(tmp_path / "c.db") as conn:
        conn.execute("VACUUM")                      # no free page left to write into
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    from db import connection
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", pages)
    code, out, err = _cli(capsys, tmp_path, "delete", *uids)
    assert code == 1, out
    assert err == "error: the disk is full: nothing was changed; free some space and try again\n", err
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", 1_073_741_823)
    cat = Catalogue.open(tmp_path / "c.db")
    assert _total(cat) == 1520
    cat.close()


# ---- 4. refused means unchanged ----------------------------------------------------------------

def test_problems_path_that_is_a_folder_is_refused_before_importing(capsys, tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA new one,2020\n", encoding="utf-8")
    code, _, err = _cli(capsys, tmp_path, "import", src, "--problems", tmp_path)
    assert code == 1 and "is a folder" in err and "nothing was imported" in err
    cat = Catalogue.open(tmp_path / "c.db")
    assert _total(cat) == 20
    cat.close()


@pytest.mark.parametrize("where", ["missing/dir/p.csv", "/proc/p.csv"])
def test_unwritable_problems_path_is_refused_before_importing(capsys, tmp_path, where):
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA new one,2020\n", encoding="utf-8")
    target = where if where.startswith("/") else tmp_path / where
    code, _, err = _cli(capsys, tmp_path, "import", src, "--problems", target)
    assert code == 1 and "nothing was imported" in err and "Traceback" not in err


# ---- 6. rows changed or dropped are reported -----------------------------------------------------

def test_csv_unclosed_quote_keeps_the_following_rows(cat, tmp_path):
    src = tmp_path / "q.csv"
    src.write_text('title,summary,year\nFirst,fine,2020\nSecond,"opens a quote,2021\nThird,x,2022\n'
                   'Fourth,y,2023\n', encoding="utf-8")
    preview = transfer.preview(cat, src)
    assert [s.parsed.data.title for s in preview.steps] == ["First", "Second", "Third", "Fourth"]
    second = preview.steps[1].parsed
    assert second.line == 3 and "never closed" in second.problems[0]
    assert second.data.summary == '"opens a quote'
    assert any(w.startswith("line 3: a quote opens on this line") for w in preview.warnings)
    report = transfer.import_file(cat, src)
    assert report.added == 4
    assert any(p.line == 3 and "never closed" in p.message for p in report.problems)


def _xlsx(path, sheet_rows: str, dimension: str = "A1:C3", prolog: str = ""):
    """A minimal workbook written by hand: ``sheet_rows`` is the <sheetData> content."""
    import zipfile
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        f'</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet name="Sheet1" '
        f'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        f'org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
        f'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?>{prolog}<worksheet {ns}><dimension ref="{dimension}"/>'
        f'<sheetData>{sheet_rows}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return path


def _row(n: int, *cells: str) -> str:
    out = "".join(f'<c r="{chr(65 + i)}{n}" t="inlineStr"><is><t>{c}</t></is></c>' for i, c in enumerate(cells))
    return f'<row r="{n}">{out}</row>'


def test_xlsx_one_cell_at_xfd1048576_is_read_quickly_and_said(cat, tmp_path):
    rows = _row(1, "title", "year") + _row(2, "A record", "2020") + \
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far away</t></is></c></row>'
    path = _xlsx(tmp_path / "far.xlsx", rows, dimension="A1:XFD1048576")
    preview = transfer.preview(cat, path)
    assert [s.parsed.data.title for s in preview.steps] == ["A record"]
    assert any("16,384 columns wide; only the first 256" in w for w in preview.warnings)


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
])
def test_xlsx_with_entities_is_refused_in_one_line(cat, tmp_path, prolog):
    path = _xlsx(tmp_path / "ent.xlsx", _row(1, "title") + _row(2, "x"), prolog=prolog)
    with pytest.raises(transfer.FormatError, match="cannot be read as an Excel workbook"):
        transfer.preview(cat, path)


def test_xlsx_formula_without_saved_result_is_kept_and_reported(cat, tmp_path):
    rows = _row(1, "title", "year") + _row(2, "Plain", "2020") + \
        '<row r="3"><c r="A3"><f>CONCAT("Computed ","title")</f></c><c r="B3"><f>2000+21</f></c></row>'
    path = _xlsx(tmp_path / "f.xlsx", rows)
    preview = transfer.preview(cat, path)
    assert [s.parsed.data.title for s in preview.steps] == ["Plain", '=CONCAT("Computed ","title")']
    assert any("cell A3, B3 holds a formula with no saved result" in p for p in preview.steps[1].parsed.problems)
    report = transfer.import_file(cat, path)
    assert report.added == 2 and any(p.line == 3 and "formula" in p.message for p in report.problems)


def test_real_xlsx_named_csv_imports_with_format_xlsx(cat, tmp_path, capsys):
    path = _xlsx(tmp_path / "sheet.csv", _row(1, "title", "year") + _row(2, "From a workbook", "2020"))
    report = transfer.import_file(cat, path, transfer.ImportOptions(format="xlsx"))
    assert report.added == 1 and "From a workbook" in _titles(cat)


def test_xlsx_export_of_a_title_beyond_excel_cell_limit_is_reported(cat, tmp_path, capsys):
    from app import editing
    from db.records import RecordData
    editing.create(cat, RecordData(title="Long " + "x" * 40_000))
    cat.close()
    code, out, err = run_cli(capsys, "--db", str(tmp_path / "c.db"), "export", "--format", "xlsx",
                             "-o", str(tmp_path / "out.xlsx"), "Long")
    assert code == 0
    assert "the title has 40,005 characters; an Excel cell holds 32,767, so it was cut" in err


# ---- 9. names and messages -------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [("x" * 300, "at most 200 characters"), ("   ", "needs a name")])
def test_import_list_name_follows_the_rules_of_lists_create(capsys, tmp_path, name, expected):
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA new one,2020\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    code, _, err_create = run_cli(capsys, "--db", db, "lists", "create", name)
    assert code == 1 and expected in err_create
    code, _, err = run_cli(capsys, "--db", db, "import", str(src), "--list", name)
    assert code == 1 and expected in err and "nothing was imported" in err
    cat = Catalogue.open(db)
    assert _total(cat) == 20
    cat.close()


def test_import_list_name_reuses_a_list_whatever_the_case_and_spaces(cat, tmp_path):
    from app import reading_lists
    reading_lists.create_list("Field work")
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA new one,2020\n", encoding="utf-8")
    transfer.import_file(cat, src, transfer.ImportOptions(reading_list="  field   WORK "))
    assert [lst.name for lst in reading_lists.all_lists()] == ["Field work"]


def test_port_out_of_range_is_named(capsys):
    code, _, err = run_cli(capsys, "--db", "postgresql://ann@localhost:99999/cat", "search")
    assert code == 1 and "out of range: a port is a number from 1 to 65535" in err
    code, _, err = run_cli(capsys, "--db", "postgresql://ann@localhost:port/cat", "search")
    assert code == 1 and "is not a number" in err


def test_wrong_password_is_called_wrong(capsys, pg_server, tmp_path, monkeypatch):
    from tests.test_sync_cli import _librarian_url
    url = _librarian_url(pg_server)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    monkeypatch.setenv("PGPASSWORD", "not the password")
    code, _, err = run_cli(capsys, "--db", url, "search")
    assert code == 1 and "refused the password" in err and "wrong" in err and "not the password" not in err


def test_unclosed_right_to_left_override_stays_in_its_title(cat, tmp_path):
    """U+202E in a title must not reverse the rest of the reference in HTML or Markdown."""
    from app import bibliography as bibl
    from app import editing, reading_lists
    from db.records import RecordData
    changes = editing.create(cat, RecordData(title="Evil \u202eeltit", year=2020, authors=["Doe, Jane"],
                                             summary="Summary \u202ereversed", url="https://example.org/a"))
    uid = next(iter(changes.created))
    made = reading_lists.create_list("Bidi")
    reading_lists.add_items(made.uid, [uid])
    source = bibl.source_for_list(made.uid)
    bib = bibl.build(source, bibl.BibliographyOptions(include_summaries=True))
    for fmt in ("html", "md"):
        path = tmp_path / f"b.{fmt}"
        bibl.write(bib, fmt, path)
        text = path.read_text(encoding="utf-8")
        for start in ("Evil ", "Summary "):
            at = text.index(start + "\u202e")
            closing = text.index("\u2069", at)
            assert text.rfind("\u2068", 0, at) >= 0 and "\n" not in text[at:closing], fmt
            assert "2020" not in text[at:closing] and "example.org" not in text[at:closing]


def test_new_catalogue_on_a_full_disk_leaves_no_file(tmp_path, monkeypatch, capsys):
    from db import connection
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", 3)   # "database or disk is full"
    code, _, err = run_cli(capsys, "--db", str(tmp_path / "new.db"), "search")
    assert code == 1 and "the disk is full" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_dev_zero_and_a_file_beyond_the_size_limit(cat, tmp_path, monkeypatch, capsys):
    code, _, err = run_cli(capsys, "--db", str(tmp_path / "c.db"), "import", "/dev/zero", "--format", "csv")
    assert code == 1 and "/dev/zero: is a device or a pipe, not a file" in err and "nothing was imported" in err
    from app.transfer.formats import limits
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    src = tmp_path / "big.csv"
    src.write_text("title\n" + "A title\n" * 500, encoding="utf-8")
    with pytest.raises(transfer.FormatError, match="more than the .* a file to import may have"):
        transfer.import_file(cat, src)


def test_xlsx_whose_sheet_inflates_beyond_the_limit(cat, tmp_path, monkeypatch):
    from app.transfer.formats import limits
    rows = "".join(_row(n, f"Title {n}", "2020") for n in range(1, 400))
    path = _xlsx(tmp_path / "bomb.xlsx", rows)
    monkeypatch.setattr(limits, "MAX_INFLATED_BYTES", 5000)
    with pytest.raises(transfer.FormatError, match="sheet1.xml inflates to .* limit for one part of a .zip"):
        transfer.preview(cat, path)


def test_deeply_nested_package_json_is_refused(cat, tmp_path):
    import zipfile
    pkg = tmp_path / "deep.zip"
    with zipfile.ZipFile(pkg, "w") as zf:
        zf.writestr("manifest.json", '{"format": "resource-catalogue-package", "version": 1}')
        zf.writestr("catalogue.json", '{"format": "resource-catalogue", "version": 1, "records": '
                    + "[" * 50_000 + "]" * 50_000 + "}")
    with pytest.raises(transfer.FormatError, match="nested more than 64 levels"):
        transfer.import_file(cat, pkg)
