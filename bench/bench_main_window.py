"""How the main window behaves on a big catalogue: time to first results, time from a criteria
change to the table and to the counts, the longest stall of the GUI thread while typing, scrolling
and reading one record, and memory.

    QT_QPA_PLATFORM=offscreen python bench/bench_main_window.py [--records 100000] [--db PATH]

Builds the synthetic catalogue (bench/synthetic.py) unless --db names an existing one. The GUI
thread's stalls are measured with a 5 ms timer: the longest gap between its ticks is the longest
time the window could not repaint or take a key.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class StallMeter:
    """Records the longest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []

    def start(self):
        self.gaps = []
        self.clock.start()
        self.timer.start()

    def _tick(self):
        self.gaps.append(self.clock.restart())

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


def wait(app, condition, timeout=60.0) -> float:
    """Seconds until ``condition()`` holds, processing events meanwhile."""
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the window did not settle")
        time.sleep(0.001)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", help="an existing catalogue to use (else one is built in a temp folder)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from app.catalogue import Catalogue
    from app.criteria import parse_query
    from bench.synthetic import build_catalogue
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    tmp = tempfile.mkdtemp()
    if args.db and Path(args.db).exists():
        catalogue = Catalogue.open(args.db)
    else:
        path = args.db or os.path.join(tmp, "bench.db")
        t = time.perf_counter()
        build_catalogue(path, args.records).close()
        print(f"built {args.records:,} records in {time.perf_counter() - t:.1f} s")
        catalogue = Catalogue.open(path)
    total = catalogue.total()
    settings = QSettings(os.path.join(tmp, "bench.ini"), QSettings.Format.IniFormat)

    meter = StallMeter()
    t = time.perf_counter()
    window = MainWindow(catalogue, settings)
    window.show()
    built = time.perf_counter() - t
    first = built + wait(app, window.is_settled)
    print(f"catalogue: {total:,} records")
    print(f"window built in {built * 1000:.0f} ms; first results and counts shown after {first * 1000:.0f} ms")

    def measure(label: str, query: str):
        """Set the criteria; time to the table, to the counts, and the worst GUI stall."""
        table_ms, counts_ms, stalls = [], [], []
        for _ in range(args.repeat):
            window.clear_criteria()
            wait(app, window.is_settled)
            meter.start()
            t = time.perf_counter()
            window.set_criteria(parse_query(query))
            table_ms.append(wait(app, lambda: not window.controller.search_pending) * 1000)
            wait(app, window.is_settled)
            counts_ms.append((time.perf_counter() - t) * 1000)
            stalls.append(meter.stop())
        print(f"{label:<34} {window.model.rowCount():>7,} rows  table {statistics.median(table_ms):6.0f} ms"
              f"  counts {statistics.median(counts_ms):6.0f} ms  GUI stall median {statistics.median(stalls):4.0f}"
              f" / worst {max(stalls):4.0f} ms")

    print(f"\n{'criteria change (median of ' + str(args.repeat) + ')':<34} {'result':>12}")
    measure("keyword: housing", "housing")
    measure("keyword: migrant (85% of records)", "migrant")
    measure("tick country:Thailand", "country:Thailand")
    measure("tick two facets", "country:Thailand theme:Housing")
    measure("keyword + facet + years", "housing country:Thailand year:2015..2022")
    measure("Thai-script keyword", "แรงงาน")

    # Typing: one key every 90 ms into the keyword box, as a quick typist; worst stall meanwhile.
    window.clear_criteria()
    wait(app, window.is_settled)
    window.sidebar.focus_keyword()
    meter.start()
    t = time.perf_counter()
    for ch in "housing migrant":
        QTest.keyClick(window.sidebar.keyword.edit, ch)
        end = time.perf_counter() + 0.09
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)
    settle = wait(app, window.is_settled)
    typing_stall = meter.stop()
    print(f"\ntyping 'housing migrant' (90 ms a key): worst GUI stall {typing_stall:.0f} ms; "
          f"settled {settle * 1000:.0f} ms after the last key; {len(window.model.ids()):,} rows")

    # Scrolling: jump to the end of 100k rows and back, page by page.
    window.clear_criteria()
    wait(app, window.is_settled)
    bar = window.table.verticalScrollBar()
    meter.start()
    fetches = window.model.page_fetches
    t = time.perf_counter()
    for step in range(0, 101):
        bar.setValue(bar.maximum() * step // 100)
        app.processEvents()
    scroll_ms = (time.perf_counter() - t) * 1000
    print(f"scroll through {window.model.rowCount():,} rows in 100 jumps: {scroll_ms:.0f} ms, "
          f"{window.model.page_fetches - fetches} pages read, worst GUI stall {meter.stop():.0f} ms, "
          f"{len(window.model._pages)} pages cached")

    # Reading one record.
    times = []
    for row in (0, 5000, 50000, window.model.rowCount() - 1):
        t = time.perf_counter()
        window.table.selectRow(row)
        window._update_detail()
        times.append((time.perf_counter() - t) * 1000)
    print(f"select a row and show its details: median {statistics.median(times):.1f} ms")

    # Sort by title, then by year.
    for column, name in ((0, "title"), (2, "year")):
        t = time.perf_counter()
        window.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        wait(app, lambda: not window.controller.search_pending)
        print(f"sort {total:,} rows by {name}: {(time.perf_counter() - t) * 1000:.0f} ms")

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {rss:.0f} MB")
    window.close()
    catalogue.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
