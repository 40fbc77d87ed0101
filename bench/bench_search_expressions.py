"""Search expressions (issue 19): an expression with three fields, an OR and an exclusion at 100,000
records, beside the simple query's figure and a raw sqlite3 floor measured in the same run.

    python bench/bench_search_expressions.py [--records 100000] [--reuse-dir DIR] [--runs 9] [--json FILE]
                                             [--postgres]

Builds (bench/synthetic.py) or reuses ``<reuse-dir>/c<N>.db``. For each query: "rows" is
Catalogue.search (every matching id, in the default order) plus the first page of 50 rows, what the
window shows first; "counts" is Catalogue.facets (the six sidebar facets and the years), warm (the
facet index loaded, as after the window's warm-up). The floors ask plain sqlite3 the same: the
matching ids newest first plus 50 rows, and one GROUP BY per facet over the matching ids.
Milliseconds, medians of --runs after one untimed run; goals from the issue: rows < 100, counts < 150.
--postgres: the same queries on a throwaway PostgreSQL 15 cluster (tests/pg_server.py) holding the same
synthetic records, app figures only (there every plan is SQL on the server).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import build_catalogue  # noqa: E402

SIMPLE = "country:Thailand type:report"
EXPRESSION = "(country:Thailand OR region:GCC) -type:strategy year:>=2018"
WITH_WORD = "migrant (country:Thailand OR region:GCC) -type:strategy year:>=2018"
QUERIES = (("simple: " + SIMPLE, SIMPLE), ("expression: " + EXPRESSION, EXPRESSION),
           ("expression and a common word: " + WITH_WORD, WITH_WORD))
GOALS = {"rows": 100, "counts": 150}

# The same questions in plain SQL (ids of the seed vocabularies looked up first).
FLOOR_WHERE = {
    SIMPLE: ("r.deleted_at IS NULL AND r.type_id = :report AND r.id IN "
             "(SELECT resource_id FROM resource_country WHERE country_id = :th)"),
    EXPRESSION: ("r.deleted_at IS NULL AND (r.id IN (SELECT resource_id FROM resource_country WHERE country_id = :th) "
                 "OR r.id IN (SELECT resource_id FROM resource_region_match WHERE region_id = :gcc)) "
                 "AND (r.type_id IS NULL OR r.type_id <> :strategy) AND r.year >= 2018"),
}
FLOOR_WHERE[WITH_WORD] = (FLOOR_WHERE[EXPRESSION] + " AND r.id IN (SELECT rowid FROM resource_fts "
                                                     "WHERE resource_fts MATCH '\"migrant\"*')")
FLOOR_FACETS = {"type": None, "theme": ("resource_theme", "theme_id"),
                "region": ("resource_region_match", "region_id"), "country": ("resource_country", "country_id"),
                "language": ("resource_language", "language_id"),
                "organization": ("resource_organization", "organization_id")}


def median_ms(fn, runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def floor_rows(conn, where: str, params: dict):
    ids = [r[0] for r in conn.execute(f"SELECT r.id FROM resource r WHERE {where} ORDER BY r.added_at DESC, "
                                      f"r.id DESC", params)]
    page = ",".join(map(str, ids[:50])) or "NULL"
    conn.execute(f"SELECT r.id, r.title, r.year FROM resource r WHERE r.id IN ({page})").fetchall()
    return ids


def floor_counts(conn, where: str, params: dict) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.hits")
    conn.execute(f"CREATE TEMP TABLE hits AS SELECT r.id FROM resource r WHERE {where}", params)
    for link in FLOOR_FACETS.values():
        if link is None:
            conn.execute("SELECT r.type_id, COUNT(*) FROM hits h JOIN resource r ON r.id = h.id "
                         "GROUP BY r.type_id").fetchall()
        else:
            conn.execute(f"SELECT l.{link[1]}, COUNT(*) FROM hits h JOIN {link[0]} l ON l.resource_id = h.id "
                         f"GROUP BY l.{link[1]}").fetchall()
    conn.execute("SELECT r.year, COUNT(*) FROM hits h JOIN resource r ON r.id = h.id GROUP BY r.year").fetchall()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--reuse-dir", type=Path, default=Path("/tmp/rc-bench"))
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--postgres", action="store_true", help="time the queries on PostgreSQL instead")
    args = parser.parse_args(argv)
    if args.postgres:
        return postgres(args)
    args.reuse_dir.mkdir(parents=True, exist_ok=True)
    path = args.reuse_dir / f"c{args.records // 1000}k.db"
    if not path.exists():
        print(f"building {args.records:,} records at {path} ...", file=sys.stderr, flush=True)
        build_catalogue(path, args.records).close()

    from app.catalogue import Catalogue
    from app.criteria import parse_query
    cat = Catalogue.open(path, seed=False)
    cat.warm_facet_index()
    conn = sqlite3.connect(path)
    params = {
        "th": conn.execute("SELECT id FROM country WHERE code = 'TH'").fetchone()[0],
        "gcc": conn.execute("SELECT id FROM region WHERE name = 'Gulf Cooperation Council'").fetchone()[0],
        "report": conn.execute("SELECT id FROM resource_type WHERE name = 'Report'").fetchone()[0],
        "strategy": conn.execute("SELECT id FROM resource_type WHERE name = 'Strategy'").fetchone()[0],
    }
    results = {}
    print(f"{args.records:,} records; ms, median of {args.runs}; floor = plain sqlite3, same question")
    print(f"{'query':<84} {'matches':>8} {'rows':>7} {'floor':>7} {'counts':>7} {'floor':>7}")
    for name, text in QUERIES:
        crit = parse_query(text)
        found = cat.search(crit)
        floor_ids = floor_rows(conn, FLOOR_WHERE[text], params)
        assert len(floor_ids) == found.total, (name, len(floor_ids), found.total)   # the same question

        def rows(crit=crit):
            result = cat.search(crit)
            cat.rows(result.ids[:50])
        figures = {
            "matches": found.total,
            "rows": median_ms(rows, args.runs),
            "rows_floor": median_ms(lambda text=text: floor_rows(conn, FLOOR_WHERE[text], params), args.runs),
            "counts": median_ms(lambda crit=crit: cat.facets(crit), args.runs),
            "counts_floor": median_ms(lambda text=text: floor_counts(conn, FLOOR_WHERE[text], params), args.runs),
        }
        results[name] = figures
        print(f"{name:<84} {figures['matches']:>8,} {figures['rows']:>7.1f} {figures['rows_floor']:>7.1f} "
              f"{figures['counts']:>7.1f} {figures['counts_floor']:>7.1f}")
    print(f"goals: rows < {GOALS['rows']} ms, counts < {GOALS['counts']} ms")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    conn.close()
    cat.close()
    return 0


def postgres(args) -> int:
    from app.catalogue import Catalogue
    from app.criteria import parse_query
    from tests.pg_server import PgServer
    server = PgServer(durable=True)
    try:
        url = server.url(server.new_database(None))
        t = time.perf_counter()
        build_catalogue(url, args.records).close()
        print(f"loaded {args.records:,} records into PostgreSQL in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        cat = Catalogue.open(url, seed=False)
        cat.database.execute_sql("VACUUM ANALYZE")
        results = {}
        print(f"PostgreSQL 15, {args.records:,} records; ms, median of {args.runs}")
        print(f"{'query':<84} {'matches':>8} {'rows':>7} {'counts':>7}")
        for name, text in QUERIES:
            crit = parse_query(text)

            def rows(crit=crit):
                result = cat.search(crit)
                cat.rows(result.ids[:50])
            figures = {"matches": cat.search(crit).total, "rows": median_ms(rows, args.runs),
                       "counts": median_ms(lambda crit=crit: cat.facets(crit), args.runs)}
            results[name] = figures
            print(f"{name:<84} {figures['matches']:>8,} {figures['rows']:>7.1f} {figures['counts']:>7.1f}")
        print(f"goals: rows < {GOALS['rows']} ms, counts < {GOALS['counts']} ms")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2))
        cat.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
