"""A tiny run of the documents benchmark, so it cannot rot (figures come from full runs only)."""
from __future__ import annotations

from bench import bench_documents


def test_documents_benchmark_runs_and_reports_each_figure(qapp, tmp_path, capsys):
    assert bench_documents.main(["--pdfs", "2", "--pages", "2", "--preview", "2", "--docs", "20",
                                 "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for expected in ("extraction + indexing:", "raw pypdfium2", "add-files preview of 2 PDFs",
                     "MB per 1,000 pages", "passages of one record", "raw FTS5 count", "while the indexer reads",
                     "edit one record"):
        assert expected in out
