"""The command line: search, show, facets; JSON output; exit codes and one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from tests.helpers import run_cli as run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def test_search_prints_uid_year_type_title(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "housing")
    assert code == 0
    line = out.strip()
    assert line.endswith("Home truths: Access to adequate housing for migrant workers in the ASEAN region")
    assert "2022" in line and "Report" in line
    assert "1 of 1" in err


def test_search_all_with_sort_and_limit(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "--sort", "title", "--limit", "3")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0].endswith("China’s Rapid Development Has Transformed Its Migration Trends")


def test_search_json_lists_full_records(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "country:TH", "--json")
    records = json.loads(out)
    assert code == 0 and len(records) == 3
    assert all("TH" in r["countries"] for r in records)
    assert {"uid", "title", "summary", "organizations", "version"} <= set(records[0])


def test_exclusion_after_double_dash(capsys, db):
    code, out, _ = run(capsys, "--db", db, "search", "--", "-covid", "migrant")
    assert code == 0 and "COVID" not in out


def test_show_by_uid_and_prefix(capsys, db):
    _, out, _ = run(capsys, "--db", db, "search", "housing", "--json")
    uid = json.loads(out)[0]["uid"]
    code, out, _ = run(capsys, "--db", db, "show", uid)
    assert code == 0 and "WCMS_838972" in out and "Singapore (SG)" in out and "English (en)" in out
    code, out, _ = run(capsys, "--db", db, "show", uid[:8], "--json")
    assert code == 0 and json.loads(out)["uid"] == uid


def test_show_unknown_uid_fails_with_one_line(capsys, db):
    code, out, err = run(capsys, "--db", db, "show", "00000000-0000-0000-0000-000000000000")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1


def test_facets_text_and_json(capsys, db):
    code, out, _ = run(capsys, "--db", db, "facets", "region:ASEAN")
    assert code == 0 and "[x] ASEAN" in out
    code, out, _ = run(capsys, "--db", db, "facets", "region:ASEAN", "--json")
    data = json.loads(out)
    assert data["total"] == 5
    countries = {v["value"]: v["count"] for v in data["facets"]["country"]}
    assert countries["Thailand"] == 3


def test_unknown_field_is_a_failure_with_the_known_fields(capsys, db):
    code, out, err = run(capsys, "--db", db, "search", "colour:red")
    assert code == 1 and "known fields" in err and len(err.strip().splitlines()) == 1


def test_usage_errors_exit_2(capsys, db):
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "search", "--sort", "colour"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["--db", db, "frobnicate"])
    assert info.value.code == 2


def test_bad_catalogue_exit_1_without_traceback(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    proc = subprocess.run([sys.executable, "main.py", "--db", str(bad), "search"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert bad.read_text() == "not a database"


def test_read_only_location_exit_1(capsys):
    code, _, err = run(capsys, "--db", "/proc/x/catalogue.db", "search")
    assert code == 1 and err.startswith("error:")


def test_unicode_output(capsys, tmp_path):
    from app.catalogue import Catalogue
    from tests.helpers import add
    path = tmp_path / "u.db"
    cat = Catalogue.open(path)
    add(cat, "แรงงานข้ามชาติ ពលករ မြန်မာ 中国 lao động")
    cat.close()
    code, out, _ = run(capsys, "--db", str(path), "search", "lao", "dong")
    assert code == 0 and "แรงงานข้ามชาติ ពលករ မြန်မာ 中国 lao động" in out
