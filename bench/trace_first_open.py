"""Where a window's opening spends its time: a timeline of one start, by thread.

    python bench/trace_first_open.py DB [--counts FOLDER]

Starts the window on DB the way ``python main.py --db DB`` does (through bench/scale_gui.py's driver,
offscreen), with the whole-catalogue work of db.queries, db.quality and db.search_plan wrapped to note
when each call begins and ends and on which thread, and notes when the window's own milestones come
(rows painted, the whole answer, the counts, each runner idle, settled). Prints the timeline in
milliseconds from the interpreter's start. ``--counts``: the folder of kept counts (default: a new
empty one, i.e. a first open; give the same folder twice to see a start with counts kept).
Not a benchmark (the wrapping costs a little); bench/bench_scale.py --cold-only gives the figures.
"""
from __future__ import annotations

import time

T0 = time.monotonic()

import argparse  # noqa: E402
import functools  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EVENTS: list[tuple[float, str, str]] = []


def note(what: str) -> None:
    EVENTS.append(((time.monotonic() - T0) * 1000, threading.current_thread().name, what))


def traced(owner, name: str) -> None:
    """Wrap ``owner.name`` to note its start and end (with the part, for everything_part)."""
    fn = getattr(owner, name)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        label = f"{name} {args[1]}" if name == "everything_part" else name
        note(f"> {label}")
        try:
            return fn(*args, **kwargs)
        finally:
            note(f"< {label}")
    setattr(owner, name, wrapper)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    parser.add_argument("--counts", help="folder of kept counts (default: a new empty one)")
    args = parser.parse_args()
    os.environ["RESOURCE_CATALOGUE_COUNT_CACHE"] = args.counts or tempfile.mkdtemp(prefix="trace-counts-")
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="trace-config-"))

    import scale_gui
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from db import quality, queries, search_plan
    for owner, name in ((queries, "everything_part"), (queries, "total_live"), (queries, "first_live_ids"),
                        (quality, "count_all"), (search_plan.SearchPlanner, "_live_order"),
                        (search_plan.SearchPlanner, "facet_counts"), (search_plan.SearchPlanner, "warm_facet_index")):
        traced(owner, name)

    class Tracer(scale_gui.Driver):
        def _run(self) -> None:
            from ui.main_window import MainWindow
            self.wait(lambda: any(isinstance(w, MainWindow) for w in self.app.topLevelWidgets()))
            note("window made")
            self.window = w = next(x for x in self.app.topLevelWidgets() if isinstance(x, MainWindow))
            self.log.attach(w)
            milestones = {
                "rows painted": lambda: self.log.first_filled_paint is not None,
                "whole answer": lambda: w._results is not None and w._results.criteria == w.controller.criteria,
                "counts shown": lambda: w._counts is not None and w._counts.criteria == w.controller.criteria,
                "background idle": lambda: not w.background.is_busy(),
                "worker idle": lambda: not w.runner.is_busy(),
                "settled": w.is_settled}
            seen: set[str] = set()
            while "settled" not in seen:
                for name, reached in milestones.items():
                    if name not in seen and reached():
                        seen.add(name)
                        note(name)
                self.app.processEvents()
                time.sleep(0.001)

    class Options:
        out = os.path.join(tempfile.mkdtemp(prefix="trace-out-"), "trace.json")
        cold_only, quick, t0 = True, True, T0

    app = QApplication(sys.argv[:1])
    log = scale_gui.PaintLog()
    app.installEventFilter(log)
    tracer = Tracer(app, log, Options())
    QTimer.singleShot(0, tracer.run)
    from ui.app import run_gui
    run_gui(args.db)
    for at, thread, what in sorted(EVENTS):
        print(f"{at:9.1f} ms  {thread:18} {what}")
    return 1 if "error" in tracer.out else 0


if __name__ == "__main__":
    sys.exit(main())
