"""Raw sqlite3 floors for bench/bench_scale.py, plus the parts it times outside the window (bulk
edit, import, export). A floor asks the same question of the same catalogue file with the plainest
SQL and the standard library, so app / floor shows what the app's layers cost."""
from __future__ import annotations

import csv
import re
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

PAGE = 100
LIVE = "deleted_at IS NULL"
LINKS = (("resource_country", "country_id"), ("resource_theme", "theme_id"), ("resource_region", "region_id"),
         ("resource_language", "language_id"), ("resource_organization", "organization_id"))


def ms(fn, repeat: int = 3) -> float:
    """Median milliseconds of ``repeat`` runs after one warm-up."""
    from bench.bench_foundation import timed
    return timed(fn, repeat)[0]


def first_page(conn: sqlite3.Connection, ids: list[int]) -> None:
    marks = ",".join(map(str, ids[:PAGE])) or "0"
    conn.execute(f"SELECT r.id, r.uid, r.title, t.name, r.year, r.added_at FROM resource r LEFT JOIN resource_type t "
                 f"ON t.id = r.type_id WHERE r.id IN ({marks})").fetchall()
    for table, col in LINKS:
        conn.execute(f"SELECT resource_id, {col} FROM {table} WHERE resource_id IN ({marks})").fetchall()


COLD = """
import sqlite3, sys, time, resource
conn = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in conn.execute("SELECT id FROM resource WHERE deleted_at IS NULL ORDER BY added_at DESC")]
rows = conn.execute("SELECT * FROM resource WHERE id IN (%s)" % ",".join(map(str, ids[:100]))).fetchall()
print(time.monotonic(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def cold_start(db: Path) -> dict:
    """A fresh python process: all live ids in the default order and the first page of rows."""
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, "-c", COLD, str(db)], capture_output=True, text=True, check=True).stdout
    done, rss = map(float, out.split())
    return {"ms": (done - t0) * 1000, "rss_mb": rss}


def _hits(term: str) -> str:
    return "SELECT rowid FROM resource_fts WHERE resource_fts MATCH '\"" + term.replace('"', '""') + "\"*'"


def keyword(conn: sqlite3.Connection, term: str) -> float:
    """Ordered ids of the records matching a prefix, then their first page."""
    def run():
        ids = [r[0] for r in conn.execute(f"SELECT id FROM resource WHERE {LIVE} AND id IN ({_hits(term)}) "
                                          "ORDER BY added_at DESC")]
        first_page(conn, ids)
    return ms(run, 1)


def _counts(conn: sqlite3.Connection, subset: str) -> None:
    for table, col in LINKS:
        conn.execute(f"SELECT {col}, COUNT(*) FROM {table} WHERE resource_id IN ({subset}) GROUP BY {col}").fetchall()
    conn.execute(f"SELECT type_id, COUNT(*) FROM resource WHERE id IN ({subset}) GROUP BY type_id").fetchall()
    conn.execute(f"SELECT year, COUNT(*) FROM resource WHERE id IN ({subset}) GROUP BY year").fetchall()


def keyword_counts(conn: sqlite3.Connection, term: str) -> float:
    """As keyword(), plus every facet's counts inside the matches."""
    subset = f"SELECT id FROM resource WHERE {LIVE} AND id IN ({_hits(term)})"
    return keyword(conn, term) + ms(lambda: _counts(conn, subset), 1)


def facet(conn: sqlite3.Connection, crit: dict) -> dict:
    parts = []
    if "country" in crit:
        parts.append("id IN (SELECT resource_id FROM resource_country WHERE country_id = "
                     f"(SELECT id FROM country WHERE code = '{crit['country']}'))")
    if "theme" in crit:
        parts.append("id IN (SELECT resource_id FROM resource_theme WHERE theme_id = "
                     f"(SELECT id FROM theme WHERE name = '{crit['theme']}'))")
    subset = f"SELECT id FROM resource WHERE {LIVE} AND " + " AND ".join(parts)

    def rows():
        first_page(conn, [r[0] for r in conn.execute(subset + " ORDER BY added_at DESC")])
    rows_ms = ms(rows)
    return {"rows": rows_ms, "all": rows_ms + ms(lambda: _counts(conn, subset))}


