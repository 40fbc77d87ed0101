"""A tiny run of the transfer benchmark, so it cannot rot. (Figures come from full runs, not tests.)"""
from __future__ import annotations

import json

from bench import bench_transfer


def test_transfer_benchmark_runs_and_reports(tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench_transfer.main(["--records", "200", "--import-rows", "40", "--repeat", "1",
                                "--json", str(out)]) == 0
    names = [row["name"].strip() for row in json.loads(out.read_text())["rows"]]
    assert names[0] == "import 40 records, app (total)"
    assert "export 200 records to csv, app" in names and "export 200 records to ris, app" in names
    assert any(n.startswith("baseline: raw sqlite3") for n in names)
    assert "records/s" in capsys.readouterr().out
