"""Foundation benchmark: the catalogue's core queries at N records, each beside raw sqlite3.

    python bench/bench_foundation.py [--records 100000] [--keep PATH] [--repeat 15]

Builds a synthetic multilingual catalogue (bench/synthetic.py) through the app's own bulk insert, and
a raw sqlite3 database holding the same records in the plainest schema that can answer the same
questions (one table, link tables, one FTS5 table). Then times, each with its raw floor:
bulk load; keyword search for a rare, a mid and a very common term (ordered ids, p50/p95); all facet
counts with no criteria and inside the very common term; ordered ids for a criteria; a page of 100
rows deep in the list. Prints a table; --json FILE also writes the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.catalogue import Catalogue  # noqa: E402
from app.criteria import parse_query  # noqa: E402
from bench.synthetic import COMMON, MID, build_catalogue, records  # noqa: E402

GOALS_MS = {"search": 30, "facets": 150, "ordered ids": 50, "page": 5}


def timed(fn, repeat: int) -> tuple[float, float]:
    """(p50, p95) in milliseconds over ``repeat`` runs after one warm-up."""
    fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return statistics.median(samples), p95


# ---- raw sqlite3 baseline ----------------------------------------------------------------------

RAW_SCHEMA = """
CREATE TABLE r (id INTEGER PRIMARY KEY, title TEXT, summary TEXT, type TEXT, year INT, added TEXT);
CREATE INDEX r_added ON r(added);
CREATE TABLE rt (rid INT, theme TEXT, PRIMARY KEY (rid, theme)) WITHOUT ROWID;
CREATE INDEX rt_theme ON rt(theme, rid);
CREATE TABLE rc (rid INT, country TEXT, PRIMARY KEY (rid, country)) WITHOUT ROWID;
CREATE INDEX rc_country ON rc(country, rid);
CREATE VIRTUAL TABLE f USING fts5(title, summary);
"""


def build_raw(path: str, n: int) -> float:
    conn = sqlite3.connect(path)
    conn.executescript(RAW_SCHEMA)
    t = time.perf_counter()
    with conn:
        for i, rec in enumerate(records(n), start=1):
            conn.execute("INSERT INTO r VALUES (?,?,?,?,?,?)", (i, rec.title, rec.summary, rec.type, rec.year,
                                                                 rec.added_at))
            conn.executemany("INSERT INTO rt VALUES (?,?)", [(i, th) for th in rec.themes])
            conn.executemany("INSERT INTO rc VALUES (?,?)", [(i, c) for c in rec.countries])
            conn.execute("INSERT INTO f(rowid, title, summary) VALUES (?,?,?)", (i, rec.title, rec.summary))
    elapsed = time.perf_counter() - t
    conn.close()
    return elapsed


def raw_ops(conn: sqlite3.Connection, rare: str) -> dict:
    def search(term):
        return lambda: conn.execute(
            "SELECT id FROM r WHERE id IN (SELECT rowid FROM f WHERE f MATCH ?) ORDER BY added DESC",
            (f'"{term}"*',)).fetchall()

    def facets_all():
        conn.execute("SELECT theme, COUNT(*) FROM rt GROUP BY theme").fetchall()
        conn.execute("SELECT country, COUNT(*) FROM rc GROUP BY country").fetchall()
        conn.execute("SELECT type, COUNT(*) FROM r GROUP BY type").fetchall()
        conn.execute("SELECT year, COUNT(*) FROM r GROUP BY year").fetchall()

    def facets_common():
        hits = "SELECT rowid FROM f WHERE f MATCH 'migrant*'"
        conn.execute(f"SELECT theme, COUNT(*) FROM rt WHERE rid IN ({hits}) GROUP BY theme").fetchall()
        conn.execute(f"SELECT country, COUNT(*) FROM rc WHERE rid IN ({hits}) GROUP BY country").fetchall()
        conn.execute(f"SELECT type, COUNT(*) FROM r WHERE id IN ({hits}) GROUP BY type").fetchall()
        conn.execute(f"SELECT year, COUNT(*) FROM r WHERE id IN ({hits}) GROUP BY year").fetchall()

    def ordered():
        conn.execute("SELECT id FROM r WHERE id IN (SELECT rid FROM rc WHERE country = 'TH') "
                     "AND id IN (SELECT rid FROM rt WHERE theme = 'Wages') ORDER BY added DESC").fetchall()

    all_ids = [row[0] for row in conn.execute("SELECT id FROM r ORDER BY added DESC")]
    deep = all_ids[len(all_ids) // 2: len(all_ids) // 2 + 100]

    def page():
        marks = ",".join(map(str, deep))
        conn.execute(f"SELECT id, title, type, year, added FROM r WHERE id IN ({marks})").fetchall()
        conn.execute(f"SELECT rid, country FROM rc WHERE rid IN ({marks})").fetchall()
        conn.execute(f"SELECT rid, theme FROM rt WHERE rid IN ({marks})").fetchall()

    return {"search rare": search(rare), "search mid": search(MID), "search common": search(COMMON),
            "search common, cold cache": search(COMMON),
            "facets, no criteria": facets_all, "facets, no criteria, cold cache": facets_all,
            "facets, common term": facets_common, "facets, common term, cold cache": facets_common,
            "ordered ids, country+theme": ordered, "page of 100, deep": page}


# ---- the app's own services -------------------------------------------------------------------

def app_ops(cat: Catalogue, rare: str) -> dict:
    def search(term):
        criteria = parse_query(term)
        return lambda: cat.search(criteria)

    all_ids = cat.search(parse_query("")).ids
    deep = all_ids[len(all_ids) // 2: len(all_ids) // 2 + 100]
    empty, common = parse_query(""), parse_query(COMMON)
    crit = parse_query("country:TH theme:Wages")
    def cold(fn):
        """As after any change to the catalogue: the cached whole-catalogue answers are dropped."""
        def run():
            cat.drop_caches()
            return fn()
        return run

    return {"search rare": search(rare), "search mid": search(MID), "search common": search(COMMON),
            "search common, cold cache": cold(search(COMMON)),
            "facets, no criteria": lambda: cat.facets(empty),
            "facets, no criteria, cold cache": cold(lambda: cat.facets(empty)),
            "facets, common term": lambda: cat.facets(common),
            "facets, common term, cold cache": cold(lambda: cat.facets(common)),
            "ordered ids, country+theme": lambda: cat.search(crit), "page of 100, deep": lambda: cat.rows(deep)}


def goal_for(name: str) -> float | None:
    for key, ms in GOALS_MS.items():
        if name.startswith(key) or (key == "ordered ids" and name.startswith("ordered")):
            return ms
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", help="build (or reuse) the app catalogue at this path")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    n = args.records
    rare = f"zyxwv{n * 7 // 10 + 1}"  # a unique term: no other record number has it as a prefix
    work = Path(tempfile.mkdtemp(prefix="rc-bench-"))
    app_path = Path(args.keep) if args.keep else work / "app.db"

    results = {"records": n, "machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"), "rows": []}
    if args.keep and app_path.exists():
        cat = Catalogue.open(app_path, seed=False)
        load_app = None
    else:
        t = time.perf_counter()
        cat = build_catalogue(app_path, n)
        load_app = time.perf_counter() - t
    load_raw = build_raw(str(work / "raw.db"), n)
    raw = sqlite3.connect(str(work / "raw.db"))

    rows = []
    if load_app is not None:
        rows.append(("bulk load (s)", load_app * 1000, None, load_raw * 1000, None, None))
    app = app_ops(cat, rare)
    floor = raw_ops(raw, rare)
    for name in app:
        a50, a95 = timed(app[name], args.repeat)
        r50, r95 = timed(floor[name], args.repeat)
        rows.append((name, a50, a95, r50, r95, goal_for(name)))
    counts = {"rare": len(cat.search(parse_query(rare)).ids), "mid": len(cat.search(parse_query(MID)).ids),
              "common": len(cat.search(parse_query(COMMON)).ids)}

    print(f"\nResource Catalogue foundation benchmark: {n:,} records, {os.cpu_count()} cores, "
          f"terms: rare={rare!r} ({counts['rare']} hits), mid={MID!r} ({counts['mid']:,}), "
          f"common={COMMON!r} ({counts['common']:,})")
    print(f"{'operation':<34}{'app p50':>10}{'app p95':>10}{'raw p50':>10}{'raw p95':>10}{'ratio':>8}{'goal':>8}")
    for name, a50, a95, r50, r95, goal in rows:
        if name.startswith("bulk load"):
            print(f"{name:<34}{a50 / 1000:>10.2f}{'':>10}{r50 / 1000:>10.2f}{'':>10}{a50 / r50:>8.1f}{'':>8}")
            results["rows"].append({"name": name, "app_s": a50 / 1000, "raw_s": r50 / 1000,
                                    "records_per_s": n / (a50 / 1000)})
            continue
        ok = "" if goal is None else ("ok" if a50 <= goal else "MISS")
        print(f"{name:<34}{a50:>10.2f}{a95:>10.2f}{r50:>10.2f}{r95:>10.2f}{a50 / max(r50, 1e-6):>8.1f}"
              f"{(str(goal) + ' ' + ok) if goal else '':>9}")
        results["rows"].append({"name": name, "app_p50_ms": a50, "app_p95_ms": a95, "raw_p50_ms": r50,
                                "raw_p95_ms": r95, "goal_ms": goal})
    print("(milliseconds unless marked; ratio = app p50 / raw p50)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    cat.close()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
