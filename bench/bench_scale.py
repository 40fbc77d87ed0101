"""Scale benchmark (issue 7): the whole app at 100,000 and 1,000,000 resources, end to end, each
figure beside its raw sqlite3 floor measured in the same run.

    python bench/bench_scale.py [--sizes 100000,1000000] [--reuse-dir /work/bench] [--json FILE] [--quick]
                                [--only memory|search] [--cold-only [--before CHECKOUT]]

For each size, builds (bench/synthetic.py) or reuses ``<reuse-dir>/c100k.db`` / ``c1m.db`` /
``c<N>.db``. The window runs in its own process (bench/scale_gui.py, started as ``main.py`` would
start it, offscreen) so memory is the GUI's own: cold start (p50 of several processes), keyword as
typed letter by letter (a common and a rare word), ticking facets, scrolling, sorting by each
column, opening a record, saving an edit, memory. This process times a bulk edit of 10,000 records
(app.bulk_edit.apply; undone afterwards, untimed) and, once, on a 100,000-record catalogue (or the
small one with --quick): export to CSV, RIS and XLSX, and import of those CSV and RIS files into
an empty catalogue. Floors ask the same question of the same file with plain sqlite3 and the
stdlib/openpyxl. Milliseconds unless marked; ratio = app / floor.

The window's processes run with their compiled modules kept (PYTHONPYCACHEPREFIX in the run's
folder; an untimed first start compiles them), as an installed app has them. Cold start is
measured twice (issue 17): with the whole-catalogue counts kept from an earlier session
(db.count_cache; that first start fills them), and on a first open, nothing kept.
``--cold-only`` prints just the cold-start rows (p50 of 3 processes at 1,000,000, 5 below),
and with ``--before CHECKOUT`` the same rows for the window of another checkout of the app (e.g.
main before a change), runs interleaved so both see the same load.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import scale_floors as floors  # noqa: E402
from bench.synthetic import build_catalogue  # noqa: E402

NAMES = {100_000: "c100k.db", 1_000_000: "c1m.db"}
TRANSFER_RECORDS = 100_000


def goals(n: int) -> dict:
    """Goal per kind of figure (ms; MB; records/s), from issue 7 (memory at 1,000,000: issue 17)."""
    action = 100 if n <= 100_000 else 500
    return {"cold": 1500 if n <= 100_000 else None, "action": action, "page": 5,
            "memory": 250 if n <= 100_000 else 300, "rate": 10_000}


def catalogue_for(n: int, reuse_dir: Path | None, work: Path) -> Path:
    folder = reuse_dir or work
    path = folder / NAMES.get(n, f"c{n}.db")
    if not path.exists():
        print(f"building {n:,} records at {path} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        build_catalogue(path, n).close()
        print(f"  built in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    else:
        from app.catalogue import Catalogue   # may upgrade the schema (a backup is kept beside it)
        Catalogue.open(path, seed=False).close()
    return path


def run_gui(db: Path, out: Path, rare: str, cold_only: bool, quick: bool, root: Path = ROOT,
            counts: Path | None = None) -> dict:
    """The window in its own process (``root``: the checkout it runs from); ``counts``: the folder
    where it keeps whole-catalogue counts between starts (default: beside ``out``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(out.parent / "xdg"),
               RESOURCE_CATALOGUE_COUNT_CACHE=str(counts or out.parent / "counts"),
               # Compiled modules kept in the run's own folder, as an installed app has them: a
               # PYTHONDONTWRITEBYTECODE=1 environment would otherwise compile ~200 modules at
               # every start (~0.4 s here), which no user pays.
               PYTHONPYCACHEPREFIX=str(out.parent / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, str(root / "bench" / "scale_gui.py"), str(db), "--out", str(out), "--rare", rare,
           "--repeat", "1" if quick else "3"]
    cmd += ["--cold-only"] if cold_only else []
    cmd += ["--quick"] if quick else []
    out.unlink(missing_ok=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd + ["--t0", repr(t0)], env=env, cwd=root, capture_output=True, text=True, timeout=3600)
    if not out.exists():
        raise RuntimeError(f"the GUI process wrote nothing (exit {proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(out.read_text())
    if "error" in data:
        raise RuntimeError(f"the GUI process failed: {data['error']}\n{proc.stderr[-2000:]}")
    return data


def med(xs) -> float:
    return statistics.median(xs) if xs else float("nan")


class Table:
    """Rows of (figure, app, floor, goal) printed as they come and kept for the JSON."""

    def __init__(self, n: int):
        self.n, self.rows = n, []

    def add(self, name: str, app: float, floor: float | None, goal: float | None, unit: str = "ms",
            higher_is_better: bool = False, note: str = "") -> None:
        ratio = app / floor if floor else None
        met = None if goal is None else (app >= goal if higher_is_better else app <= goal)
        row = {"records": self.n, "name": name, "app": round(app, 2), "floor": None if floor is None else round(floor, 2),
               "ratio": None if ratio is None else round(ratio, 2), "unit": unit, "goal": goal, "met": met, "note": note}
        self.rows.append(row)
        mark = "" if met is None else ("ok" if met else "MISS")
        sign = ">=" if higher_is_better else ("=" if goal == 0 else "<")
        goal_text = "" if goal is None else f"{sign} {goal:g} {mark}"
        print(f"{self.n:>9,} {name:<58}{app:>10.1f}{'' if floor is None else f'{floor:10.1f}':>10}"
              f"{'' if ratio is None else f'{ratio:7.1f}':>7} {unit:<6}{goal_text:<14}{note}", flush=True)


def bench_size(n: int, args, work: Path) -> list[dict]:
    db = catalogue_for(n, args.reuse_dir, work)
    total = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
        "SELECT COUNT(*) FROM resource WHERE deleted_at IS NULL").fetchone()[0]
    rare = f"zyxwv{min(total - 1, total * 7 // 10 + 1)}"
    g, t = goals(n), Table(total)   # goals by the size asked for (a reused file may hold a few more)
    print(f"\n{total:,} records ({db}); rare word {rare!r}", flush=True)

    if args.only == "memory":
        return memory_figures(db, rare, args, work, g, t)
    floor_cold = cold_figures(db, rare, args, work, g, t, n)
    if args.cold_only:
        return t.rows

    gui = run_gui(db, work / "gui.json", rare, False, args.quick)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for _label, key in (("common", "type_common"), ("rare", "type_rare")):
        typed = gui[key]
        floor = [floors.keyword(raw, typed["word"][:i + 1]) for i in range(len(typed["word"]))]
        t.add(f"type '{typed['word']}': rows on screen, median letter", med(typed["rows_ms"]), med(floor),
              g["action"], note=f"worst letter {max(typed['rows_ms']):.0f} ms; {typed['hits']:,} hits")
        t.add(f"type '{typed['word']}': rows + counts, median letter", med(typed["counts_ms"]),
              med([floors.keyword_counts(raw, typed["word"][:i + 1]) for i in range(len(typed["word"]))]),
              g["action"], note=f"worst letter {max(typed['counts_ms']):.0f} ms")
    for label, crit in (("country", {"country": "TH"}),
                        ("theme", {"country": "TH", "theme": "Housing and living conditions"})):
        facet = gui[f"facet_{label}"]
        floor = floors.facet(raw, crit)
        t.add(f"tick {label}: rows on screen", med(facet["rows_ms"]), floor["rows"], g["action"],
              note=f"{facet['hits']:,} hits")
        t.add(f"tick {label}: rows and all counts", med(facet["all_ms"]), floor["all"], g["action"])
    if args.only == "search":   # the edit and memory figures only: no scroll, sort or bulk-edit rows
        raw.close()
        edit_figures(db, gui, g, t)
        t.add("memory: peak at the end of the run (RSS)", gui["memory_end"]["peak_rss_mb"], None, g["memory"],
              unit="MB", note=f"RSS open {gui['memory_open']['rss_mb']:.0f}, at the end "
                              f"{gui['memory_end']['rss_mb']:.0f} MB")
        return t.rows
    scroll_and_sort_figures(gui, raw, g, t)
    t.add("open a record in the detail pane", med(gui["detail_ms"]), floors.detail(raw), g["action"])
    raw.close()
    edit_figures(db, gui, g, t)
    t.add("memory: catalogue open (RSS)", gui["memory_open"]["rss_mb"], med([f["rss_mb"] for f in floor_cold]),
          g["memory"], unit="MB", note="floor: python + sqlite3 holding the ids")
    t.add("memory: peak after a full scroll (RSS)", gui["memory_end"]["peak_rss_mb"], None, g["memory"], unit="MB",
          note=f"RSS after scroll {gui['memory_after_scroll']['rss_mb']:.0f} MB")
    bulk_n = min(10_000, max(1, total // 10))
    app_s, floor_s = floors.bulk_edit(db, bulk_n)
    t.add(f"bulk edit of {bulk_n:,} records (add a keyword)", app_s * 1000, floor_s * 1000, None,
          note=f"{bulk_n / app_s:,.0f} records/s")
    return t.rows


def cold_figures(db: Path, rare: str, args, work: Path, g: dict, t: Table, n: int) -> list[dict]:
    """Cold starts, p50 of several processes each, interleaved: counts kept from an earlier start,
    nothing kept (a first open), the floor, and with --before the other checkout's window (both ways)."""
    runs = 1 if args.quick else (5 if n <= 100_000 else 3)
    kept = work / "counts-kept"
    run_gui(db, work / "prime.json", rare, True, args.quick, counts=kept)   # untimed: compiles, fills the counts
    if args.before:
        run_gui(db, work / "prime-before.json", rare, True, args.quick, root=args.before)
    colds, firsts, befores, befores_first, floor_cold = [], [], [], [], []
    for i in range(runs):
        if args.before:
            befores.append(run_gui(db, work / f"before{i}.json", rare, True, args.quick, root=args.before))
            befores_first.append(run_gui(db, work / f"before-first{i}.json", rare, True, args.quick, root=args.before,
                                         counts=work / f"counts-none-before{i}"))
        colds.append(run_gui(db, work / f"cold{i}.json", rare, True, args.quick, counts=kept))
        firsts.append(run_gui(db, work / f"first{i}.json", rare, True, args.quick, counts=work / f"counts-none{i}"))
        floor_cold.append(floors.cold_start(db))
    floor = med([f["ms"] for f in floor_cold])
    goal_rows, goal_all = (g["cold"], None) if n <= 100_000 else (800, 1500)   # issue 17's goals at 1M
    for label, runs_of in ((" (before)", befores), (" (before), first open", befores_first), ("", colds),
                           (", first open", firsts)):
        if not runs_of:
            continue
        t.add(f"cold start{label}: table painted with rows (p50)", med([c["cold_table_ms"] for c in runs_of]), floor, goal_rows,
              note="floor: python + sqlite3 ids and first page")
        t.add(f"cold start{label}: rows and all counts (p50)", med([c["cold_settled_ms"] for c in runs_of]), None,
              goal_all, note="counts kept from an earlier start" if label == "" else "")
        t.add("  of which interpreter start", med([c["interpreter_started_ms"] for c in runs_of]), None, None)
    return floor_cold


def scroll_and_sort_figures(gui: dict, raw, g: dict, t: Table) -> None:
    scroll = gui["scroll"]
    t.add("scroll: a page of 100 rows fetched", med(scroll["page_fetch_ms"]), floors.page(raw), g["page"],
          note=f"{scroll['pages_fetched']} pages in {scroll['jumps']} jumps, worst "
               f"{max(scroll['page_fetch_ms'], default=0):.1f} ms")
    t.add("scroll: data() calls on cached rows reading the db", scroll["cached_data_calls_reading_db"], None, 0,
          unit="calls", note=f"of {scroll['cached_data_calls']:,} calls")
    for sort, samples in gui["sort_ms"].items():
        t.add(f"sort by {sort} (asc/desc): rows on screen", med(samples), floors.sort(raw, sort), g["action"],
              note=f"worst {max(samples):.0f} ms")


def edit_figures(db: Path, gui: dict, g: dict, t: Table) -> None:
    t.add("save an edit: written", gui["save_edit"]["write_ms"], floors.save_edit(db), g["action"])
    t.add("save an edit: rows on screen again", gui["save_edit"]["rows_ms"], None, g["action"])
    t.add("save an edit: window settled again", gui["save_edit"]["settled_ms"], None, None,
          note="rows, facet counts and the Library's counts (these wait 300 ms for more writes)")


def memory_figures(db: Path, rare: str, args, work: Path, g: dict, t: Table) -> list[dict]:
    """``--only memory``: one window run (the same steps, so the same peak), reporting only its
    memory, scroll and sort figures; no cold-start repeats, bulk edit or import/export."""
    gui = run_gui(db, work / "gui.json", rare, False, args.quick)
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    scroll_and_sort_figures(gui, raw, g, t)
    raw.close()
    t.add("memory: catalogue open (RSS)", gui["memory_open"]["rss_mb"], floors.cold_start(db)["rss_mb"],
          g["memory"], unit="MB", note="floor: python + sqlite3 holding the ids")
    phases = ", ".join(f"{k[len('memory_after_'):]} {gui[k]['rss_mb']:.0f}/{gui[k]['peak_rss_mb']:.0f}"
                       for k in ("memory_after_typing", "memory_after_facets", "memory_after_sorts") if k in gui)
    t.add("memory: after a full scroll (RSS)", gui["memory_after_scroll"]["rss_mb"], None, g["memory"], unit="MB",
          note=f"RSS/peak after {phases}")
    by_phase = ", ".join(f"{phase} {mb:.0f}" for phase, mb in gui.get("memory_peak_by_phase", {}).items())
    t.add("memory: peak at the end of the run (RSS)", gui["memory_end"]["peak_rss_mb"], None, g["memory"],
          unit="MB", note=f"RSS at the end {gui['memory_end']['rss_mb']:.0f} MB; peak by phase: {by_phase}")
    return t.rows


def bench_transfer(db: Path, n: int, work: Path) -> list[dict]:
    t = Table(n)
    print(f"\nimport/export of {n:,} records (records/s; floor: sqlite3 + csv/openpyxl)", flush=True)
    for name, (app_s, floor_s, count) in floors.transfer(db, work).items():
        t.add(name, count / app_s, count / floor_s, goals(n)["rate"], unit="rec/s", higher_is_better=True,
              note=f"{app_s:.1f} s (floor {floor_s:.1f} s)")
    return t.rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--reuse-dir", type=Path, help="folder of catalogues to reuse (built there if missing)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--quick", action="store_true", help="one repeat of each; for the smoke test")
    parser.add_argument("--skip-transfer", action="store_true")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the cold-start rows (issue 17), beside the floor")
    parser.add_argument("--before", type=Path,
                        help="with --cold-only: also start the window of this checkout (e.g. main), interleaved")
    parser.add_argument("--only", choices=("memory", "search"),
                        help="memory: one window run, its memory/scroll/sort figures only (no import/export); "
                             "search: cold starts and one window run, its typing, ticking and edit figures")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    result = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": f"{os.cpu_count()} cores, {platform.platform()}, "
              f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}", "rows": []}
    print(f"{'records':>9} {'figure':<58}{'app':>10}{'floor':>10}{'ratio':>7} {'unit':<6}{'goal':<14}note")
    with tempfile.TemporaryDirectory(prefix="rc-scale-") as tmp:
        work = Path(tmp)
        for n in sizes:
            result["rows"] += bench_size(n, args, work)
            if args.json:
                Path(args.json).write_text(json.dumps(result, indent=1))
        if not args.skip_transfer and not args.only and not args.cold_only:
            transfer_n = min([n for n in sizes if n >= TRANSFER_RECORDS] or sizes)
            db = catalogue_for(transfer_n, args.reuse_dir, work)
            if transfer_n > TRANSFER_RECORDS:
                db = catalogue_for(TRANSFER_RECORDS, args.reuse_dir, work)
            result["rows"] += bench_transfer(db, min(transfer_n, TRANSFER_RECORDS), work)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
