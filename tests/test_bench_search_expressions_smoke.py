"""A tiny run of the search expressions benchmark, so it cannot rot (figures come from full runs):
the app and the plain-SQL floor must find the same number of records for each query."""
from __future__ import annotations

import json

from bench import bench_search_expressions as bench


def test_expression_benchmark_runs_and_agrees_with_its_floor(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench.main(["--records", "1500", "--reuse-dir", str(tmp_path), "--runs", "1", "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert len(figures) == len(bench.QUERIES)
    assert all(f["matches"] > 0 and f["rows"] > 0 and f["counts"] > 0 for f in figures.values())
    assert "goals: rows < 100 ms" in capsys.readouterr().out
