"""kill -9 at random moments of long writes, and the PostgreSQL server stopped mid-sync.

    nice -n 10 /work/venv/bin/python tools/sync_faults.py [--size full|small] [--kills N] [--seed S]
                                                         [--only import,bulk-edit,merge,empty-trash,sync,server-stop]

Each scenario prepares a catalogue, starts the work in a process of its own (``work`` below) and
kills it with SIGKILL at a random moment of the work (timed from the moment the worker says it
starts writing: a random fraction of how long the work takes uninterrupted, measured on a copy;
for a sync, a random point of its progress, or early, in the vocabulary and planning phase),
``--kills`` times in a row; after each kill it checks the catalogue is whole, then runs the work
again to the end and checks it is complete:

- import        one transaction: after a kill the catalogue holds none or all of the file's records
- bulk-edit     one transaction: none or all records edited
- merge         a series of merges, each whole (loser in the trash, survivor merged) or not begun
- empty-trash   none or all of the trash removed; live records untouched
- sync          an offline copy with new and changed records: nothing doubled on the server, the
                copy whole; the rerun sends everything, no conflicts, copy and server equal
- server-stop   the same, but the PostgreSQL server is stopped (pg_ctl stop -m immediate) instead:
                the sync fails with one clear line, then the server is started and the rerun completes

"Whole" means SQLite's integrity check passes (catalogue files) and the counts agree: records by
SQL, the search index (a search for a word every record has) and the scenario's own invariant.
Prints one line per scenario; exits 1 if any check fails. tests/test_sync_faults.py runs it small.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = {
    "full": {"import": 20000, "bulk-edit": 20000, "merge": 400, "empty-trash": 10000, "sync-new": 5000,
             "sync-changed": 1000},
    "small": {"import": 1500, "bulk-edit": 1500, "merge": 30, "empty-trash": 1000, "sync-new": 1200,
              "sync-changed": 200},
    "tiny": {"import": 400, "bulk-edit": 400, "merge": 10, "empty-trash": 300, "sync-new": 900,
             "sync-changed": 150},   # what the test suite runs
}
SCENARIOS = ("import", "bulk-edit", "merge", "empty-trash", "sync", "server-stop", "disk-full")


# ---- the work, in a process of its own ----------------------------------------------------------------

def work(kind: str, location: str, arg: str = "") -> int:
    """Run one piece of work; prints "ready" when it starts writing, "progress DONE TOTAL" for a sync."""
    from dataclasses import replace

    from app import bulk_edit, duplicates, editing
    from app.catalogue import Catalogue
    from app.sync import service as sync
    from app.transfer import service as transfer
    from db.errors import CatalogueError
    cat = Catalogue.open(location, seed=False)
    def say(text):
        print(text, flush=True)
    try:
        if kind == "import":
            say("ready")
            transfer.import_file(cat, arg, transfer.ImportOptions(format="csv"))
        elif kind == "bulk-edit":
            uids = [u for (u,) in cat.database.execute_sql(
                "SELECT uid FROM resource WHERE title NOT LIKE '%edited%'").fetchall()]
            say("ready")
            bulk_edit.apply(cat, uids, bulk_edit.ReplaceText("title", "Fault record", "Fault record edited"))
        elif kind == "merge":
            rows = dict(cat.database.execute_sql(
                "SELECT title, uid FROM resource WHERE deleted_at IS NULL AND title LIKE 'Pair %'").fetchall())
            say("ready")
            for title, loser in sorted(rows.items()):
                if not title.endswith(" B"):
                    continue
                survivor = rows.get(title[:-2] + " A")
                if survivor is None:
                    continue
                a, b = cat.record(survivor), cat.record(loser)
                duplicates.merge(cat, survivor, loser, replace(a, title=title[:-2] + " merged"),
                                 {survivor: a.version, loser: b.version})
        elif kind == "empty-trash":
            say("ready")
            editing.empty_trash(cat)
        elif kind == "sync":
            say("ready")
            try:
                sync.sync(cat, progress=lambda done, total: say(f"progress {done} {total}"))
            except CatalogueError as exc:   # SyncError included
                print(f"error: {exc}", file=sys.stderr, flush=True)
                return 1
        else:
            raise SystemExit(f"unknown work {kind}")
    finally:
        cat.close()
    say("done")
    return 0


# ---- running and killing it ---------------------------------------------------------------------------

def _start(kind: str, location, arg: str = "") -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "work", kind, str(location), str(arg)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_ready(proc: subprocess.Popen) -> float:
    for line in proc.stdout:
        if line.strip() == "ready":
            return time.perf_counter()
    raise RuntimeError(f"the worker stopped before starting: {proc.stderr.read()[-500:]}")


def run_whole(kind: str, location, arg: str = "") -> tuple[float, str, int]:
    """Run the work to its end: (seconds of work, stderr, exit code)."""
    proc = _start(kind, location, arg)
    start = _wait_ready(proc)
    _out, err = proc.communicate()
    return time.perf_counter() - start, err, proc.returncode


def kill_at_random(kind: str, location, arg: str, duration: float, rng: random.Random, stop=None) -> str:
    """Start the work and kill it (or call ``stop``) at a random moment; returns when it happened."""
    proc = _start(kind, location, arg)
    start = _wait_ready(proc)
    if kind == "sync":
        target = rng.random()
        if target < 0.2:   # early: vocabularies, planning
            deadline = start + rng.uniform(0, 0.5)
            while time.perf_counter() < deadline and proc.poll() is None:
                time.sleep(0.01)
            moment = f"{time.perf_counter() - start:.2f} s in"
        else:
            moment = "after it finished"
            for line in proc.stdout:
                if line.startswith("progress "):
                    done, total = map(int, line.split()[1:])
                    if total and done / total >= target:
                        jitter = rng.uniform(0, 0.3)   # between batches, or inside the next one
                        time.sleep(jitter)
                        moment = f"{jitter:.2f} s after {done} of {total} records"
                        break
    else:
        delay = rng.uniform(0.05, 0.95) * duration
        while time.perf_counter() < start + delay and proc.poll() is None:
            time.sleep(0.005)
        moment = f"{delay:.2f} s of {duration:.2f} s in"
    finished = proc.poll() is not None
    if stop is not None:
        stop()
    else:
        proc.kill()
    _, err = proc.communicate()
    if stop is not None and not finished:
        if proc.returncode == 0:
            moment += " (finished anyway)"
        elif "Traceback" in err or not err.startswith("error: ") or len(err.strip().splitlines()) != 1:
            moment += f" UNCLEAR MESSAGE: {err.strip()[-600:]}"
        else:
            moment += f" ({err.strip()[7:90]}...)"
    return moment + (" (had already finished)" if finished else "")


# ---- checks -------------------------------------------------------------------------------------------

def _rows(path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _count(path, sql: str, params=()) -> int:
    return _rows(path, sql, params)[0][0]


def check_whole(path) -> list[str]:
    """SQLite's integrity check, and the search index agreeing with the records."""
    problems = []
    if _rows(path, "PRAGMA integrity_check") != [("ok",)]:
        problems.append("integrity check failed")
    from app.catalogue import Catalogue
    from app.criteria import parse_query
    cat = Catalogue.open(str(path), seed=False)
    try:
        live = _count(path, "SELECT count(*) FROM resource WHERE deleted_at IS NULL")
        if cat.total() != live:
            problems.append(f"the catalogue counts {cat.total()} records, SQL {live}")
        for word in ("fault", "edited", "merged"):
            found = cat.search(parse_query(word)).total
            like = _count(path, "SELECT count(*) FROM resource WHERE deleted_at IS NULL AND lower(title) LIKE ?",
                          (f"%{word}%",))
            if found != like:
                problems.append(f"a search for {word!r} finds {found} records, their titles say {like}")
    finally:
        cat.close()
    return problems


