"""Load and fault checks on one SQLite catalogue (issue 18): many writers, a full disk, kill -9.

    python tools/load_faults.py [--quick] [--records N] [--keep DIR]

1. Four processes write at once: an import of N records, a second import of N/2, a bulk edit of
   every record of a base set (twice), and single edits one after another; while the big import
   runs, ``search`` is run again and again. Every process must finish (exit 0), every write must be
   there afterwards, and ``PRAGMA integrity_check`` must say ok. Figures: the wall time of each,
   the slowest single edit, the slowest search.
2. A disk that fills during an import and during an export: a small tmpfs when this machine lets us
   mount one (root), else a loop-mounted ext2 image, else (said so) SQLite's max_page_count, which
   makes SQLite report exactly what a full disk does ("database or disk is full"). The import must
   fail in one line, the catalogue stay whole and unchanged; the export must fail in one line and
   leave the old file as it was, and no temporary file.
3. kill -9 during a package import with many attachments, while files are being unpacked: the
   catalogue is unchanged, and the next open leaves no unpacked file behind; a rerun imports all.

Prints each figure and ends with "ALL OK" (exit 0) or the checks that failed (exit 1).
tests/test_load_faults.py runs ``--quick`` in the suite.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FAILED: list[str] = []


def check(ok: bool, what: str) -> None:
    print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        FAILED.append(what)


def cli(db: Path, *args, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, str(ROOT / "main.py"), "--db", str(db), *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def python(code: str, *args) -> subprocess.Popen:
    return subprocess.Popen([PYTHON, "-c", code, *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def write_csv(path: Path, prefix: str, n: int, summary_words: int = 8) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "summary", "year", "keywords"])
        for i in range(n):
            writer.writerow([f"{prefix} {i} on labour migration", f"Summary {i} " * summary_words, 1990 + i % 30, "load"])
    return path


def count(db: Path, where: str = "1=1", params=()) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM resource WHERE {where}", params).fetchone()[0]


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# ---- 1. four writers -------------------------------------------------------------------------------

BULK = """
import sys, time
from app.catalogue import Catalogue
from app import bulk_edit
cat = Catalogue.open(sys.argv[1])
uids = [r[0] for r in cat.database.execute_sql("SELECT uid FROM resource WHERE title LIKE 'Base %'").fetchall()]
for op in (bulk_edit.AddValue("keyword", "bulk-edited"),
           bulk_edit.ReplaceText("summary", "Summary", "Abstract")):
    t = time.perf_counter()
    changes = bulk_edit.apply(cat, uids, op)
    print(len(changes.updated), round(time.perf_counter() - t, 2), flush=True)
cat.close()
"""

SEARCH = """
import sys, time
from app.catalogue import Catalogue
from app.criteria import parse_query
t = time.perf_counter()
cat = Catalogue.open(sys.argv[1])
cat.search(parse_query("housing"), "latest")
print(round(time.perf_counter() - t, 3))
cat.close()
"""

SINGLE = """
import sys, time
from dataclasses import replace
from app.catalogue import Catalogue
from app import editing
cat = Catalogue.open(sys.argv[1])
n = int(sys.argv[2])
uids = [r[0] for r in cat.database.execute_sql(
    "SELECT uid FROM resource WHERE title NOT LIKE 'Base %' ORDER BY id LIMIT 20").fetchall()]
slowest = 0.0
for i in range(n):
    uid = uids[i % len(uids)]
    rec = cat.record(uid)
    t = time.perf_counter()
    editing.update(cat, uid, replace(rec, notes=f"single edit {i}"), rec.version)
    slowest = max(slowest, time.perf_counter() - t)
    time.sleep(0.05)
