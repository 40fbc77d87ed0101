"""Issue 18: awkward and hostile input files, each made by the test. Nothing lost, no tracebacks."""
from __future__ import annotations

import pytest

from app import transfer
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


@pytest.mark.parametrize("name, text, expected", [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested more than 64 levels"),
    ("deepn.json", '{"format": "resource-catalogue", "version": 1, "records": ' + "[" * 5000 + "]" * 5000 + "}",
     "nested more than 64 levels"),
    ("big.json", '{"format": "resource-catalogue", "version": 1, "records": [{"year": ' + "9" * 5000 + "}]}",
     "a number of 5,000 digits; numbers may have at most 30"),
    ("bigcsl.json", '[{"title": "x", "issued": {"date-parts": [[' + "2" * 5000 + "]]}}]", "5,000 digits"),
    ("deep.yaml", "references:" + " [" * 300 + "]" * 300 + "\n", "nested more than 64 levels"),
    ("big.yaml", "references:\n- title: x\n  volume: " + "7" * 5000 + "\n", "digits"),
])
def test_deep_and_long_inputs_are_refused_in_one_line(capsys, tmp_path, name, text, expected):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    code, out, err = _cli(capsys, tmp_path, "import", src)
    assert code == 1 and expected in err and "Traceback" not in err, err


def test_delimiter_of_two_characters(capsys, tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("title,year\nA,2020\n", encoding="utf-8")
    code, _, err = _cli(capsys, tmp_path, "import", src, "--delimiter", "ab")
    assert code == 1 and "delimiter must be one character" in err


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
