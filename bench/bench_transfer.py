"""Import and export speed, beside plain csv and raw sqlite3 doing the same job.

    python bench/bench_transfer.py [--records 100000] [--keep /tmp/c100k.db] [--repeat 3] [--json FILE]

1. Import of the SYNERGY OpenAlex CSV (7,234 real papers, 14.8 MB; tests/fixtures) into an empty
   catalogue: the whole import_file call (read, decode, detect, parse, plan duplicates, write in
   one transaction with the search index and history), and its parts. Baselines: ``csv`` parsing
   the same file into dicts; ``raw sqlite3`` parsing it and inserting the rows, authors, keywords
   and an FTS5 index (title, abstract, keywords) in one transaction.
2. Export of ``--records`` synthetic records (bench/synthetic.py) to CSV and RIS (and, with
   ``--all-formats``, the others). Baselines: ``raw sqlite3`` selecting the same columns with their
   lists (group_concat) and writing them with ``csv.writer``; ``csv`` writing tuples already in memory.

Figures are the median of ``--repeat`` runs; records per second = records / median seconds.
"""
from __future__ import annotations

import argparse
import csv
import json
import lzma
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.transfer import formats, service as transfer  # noqa: E402
from app.catalogue import Catalogue  # noqa: E402
from app.transfer.formats.vocabulary import ImportContext  # noqa: E402
from app.seed import load_seed_vocabularies  # noqa: E402
from app.transfer.importing import plan  # noqa: E402
from bench.synthetic import build_catalogue  # noqa: E402
from db import models  # noqa: E402

SYNERGY = ROOT / "tests" / "fixtures" / "synergy_openalex_7k.csv.xz"
GOAL = 10_000  # records a second, both ways


