"""The foundation benchmark on PostgreSQL beside SQLite, and the time a sync of changed records takes.

    python bench/bench_postgres.py [--records 100000] [--db-url URL] [--sqlite PATH] [--sync 10000]

Builds the same synthetic catalogue as bench_foundation.py through the app's bulk insert into a
PostgreSQL database (the one at --db-url, which must be empty or hold such a catalogue already;
without it, a throwaway PostgreSQL 15 cluster with the server's default durability settings is
started on loopback and stopped at the end), then times the same app operations (p50/p95 of
--repeat runs) and, with --sqlite PATH (a catalogue bench_foundation.py built with --keep), the
same operations on SQLite beside them.

--sync N then times: making an offline copy of the whole catalogue; a sync sending N records
edited in the copy; a sync receiving N records edited on the server; and a sync with nothing to
do. Prints a table; --json FILE also writes the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.catalogue import Catalogue  # noqa: E402
from app.criteria import parse_query  # noqa: E402
from bench.bench_foundation import app_ops, goal_for, timed  # noqa: E402
from bench.synthetic import build_catalogue  # noqa: E402
from db import connection  # noqa: E402
from db import models as m  # noqa: E402


def _on(cat, fn):
    def run():
        with m.database.bound(cat.database):
            return fn()
    return run


def _pg_catalogue(url: str, n: int) -> tuple[Catalogue, float | None]:
    cat = Catalogue(connection.open_catalogue(url, bind=False))
    with m.database.bound(cat.database):
        have = cat.total()
    if have >= n:
        return cat, None
    if have:
        raise SystemExit(f"the database holds {have:,} records, not {n:,}: give an empty one")
    cat.database.close()
    t = time.perf_counter()
    cat = build_catalogue(url, n)
    elapsed = time.perf_counter() - t
    cat.database.execute_sql("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
    return cat, elapsed


def _edit_many(cat, n: int, tag: str) -> None:
    """Change the title of ``n`` records in one transaction, through the ordinary save."""
    from db.writes import VocabularyCache, save_record
    with m.database.bound(cat.database):
        ids = cat.search(parse_query("")).ids[:n]
        cache = VocabularyCache()
        with cat.database.atomic():
            for rid in ids:
                rec = cat.record_by_id(rid)
                save_record(cat.database, replace(rec, title=f"{rec.title} ({tag})"), cache)


def sync_figures(url: str, n: int, work: Path) -> list[tuple[str, float, int]]:
    from app.sync import service as sync
    rows = []
    t = time.perf_counter()
    report = sync.make_offline_copy(url, work / "copy.db")
    rows.append(("make offline copy (all records)", time.perf_counter() - t, report.pulled))
    copy = Catalogue(connection.open_catalogue(work / "copy.db", bind=False))
    server = Catalogue(connection.open_catalogue(url, bind=False))
    try:
        _edit_many(copy, n, "field")
        t = time.perf_counter()
        report = sync.sync(copy)
        rows.append((f"sync sending {n:,} changed records", time.perf_counter() - t, report.pushed))
        _edit_many(server, n, "office")
        t = time.perf_counter()
        report = sync.sync(copy)
        rows.append((f"sync receiving {n:,} changed records", time.perf_counter() - t, report.pulled))
        t = time.perf_counter()
        report = sync.sync(copy)
        rows.append(("sync with nothing to do", time.perf_counter() - t, report.pulled + report.pushed))
    finally:
        copy.database.close()
        server.database.close()
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db-url", help="an empty PostgreSQL database (or one this script filled before)")
    parser.add_argument("--sqlite", help="a catalogue file built by bench_foundation.py --keep, timed beside")
    parser.add_argument("--sync", type=int, default=0, metavar="N", help="also time syncs of N changed records")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    n = args.records
    rare = f"zyxwv{n * 7 // 10 + 1}"
    server = None
    url = args.db_url
    if url is None:
        from tests.pg_server import PgServer
        server = PgServer(durable=True)
        url = server.url(server.new_database(None))
    results = {"records": n, "machine": f"{os.cpu_count()} cores", "date": time.strftime("%Y-%m-%d"),
               "rows": [], "sync": []}
    try:
        pg, load = _pg_catalogue(url, n)
        lite = Catalogue(connection.open_catalogue(args.sqlite, bind=False)) if args.sqlite else None
        with m.database.bound(pg.database):
            pg_ops = {k: _on(pg, f) for k, f in app_ops(pg, rare).items()}
        lite_ops = {}
        if lite is not None:
            with m.database.bound(lite.database):
                lite_ops = {k: _on(lite, f) for k, f in app_ops(lite, rare).items()}
        print(f"\nResource Catalogue on PostgreSQL: {n:,} records, {os.cpu_count()} cores"
              + (f"; bulk load {load:.1f} s ({n / load:,.0f} records/s)" if load else ""))
        print(f"{'operation':<34}{'pg p50':>10}{'pg p95':>10}{'sqlite p50':>12}{'sqlite p95':>12}{'goal':>8}")
        for name, fn in pg_ops.items():
            p50, p95 = timed(fn, args.repeat)
            s50, s95 = timed(lite_ops[name], args.repeat) if name in lite_ops else (None, None)
            goal = goal_for(name)
            lite_text = f"{s50:>12.2f}{s95:>12.2f}" if s50 is not None else f"{'':>24}"
            print(f"{name:<34}{p50:>10.2f}{p95:>10.2f}{lite_text}{(str(goal) + (' ok' if p50 <= goal else ' MISS')) if goal else '':>9}")
            results["rows"].append({"name": name, "pg_p50_ms": p50, "pg_p95_ms": p95, "sqlite_p50_ms": s50,
                                    "sqlite_p95_ms": s95, "goal_ms": goal})
        if load:
            results["rows"].append({"name": "bulk load (s)", "pg_s": load})
        pg.database.close()
        if lite is not None:
            lite.database.close()
        if args.sync:
            print()
            with tempfile.TemporaryDirectory(prefix="rc-sync-") as work:
                for name, seconds, moved in sync_figures(url, args.sync, Path(work)):
                    print(f"{name:<40}{seconds:>8.1f} s  ({moved:,} records moved)")
                    results["sync"].append({"name": name, "seconds": seconds, "records": moved})
        print("(milliseconds unless marked)")
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2))
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