@dataclass
class Outcome:
    scenario: str
    moments: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rerun_s: float = 0.0


def _csv(path: Path, titles: list[str]) -> Path:
    import csv
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["title", "year"])
        for n, title in enumerate(titles):
            out.writerow([title, 1990 + n % 30])
    return path


def _catalogue_with(path: Path, titles: list[str], work: Path) -> Path:
    from app.catalogue import Catalogue
    from app.transfer import service as transfer
    cat = Catalogue.open(str(path), seed=False)
    try:
        if titles:
            transfer.import_file(cat, _csv(work / f"{path.stem}-setup.csv", titles),
                                 transfer.ImportOptions(format="csv", on_duplicate="new"))
    finally:
        cat.close()
    return path


def _calibrate(kind: str, path: Path, arg: str = "") -> float:
    trial = path.with_name(path.stem + "-trial.db")
    shutil.copy(path, trial)
    seconds, err, code = run_whole(kind, trial, arg)
    if code != 0:
        raise RuntimeError(f"{kind} failed uninterrupted: {err[-400:]}")
    for extra in trial.parent.glob(trial.name + "*"):
        extra.unlink()
    return seconds


def scenario_file(kind: str, n: int, kills: int, work: Path, rng: random.Random) -> Outcome:
    out = Outcome(kind)
    path = work / f"{kind}.db"
    arg = ""
    if kind == "import":
        _catalogue_with(path, [f"Fault record {k} kept" for k in range(50)], work)
        arg = str(_csv(work / "import.csv", [f"Fault record {k} imported" for k in range(n)]))
        before, after = {50}, {50 + n}
        def count(path=path):
            return _count(path, "SELECT count(*) FROM resource")
    elif kind == "bulk-edit":
        _catalogue_with(path, [f"Fault record {k}" for k in range(n)], work)
        before, after = {0}, {n}
        def count(path=path):
            return _count(path, "SELECT count(*) FROM resource WHERE title LIKE '%edited%'")
    elif kind == "merge":
        _catalogue_with(path, [f"Pair {k:05d} {side}" for k in range(n) for side in "AB"], work)
        before, after = set(range(n + 1)), {n}
        def count(path=path):
            return _merged_pairs(path, n)
    else:  # empty-trash
        _catalogue_with(path, [f"Fault record {k}" for k in range(n + 100)], work)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE resource SET deleted_at = '2026-01-01T00:00:00Z', version = version + 1 "
                     "WHERE id IN (SELECT id FROM resource ORDER BY id LIMIT ?)", (n,))
        conn.commit()
        conn.close()
        before, after = {n}, {0}
        def count(path=path):
            return _count(path, "SELECT count(*) FROM resource WHERE deleted_at IS NOT NULL")
    duration = _calibrate(kind, path, arg)
    for _ in range(kills):
        out.moments.append(kill_at_random(kind, path, arg, duration, rng))
        problems = check_whole(path)
        value = count()
        if value not in before | after:
            problems.append(f"after the kill the count is {value}, expected one of {sorted(before | after)[:3]}...")
        if kind == "empty-trash" and _count(path, "SELECT count(*) FROM resource WHERE deleted_at IS NULL") != 100:
            problems.append("live records were touched")
        out.problems += [f"after a kill {out.moments[-1]}: {p}" for p in problems]
    out.rerun_s, err, code = run_whole(kind, path, arg)
    if code != 0:
        out.problems.append(f"the rerun failed: {err.strip()[-300:]}")
    value = count()
    if value not in after:
        out.problems.append(f"after the rerun the count is {value}, expected {min(after)}")
    out.problems += [f"after the rerun: {p}" for p in check_whole(path)]
    return out


