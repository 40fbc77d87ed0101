"""Issue 17's figures, each beside a raw floor measured in the same run.

    python bench/bench_speed17.py duplicates --records 100000 [--keep DIR] [--repeat 3] [--reference]

duplicates: "Likely duplicates" (app.duplicates.find_pairs) on a synthetic catalogue
   (bench/synthetic.py, built once into ``--keep``). Floor: plain sqlite3 reading the same columns and
   the organization links, and grouping the exact keys (lower-cased DOI, ISBN, URL) in a dict: the
   reading any method needs before it compares a title. ``--reference`` also runs the pair-by-pair
   difflib search it replaced (tests/duplicates_reference.py) once, and checks both give the same pairs.

counts: the first facet counts of a search (a very common word and a ticked country) after an edit of
   one record (a theme added), with the facet index loaded before the edit: the index updated from the
   change feed (schema v7), beside the same counts with nothing changed (the floor: counting alone) and
   the whole load that came before issue 17 (the planner made to forget its last index).

bulk: a bulk edit (app.bulk_edit.apply) of 10,000 records of the catalogue: a keyword, a theme and a
   country added (each removed again, untimed). Floor: plain sqlite3 adding the same links, bumping
   the versions and writing one history row a record, in one transaction; for the keyword also a
   floor with the records' FTS5 rows (word and trigram) written again with the keyword added.

bibliography: 1,000 records as an APA bibliography, built (formatted) and written as HTML and as DOCX:
   the first time (nothing kept yet), again (each reference kept per style), and as before issue 17
   (citeproc-py's own lookups, nothing kept). Floor: the same records' titles, authors and years
   written with html.escape into an HTML list (the writing alone, no citation style).

Every figure is the median of ``--repeat`` runs, wall-clock and CPU time of this process (on a shared
machine the CPU time is the steadier of the two); the load average is printed with them.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.catalogue import Catalogue  # noqa: E402
from bench.synthetic import build_catalogue  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(median wall s, median CPU s, last result)."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def line(name: str, wall: float, cpu: float, floor: tuple[float, float] | None = None) -> None:
    text = f"{name:<48} {wall * 1000:>9,.0f} ms wall {cpu * 1000:>9,.0f} ms CPU"
    if floor:
        text += (f"   floor {floor[0] * 1000:,.0f} / {floor[1] * 1000:,.0f} ms"
                 f"   ratio {wall / floor[0]:.1f} / {cpu / floor[1]:.1f}")
    print(text, flush=True)


def catalogue_file(n: int, keep: Path) -> Path:
    path = keep / f"c{n}.db"
    if not path.exists():
        print(f"building {n:,} records at {path} ...", file=sys.stderr, flush=True)
        build_catalogue(path, n).close()
    return path


def duplicates_floor(path: Path) -> int:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT id, uid, title, year, doi, isbn, url, added_at FROM resource "
                       "WHERE deleted_at IS NULL").fetchall()
    orgs: dict[int, set[int]] = {}
    for rid, oid in con.execute("SELECT resource_id, organization_id FROM resource_organization"):
        orgs.setdefault(rid, set()).add(oid)
    groups: dict[tuple[int, str], list[int]] = {}
    for row in rows:
        for column in (4, 5, 6):
            if row[column]:
                groups.setdefault((column, row[column].lower()), []).append(row[0])
    con.close()
    return sum(len(ids) > 1 for ids in groups.values())


def bench_duplicates(args) -> None:
    from app import duplicates
    path = catalogue_file(args.records, args.keep)
    cat = Catalogue.open(path, seed=False)
    print(f"likely duplicates, {args.records:,} records; load average {os.getloadavg()[0]:.1f}")
    floor = timed(lambda: duplicates_floor(path), args.repeat)
    line("floor: sqlite3 read + exact keys in a dict", *floor[:2])
    steps: dict[str, list[tuple[float, float]]] = {}

    def search():
        last = [time.perf_counter(), time.process_time()]

        def mark(name: str) -> None:
            now = [time.perf_counter(), time.process_time()]
            steps.setdefault(name, []).append((now[0] - last[0], now[1] - last[1]))
            last[:] = now
        return duplicates.find_pairs(cat, mark=mark)
    app = timed(search, args.repeat)
    line(f"find_pairs ({len(app[2])} pairs)", *app[:2], floor=floor[:2])
    for name, times in steps.items():     # medians of the runs, step by step
        line(f"  {name}", statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
    if args.reference:
        from db import duplicates as sql
        from tests.duplicates_reference import reference_pairs

        def before():
            return reference_pairs(sql.candidate_rows(), sql.organization_ids())
        ref = timed(before, 1)
        line(f"before: pair by pair with difflib ({len(ref[2])} pairs)", *ref[:2], floor=floor[:2])
        found = {(p.uid_a, p.uid_b) for p in app[2]}
        uid = {row[0]: row[1] for row in sql.candidate_rows()}
        assert len(found) == len(ref[2]) and all(
            (uid[a], uid[b]) in found or (uid[b], uid[a]) in found for a, b in ref[2]), "pairs differ"
        print("same pairs as before: yes")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    cat.close()


def bench_counts(args) -> None:
    from dataclasses import replace

    from app.criteria import parse_query
    from db import writes
    path = catalogue_file(args.records, args.keep)
    cat = Catalogue.open(path, seed=False)
    query = parse_query("migrant country:TH")
    cat.facets(query)                       # the index loaded, as the window's warmer does
    uid = cat.database.execute_sql("SELECT uid FROM resource WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
    themes = ["Wages", "Skills"]
    print(f"first counts after an edit, {args.records:,} records; load average {os.getloadavg()[0]:.1f}")

    def edit(i: int) -> None:
        rec = cat.record(uid)
        writes.save_record(cat.database, replace(rec, themes=[t for t in rec.themes if t not in themes]
                                                 + [themes[i % 2]]))

    counter = iter(range(10 ** 6))

    def floor():
        return cat.facets(query)            # nothing changed: the counting alone

    def after_edit(whole: bool):
        edit(next(counter))
        if whole:
            cat.planner._last_index = None   # as before issue 17: nothing to update, a whole load
            cat.planner._last_text_masks = {}   # and the keywords' mask read whole (before session 8)
        w, c = time.perf_counter(), time.process_time()
        cat.facets(query)
        return time.perf_counter() - w, time.process_time() - c

    floor_t = timed(floor, args.repeat)
    line("floor: counts with the index at hand", *floor_t[:2])
    for name, whole in (("after an edit: index updated from the change feed", False),
                        ("before: after an edit, the index loaded whole", True)):
        samples = [after_edit(whole) for _ in range(args.repeat)]
        line(name, statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
             floor=floor_t[:2])
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    cat.close()


def bench_bibliography(args) -> None:
    import html
    import tempfile

    from app import bibliography as bibl
    from app.bibliography_formats import citeproc_fixes, csl
    path = catalogue_file(args.records, args.keep)
    cat = Catalogue.open(path, seed=False)
    ids = [rid for (rid,) in cat.database.execute_sql(
        "SELECT id FROM resource WHERE deleted_at IS NULL ORDER BY id LIMIT 1000").fetchall()]
    source = bibl.source_for_ids(ids)
    options = bibl.BibliographyOptions(style="apa")
    out = Path(tempfile.mkdtemp(prefix="bench-bib-"))
    print(f"bibliography of {len(ids):,} references (APA); load average {os.getloadavg()[0]:.1f}")

    def floor():
        rows = "".join(f"<li>{html.escape(', '.join(e.record.authors))} ({e.record.year}). "
                       f"<i>{html.escape(e.record.title)}</i>.</li>\n" for e in source.entries)
        (out / "floor.html").write_text(f"<ol>\n{rows}</ol>\n", encoding="utf-8")

    def whole(fmt: str, cold: bool):
        def run():
            if cold:
                csl.forget_formatted()
            bibl.write(bibl.build(source, options), fmt, out / f"b.{fmt}")
        return run

    floor_t = timed(floor, args.repeat)
    line("floor: escape and write an HTML list", *floor_t[:2])
    for fmt in ("html", "docx"):
        line(f"to {fmt.upper()}, first time (nothing kept)", *timed(whole(fmt, True), args.repeat)[:2],
             floor=floor_t[:2])
        line(f"to {fmt.upper()}, again (references kept)", *timed(whole(fmt, False), args.repeat)[:2],
             floor=floor_t[:2])
    csl._style("apa")
    fast = {(cls, name): cls.__dict__[name] for cls, name in citeproc_fixes.SPEEDUPS}
    for (cls, name), original in citeproc_fixes.SPEEDUPS.items():   # as before issue 17
        setattr(cls, name, original)
    kept = csl.FORMATTED_KEPT
    csl.FORMATTED_KEPT = 0
    for fmt in ("html", "docx"):
        line(f"before: to {fmt.upper()} (citeproc-py alone)", *timed(whole(fmt, True), max(1, args.repeat // 2))[:2],
             floor=floor_t[:2])
    csl.FORMATTED_KEPT = kept
    for (cls, name), method in fast.items():
        setattr(cls, name, method)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    cat.close()


def bench_bulk(args) -> None:
    from app import bulk_edit as bulk
    path = catalogue_file(args.records, args.keep)
    cat = Catalogue.open(path, seed=False)
    n = min(10_000, args.records // 10)
    uids = [uid for (uid,) in cat.database.execute_sql(
        "SELECT uid FROM resource WHERE deleted_at IS NULL ORDER BY id LIMIT ?", (n,)).fetchall()]
    ids = [rid for (rid,) in cat.database.execute_sql(
        "SELECT id FROM resource WHERE deleted_at IS NULL ORDER BY id LIMIT ?", (n,)).fetchall()]
    print(f"bulk edit of {n:,} records in {args.records:,}; load average {os.getloadavg()[0]:.1f}")

    def floor_writes(con) -> int:
        """The links, the version bump and one history row a record (plain sqlite3); the keyword's id."""
        kid = con.execute("INSERT INTO keyword(name) VALUES ('bench-floor')").lastrowid
        con.executemany("INSERT INTO resource_keyword VALUES (?, ?)", [(i, kid) for i in ids])
        con.executemany("UPDATE resource SET version = version + 1 WHERE id = ?", [(i,) for i in ids])
        con.executemany("INSERT INTO change_log (resource_uid, changed_at, user, action, field, old_value, "
                        "new_value, version, batch) VALUES (?, '', '', 'bulk', 'keywords', '[]', "
                        "'[\"bench-floor\"]', 0, 'floor')", [(u,) for u in uids])
        return kid

    def floor_undo(con, kid: int) -> None:
        """Put back what floor_writes wrote."""
        con.execute("DELETE FROM resource_keyword WHERE keyword_id = ?", (kid,))
        con.execute("DELETE FROM keyword WHERE id = ?", (kid,))
        con.execute("DELETE FROM change_log WHERE batch = 'floor'")
        con.executemany("UPDATE resource SET version = version - 1 WHERE id = ?", [(i,) for i in ids])

    def floor():
        """Plain sqlite3: the links, the version bump and one history row a record, in one transaction."""
        con = sqlite3.connect(path)
        with con:
            kid = floor_writes(con)
        with con:
            floor_undo(con, kid)
        con.close()

    def timed_floor():
        walls, cpus = [], []
        for _ in range(args.repeat):        # the clean-up is inside floor(): time the first half only
            w, c = time.perf_counter(), time.process_time()
            floor()
            walls.append((time.perf_counter() - w) / 2)
            cpus.append((time.process_time() - c) / 2)
        return statistics.median(walls), statistics.median(cpus)

    def keyword_floor():
        """The floor above plus what a keyword costs the search index at the least: the records' FTS5
        rows written again with the keyword added (INSERT OR REPLACE of their stored folded text, word
        and trigram rows), in the same transaction. Times that transaction; the next puts all back."""
        con = sqlite3.connect(path)
        marks = ",".join(map(str, ids))
        words = con.execute("SELECT rowid, title, summary, organizations, keywords FROM resource_fts "
                            f"WHERE rowid IN ({marks})").fetchall()
        trigrams = con.execute(f"SELECT rowid, body FROM resource_trigram WHERE rowid IN ({marks})").fetchall()
        w, c = time.perf_counter(), time.process_time()
        with con:
            kid = floor_writes(con)
            con.executemany("INSERT OR REPLACE INTO resource_fts (rowid, title, summary, organizations, keywords) "
                            "VALUES (?, ?, ?, ?, ?)", [(*row[:4], row[4] + "\nbench floor") for row in words])
            con.executemany("INSERT OR REPLACE INTO resource_trigram (rowid, body) VALUES (?, ?)",
                            [(rid, body + "\nbench floor") for rid, body in trigrams])
        took = time.perf_counter() - w, time.process_time() - c
        with con:
            floor_undo(con, kid)
            con.executemany("INSERT OR REPLACE INTO resource_fts (rowid, title, summary, organizations, keywords) "
                            "VALUES (?, ?, ?, ?, ?)", words)
            con.executemany("INSERT OR REPLACE INTO resource_trigram (rowid, body) VALUES (?, ?)", trigrams)
        con.close()
        return took

    floor_t = timed_floor()
    line("floor: sqlite3 links + versions + history rows", *floor_t)
    samples = [keyword_floor() for _ in range(args.repeat)]
    keyword_floor_t = statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)
    line("floor for a keyword: the same + its FTS5 rows", *keyword_floor_t)
    pairs = [("add a keyword", bulk.AddValue("keyword", "bench-bulk"), bulk.RemoveValue("keyword", "bench-bulk")),
             ("add a theme", bulk.AddValue("theme", "Skills"), bulk.RemoveValue("theme", "Skills")),
             ("add a country", bulk.AddValue("country", "NP"), bulk.RemoveValue("country", "NP"))]
    # Commits leave their checkpoint to a thread of the catalogue's (db.checkpoints): each edit is timed
    # from a quiet catalogue, as a person's next edit comes later, and the time until its own
    # checkpoint has run is shown too.
    checkpointer = getattr(cat.database, "checkpointer", None)

    def quiet() -> None:
        if checkpointer is not None:
            checkpointer.wait_idle(60)

    for name, do, undo in pairs:
        cat.database.execute_sql("SELECT 1")
        bulk.apply(cat, uids, undo)                         # start from records without the value
        samples = []
        for _ in range(args.repeat):
            quiet()
            w, c = time.perf_counter(), time.process_time()
            changes = bulk.apply(cat, uids, do)
            edit = time.perf_counter() - w, time.process_time() - c
            quiet()
            samples.append((*edit, time.perf_counter() - w))
            bulk.apply(cat, uids, undo)
        line(f"{name} ({len(changes.updated):,} records)", statistics.median(s[0] for s in samples),
             statistics.median(s[1] for s in samples), floor=floor_t)
        if checkpointer is not None:
            settled = statistics.median(s[2] for s in samples) * 1000
            print(f"  until its log is checkpointed (in the background): {settled:,.0f} ms wall")
        if do.facet == "keyword":
            line("  the same beside the keyword floor", statistics.median(s[0] for s in samples),
                 statistics.median(s[1] for s in samples), floor=keyword_floor_t)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    cat.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["duplicates", "counts", "bibliography", "bulk"])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=Path("/tmp"), help="folder for the synthetic catalogues")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference", action="store_true", help="also time the search before issue 17 (once)")
    args = parser.parse_args(argv)
    args.keep.mkdir(parents=True, exist_ok=True)
    {"duplicates": bench_duplicates, "counts": bench_counts, "bibliography": bench_bibliography,
     "bulk": bench_bulk}[args.what](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