print(round(slowest, 2), flush=True)
cat.close()
"""


def four_writers(work: Path, records: int, edits: int) -> dict:
    print(f"1. four writers at once ({records:,} + {records // 2:,} imported, bulk edits, {edits} single edits)")
    db = work / "writers.db"
    base = write_csv(work / "base.csv", "Base", max(200, records // 10))
    proc = cli(db, "import", base)
    proc.communicate()
    big = write_csv(work / "big.csv", "Big", records)
    other = write_csv(work / "other.csv", "Other", records // 2)
    before = count(db)
    start = time.perf_counter()
    procs = {"import": cli(db, "import", big), "import 2": cli(db, "import", other),
             "bulk edit": python(BULK, db), "single edits": python(SINGLE, db, edits)}
    searches = []        # (whole process, open + search inside it, exit code)
    while procs["import"].poll() is None:
        t = time.perf_counter()
        s = python(SEARCH, db)
        out, err = s.communicate()
        inside = float(out.strip() or "nan") if s.returncode == 0 else float("nan")
        searches.append((time.perf_counter() - t, inside, s.returncode))
        if s.returncode != 0:
            print(f"  a search failed: {err.strip()[-600:]}", flush=True)
        time.sleep(0.2)
    ends, outputs = {}, {}
    for name, p in procs.items():
        outputs[name] = p.communicate()
        ends[name] = time.perf_counter() - start
        check(p.returncode == 0, f"{name} finished (exit {p.returncode}) in {ends[name]:.1f} s"
              + ("" if p.returncode == 0 else f": {outputs[name][1].strip()[-300:]}"))
    base_n = max(200, records // 10)
    check(count(db) == before + records + records // 2, f"all {records + records // 2:,} imported records present")
    with sqlite3.connect(db) as conn:
        tagged = conn.execute(
            "SELECT count(*) FROM resource r JOIN resource_keyword rk ON rk.resource_id = r.id "
            "JOIN keyword k ON k.id = rk.keyword_id WHERE k.name = 'bulk-edited'").fetchone()[0]
        replaced = conn.execute("SELECT count(*) FROM resource WHERE title LIKE 'Base %' "
                                "AND summary LIKE 'Abstract%'").fetchone()[0]
        notes = {row[0] for row in conn.execute("SELECT notes FROM resource WHERE notes LIKE 'single edit %'")}
    check(tagged == base_n and replaced == base_n, f"both bulk edits on all {base_n} base records")
    last = {f"single edit {i}" for i in range(max(0, edits - 20), edits)}
    check(last <= notes, f"the last single edit of each record present ({len(notes)} records)")
    check(integrity(db) == "ok", "integrity_check ok")
    slowest_search = max((t for _, t, _ in searches), default=0.0)
    slowest_process = max((t for t, _, _ in searches), default=0.0)
    check(bool(searches) and all(code == 0 for _, _, code in searches),
          f"{len(searches)} searches during the imports answered: open + search at most {slowest_search:.2f} s "
          f"(whole process with Python's start on the loaded machine: at most {slowest_process:.1f} s)")
    single = outputs["single edits"][0].strip()
    print(f"  slowest single edit (waits for the imports): {single} s", flush=True)
    return {"searches": len(searches), "slowest_search_s": round(slowest_search, 3),
            "slowest_search_process_s": round(slowest_process, 1),
            "slowest_single_edit_s": float(single or 0), **{f"{k}_s": round(v, 1) for k, v in ends.items()}}


# ---- 2. a full disk --------------------------------------------------------------------------------

def _mount_small(path: Path, size_kb: int) -> str | None:
    """Mount a small filesystem at ``path``: 'tmpfs', 'loop', or None if this machine does not allow it."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return None
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(path)],
                      capture_output=True).returncode == 0:
        return "tmpfs"
    image = path.parent / f"{path.name}.img"
    with open(image, "wb") as fh:
        fh.truncate(size_kb * 1024)
    if (subprocess.run(["mkfs.ext2", "-q", "-F", str(image)], capture_output=True).returncode == 0 and
            subprocess.run(["mount", "-o", "loop", str(image), str(path)], capture_output=True).returncode == 0):
        return "loop"
    return None


def _unmount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True)


def full_disk(work: Path, records: int) -> dict:
    print("2. the disk fills during an import and during an export")
    source = write_csv(work / "fill.csv", "Fill", records, summary_words=150)
    mnt = work / "small"
    # The catalogue (~1 MB with the seed) fits; an import of the records does not.
    kind = _mount_small(mnt, 2048)
    figures: dict = {"method": kind or "max_page_count (no mount allowed here)"}
    try:
        db = (mnt if kind else work) / "full.db"
        created = cli(db, "search", "x")
        created.communicate()
        before, pages = count(db), sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
        if kind:
            used = shutil.disk_usage(mnt)
            print(f"  {kind} of {used.total // 1024} KB, {used.free // 1024} KB free", flush=True)
            p = cli(db, "import", source)
        else:
            print("  no tmpfs or loop mount allowed: SQLite's max_page_count stands in for the full disk")
            p = python("import sys\nfrom db import connection\n"
                       "connection.SQLITE_PRAGMAS['max_page_count'] = int(sys.argv[1])\n"
                       "from main import main\nsys.exit(main(sys.argv[2:]))", pages + 40, "--db", db, "import", source)
        out, err = p.communicate()
        check(p.returncode == 1 and "disk is full" in err and "Traceback" not in err,
              f"import on a full disk: exit {p.returncode}, {err.strip().splitlines()[-1] if err.strip() else ''!r}")
        check(count(db) == before and integrity(db) == "ok", "catalogue unchanged and whole after the failed import")
        # The export: the catalogue has room, the folder the export goes to does not.
        big = work / "export.db"
        p = cli(big, "import", source)
        p.communicate()
        if kind:
            _unmount(mnt)
            kind = _mount_small(mnt, 256)
        target_dir = mnt if kind else work
        old = target_dir / "old.csv"
        old.write_text("the previous export\n", encoding="utf-8")
        if kind:
            filler = target_dir / "filler"
            free = shutil.disk_usage(target_dir).free
            filler.write_bytes(b"\0" * max(0, free - 64 * 1024))
            p = cli(big, "export", "--format", "csv", "-o", old)
            out, err = p.communicate()
            check(p.returncode == 1 and "disk is full" in err and "Traceback" not in err,
                  f"export to a full disk: exit {p.returncode}, {err.strip()!r}")
            check(old.read_text(encoding="utf-8") == "the previous export\n", "the old file is untouched")
            leftovers = [x.name for x in target_dir.iterdir() if x.name not in ("old.csv", "filler", "lost+found")]
            check(not leftovers, f"no temporary file left ({leftovers})")
        else:
            print("  (export on a full disk needs a small mount; not possible here)")
            figures["export"] = "not run"
    finally:
        if kind:
            _unmount(mnt)
    return figures


