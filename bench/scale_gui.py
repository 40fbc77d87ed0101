"""The GUI half of bench/bench_scale.py, run in its own process so its memory is the window's own.

    python bench/scale_gui.py DB --t0 MONOTONIC --out FILE [--cold-only] [--rare WORD] [--repeat N]

Starts the window the way ``python main.py --db DB`` does (ui.app.run_gui) and measures from
inside its event loop: ``--t0`` is time.monotonic() taken by the parent just before it started
this process (CLOCK_MONOTONIC is system-wide), so cold start counts the interpreter, the imports,
opening the catalogue, the first search and the first paint of the table with rows in it.
"Rows on screen" everywhere means: the answer reached the table model and the table's viewport
was painted after that model reset. Writes the figures (milliseconds, MB) as JSON to ``--out``.
"""
from __future__ import annotations

import time

T_START = time.monotonic()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

COMMON_WORD = "migrant"
TIMEOUT = 120.0


def rss_mb() -> dict:
    """Current and peak resident memory of this process, from /proc (MB)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss_mb": round(fields.get("VmRSS", 0), 1), "peak_rss_mb": round(fields.get("VmHWM", 0), 1)}


class PhasePeaks:
    """The peak resident memory of each phase of the run, and of the whole run: the kernel's peak
    (VmHWM) is set back to the current RSS at the start of each phase (/proc/self/clear_refs, 5)."""

    def __init__(self):
        self.phases: dict[str, float] = {}
        self.overall = 0.0

    def start(self) -> None:
        self.overall = max(self.overall, rss_mb()["peak_rss_mb"])
        try:
            Path("/proc/self/clear_refs").write_text("5")
        except OSError:   # not Linux, or not allowed: the phases then show the peak so far
            pass

    def end(self, phase: str) -> dict:
        now = rss_mb()
        self.phases[phase] = now["peak_rss_mb"]
        self.overall = max(self.overall, now["peak_rss_mb"])
        return {"rss_mb": now["rss_mb"], "peak_rss_mb": self.overall}


class PaintLog(QObject):
    """Counts paints of the result table's viewport, tagged with the model's reset serial."""

    def __init__(self):
        super().__init__()
        self.window = None
        self.resets = 0
        self.painted_serial = -1     # the newest model reset that has been painted
        self.first_filled_paint: float | None = None

    def attach(self, window) -> None:
        if self.window is window:
            return
        self.window = window
        window.model.modelReset.connect(self._on_reset)

    def _on_reset(self) -> None:
        self.resets += 1

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.Paint:
            return False
        if self.window is None and type(obj.parent()).__name__ == "ResourceTable":
            self.attach(obj.window())    # the first paint may come before the driver's first turn
        w = self.window
        if w is not None and obj is w.table.viewport():
            if w.model.rowCount() > 0:
                self.painted_serial = self.resets
                if self.first_filled_paint is None:
                    self.first_filled_paint = time.monotonic()
        return False


class Driver:
    def __init__(self, app: QApplication, log: PaintLog, args):
        self.app, self.log, self.args = app, log, args
        self.out: dict = {}
        self.window = None

    # ---- waiting -----------------------------------------------------------------------------
    def wait(self, condition) -> float:
        start = time.perf_counter()
        while not condition():
            self.app.processEvents()
            if time.perf_counter() - start > TIMEOUT:
                raise TimeoutError("the window did not settle")
            time.sleep(0.0005)
        return time.perf_counter() - start

    def answered(self) -> bool:
        w = self.window
        return (not w.controller.search_pending and w._results is not None
                and w._results.criteria == w.controller.criteria)

    def on_screen_after(self, start: float) -> float:
        """Milliseconds from ``start`` (perf_counter) to the current answer painted in the table."""
        self.wait(self.answered)
        serial = self.log.resets
        self.wait(lambda: self.log.painted_serial >= serial or self.window.model.rowCount() == 0)
        return (time.perf_counter() - start) * 1000

    def settle(self) -> None:
        self.wait(self.window.is_settled)

    # ---- the run -----------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self._run()
        except Exception as exc:  # report, never hang the parent
            self.out["error"] = f"{type(exc).__name__}: {exc}"
        Path(self.args.out).write_text(json.dumps(self.out, indent=1))
        self.app.exit(0)

    def _run(self) -> None:
        from ui.main_window import MainWindow
        self.wait(lambda: any(isinstance(w, MainWindow) for w in self.app.topLevelWidgets()))
        self.window = next(w for w in self.app.topLevelWidgets() if isinstance(w, MainWindow))
        self.log.attach(self.window)
        t0 = self.args.t0
        self.out["interpreter_started_ms"] = (T_START - t0) * 1000
        self.wait(lambda: self.log.first_filled_paint is not None and self.window.model.page_fetches > 0)
        self.out["cold_table_ms"] = (self.log.first_filled_paint - t0) * 1000
        self.settle()
        self.out["cold_settled_ms"] = (time.monotonic() - t0) * 1000
        self.out["rows"] = self.window.model.rowCount()
        peaks = PhasePeaks()
        self.out["memory_open"] = peaks.end("open")
        self.out["memory_peak_by_phase"] = peaks.phases
        if self.args.cold_only:
            return
        peaks.start()
        self.typing()
        self.out["memory_after_typing"] = peaks.end("typing")
        peaks.start()
        self.facets()
        self.out["memory_after_facets"] = peaks.end("facets")
        peaks.start()
        self.scrolling()
        self.out["memory_after_scroll"] = peaks.end("scroll")
        peaks.start()
        self.sorting()
        self.out["memory_after_sorts"] = peaks.end("sorts")
        peaks.start()
        self.detail_and_edit()
        self.out["memory_end"] = peaks.end("detail and edit")

    def typing(self) -> None:
        """Each word letter by letter; per letter, from the end of the keyword box's pause (the
        query is emitted) to the rows on screen, and to the counts too."""
        w = self.window
        emitted: list[float] = []
        w.sidebar.keyword.query_edited.connect(lambda _text: emitted.append(time.perf_counter()))
        for label, word in (("common", COMMON_WORD), ("rare", self.args.rare)):
            w.clear_criteria()
            self.settle()
            w.sidebar.focus_keyword()
            rows_ms, counts_ms, key_ms = [], [], []
            for ch in word:
                n = len(emitted)
                key = time.perf_counter()
                QTest.keyClick(w.sidebar.keyword.edit, ch)
                self.wait(lambda n=n: len(emitted) > n)
                start = emitted[-1]
                rows_ms.append(self.on_screen_after(start))
                self.settle()
                counts_ms.append((time.perf_counter() - start) * 1000)
                key_ms.append(rows_ms[-1] + (start - key) * 1000)
            self.out[f"type_{label}"] = {"word": word, "rows_ms": rows_ms, "counts_ms": counts_ms,
                                         "key_to_rows_ms": key_ms, "hits": w.model.rowCount()}
        w.clear_criteria()
        self.settle()

    def facets(self) -> None:
        """Tick a country, then a theme on top: time to rows, and to rows and every count."""
        w = self.window
        for label, facet, value in (("country", "country", "TH"), ("theme", "theme", "Housing and living conditions")):
            rows_ms, all_ms = [], []
            for _ in range(self.args.repeat):
                before = w.controller.criteria
                start = time.perf_counter()
                w.filter_by(facet, value)
                rows_ms.append(self.on_screen_after(start))
                self.settle()
                all_ms.append((time.perf_counter() - start) * 1000)
                if _ < self.args.repeat - 1:
                    w.set_criteria(before)
                    self.settle()
            self.out[f"facet_{label}"] = {"rows_ms": rows_ms, "all_ms": all_ms, "hits": w.model.rowCount()}
        w.clear_criteria()
        self.settle()

    def scrolling(self) -> None:
        """Pages fetched while jumping through the whole list; database reads for cached rows."""
        from ui.table.table_model import PAGE_SIZE
        w, model = self.window, self.window.model
        bar = w.table.verticalScrollBar()
        pages = max(1, model.rowCount() // PAGE_SIZE)
        jumps = min(pages, 1000 if not self.args.quick else 20)
        fetch_ms = []
        original = model._fetch

        def timed_fetch(page_no):
            t = time.perf_counter()
            try:
                return original(page_no)
            finally:
                fetch_ms.append((time.perf_counter() - t) * 1000)
        model._fetch = timed_fetch
        start = time.perf_counter()
        for step in range(jumps + 1):
            bar.setValue(bar.maximum() * step // jumps)
            self.app.processEvents()
        scroll_ms = (time.perf_counter() - start) * 1000
        model._fetch = original
        # Every cell of every cached row, every role the view asks for: none may read the database.
        fetches = model.page_fetches
        calls = 0
        for page_no, _page in list(model._pages.items()):
            for row in range(page_no * PAGE_SIZE, min(model.rowCount(), (page_no + 1) * PAGE_SIZE)):
                for col in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        model.data(model.index(row, col), role)
                        calls += 1
        self.out["scroll"] = {"jumps": jumps, "pages_fetched": len(fetch_ms), "page_fetch_ms": fetch_ms,
                              "scroll_total_ms": scroll_ms, "cached_data_calls": calls,
                              "cached_data_calls_reading_db": model.page_fetches - fetches}
        bar.setValue(0)
        self.app.processEvents()

    def sorting(self) -> None:
        from ui.table.table_model import ADDED_COLUMN, COLUMNS
        w = self.window
        header = w.table.horizontalHeader()
        out = {}
        for col, column in enumerate(COLUMNS):
            if column.sort is None:
                continue
            samples = []
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * self.args.repeat:
                start = time.perf_counter()
                header.setSortIndicator(col, order)
                samples.append(self.on_screen_after(start))
            out[column.sort] = samples
        header.setSortIndicator(ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.wait(self.answered)
        self.out["sort_ms"] = out

    def detail_and_edit(self) -> None:
        from app import editing
        w = self.window
        n = w.model.rowCount()
        times = []
        for row in sorted({0, n // 3, n // 2, n - 1}):
            w.table.scrollTo(w.model.index(row, 0))
            self.app.processEvents()
            w.table.selectRow(row)
            start = time.perf_counter()
            w._update_detail()
            self.app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        self.out["detail_ms"] = times
        self.settle()
        uid = w.current_uid() or w.model.rows_data([n - 1])[0].uid
        record = w.catalogue.record(uid)
        start = time.perf_counter()
        changes = editing.update(w.catalogue, uid, replace(record, notes=f"{record.notes} ·".strip()),
                                 record.version)
        write_ms = (time.perf_counter() - start) * 1000
        w.apply_changes(changes)
        shown = self.on_screen_after(start)
        self.settle()
        self.out["save_edit"] = {"write_ms": write_ms, "rows_ms": shown,
                                 "settled_ms": (time.perf_counter() - start) * 1000}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--t0", type=float, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cold-only", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rare", default="zyxwv70001")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    log = PaintLog()
    app.installEventFilter(log)
    driver = Driver(app, log, args)
    QTimer.singleShot(0, driver.run)
    from ui.app import run_gui
    run_gui(args.db)
    return 1 if "error" in driver.out else 0


if __name__ == "__main__":
    sys.exit(main())
