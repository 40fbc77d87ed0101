"""A tiny run of the benchmarks, so they cannot rot. (Figures come from full runs, never from tests.)"""
from __future__ import annotations

import json

from bench import bench_foundation


def test_foundation_benchmark_runs_and_reports_every_operation(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench_foundation.main(["--records", "300", "--repeat", "1", "--json", str(out)]) == 0
    names = [row["name"] for row in json.loads(out.read_text())["rows"]]
    assert names[0] == "bulk load (s)"
    for expected in ("search rare", "search mid", "search common", "facets, no criteria",
                     "facets, common term", "ordered ids, country+theme", "page of 100, deep"):
        assert expected in names
    assert "raw p50" in capsys.readouterr().out