def page(conn: sqlite3.Connection) -> float:
    ids = [r[0] for r in conn.execute(f"SELECT id FROM resource WHERE {LIVE} ORDER BY added_at DESC")]
    deep = ids[len(ids) // 2:]
    return ms(lambda: first_page(conn, deep), 5)


SORTS = {"title": "title_sort", "type": "(SELECT name FROM resource_type t WHERE t.id = type_id)", "year": "year",
         "latest": "added_at"}


def sort(conn: sqlite3.Connection, key: str) -> float:
    """All live ids in this order (ascending and descending alternate in the app), and a page."""
    def run():
        for direction in ("", " DESC"):
            ids = [r[0] for r in conn.execute(f"SELECT id FROM resource WHERE {LIVE} ORDER BY {SORTS[key]}{direction}")]
            first_page(conn, ids)
    return ms(run, 1) / 2


def detail(conn: sqlite3.Connection) -> float:
    rid = conn.execute("SELECT max(id) / 2 FROM resource").fetchone()[0]

    def run():
        conn.execute("SELECT * FROM resource WHERE id = ?", (rid,)).fetchall()
        conn.execute("SELECT name FROM resource_author WHERE resource_id = ? ORDER BY position", (rid,)).fetchall()
        for table, col in LINKS + (("resource_keyword", "keyword_id"),):
            conn.execute(f"SELECT {col} FROM {table} WHERE resource_id = ?", (rid,)).fetchall()
    return ms(run, 5)


def save_edit(db: Path) -> float:
    """One record's row and its search-index row rewritten in a committed transaction."""
    conn = sqlite3.connect(db)
    rid = conn.execute("SELECT max(id) / 3 FROM resource").fetchone()[0]

    def run():
        with conn:
            conn.execute("UPDATE resource SET notes = notes, version = version WHERE id = ?", (rid,))
            conn.execute("UPDATE resource_fts SET title = title WHERE rowid = ?", (rid,))
    result = ms(run, 3)
    conn.close()
    return result


def bulk_edit(db: Path, n: int) -> tuple[float, float]:
    """(app seconds, floor seconds) to add a keyword to ``n`` records; both undone afterwards."""
    from app import bulk_edit as bulk
    from app.catalogue import Catalogue
    cat = Catalogue.open(db, seed=False)
    uids = [r[0] for r in cat.database.execute_sql(
        f"SELECT uid FROM resource WHERE {LIVE} ORDER BY id LIMIT ?", (n,)).fetchall()]
    t = time.perf_counter()
    bulk.apply(cat, uids, bulk.AddValue("keyword", "bench-scale"))
    app_s = time.perf_counter() - t
    bulk.apply(cat, uids, bulk.RemoveValue("keyword", "bench-scale"))
    cat.close()
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute(f"SELECT id FROM resource WHERE {LIVE} ORDER BY id LIMIT ?", (n,))]
    t = time.perf_counter()
    with conn:
        kid = conn.execute("INSERT INTO keyword(name) VALUES ('bench-scale-raw')").lastrowid
        conn.executemany("INSERT INTO resource_keyword VALUES (?, ?)", [(i, kid) for i in ids])
        conn.executemany("UPDATE resource SET version = version + 1 WHERE id = ?", [(i,) for i in ids])
    floor_s = time.perf_counter() - t
    with conn:
        conn.execute("DELETE FROM resource_keyword WHERE keyword_id = ?", (kid,))
        conn.execute("DELETE FROM keyword WHERE id = ?", (kid,))
        conn.executemany("UPDATE resource SET version = version - 1 WHERE id = ?", [(i,) for i in ids])
    conn.close()
    return app_s, floor_s


# ---- import and export -------------------------------------------------------------------------

def _raw_rows(db: Path):
    from bench.bench_transfer import RAW_EXPORT_SQL
    conn = sqlite3.connect(db)
    yield from conn.execute(RAW_EXPORT_SQL)
    conn.close()


def _floor_export(db: Path, out: Path, fmt: str) -> int:
    n = 0
    if fmt == "xlsx":
        from openpyxl import Workbook
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Resources")
        for n, row in enumerate(_raw_rows(db), start=1):
            sheet.append(list(row))
        book.save(out)
        return n
    with open(out, "w", encoding="utf-8", newline="") as fh:
        if fmt == "csv":
            writer = csv.writer(fh)
            for n, row in enumerate(_raw_rows(db), start=1):
                writer.writerow(row)
        else:
            for n, row in enumerate(_raw_rows(db), start=1):
                lines = ["TY  - RPRT", f"TI  - {row[1]}"]
                lines += [f"AU  - {a}" for a in (row[6] or "").split("; ") if a]
                lines += [f"KW  - {k}" for k in (row[11] or "").split("; ") if k]
                lines += [f"PY  - {row[3] or ''}", f"AB  - {row[12]}", "ER  - ", ""]
                fh.write("\n".join(lines))
    return n