def median_seconds(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def empty_catalogue(folder: Path) -> Catalogue:
    path = folder / f"import-{uuid.uuid4().hex[:8]}.db"
    cat = Catalogue.open(path, seed=False)
    load_seed_vocabularies(cat.database)
    return cat


# ---- import --------------------------------------------------------------------------------------

RAW_IMPORT_SCHEMA = """
PRAGMA journal_mode = wal; PRAGMA synchronous = normal;
CREATE TABLE r (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, title TEXT, summary TEXT, year INT, doi TEXT,
                container TEXT, notes TEXT, added TEXT);
CREATE TABLE ra (rid INT, pos INT, name TEXT, PRIMARY KEY (rid, pos)) WITHOUT ROWID;
CREATE TABLE k (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE rk (rid INT, kid INT, PRIMARY KEY (rid, kid)) WITHOUT ROWID;
CREATE VIRTUAL TABLE f USING fts5(title, summary, keywords);
"""


def raw_import(csv_path: Path, db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    conn.executescript(RAW_IMPORT_SCHEMA)
    with open(csv_path, encoding="utf-8", newline="") as fh, conn:
        keyword_ids: dict[str, int] = {}
        n = 0
        for n, row in enumerate(csv.DictReader(fh), start=1):
            conn.execute("INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?)",
                         (n, str(uuid.uuid4()), row["title"], row["abstract"], row["publication_year"] or None,
                          row["doi"], row["journal"], row["openalex_id"], "2026-01-01T00:00:00Z"))
            conn.executemany("INSERT INTO ra VALUES (?,?,?)",
                             [(n, p, a.strip()) for p, a in enumerate(row["authors"].split(";")) if a.strip()])
            links = []
            for word in dict.fromkeys(w.strip() for w in row["concepts"].split(";") if w.strip()):
                if word not in keyword_ids:
                    keyword_ids[word] = conn.execute("INSERT INTO k(name) VALUES (?)", (word,)).lastrowid
                links.append((n, keyword_ids[word]))
            conn.executemany("INSERT INTO rk VALUES (?,?)", links)
            conn.execute("INSERT INTO f(rowid, title, summary, keywords) VALUES (?,?,?,?)",
                         (n, row["title"], row["abstract"], row["concepts"]))
    conn.close()
    return n


def bench_import(work: Path, repeat: int, rows: int | None) -> list[dict]:
    src = work / "synergy.csv"
    with lzma.open(SYNERGY, "rt", encoding="utf-8", newline="") as fi, open(src, "w", encoding="utf-8", newline="") as fo:
        if rows is None:
            shutil.copyfileobj(fi, fo)
        else:
            reader, writer = csv.reader(fi), csv.writer(fo)
            for i, row in enumerate(reader):
                if i > rows:
                    break
                writer.writerow(row)
    n = sum(1 for _ in csv.DictReader(open(src, encoding="utf-8", newline="")))
    out = []

    def app_import() -> float:
        cat = empty_catalogue(work)          # not timed: a new catalogue is not part of importing
        t = time.perf_counter()
        report = transfer.import_file(cat, src, transfer.ImportOptions(on_duplicate="new"))
        elapsed = time.perf_counter() - t
        assert report.added == n, report.summary()
        cat.close()
        return elapsed

    def app_parts():
        cat = empty_catalogue(work)
        times = {}
        t = time.perf_counter()
        source = formats.open_source(src)
        times["read + detect"] = time.perf_counter() - t
        t = time.perf_counter()
        parsed = formats.parse(source, ImportContext.load())
        times["parse"] = time.perf_counter() - t
        t = time.perf_counter()
        steps = plan(cat.database, parsed, "new")
        times["plan duplicates"] = time.perf_counter() - t
        t = time.perf_counter()
        transfer.execute(cat, parsed, steps, transfer.ImportReport(src.name, "csv", total=n), None)
        times["write (one transaction)"] = time.perf_counter() - t
        cat.close()
        return times

    out.append(row_for(f"import {n:,} records, app (total)", n,
                       statistics.median(app_import() for _ in range(repeat))))
    parts = [app_parts() for _ in range(repeat)]
    for name in parts[0]:
        out.append(row_for(f"  of which {name}", n, statistics.median(p[name] for p in parts)))
    out.append(row_for("  baseline: csv module, parse only", n, median_seconds(
        lambda: list(csv.DictReader(open(src, encoding="utf-8", newline=""))), repeat)))
    out.append(row_for("  baseline: raw sqlite3 (csv + inserts + FTS5)", n, median_seconds(
        lambda: raw_import(src, work / f"raw-{uuid.uuid4().hex[:8]}.db"), repeat)))
    return out


# ---- export --------------------------------------------------------------------------------------

RAW_EXPORT_SQL = """
SELECT r.uid, r.title, t.name, r.year, r.month, r.day,
  (SELECT group_concat(name, '; ') FROM resource_author a WHERE a.resource_id = r.id),
  (SELECT group_concat(o.name, '; ') FROM resource_organization ro JOIN organization o ON o.id = ro.organization_id
   WHERE ro.resource_id = r.id),
  (SELECT group_concat(c.code, '; ') FROM resource_country rc JOIN country c ON c.id = rc.country_id WHERE rc.resource_id = r.id),
  (SELECT group_concat(th.name, '; ') FROM resource_theme rt JOIN theme th ON th.id = rt.theme_id WHERE rt.resource_id = r.id),
  (SELECT group_concat(l.code, '; ') FROM resource_language rl JOIN language l ON l.id = rl.language_id WHERE rl.resource_id = r.id),
  (SELECT group_concat(k.name, '; ') FROM resource_keyword rk JOIN keyword k ON k.id = rk.keyword_id WHERE rk.resource_id = r.id),
  r.summary, r.container_title, r.volume, r.issue, r.pages, r.isbn, r.doi, r.url, r.notes, r.added_at
FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id WHERE r.deleted_at IS NULL ORDER BY r.added_at, r.id
"""


def raw_export(db_path: Path, out_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    n = 0
    with open(out_path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        for row in conn.execute(RAW_EXPORT_SQL):
            writer.writerow(row)
            n += 1
    conn.close()
    return n


def bench_export(work: Path, records: int, keep: str | None, repeat: int, all_formats: bool) -> list[dict]:
    path = Path(keep) if keep else work / "export.db"
    if path.exists():
        cat = Catalogue.open(path, seed=False)
    else:
        print(f"building a catalogue of {records:,} records at {path} ...", file=sys.stderr)
        cat = build_catalogue(path, records)
    models.database.initialize(cat.database)
    n = cat.total()
    out = []
    for fmt in (("csv", "ris", "bibtex", "csljson", "json", "xlsx") if all_formats else ("csv", "ris")):
        target = work / f"out.{fmt}"
        seconds = median_seconds(lambda f=fmt, t=target: transfer.export(cat, t, f), repeat)
        out.append(row_for(f"export {n:,} records to {fmt}, app", n, seconds))
    cat.close()
    out.append(row_for("  baseline: raw sqlite3 select + csv.writer", n,
                       median_seconds(lambda: raw_export(path, work / "raw.csv"), repeat)))
    rows = list(csv.reader(open(work / "raw.csv", encoding="utf-8-sig", newline="")))

    def plain_csv():
        with open(work / "plain.csv", "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)
    out.append(row_for("  baseline: csv.writer of rows in memory", n, median_seconds(plain_csv, repeat)))
    return out


def row_for(name: str, n: int, seconds: float) -> dict:
    return {"name": name, "records": n, "seconds": round(seconds, 3), "per_second": round(n / seconds)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000, help="records to export (default 100,000)")
    parser.add_argument("--import-rows", type=int, default=None, help="use only the first N rows of the CSV")
    parser.add_argument("--keep", help="build (or reuse) the export catalogue at this path")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--all-formats", action="store_true", help="also time BibTeX, CSL-JSON, JSON, XLSX")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = bench_import(work, args.repeat, args.import_rows)
        rows += bench_export(work, args.records, args.keep, args.repeat, args.all_formats)
    print(f"{'operation':<58} {'seconds':>8} {'records/s':>10}  goal {GOAL:,}/s")
    for row in rows:
        mark = "" if row["name"].startswith("  ") else ("  ok" if row["per_second"] >= GOAL else "  below")
        print(f"{row['name']:<58} {row['seconds']:>8.3f} {row['per_second']:>10,}{mark}")
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "cpu_count": os.cpu_count()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
