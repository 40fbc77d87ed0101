"""Documents benchmark: extraction and indexing speed, the add-files preview, and search inside
documents on a big catalogue, each beside a raw baseline.

    python bench/bench_documents.py [--pdfs 100] [--pages 30] [--preview 200] [--docs 10000] [--dir DIR]

1. Extraction + indexing: ``--pdfs`` PDFs of ``--pages`` pages written by Qt's PDF writer (text
   pages in English with some Thai), attached to records and read by the indexer exactly as the
   window does (app.documents.indexer). Baseline: pypdfium2's text extraction alone (no
   normalising, no database).
2. The add-files preview of ``--preview`` PDFs (app.documents.adding.preview: hashes, first pages,
   suggestions, same-file check).
3. Search at scale: a catalogue of ``--docs`` synthetic records with one document each of
   ``--pages`` pages, the page text generated (about 1,500 characters a page) and stored through
   the indexer's own store (db.documents.store) - writing 300,000 PDFs first would take hours and
   measures nothing more, extraction speed being part 1. Timed: a plain search and a ``text:``
   search for a word on most pages (ids + the first 50 rows, as the table shows them), a word on
   one page, the passages of one record; the catalogue's growth per 1,000 pages. Baseline: the
   same plain search before any document text was stored, and a raw FTS5 query on the page index.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_foundation import timed  # noqa: E402

WORDS = ("labour migration governance policy workers fair ethical wages protection social security health "
         "housing women domestic agriculture construction fisheries garment skills return reintegration "
         "diaspora statistics data survey analysis regional national bilateral agreement rights trafficking "
         "forced informal sector employment decent work jobs inspection compliance corridor origin "
         "destination country employer union association training certification recognition pandemic "
         "recovery climate mobility displacement border visa permit contract costs debt bondage grievance "
         "justice access broker agency departure interview household remittance village").split()
THAI = "แรงงานข้ามชาติต้องจ่ายค่าธรรมเนียมการจัดหางานก่อนเดินทาง"
COMMON_PAGE_WORD = "migrants"      # on about 90% of pages
PHRASE = "recruitment fees"        # on about 10% of pages


def page_text(rng: random.Random, doc: int, page: int, chars: int = 1500) -> str:
    words = []
    size = 0
    while size < chars:
        w = rng.choice(WORDS)
        words.append(w)
        size += len(w) + 1
    if rng.random() < 0.9:
        words.insert(rng.randrange(len(words)), COMMON_PAGE_WORD)
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), PHRASE)
    if page == 1:
        words.append(f"docmark{doc}")          # one page in the whole catalogue
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    return "\n".join(lines)


def write_pdfs(folder: Path, count: int, pages: int) -> float:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter
    QGuiApplication.instance() or QGuiApplication([])
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    start = time.perf_counter()
    for n in range(count):
        writer = QPdfWriter(str(folder / f"report_{n:04d}.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(72)
        painter = QPainter(writer)
        painter.setFont(QFont("Noto Sans", 9))
        for p in range(1, pages + 1):
            if p > 1:
                writer.newPage()
            text = page_text(rng, n, p)
            if p == 2:
                text = THAI + "\n" + text
            painter.drawText(QRectF(40, 40, 515, 760), int(Qt.TextFlag.TextWordWrap), text)
        painter.end()
    return time.perf_counter() - start


def extraction(work: Path, pdfs: list[Path]) -> dict:
    import pypdfium2 as pdfium

    from app import attachments, editing
    from app.catalogue import Catalogue
    from app.documents import indexer
    from app.seed import load_seed_vocabularies
    from db.records import RecordData

    start, cpu = time.perf_counter(), time.process_time()
    pages = 0
    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            tp.get_text_range()
            pages += 1
        doc.close()
    raw, raw_cpu = time.perf_counter() - start, time.process_time() - cpu

    cat = Catalogue.open(_fresh(work / "extract.db"), seed=False)
    load_seed_vocabularies(cat.database)
    for path in pdfs:
        uid = editing.create(cat, RecordData(title=path.stem)).extra["uid"]
        attachments.add(cat, uid, path)
    start, cpu = time.perf_counter(), time.process_time()
    outcomes = indexer.index_pending(cat)
    app, app_cpu = time.perf_counter() - start, time.process_time() - cpu
    indexed = sum(o.pages for o in outcomes)
    cat.close()
    return {"pages": pages, "raw_pages_s": pages / raw, "raw_cpu_pages_s": pages / raw_cpu,
            "app_pages_s": indexed / app, "app_s": app, "app_cpu_pages_s": indexed / app_cpu}


def preview(pdfs: list[Path], work: Path) -> tuple[float, float]:
    from app.catalogue import Catalogue
    from app.documents import adding
    from app.seed import load_seed_vocabularies
    cat = Catalogue.open(_fresh(work / "preview.db"), seed=False)
    load_seed_vocabularies(cat.database)
    start, cpu = time.perf_counter(), time.process_time()
    items = adding.preview(cat, pdfs)
    took, took_cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(items) == len(pdfs)
    cat.close()
    return took, took_cpu


def while_indexing(work: Path, first: list[Path], second: list[Path], repeat: int = 15) -> dict:
    """A search (text:migrants, ids + 50 rows) and a record edit, idle and while the indexer reads
    ``second`` in a background thread at the lowest priority, as the window runs it."""
    import threading
    from dataclasses import replace

    from app import attachments, editing
    from app.catalogue import Catalogue
    from app.criteria import Criteria, parse_query
    from app.documents import indexer
    from db.records import RecordData

    cat = Catalogue.open(_fresh(work / "busy.db"))
    for path in first:
        attachments.add(cat, editing.create(cat, RecordData(title=path.stem)).extra["uid"], path)
    indexer.index_pending(cat)
    uid = cat.rows(cat.search(Criteria()).ids[:1])[0].uid

    def search():
        cat.rows(cat.search(parse_query(f"text:{COMMON_PAGE_WORD}")).ids[:50])

    def edit():
        rec = cat.record(uid)
        editing.update(cat, uid, replace(rec, notes=rec.notes + "x"), rec.version)
    out = {"search_idle": timed(search, repeat), "edit_idle": timed(edit, repeat)}
    for path in second:
        attachments.add(cat, editing.create(cat, RecordData(title=path.stem)).extra["uid"], path)
    stop = threading.Event()
    done: dict[str, float] = {}

    def run():
        indexer.lower_thread_priority()
        start = time.perf_counter()
        done["pages"] = sum(o.pages for o in indexer.index_pending(cat, cancelled=stop.is_set))
        done["s"] = time.perf_counter() - start
        cat.database.close()
    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.2)
    out["search_busy"] = timed(search, repeat)
    out["edit_busy"] = timed(edit, repeat)
    out["busy_throughout"] = thread.is_alive()
    thread.join()
    out["pages_s"] = done.get("pages", 0) / max(done.get("s", 1), 1e-9)
    cat.close()
    return out


def _fresh(path: Path) -> Path:
    """``path`` with an earlier run's catalogue there removed (its WAL files and attachments too)."""
    for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        old.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(path.stem + "-attachments"), ignore_errors=True)
    return path


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1048576