def _ris_records(path: Path):
    record: dict[str, list[str]] = {}
    tag = re.compile(r"^([A-Z][A-Z0-9])  - ?(.*)$")
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            m = tag.match(line.rstrip("\r\n"))
            if not m:
                continue
            if m.group(1) == "ER":
                yield record
                record = {}
            else:
                record.setdefault(m.group(1), []).append(m.group(2))


def _csv_records(path: Path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            low = {k.lower(): v for k, v in row.items() if k}
            yield {"TI": [low.get("title", "")], "AB": [low.get("summary") or low.get("abstract") or ""],
                   "PY": [low.get("year", "")], "AU": (low.get("authors") or "").split("; "),
                   "KW": (low.get("keywords") or "").split("; ")}


def _floor_import(path: Path, fmt: str, target: Path) -> int:
    """Parse the file and insert rows, authors, keywords and an FTS5 index in one transaction."""
    from bench.bench_transfer import RAW_IMPORT_SCHEMA
    conn = sqlite3.connect(target)
    conn.executescript(RAW_IMPORT_SCHEMA)
    keyword_ids: dict[str, int] = {}
    n = 0
    with conn:
        for n, rec in enumerate(_ris_records(path) if fmt == "ris" else _csv_records(path), start=1):
            title, summary = " ".join(rec.get("TI", [""])), " ".join(rec.get("AB", [""]))
            year = (rec.get("PY") or [""])[0][:4] or None
            conn.execute("INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?)",
                         (n, str(uuid.uuid4()), title, summary, year, "", "", "", "2026-01-01T00:00:00Z"))
            conn.executemany("INSERT INTO ra VALUES (?,?,?)", [(n, p, a) for p, a in enumerate(rec.get("AU", [])) if a])
            links = []
            for word in dict.fromkeys(k for k in rec.get("KW", []) if k):
                if word not in keyword_ids:
                    keyword_ids[word] = conn.execute("INSERT INTO k(name) VALUES (?)", (word,)).lastrowid
                links.append((n, keyword_ids[word]))
            conn.executemany("INSERT INTO rk VALUES (?,?)", links)
            conn.execute("INSERT INTO f(rowid, title, summary, keywords) VALUES (?,?,?,?)",
                         (n, title, summary, " ".join(rec.get("KW", []))))
    conn.close()
    return n


def transfer(db: Path, work: Path) -> dict[str, tuple[float, float, int]]:
    """{figure: (app seconds, floor seconds, records)}: export to CSV, RIS, XLSX; import CSV, RIS."""
    from app.transfer import service as app_transfer
    from app.catalogue import Catalogue
    from bench.bench_transfer import empty_catalogue
    from db import models
    out = {}
    cat = Catalogue.open(db, seed=False)
    models.database.initialize(cat.database)
    n = cat.total()
    for fmt in ("csv", "ris", "xlsx"):
        t = time.perf_counter()
        app_transfer.export(cat, work / f"app.{fmt}", fmt)
        app_s = time.perf_counter() - t
        t = time.perf_counter()
        _floor_export(db, work / f"floor.{fmt}", fmt)
        out[f"export to {fmt.upper()}"] = (app_s, time.perf_counter() - t, n)
    cat.close()
    for fmt in ("csv", "ris"):
        target = empty_catalogue(work)
        t = time.perf_counter()
        report = app_transfer.import_file(target, work / f"app.{fmt}",
                                          app_transfer.ImportOptions(on_duplicate="new"))
        app_s = time.perf_counter() - t
        target.close()
        t = time.perf_counter()
        count = _floor_import(work / f"app.{fmt}", fmt, work / f"floor-{fmt}-{uuid.uuid4().hex[:6]}.db")
        out[f"import from {fmt.upper()} into an empty catalogue"] = (app_s, time.perf_counter() - t, report.added)
        assert count == n, (count, n)
    return out