# ---- 3. kill -9 during a package import ---------------------------------------------------------------

def _package(path: Path, files: int, size: int = 2048) -> Path:
    records = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(files):
            data = os.urandom(size) + str(i).encode()
            rel = f"r{i}/file{i}.bin"
            zf.writestr("attachments/" + rel, data)
            records.append({"uid": f"00000000-0000-4000-8000-{i:012d}", "title": f"Packaged {i}", "version": 1,
                            "added_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z",
                            "attachments": [{"uid": f"00000000-0000-4000-9000-{i:012d}", "file_name": f"file{i}.bin",
                                             "path": rel, "sha256": hashlib.sha256(data).hexdigest(),
                                             "size": len(data), "added_at": "2024-01-01T00:00:00Z"}]})
        zf.writestr("catalogue.json", json.dumps({"format": "resource-catalogue", "version": 1, "records": records}))
        zf.writestr("manifest.json", json.dumps({"format": "resource-catalogue-package", "version": 1}))
    return path


def kill_package_import(work: Path, files: int) -> dict:
    print(f"3. kill -9 while a package with {files:,} attachments is unpacked")
    db = work / "killed.db"
    cli(db, "search", "x").communicate()
    before = count(db)
    # Few files (the quick run) are each made larger, so that unpacking lasts long enough (~0.1 s and
    # more) for the kill to land inside it on a loaded machine, not after the commit.
    package = _package(work / "many.zip", files, 2048 if files >= 1000 else 128 * 1024)
    root = work / "killed-attachments"
    p = cli(db, "import", package)
    deadline = time.monotonic() + 120
    staged = 0
    while time.monotonic() < deadline and p.poll() is None:
        staging = list(root.glob(".incoming-*")) if root.is_dir() else []
        staged = sum(1 for d in staging for _ in d.rglob("*.bin"))
        if staged >= files // 3:
            break
        time.sleep(0.02)
    p.send_signal(signal.SIGKILL)
    p.communicate()
    check(staged > 0, f"killed with {staged} files unpacked")
    check(count(db) == before and integrity(db) == "ok", "catalogue unchanged and whole after kill -9")
    cli(db, "search", "x").communicate()        # the next open settles what the killed import left
    left = [x for x in root.rglob("*") if x.is_file()] if root.is_dir() else []
    check(not left, f"no unpacked file left after the next open ({len(left)})")
    p = cli(db, "import", package)
    out, err = p.communicate()
    files_now = [x for x in root.rglob("*.bin")]
    check(p.returncode == 0 and count(db) == before + files and len(files_now) == files,
          f"a rerun imports all {files} records and files ({len(files_now)})")
    return {"files_unpacked_when_killed": staged}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for the test suite")
    parser.add_argument("--records", type=int, default=None, help="records in the big import (default 100,000)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    records = args.records or (1500 if args.quick else 100_000)
    work = args.keep or Path(tempfile.mkdtemp(prefix="load-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    figures = {}
    try:
        figures["four_writers"] = four_writers(work, records, 15 if args.quick else 200)
        figures["full_disk"] = full_disk(work, 1000 if args.quick else 20_000)
        figures["kill_package_import"] = kill_package_import(work, 150 if args.quick else 3000)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))
    if FAILED:
        print(f"FAILED: {len(FAILED)} checks: " + "; ".join(FAILED))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
