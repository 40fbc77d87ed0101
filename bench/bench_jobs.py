"""What the job runner costs a single write (issue 16): a save on the GUI thread, as the window did
before, beside the same save through ui.jobs.run_write (the writer thread, the window painting
meanwhile), beside a raw sqlite3 UPDATE of the same row, all in the same run.

    python bench/bench_jobs.py [--db CATALOGUE] [--repeats 40]

Without --db a fresh seeded catalogue is made in a temporary folder; with it (e.g. the 100,000-record
catalogue bench_scale.py builds) the edits are written there (notes gain a " ·"). Milliseconds, medians.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app import editing
    from app.catalogue import Catalogue
    from app.criteria import parse_query
    from ui import jobs
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "c.db"
        cat = Catalogue.open(path)
        uid = cat.rows(cat.search(parse_query(""), "latest").ids[:1])[0].uid

        def save() -> None:
            record = cat.record(uid)
            editing.update(cat, uid, replace(record, notes=f"{record.notes} ·".strip()), record.version)

        def timed(*fns) -> list[float]:
            """Each function's median, the functions taking turns (the same machine load for all)."""
            times: list[list[float]] = [[] for _ in fns]
            for _ in range(args.repeats):
                for n, fn in enumerate(fns):
                    start = time.perf_counter()
                    fn()
                    times[n].append((time.perf_counter() - start) * 1000)
            return [statistics.median(t) for t in times]

        save()
        jobs.run_write(save, cat)        # warm both threads' connections
        direct, through_runner = timed(save, lambda: jobs.run_write(save, cat))
        jobs.release(cat)
        cat.close()
        raw = sqlite3.connect(str(path), isolation_level=None)

        def raw_save() -> None:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE resource SET notes = notes || ' ·', version = version + 1 WHERE uid = ?", (uid,))
            raw.execute("COMMIT")
        floor = timed(raw_save)[0]
        raw.close()
    print(f"single write, median of {args.repeats} ({path if args.db else 'seeded catalogue'})")
    print(f"  {'save an edit on the GUI thread (before)':52} {direct:8.2f} ms   floor {floor:6.2f} ms")
    print(f"  {'save an edit through ui.jobs.run_write (after)':52} {through_runner:8.2f} ms   floor {floor:6.2f} ms")
    print(f"  {'cost of the writer thread':52} {through_runner - direct:8.2f} ms")
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