def scale(work: Path, docs: int, pages: int, reuse: bool = False) -> dict:
    from app.criteria import parse_query
    from bench.synthetic import build_catalogue
    from db import documents as db_documents
    from db.writes import now_iso

    path = work / "scale.db"
    out = {}

    def search_rows(query: str):
        result = cat.search(parse_query(query))
        cat.rows(result.ids[:50])
        return result

    if reuse and path.exists():
        from app.catalogue import Catalogue
        cat = Catalogue.open(path, seed=False)
        return _timings(cat, search_rows, out, reused=True)
    cat = build_catalogue(_fresh(path), docs)
    db = cat.database
    ids = [r[0] for r in db.execute_sql("SELECT id FROM resource ORDER BY id").fetchall()]
    out["plain_no_docs"] = timed(lambda: search_rows("migrant"), 7)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _size_mb(path)
    stamp = now_iso()
    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO attachment (uid, resource_id, file_name, path, sha256, size, added_at) "
            "VALUES (?, ?, ?, ?, ?, 0, ?)",
            [(f"att-{rid}", rid, f"report_{rid}.pdf", f"x/report_{rid}.pdf", f"{rid:064x}", stamp) for rid in ids])
    att = dict(db.execute_sql("SELECT resource_id, id FROM attachment").fetchall())
    rng = random.Random(5)
    start = time.perf_counter()
    for n, rid in enumerate(ids):
        texts = [page_text(rng, rid, p) for p in range(1, pages + 1)]
        if n % 50 == 0:
            texts[1] = THAI + "\n" + texts[1]
        db_documents.store(db, att[rid], f"{rid:064x}", "text", texts, kind="pdf", method="text", read_at=stamp)
    store_s = time.perf_counter() - start
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    total_pages = len(ids) * pages
    out["store_pages_s"] = total_pages / store_s
    out["growth_mb_per_1000_pages"] = (_size_mb(path) - before) / total_pages * 1000
    return _timings(cat, search_rows, out)


