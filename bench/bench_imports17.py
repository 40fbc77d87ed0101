"""Issue 17: import of a generated 100,000-record CSV and RIS file, beside the raw floor of the same run.

    nice -n 10 python bench/bench_imports17.py [--records 100000] [--repeat 3] [--formats csv,ris,synergy] [--profile]

The files are written once from bench/synthetic.py's records (no uid: a file from elsewhere) by the
app's own CSV and RIS writers. "app" is the whole ``import_file`` call into an empty catalogue (read,
decode, detect, parse, plan duplicates, write in one transaction with the search index and history),
as a user's import. The floor, in the same run: plain ``csv`` (or a minimal RIS line parser) and
``sqlite3`` inserting the rows, authors, keywords and an FTS5 index (title, abstract, keywords) in
one transaction. ``synergy``: the SYNERGY 7,234-record CSV of tests/fixtures (long abstracts) beside
bench/bench_transfer.py's raw floor on the same file (goal: >= 0.8 of it). Medians of ``--repeat``,
wall and CPU time (process time: the machine is shared),
load average before and after. ``--profile`` prints the top of a cProfile of one app import.
"""
from __future__ import annotations

import argparse
import cProfile
import csv
import lzma
import os
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.transfer import service as transfer  # noqa: E402
from app.transfer.formats import csv_tsv, ris  # noqa: E402
from app.transfer.formats.vocabulary import ExportContext  # noqa: E402
from bench.bench_transfer import RAW_IMPORT_SCHEMA, SYNERGY, empty_catalogue, raw_import  # noqa: E402
from bench.synthetic import records  # noqa: E402

GOALS = {"csv": 10_000, "ris": 8_000, "synergy": 0}
FLOOR_SHARE = {"csv": 0.6, "ris": 0.6, "synergy": 0.8}


def write_files(work: Path, n: int, formats: list[str]) -> dict[str, Path]:
    cat = empty_catalogue(work)      # the export context (country and language names, types) needs one
    ctx = ExportContext.load()
    cat.close()
    out = {}
    for fmt in formats:
        if fmt == "synergy":
            out[fmt] = work / "synergy.csv"
            with lzma.open(SYNERGY, "rb") as fi, open(out[fmt], "wb") as fo:
                shutil.copyfileobj(fi, fo)
            continue
        path = work / f"generated-{n}.{fmt}"
        with open(path, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as fh:
            recs = (replace(r, uid="", added_at="") for r in records(n))
            (csv_tsv.write if fmt == "csv" else ris.write)(recs, fh, ctx)
        out[fmt] = path
    return out


def _insert(conn, n: int, keyword_ids: dict, title, summary, year, doi, container, authors, keywords) -> None:
    conn.execute("INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?)",
                 (n, str(uuid.uuid4()), title, summary, year, doi, container, "", "2026-01-01T00:00:00Z"))
    conn.executemany("INSERT INTO ra VALUES (?,?,?)", [(n, p, a) for p, a in enumerate(authors)])
    links = []
    for word in dict.fromkeys(keywords):
        if word not in keyword_ids:
            keyword_ids[word] = conn.execute("INSERT INTO k(name) VALUES (?)", (word,)).lastrowid
        links.append((n, keyword_ids[word]))
    conn.executemany("INSERT INTO rk VALUES (?,?)", links)
    conn.execute("INSERT INTO f(rowid, title, summary, keywords) VALUES (?,?,?,?)",
                 (n, title, summary, "; ".join(keywords)))


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(";") if v.strip()]


def raw_csv(path: Path, db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    conn.executescript(RAW_IMPORT_SCHEMA)
    n = 0
    with open(path, encoding="utf-8-sig", newline="") as fh, conn:
        keyword_ids: dict[str, int] = {}
        for n, row in enumerate(csv.DictReader(fh), start=1):
            _insert(conn, n, keyword_ids, row["title"], row["summary"], row["year"] or None, row["doi"],
                    row["container_title"], _split(row["authors"] + ";" + row["corporate_authors"]),
                    _split(row["keywords"]))
    conn.close()
    return n


def raw_ris(path: Path, db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    conn.executescript(RAW_IMPORT_SCHEMA)
    n = 0
    with open(path, encoding="utf-8") as fh, conn:
        keyword_ids: dict[str, int] = {}
        tags: dict[str, list[str]] = {}
        for line in fh:
            tag, value = line[:2], line[6:].rstrip("\n")
            if tag == "ER":
                n += 1
                one = {t: v[0] for t, v in tags.items()}
                _insert(conn, n, keyword_ids, one.get("TI", ""), one.get("AB", ""), one.get("PY", "")[:4] or None,
                        one.get("DO", ""), one.get("T2", ""), tags.get("AU", []) + tags.get("A2", []),
                        tags.get("KW", []))
                tags = {}
            elif len(line) > 6 and line[2:6] == "  - ":
                tags.setdefault(tag, []).append(value)
    conn.close()
    return n


def timed(fn) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def app_import(work: Path, path: Path, n: int):
    def run():
        cat = empty_catalogue(work)          # not timed: a new catalogue is not part of importing
        w, c = time.perf_counter(), time.process_time()
        report = transfer.import_file(cat, path, transfer.ImportOptions(on_duplicate="new"))
        times = time.perf_counter() - w, time.process_time() - c
        assert report.added == n, report.summary()
        cat.close()
        return times
    return run


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--formats", default="csv,ris")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--work", help="folder for the files and catalogues (default: a temporary one)")
    args = ap.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="rc-imports17-"))
    work.mkdir(parents=True, exist_ok=True)
    formats = args.formats.split(",")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    files = write_files(work, args.records, formats)
    for fmt in formats:
        path = files[fmt]
        n = args.records if fmt != "synergy" else sum(1 for _ in csv.DictReader(open(path, encoding="utf-8", newline="")))
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            app_import(work, path, n)()
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
            pstats.Stats(prof).sort_stats("tottime").print_stats(30)
            continue
        raw = {"csv": raw_csv, "ris": raw_ris, "synergy": raw_import}[fmt]
        app_runs, raw_runs = [], []
        for _ in range(args.repeat):     # interleaved, so both meet the same load
            app_runs.append(app_import(work, path, n)())
            raw_runs.append(timed(lambda raw=raw, path=path: raw(path, work / f"raw-{uuid.uuid4().hex[:8]}.db")))
        aw, ac = (statistics.median(r[i] for r in app_runs) for i in (0, 1))
        rw, rc = (statistics.median(r[i] for r in raw_runs) for i in (0, 1))
        print(f"{fmt.upper()} {n:,} records ({path.stat().st_size / 1e6:.1f} MB), median of {args.repeat}:")
        print(f"  app import_file   wall {aw:7.2f} s {n / aw:8,.0f} rec/s   CPU {ac:7.2f} s {n / ac:8,.0f} rec/s")
        print(f"  raw floor         wall {rw:7.2f} s {n / rw:8,.0f} rec/s   CPU {rc:7.2f} s {n / rc:8,.0f} rec/s")
        print(f"  app / floor       wall {rw / aw:.2f}   CPU {rc / ac:.2f}   (goal >= {FLOOR_SHARE[fmt]}"
              + (f" and >= {GOALS[fmt]:,} rec/s)" if GOALS[fmt] else ")"))
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
