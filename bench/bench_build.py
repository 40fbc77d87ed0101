"""Field build benchmark (issue 12): the size of the one-folder build and its archive, and the cold
start of the built app to rows painted on a 100,000-record catalogue beside the same start from the
virtual environment (``python main.py``), in one run, alternating the two.

    python bench/bench_build.py [--build] [--dist dist] [--records 100000] [--repeat 5]
                                [--reuse-dir DIR] [--json FILE]

--build runs tools/build_app.sh first (nice'd) and times it; otherwise the build in --dist is used.
Each start is a new process with RESOURCE_CATALOGUE_QUIT_AFTER_PAINT=1 on the offscreen platform:
the time is from starting the process to the app's "painted N rows" line (ui/first_paint.py), the
moment the table first shows rows. The operating system's file cache is warm for both (the first,
untimed start of each warms it); "cold" means a new process, a new Python, a new Qt, the catalogue
opened from nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAME = "resource-catalogue"


def folder_mb(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def build(dist: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["nice", "-n", "10", "bash", "tools/build_app.sh"], cwd=ROOT, check=True,
                   env=dict(os.environ, PYTHON=sys.executable, RC_DIST_DIR=str(dist)))
    return time.perf_counter() - start


def catalogue(n: int, reuse_dir: Path | None, work: Path) -> Path:
    folder = reuse_dir or work
    path = folder / f"field-c{n}.db"
    if not path.exists():
        from bench.synthetic import build_catalogue
        print(f"building {n:,} records at {path} ...", file=sys.stderr, flush=True)
        build_catalogue(path, n).close()
    return path


def start_to_paint(command: list[str], home: Path, timeout: float = 300) -> tuple[float, float]:
    """Seconds from starting ``command`` to its "painted N rows" line, and the processor seconds
    (user + system) the process used in all; the second figure hardly moves when the machine is busy."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT": "1", "LANG": "C.UTF-8"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    painted = None
    for line in proc.stderr:
        if line.startswith("painted ") and painted is None:
            painted = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if painted is None or proc.returncode != 0:
        raise SystemExit(f"{command[0]} did not paint rows (exit {proc.returncode})")
    return painted, usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="store_true", help="run tools/build_app.sh first and time it")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reuse-dir", type=Path)
    parser.add_argument("--json")
    args = parser.parse_args(argv)

    figures: dict = {}
    if args.build:
        figures["build_s"] = round(build(args.dist), 1)
    folder = args.dist / NAME
    if not (folder / NAME).exists():
        raise SystemExit(f"no build at {folder}: run bash tools/build_app.sh or pass --build")
    figures["folder_mb"] = round(folder_mb(folder), 1)
    archives = sorted(args.dist.glob(f"{NAME}-*.tar.gz")) + sorted(args.dist.glob(f"{NAME}-*.zip"))
    if archives:
        figures["archive"] = archives[-1].name
        figures["archive_mb"] = round(archives[-1].stat().st_size / 1e6, 1)

    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        work = Path(tmp)
        db = catalogue(args.records, args.reuse_dir, work)
        home = work / "home"
        home.mkdir()
        commands = {"built": [str(folder / NAME), "--db", str(db)],
                    "venv": [sys.executable, str(ROOT / "main.py"), "--db", str(db)]}
        for command in commands.values():   # untimed: warms the file cache, upgrades nothing twice
            start_to_paint(command, home)
        times: dict[str, list[float]] = {k: [] for k in commands}
        cpu: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(args.repeat):
            for key, command in commands.items():
                wall, used = start_to_paint(command, home)
                times[key].append(wall)
                cpu[key].append(used)
    for key, values in times.items():
        figures[f"start_{key}_p50_ms"] = round(statistics.median(values) * 1000)
        figures[f"start_{key}_min_ms"] = round(min(values) * 1000)
        figures[f"start_{key}_cpu_p50_ms"] = round(statistics.median(cpu[key]) * 1000)
    figures["load_average"] = os.getloadavg()[0]
    figures["records"] = args.records
    figures["repeat"] = args.repeat

    print(f"folder {figures['folder_mb']} MB (goal <= 200), archive {figures.get('archive_mb', '-')} MB "
          f"(goal <= 90)" + (f", build {figures['build_s']} s" if "build_s" in figures else ""))
    print(f"cold start to rows painted, {args.records:,} records, p50 of {args.repeat} (min):")
    for key, label in (("built", "built app"), ("venv", "venv main.py")):
        print(f"  {label:<16} {figures[f'start_{key}_p50_ms']:>6} ms (min {figures[f'start_{key}_min_ms']} ms), "
              f"processor time {figures[f'start_{key}_cpu_p50_ms']} ms")
    print(f"  ratio built/venv {figures['start_built_p50_ms'] / figures['start_venv_p50_ms']:.2f} wall, "
          f"{figures['start_built_cpu_p50_ms'] / figures['start_venv_cpu_p50_ms']:.2f} processor "
          f"(load average {figures['load_average']:.1f} on {os.cpu_count()} cores)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