def _merged_pairs(path, n: int) -> int:
    """Merged pairs, or -1 if a pair is half merged (loser in the trash without its survivor or back)."""
    rows = dict(_rows(path, "SELECT title, deleted_at FROM resource WHERE title LIKE 'Pair %'"))
    merged = 0
    for k in range(n):
        survivor_merged = f"Pair {k:05d} merged" in rows
        loser_gone = rows.get(f"Pair {k:05d} B") is not None
        if survivor_merged != loser_gone:
            return -1
        merged += survivor_merged
    return merged


# ---- syncs --------------------------------------------------------------------------------------------

def scenario_sync(kind: str, new: int, changed: int, kills: int, work: Path, rng: random.Random,
                  server) -> Outcome:
    import psycopg

    from app import bulk_edit
    from app.catalogue import Catalogue
    from app.sync import service as sync
    out = Outcome(kind)
    url = server.url(server.new_database("empty"))
    from app.transfer import service as transfer
    cat = Catalogue.open(url, seed=False)
    try:
        transfer.import_file(cat, _csv(work / f"{kind}-base.csv", [f"Fault record {k} base" for k in range(changed + 50)]),
                             transfer.ImportOptions(format="csv", on_duplicate="new"))
    finally:
        cat.close()
    copy = work / f"{kind}-copy.db"
    sync.make_offline_copy(url, copy)
    _catalogue_with(copy, [f"Fault record {k} new" for k in range(new)], work)
    cat = Catalogue.open(str(copy), seed=False)
    try:
        uids = [u for (u,) in cat.database.execute_sql(
            "SELECT uid FROM resource WHERE title LIKE '%base' ORDER BY title LIMIT ?", (changed,)).fetchall()]
        bulk_edit.apply(cat, uids, bulk_edit.ReplaceText("title", "base", "base edited"))
    finally:
        cat.close()
    total = changed + 50 + new

    def server_titles() -> list[str]:
        with psycopg.connect(url) as conn:
            return [t for (t,) in conn.execute("SELECT title FROM resource").fetchall()]

    stop = None
    if kind == "server-stop":
        def stop():
            server.stop_now()
    for _ in range(kills):
        out.moments.append(kill_at_random("sync", copy, "", 0, rng, stop))
        if kind == "server-stop":
            server.start_again()
        problems = check_whole(copy)
        if "UNCLEAR MESSAGE" in out.moments[-1]:
            problems.append("the sync did not end with one clear line")
        titles = server_titles()
        if len(titles) != len(set(titles)) or len(titles) > total:
            problems.append(f"the server holds {len(titles)} records ({len(set(titles))} different), at most {total}")
        if _count(copy, "SELECT count(*) FROM resource") != total:
            problems.append("the copy lost or doubled records")
        out.problems += [f"after a cut {out.moments[-1]}: {p}" for p in problems]
    out.rerun_s, err, code = run_whole("sync", copy)
    if code != 0:
        out.problems.append(f"the rerun failed: {err.strip()[-300:]}")
    titles = server_titles()
    if sorted(titles) != sorted(t for (t,) in _rows(copy, "SELECT title FROM resource")):
        out.problems.append("after the rerun, the copy and the server differ")
    if len(titles) != total or sum(t.endswith("base edited") for t in titles) != changed:
        out.problems.append(f"after the rerun the server holds {len(titles)} records "
                            f"({sum(t.endswith('base edited') for t in titles)} edited), expected {total} ({changed})")
    if _count(copy, "SELECT count(*) FROM sync_conflict"):
        out.problems.append("the rerun found conflicts: a cut sync must not make any")
    out.problems += [f"after the rerun: {p}" for p in check_whole(copy)]
    return out


