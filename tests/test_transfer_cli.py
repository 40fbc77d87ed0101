"""The import and export subcommands: summaries, exit codes, problems, dry runs, lists."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_summary(capsys, db):
    code, out, err = run(capsys, "--db", db, "import", FIXTURES / "asreview_demo/scopus.ris")
    assert code == 0
    assert "6 records read from scopus.ris: 6 added, 0 updated, 0 skipped, 0 failed" in out
    code, out, _ = run(capsys, "--db", db, "search", "brain-gut")
    assert code == 0 and "Stress and the brain-gut axis" in out


def test_import_again_skips_and_update_backs_up(capsys, db):
    path = FIXTURES / "asreview_demo/embase.ris"
    run(capsys, "--db", db, "import", path)
    code, out, _ = run(capsys, "--db", db, "import", path)
    assert code == 0 and "0 added, 0 updated, 6 skipped" in out and "skipped: line" in out
    code, out, _ = run(capsys, "--db", db, "import", path, "--on-duplicate", "update")
    assert code == 0 and "backup:" in out


def test_dry_run_and_list(capsys, db, tmp_path):
    path = FIXTURES / "asreview_demo/proquest.ris"
    code, out, _ = run(capsys, "--db", db, "import", path, "--dry-run", "--list", "Reading")
    assert code == 0 and out.strip().endswith("6 added, 0 updated, 0 skipped, 0 failed")
    assert "Dry run" in out
    code, out, _ = run(capsys, "--db", db, "lists")
    assert "Reading" not in out
    run(capsys, "--db", db, "import", path, "--list", "Reading")
    code, out, _ = run(capsys, "--db", db, "lists")
    assert "Reading  (6 resources)" in out


def test_nothing_imported_exits_1_with_problems(capsys, db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "resource-catalogue", "version": 1, "records": [{"title": ""}]}')
    code, out, err = run(capsys, "--db", db, "import", bad)
    assert code == 1
    assert "failed: record 1" in err and "no title" in err and "nothing could be imported" in err


def test_unreadable_file_exits_1_naming_line(capsys, db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"title\nok\n\xff\xfe\n")
    code, _, err = run(capsys, "--db", db, "import", bad, "--encoding", "utf-8")
    assert code == 1 and err.startswith("error: bad.csv, line 3:")


def test_missing_file_exits_1(capsys, db, tmp_path):
    code, _, err = run(capsys, "--db", db, "import", tmp_path / "nowhere.ris")
    assert code == 1 and err.startswith("error: ") and "nowhere.ris: cannot be read" in err


def test_overrides_and_problem_file(capsys, db, tmp_path):
    src = tmp_path / "legacy.txt"
    src.write_bytes("title\tyear\tlanguage\nCafé\t2019\tKlingon\n".encode("cp1252"))
    problems = tmp_path / "problems.csv"
    code, out, _ = run(capsys, "--db", db, "import", src, "--format", "csv", "--encoding", "cp1252",
                       "--delimiter", "\\t", "--problems", problems)
    assert code == 0 and "1 added" in out
    assert "Klingon" in problems.read_text(encoding="utf-8-sig")


def test_usage_errors_exit_2(capsys, db):
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "export", "--format", "docx", "-o", "x"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "import", "x.ris", "--on-duplicate", "merge"])
    assert exc.value.code == 2


def test_export_query_and_list(capsys, db, tmp_path):
    out_file = tmp_path / "housing.json"
    code, out, _ = run(capsys, "--db", db, "export", "housing", "--format", "csljson", "-o", out_file)
    assert code == 0 and out.startswith("1 record written to")
    items = json.loads(out_file.read_text(encoding="utf-8"))
    assert [i["title"] for i in items] == ["Home truths: Access to adequate housing for migrant workers in the ASEAN region"]
    code, _, err = run(capsys, "--db", db, "export", "--list", "Nope", "--format", "ris", "-o", tmp_path / "x.ris")
    assert code == 1 and "no reading list called 'Nope'" in err
    every = tmp_path / "all.xlsx"
    code, out, _ = run(capsys, "--db", db, "export", "--format", "xlsx", "-o", every)
    assert code == 0 and out.startswith("20 records written")


def test_export_then_import_package(capsys, db, tmp_path):
    pkg = tmp_path / "field.zip"
    code, out, _ = run(capsys, "--db", db, "export", "--format", "package", "-o", pkg)
    assert code == 0
    other = str(tmp_path / "other.db")
    code, out, _ = run(capsys, "--db", other, "import", pkg)
    assert code == 0 and "20 records read from field.zip: 0 added, 0 updated, 20 skipped" in out