def _timings(cat, search_rows, out: dict, reused: bool = False) -> dict:
    from app.criteria import parse_query
    from app.documents.passages import passages
    db = cat.database
    ids = [r[0] for r in db.execute_sql("SELECT id FROM resource ORDER BY id").fetchall()]
    out["size_mb"] = _size_mb(cat.path)
    if reused:
        out.setdefault("plain_no_docs", (float("nan"), float("nan")))
    cat.drop_caches()
    out["plain_common"] = timed(lambda: search_rows("migrants"), 7)
    out["text_common"] = timed(lambda: search_rows(f"text:{COMMON_PAGE_WORD}"), 7)
    out["text_phrase"] = timed(lambda: search_rows(f'text:"{PHRASE}"'), 7)
    rare = ids[len(ids) // 2]
    out["text_rare"] = timed(lambda: search_rows(f"text:docmark{rare}"), 7)
    out["plain_no_docs_after"] = timed(lambda: search_rows("migrant"), 7)
    out["thai_substring"] = timed(lambda: search_rows("text:ค่าธรรม"), 7)
    uid = db.execute_sql("SELECT uid FROM resource WHERE id = ?", (rare,)).fetchone()[0]
    criteria = parse_query(f'{COMMON_PAGE_WORD} text:"{PHRASE}"')
    out["passages"] = timed(lambda: passages(cat, uid, criteria), 7)
    out["raw_fts_common"] = timed(lambda: db.execute_sql(
        "SELECT count(*) FROM document_fts WHERE document_fts MATCH ?", (COMMON_PAGE_WORD,)).fetchone(), 7)
    out["hits_common"] = len(cat.search(parse_query(f"text:{COMMON_PAGE_WORD}")).ids)
    cat.close()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdfs", type=int, default=100)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--preview", type=int, default=200)
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--busy", type=int, default=40, help="PDFs read in the background while searching and editing")
    parser.add_argument("--skip-extraction", action="store_true", help="only the search at scale")
    parser.add_argument("--reuse", action="store_true", help="search the scale catalogue an earlier run left "
                                                             "in --dir instead of building it again")
    parser.add_argument("--dir", default=None, help="work folder (default: a temporary one, removed after)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="bench-documents-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if not args.skip_extraction:
            count = max(args.pdfs, args.preview)
            folder = work / "pdfs"
            existing = sorted(folder.glob("report_*.pdf"))
            if len(existing) < count:
                wrote = write_pdfs(folder, count, args.pages)
                print(f"wrote {count} PDFs of {args.pages} pages in {wrote:.1f} s (Qt's PDF writer)")
            pdfs = sorted(folder.glob("report_*.pdf"))
            ex = extraction(work, pdfs[:args.pdfs])
            print(f"extraction + indexing: {ex['app_pages_s']:.0f} pages/s ({ex['pages']} pages in "
                  f"{ex['app_s']:.1f} s; goal >= 50), {ex['app_cpu_pages_s']:.0f} pages per CPU-second   "
                  f"raw pypdfium2 text only: "
                  f"{ex['raw_pages_s']:.0f} pages/s, {ex['raw_cpu_pages_s']:.0f} per CPU-second")
            took, took_cpu = preview(pdfs[:args.preview], work)
            print(f"add-files preview of {args.preview} PDFs: {took:.2f} s (goal < 5 s), {took_cpu:.2f} CPU-seconds")
            half = min(args.busy, len(pdfs) // 2)
            if half:
                busy = while_indexing(work, pdfs[:half], pdfs[half:2 * half])
                print(f"while the indexer reads {half} PDFs in the background ({busy['pages_s']:.0f} pages/s"
                      f"{'' if busy['busy_throughout'] else '; it finished before the timings did'}):")
                for label, key in (("text:" + COMMON_PAGE_WORD + " + 50 rows", "search"), ("edit one record", "edit")):
                    (i50, i95), (b50, b95) = busy[key + "_idle"], busy[key + "_busy"]
                    print(f"  {label:<40} idle p50 {i50:6.1f} ms p95 {i95:6.1f} ms   "
                          f"indexing p50 {b50:6.1f} ms p95 {b95:6.1f} ms")
        if args.docs:
            sc = scale(work, args.docs, args.pages, reuse=args.reuse)
            pages = args.docs * args.pages
            if "store_pages_s" in sc:
                print(f"scale: {args.docs} documents x {args.pages} pages = {pages:,} pages; stored at "
                      f"{sc['store_pages_s']:.0f} pages/s; catalogue {sc['size_mb']:.0f} MB, "
                      f"+{sc['growth_mb_per_1000_pages']:.2f} MB per 1,000 pages")
            else:
                print(f"scale: the catalogue left by an earlier run ({sc['size_mb']:.0f} MB), searches only")
            rows = [("plain search, common word, no document text yet (baseline)", "plain_no_docs", None),
                    (f"plain search '{COMMON_PAGE_WORD}' (fields + {sc['hits_common']} docs), ids + 50 rows",
                     "plain_common", 150),
                    (f"text:{COMMON_PAGE_WORD} (90% of pages), ids + 50 rows", "text_common", 150),
                    (f'text:"{PHRASE}" (10% of pages)', "text_phrase", 150),
                    ("text: a word on one page", "text_rare", 150),
                    ("text: Thai substring (2% of documents)", "thai_substring", 150),
                    ("plain search 'migrant' with document text stored", "plain_no_docs_after", None),
                    ("passages of one record", "passages", 100),
                    (f"raw FTS5 count of '{COMMON_PAGE_WORD}' pages (baseline)", "raw_fts_common", None)]
            for label, key, goal in rows:
                p50, p95 = sc[key]
                print(f"  {label:<72} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms" + (f"  (goal < {goal} ms)" if goal else ""))
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