# ---- a full disk ---------------------------------------------------------------------------------------

class NoSmallDisk(RuntimeError):
    """A small tmpfs cannot be mounted here (not root, or no permission)."""


def _mount(folder: Path, size_kb: int, remount: bool = False) -> None:
    folder.mkdir(exist_ok=True)
    options = f"{'remount,' if remount else ''}size={size_kb}k"
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise NoSmallDisk(f"cannot mount a {size_kb} KB tmpfs: {result.stderr.strip() or result.returncode}")


def small_disk_refused(work: Path) -> str | None:
    """Why a small tmpfs cannot be mounted here, or None if it can."""
    try:
        _mount(work / "probe-disk", 64)
    except NoSmallDisk as exc:
        return str(exc)
    subprocess.run(["umount", "-l", str(work / "probe-disk")], capture_output=True, check=False)
    return None


def scenario_disk_full(new: int, work: Path, server) -> Outcome:
    """The offline copy lives on a small tmpfs; the server holds far more than fits: the sync stops
    with one clear line, the copy stays whole; given room, the rerun completes."""
    from app.catalogue import Catalogue
    from app.sync import service as sync
    from app.transfer import service as transfer
    out = Outcome("disk-full")
    url = server.url(server.new_database("empty"))
    disk = work / "small-disk"
    _mount(disk, 2048)
    try:
        copy = disk / "field.db"
        sync.make_offline_copy(url, copy)
        used = shutil.disk_usage(disk).used
        cat = Catalogue.open(url, seed=False)
        try:   # about 2 KB of text a record: the copy cannot take them in 2 MB
            titles = [f"Fault record {k} on a full disk " + "word " * 400 for k in range(new)]
            transfer.import_file(cat, _csv(work / "disk-full.csv", titles),
                                 transfer.ImportOptions(format="csv", on_duplicate="new"))
        finally:
            cat.close()
        _, err, code = run_whole("sync", copy)
        out.moments.append(f"copy on a 2 MB tmpfs ({used // 1024} KB used before), {new} records to pull: "
                           f"exit {code}, said {err.strip()[:240]!r}")
        if code == 0:
            out.problems.append("the sync did not notice the full disk")
        elif "Traceback" in err or not err.startswith("error: ") or len(err.strip().splitlines()) != 1:
            out.problems.append(f"the sync did not end with one clear line: {err.strip()[-600:]}")
        elif "disk is full" not in err or "Nothing is lost" not in err:
            out.problems.append(f"the sync did not say the disk is full and nothing is lost: {err.strip()}")
        out.problems += [f"on the full disk: {p}" for p in check_whole(copy)]
        _mount(disk, 256 * 1024, remount=True)
        out.rerun_s, err, code = run_whole("sync", copy)
        if code != 0:
            out.problems.append(f"the rerun failed: {err.strip()[-300:]}")
        import psycopg
        with psycopg.connect(url) as conn:
            server_titles = sorted(t for (t,) in conn.execute("SELECT title FROM resource").fetchall())
        if server_titles != sorted(t for (t,) in _rows(copy, "SELECT title FROM resource")):
            out.problems.append("after the rerun, the copy and the server differ")
        out.problems += [f"after the rerun: {p}" for p in check_whole(copy)]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)
    return out


