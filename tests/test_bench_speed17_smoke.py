"""bench/bench_speed17.py runs end to end on a small catalogue and prints each figure beside its floor."""
from __future__ import annotations

from bench import bench_speed17


def test_issue_17_benchmarks_run_and_print_their_floors(tmp_path, capsys):
    for what in ("duplicates", "counts", "bibliography", "bulk"):
        extra = ["--reference"] if what == "duplicates" else []
        assert bench_speed17.main([what, "--records", "300", "--keep", str(tmp_path), "--repeat", "1", *extra]) == 0
    out = capsys.readouterr().out
    assert out.count("floor:") == 4 and "same pairs as before: yes" in out
    assert "index updated from the change feed" in out and "citeproc-py alone" in out
    assert "add a keyword (30 records)" in out and "add a country (30 records)" in out
    assert "floor for a keyword: the same + its FTS5 rows" in out and "beside the keyword floor" in out
