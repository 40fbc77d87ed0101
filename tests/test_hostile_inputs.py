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
