"""A tiny run of the scale benchmark (issue 7), so it cannot rot. Figures come from full runs
(bench/RESULTS.md), never from tests: nothing here is timed."""
from __future__ import annotations

import json

from bench import bench_scale


def test_scale_benchmark_runs_end_to_end_and_reports_every_figure(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench_scale.main(["--sizes", "300", "--reuse-dir", str(tmp_path), "--quick", "--json", str(out)]) == 0
    rows = json.loads(out.read_text())["rows"]
    names = {row["name"] for row in rows}
    for expected in ("cold start: table painted with rows (p50)", "tick country: rows and all counts",
                     "scroll: a page of 100 rows fetched", "scroll: data() calls on cached rows reading the db",
                     "sort by title (asc/desc): rows on screen", "sort by year (asc/desc): rows on screen",
                     "open a record in the detail pane", "save an edit: written",
                     "memory: peak after a full scroll (RSS)", "bulk edit of 30 records (add a keyword)",
                     "export to XLSX", "import from RIS into an empty catalogue"):
        assert expected in names, expected
    assert any(name.startswith("type 'migrant'") for name in names)
    by_name = {row["name"]: row for row in rows}
    # Cached rows must never go back to the database, whatever the size.
    assert by_name["scroll: data() calls on cached rows reading the db"]["app"] == 0
    # Every timed figure that has a floor got one in the same run, and the imports kept every record.
    assert by_name["tick country: rows and all counts"]["floor"] > 0
    assert all(row["records"] == 300 for row in rows)
    assert "ratio" in capsys.readouterr().out


def test_cold_only_prints_the_cold_start_rows_beside_the_floor(tmp_path, capsys):
    """--cold-only (issue 17): the cold-start rows only, counts kept and a first open, and with
    --before the same rows, both ways, for another checkout (here this one)."""
    out = tmp_path / "figures.json"
    assert bench_scale.main(["--sizes", "300", "--reuse-dir", str(tmp_path), "--quick", "--cold-only",
                             "--before", str(bench_scale.ROOT), "--json", str(out)]) == 0
    names = [row["name"] for row in json.loads(out.read_text())["rows"]]
    assert names == [f"cold start{label}: {what} (p50)" if what else "  of which interpreter start"
                     for label in (" (before)", " (before), first open", "", ", first open")
                     for what in ("table painted with rows", "rows and all counts", "")]
    rows = json.loads(out.read_text())["rows"]
    assert all(row["floor"] > 0 for row in rows if "table painted" in row["name"])
