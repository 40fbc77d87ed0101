"""A tiny run of the published page's benchmark, so it cannot rot. (Figures come from full runs.)"""
from __future__ import annotations

import json

from bench import bench_publish


def test_publish_benchmark_runs_and_reports_every_figure(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench_publish.main(["--records", "120", "--repeat", "1", "--json", str(out)]) == 0
    fig = json.loads(out.read_text())
    assert fig["records"] == 120 and fig["bytes_per_1000"] > 0
    # records 0..119: only zyxwv12 starts so
    assert set(fig["keystroke_ms"]) == set(bench_publish.QUERIES) and fig["results"]["zyxwv12"] == 1
    printed = capsys.readouterr().out
    assert "open: navigation to first answer" in printed and "MB per 1,000 records" in printed
