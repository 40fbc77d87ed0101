"""One row per work (issue 15): the search, counts and sorts with View › One row per work on, beside
the same questions with it off, on the synthetic catalogue with 20% of its records in sets of
language versions (pairs and triples).

    python bench/bench_works.py [--records 100000] [--keep PATH] [--repeat 9]

"off" is the baseline measured in the same run (the figures the app meets without the mode);
ratio = on p50 / off p50.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.catalogue import Catalogue  # noqa: E402
from app.criteria import parse_query  # noqa: E402
from bench.synthetic import COMMON, MID, build_catalogue  # noqa: E402
from db import relations as db_relations  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def link_versions(cat: Catalogue, share: float = 0.2) -> int:
    """Join ``share`` of the records into version sets of two and three, by uid."""
    uids = cat.database.execute_sql("SELECT uid FROM resource ORDER BY id").fetchall()
    uids = [u for (u,) in uids]
    chosen = uids[: int(len(uids) * share)]
    rows, i, size = [], 0, 2
    while i + size <= len(chosen):
        group = chosen[i:i + size]
        rows += [db_relations.RelationRow(u, "version", group[0]) for u in group[1:]]
        i += size
        size = 5 - size            # 2, 3, 2, 3...
    with cat.database.atomic():
        db_relations.put_missing(rows)
    return len(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--keep", help="build (or reuse) the catalogue at this path")
    args = parser.parse_args(argv)
    path = Path(args.keep or f"/tmp/rc-bench-works-{args.records}.db")
    if path.exists():
        cat = Catalogue.open(path, seed=False)
    else:
        cat = build_catalogue(path, args.records)
    if not db_relations.version_signature(cat.database)[0]:
        link_versions(cat)
    links = db_relations.version_signature(cat.database)[0]
    preferred = ("th", "en")
    questions = {
        "rows, no criteria (latest)": lambda w: cat.search(parse_query(""), "latest", one_per_work=w, preferred=preferred),
        "rows, common term": lambda w: cat.search(parse_query(COMMON), "latest", one_per_work=w, preferred=preferred),
        "rows, mid term": lambda w: cat.search(parse_query(MID), "latest", one_per_work=w, preferred=preferred),
        "rows, sorted by title": lambda w: cat.search(parse_query(""), "title", one_per_work=w, preferred=preferred),
        "rows, language:th": lambda w: cat.search(parse_query("language:th"), "latest", one_per_work=w,
                                                   preferred=preferred),
        "counts, no criteria": lambda w: cat.facets(parse_query(""), one_per_work=w),
        "counts, mid term": lambda w: cat.facets(parse_query(MID), one_per_work=w),
        "counts, common term": lambda w: cat.facets(parse_query(COMMON), one_per_work=w),
        "counts, language:th": lambda w: cat.facets(parse_query("language:th"), one_per_work=w),
    }
    total = cat.total()
    works_total = cat.facets(parse_query(""), one_per_work=True).total
    print(f"\nOne row per work: {total:,} records, {links:,} version links, {works_total:,} works, "
          f"{os.cpu_count()} cores")
    print(f"{'question':<30}{'off p50':>10}{'off p95':>10}{'on p50':>10}{'on p95':>10}{'ratio':>8}")
    for name, ask in questions.items():
        o50, o95 = timed(lambda ask=ask: ask(False), args.repeat)
        n50, n95 = timed(lambda ask=ask: ask(True), args.repeat)
        print(f"{name:<30}{o50:>10.1f}{o95:>10.1f}{n50:>10.1f}{n95:>10.1f}{n50 / max(o50, 1e-6):>8.1f}")
    print("(milliseconds; ratio = on p50 / off p50)")
    cat.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