def run(size: str, kills: int, seed: int, only: list[str], work: Path, server=None) -> list[Outcome]:
    rng = random.Random(seed)
    sizes = SIZES[size]
    outcomes = []
    own = None   # a cluster of its own for the syncs: stopping it must not disturb anything else
    try:
        for kind in only:
            if kind in ("sync", "server-stop", "disk-full"):
                if own is None:
                    from tests.pg_server import PgServer
                    own = PgServer()
                if kind == "disk-full":
                    outcomes.append(scenario_disk_full(sizes["sync-new"], work, own))
                else:
                    outcomes.append(scenario_sync(kind, sizes["sync-new"], sizes["sync-changed"], kills, work,
                                                  rng, own))
            else:
                outcomes.append(scenario_file(kind, sizes[kind], kills, work, rng))
    finally:
        if own is not None:
            own.stop()
    return outcomes


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["work"]:
        return work(*argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=SIZES, default="full")
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--only", default=",".join(SCENARIOS))
    args = parser.parse_args(argv)
    only = [s for s in args.only.split(",") if s]
    if set(only) - set(SCENARIOS):
        parser.error(f"unknown scenario: {', '.join(set(only) - set(SCENARIOS))}")
    folder = Path(tempfile.mkdtemp(prefix="rc-sync-faults-"))
    os.environ.setdefault("RESOURCE_CATALOGUE_BACKUPS", str(folder / "backups"))
    try:
        outcomes = run(args.size, args.kills, args.seed, only, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"kill -9 at random moments (size {args.size}, {args.kills} kills each, seed {args.seed})")
    for o in outcomes:
        status = "whole after every cut, rerun complete" if not o.problems else f"{len(o.problems)} problems"
        print(f"  {o.scenario:12} {status}; rerun {o.rerun_s:.1f} s; cut {'; '.join(o.moments)}")
        for p in o.problems:
            print(f"    FAILED: {p}")
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
