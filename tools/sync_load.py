"""Many offline copies syncing at once with one shared catalogue on PostgreSQL: nothing lost or doubled.

    nice -n 10 /work/venv/bin/python tools/sync_load.py [--copies 20] [--new 1000] [--changed 200] [--shared 50]

A throwaway PostgreSQL cluster (tests/pg_server.py) holds a shared catalogue of base records. Each
of COPIES offline copies adds NEW records and changes CHANGED base records (a title edit naming the
copy); SHARED of those are also changed by the copy's partner (copies go in pairs), so each such
record is changed on two copies. Then every copy runs ``main.py sync`` at once, in its own process
(round 1), and again (round 2: a copy whose push lost the race to its partner sees the conflict,
and every copy takes what the others sent). Checked afterwards:

- the shared catalogue holds every base and new record exactly once (by uid and by title);
- each copy's own changes are on the server; every record changed on two copies is a conflict on
  exactly one of them, and the server holds the other's version; no other conflict;
- every copy holds the same records as the server, and passes SQLite's integrity check.

Prints the figures (times of both rounds) and exits 1 if any check fails. tests/test_sync_load.py
runs it in a small configuration. Copies 2.. are file copies of the first offline copy with a new
catalogue id (making each through the server would only add set-up time).
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _csv(path: Path, titles: list[str]) -> Path:
    import csv
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["title", "year", "summary"])
        for n, title in enumerate(titles):
            out.writerow([title, 2000 + n % 25, f"Load test record {n}"])
    return path


def _import(location, csv_path: Path) -> None:
    from app.catalogue import Catalogue
    from app.transfer import service as transfer
    cat = Catalogue.open(str(location), seed=False)
    try:
        report = transfer.import_file(cat, csv_path, transfer.ImportOptions(format="csv", on_duplicate="new"))
        if report.failed or not report.added:
            raise RuntimeError(f"{csv_path.name}: {report.added} added, {report.failed} failed")
    finally:
        cat.close()


def _prepare_copy(job: tuple) -> None:
    """In a worker process: copy ``i`` adds its new records and edits its base records."""
    i, path, work, new, own_uids, shared_uids = job
    from app import bulk_edit
    from app.catalogue import Catalogue
    _import(path, _csv(work / f"new-{i:02d}.csv", [f"Copy {i:02d} new record {k:05d}" for k in range(new)]))
    cat = Catalogue.open(str(path), seed=False)
    try:
        changes = bulk_edit.apply(cat, own_uids + shared_uids,
                                  bulk_edit.ReplaceText("title", "Base record", f"Base record edited on copy {i:02d}"))
        assert len(changes.updated) == len(own_uids) + len(shared_uids)
    finally:
        cat.close()


def _round(paths: list[Path]) -> tuple[float, list[tuple[int, str]]]:
    """Every copy syncs at once, each in its own process; (wall time, [(exit code, output)])."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(p), "sync"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for p in paths]
    results = [(p.wait(), p.stdout.read()) for p in procs]
    for p in procs:
        p.stdout.close()
    return time.perf_counter() - start, results


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def run(copies: int, new: int, changed: int, shared: int, work: Path, server=None) -> dict:
    """Set up, sync twice, check; returns the figures and the list of failed checks."""
    if copies < 2 or copies % 2 or not 0 <= shared <= changed:
        raise SystemExit("--copies must be even and at least 2; --shared at most --changed")
    from app.sync import service as sync
    from tests.pg_server import PgServer
    own_server = server is None
    server = server or PgServer()
    figures: dict = {"copies": copies, "new": new, "changed": changed, "shared": shared, "failures": []}
    fail = figures["failures"].append
    try:
        url = server.url(server.new_database("empty"))
        own = changed - shared
        base_count = copies * own + copies // 2 * shared
        t = time.perf_counter()
        _import(url, _csv(work / "base.csv", [f"Base record {n:05d}" for n in range(base_count)]))
        first = work / "copy-00.db"
        sync.make_offline_copy(url, first)
        paths = [first]
        for i in range(1, copies):
            path = work / f"copy-{i:02d}.db"
            shutil.copy(first, path)
            conn = sqlite3.connect(path)
            conn.execute("UPDATE catalogue_meta SET value = ? WHERE key = 'catalogue_id'", (str(uuid.uuid4()),))
            conn.commit()
            conn.close()
            paths.append(path)
        by_title = dict(_rows(first, "SELECT title, uid FROM resource"))
        base = [by_title[f"Base record {n:05d}"] for n in range(base_count)]
        jobs, own_of, shared_of = [], {}, {}
        for i in range(copies):
            own_of[i] = base[i * own:(i + 1) * own]
            start = copies * own + (i // 2) * shared
            shared_of[i] = base[start:start + shared]
            jobs.append((i, paths[i], work, new, own_of[i], shared_of[i]))
        with multiprocessing.get_context("spawn").Pool(min(4, os.cpu_count() or 2)) as pool:
            pool.map(_prepare_copy, jobs)
        figures["setup_s"] = round(time.perf_counter() - t, 1)

        figures["round1_s"], first_round = _round(paths)
        figures["round2_s"], second_round = _round(paths)
        for n, (code, output) in enumerate(first_round + second_round):
            if code != 0 or "Traceback" in output:
                fail(f"sync of copy {n % copies} (round {n // copies + 1}) exited {code}: {output.strip()[-300:]}")

        import psycopg
        with psycopg.connect(url) as conn:
            server_rows = dict(conn.execute("SELECT uid, title FROM resource").fetchall())
            titles = [t for (t,) in conn.execute("SELECT title FROM resource").fetchall()]
        figures["server_records"] = len(server_rows)
        expected = base_count + copies * new
        if len(server_rows) != expected:
            fail(f"the server holds {len(server_rows)} records, expected {expected}")
        if len(set(titles)) != len(titles):
            fail(f"{len(titles) - len(set(titles))} titles on the server are doubled")
        for i in range(copies):
            missing = [k for k in range(new) if f"Copy {i:02d} new record {k:05d}" not in set(titles)]
            if missing:
                fail(f"{len(missing)} new records of copy {i} missing on the server")
        conflicts_total = 0
        for i, path in enumerate(paths):
            mine = f"edited on copy {i:02d}"
            lost = [u for u in own_of[i] if mine not in server_rows.get(u, "")]
            if lost:
                fail(f"{len(lost)} changes of copy {i} not on the server")
            conflicts = {u for (u,) in _rows(path, "SELECT uid FROM sync_conflict")}
            conflicts_total += len(conflicts)
            partner = i ^ 1
            expected_conflicts = {u for u in shared_of[i] if f"edited on copy {partner:02d}" in server_rows.get(u, "")}
            if conflicts != expected_conflicts:
                fail(f"copy {i}: {len(conflicts)} conflicts, expected {len(expected_conflicts)} "
                     f"({len(conflicts - expected_conflicts)} unexpected)")
            here = dict(_rows(path, "SELECT uid, title FROM resource"))
            if here.keys() != server_rows.keys():
                fail(f"copy {i} holds {len(here)} records, the server {len(server_rows)}")
            if _rows(path, "PRAGMA integrity_check") != [("ok",)]:
                fail(f"copy {i} fails SQLite's integrity check")
        for pair in range(copies // 2):
            for u in shared_of[2 * pair]:
                winners = [i for i in (2 * pair, 2 * pair + 1) if f"edited on copy {i:02d}" in server_rows.get(u, "")]
                if len(winners) != 1:
                    fail(f"record {u} changed on copies {2 * pair} and {2 * pair + 1}: the server has neither")
                    break
        figures["conflicts"] = conflicts_total
        figures["expected_conflicts"] = copies // 2 * shared
        if conflicts_total != copies // 2 * shared:
            fail(f"{conflicts_total} conflicts in all, expected {copies // 2 * shared}")
    finally:
        if own_server:
            server.stop()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--new", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=200)
    parser.add_argument("--shared", type=int, default=50)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="rc-sync-load-"))
    os.environ.setdefault("RESOURCE_CATALOGUE_BACKUPS", str(work / "backups"))
    try:
        figures = run(args.copies, args.new, args.changed, args.shared, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{figures['copies']} copies x ({figures['new']} new + {figures['changed']} changed, "
          f"{figures['shared']} on two copies) against one PostgreSQL catalogue")
    print(f"  set-up {figures['setup_s']} s; round 1 (all at once) {figures['round1_s']:.1f} s; "
          f"round 2 {figures['round2_s']:.1f} s; whole round {figures['round1_s'] + figures['round2_s']:.1f} s")
    print(f"  server records {figures['server_records']}; conflicts {figures['conflicts']} "
          f"(expected {figures['expected_conflicts']})")
    for failure in figures["failures"]:
        print(f"  FAILED: {failure}")
    print("  all checks passed" if not figures["failures"] else f"  {len(figures['failures'])} checks failed")
    return 1 if figures["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
