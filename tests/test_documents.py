"""Documents: text extraction, indexing, search inside documents, passages, failures, resuming.

Service tests run on SQLite and PostgreSQL (tests/conftest.py BOTH_BACKENDS). The documents are
written by the tests (tests/document_files.py)."""
from __future__ import annotations

import os

import pytest

from app import attachments, editing, quality
from app.criteria import parse_query
from app.documents import indexer, ocr
from app.documents.passages import passages
from db import documents as db_documents
from db.records import RecordData
from tests.document_files import damage, encrypt_pdf, write_docx, write_pdf

TEN_PAGES = [f"Page {n} of the annual review on wages and working hours." for n in range(1, 11)]
TEN_PAGES[6] = "Page 7. Workers paid recruitment fees to agents before departure."

THAI_SENTENCE = "แรงงานข้ามชาติต้องจ่ายค่าธรรมเนียมการจัดหางานก่อนเดินทาง"


def _record(catalogue, title, languages=()):
    return editing.create(catalogue, RecordData(title=title, languages=list(languages))).extra["uid"]


def _attach(catalogue, uid, path):
    return attachments.add(catalogue, uid, path).extra["attachment"]


def _titles(catalogue, query, sort="latest"):
    return [catalogue.record_by_id(i).title for i in catalogue.search(parse_query(query), sort).ids]


@pytest.fixture
def report(qapp, tmp_path, catalogue):
    """A record with a 10-page English PDF whose page 7 alone mentions recruitment fees."""
    uid = _record(catalogue, "Annual review")
    _attach(catalogue, uid, write_pdf(tmp_path / "review.pdf", TEN_PAGES))
    return uid


def test_word_on_page_7_is_found_and_its_passage_says_page_7(catalogue, report):
    outcomes = indexer.index_pending(catalogue)
    assert [(o.status, o.pages) for o in outcomes] == [("text", 10)]
    assert _titles(catalogue, 'text:"recruitment fees"') == ["Annual review"]
    found = passages(catalogue, report, parse_query('text:"recruitment fees"'))
    assert [p.page for p in found] == [7] and found[0].paged
    marked = [found[0].text[a:b] for a, b in found[0].highlights]
    assert marked == ["recruitment fees"]


def test_plain_search_covers_documents_and_ranks_field_matches_first(catalogue, report):
    assert _titles(catalogue, "departure") == []          # not read yet
    indexer.index_pending(catalogue)
    assert _titles(catalogue, "departure") == ["Annual review"]
    _record(catalogue, "Departure checklist")
    assert _titles(catalogue, "departure", sort="relevance") == ["Departure checklist", "Annual review"]
    assert _titles(catalogue, "departure recruitment") == ["Annual review"]


def test_text_field_searches_documents_only_and_minus_text_excludes(catalogue, report):
    indexer.index_pending(catalogue)
    _record(catalogue, "Wages in the garment sector")
    assert "Wages in the garment sector" in _titles(catalogue, "wages")
    assert _titles(catalogue, "text:wages") == ["Annual review"]
    assert "Annual review" not in _titles(catalogue, "wages -text:recruitment")
    assert "Wages in the garment sector" in _titles(catalogue, "wages -text:recruitment")


def test_search_without_documents_reads_no_document_tables(catalogue):
    """A catalogue with no document text searches its fields alone (no document condition)."""
    assert not catalogue.has_document_text()
    flt, _ = catalogue.resolve(parse_query("housing"))
    assert not flt.text.documents


def test_thai_substring_inside_a_sentence(qapp, tmp_path, catalogue):
    uid = _record(catalogue, "รายงาน", ["th"])
    _attach(catalogue, uid, write_pdf(tmp_path / "th.pdf", [THAI_SENTENCE], language="th"))
    indexer.index_pending(catalogue)
    assert _titles(catalogue, "ข้ามชาติ") == ["รายงาน"]
    assert _titles(catalogue, "text:ข้ามชาติ") == ["รายงาน"]
    [p] = passages(catalogue, uid, parse_query("text:ข้ามชาติ"))
    assert [p.text[a:b] for a, b in p.highlights] == ["ข้ามชาติ"]


def test_thai_pdf_text_is_normalised_and_found_by_its_words(qapp, tmp_path, catalogue):
    """A Thai PDF as Qt's writer makes it: SARA AM comes out as SARA AA + NIKHAHIT and a tone mark
    after the next leading vowel; stored as NFC Thai in reading order, found by text: and plain words."""
    import unicodedata

    from app.documents.extract import extract
    sentence = "จำนวนแรงงานข้ามชาติทำงานในโรงงาน ค่าจ้างให้แรงงานกำหนดโดยนายจ้าง"
    pdf = write_pdf(tmp_path / "th.pdf", ["Introduction", sentence], language="th")
    [page] = extract(pdf).pages[1:]
    assert unicodedata.is_normalized("NFC", page) and "\u0e32\u0e4d" not in page
    assert page.replace(" ", "") == sentence.replace(" ", "")
    uid = _record(catalogue, "Thai report", ["th"])
    _attach(catalogue, uid, pdf)
    indexer.index_pending(catalogue)
    for word in ("จำนวน", "ให้แรงงาน", "กำหนด", "ทำงาน", "ค่าจ้าง"):
        assert _titles(catalogue, f"text:{word}") == ["Thai report"], word
    assert _titles(catalogue, "นายจ้าง") == ["Thai report"]
    [p] = passages(catalogue, uid, parse_query("text:ให้แรงงาน"))
    assert p.page == 2 and [p.text[a:b] for a, b in p.highlights] == ["ให้แรงงาน"]


@pytest.mark.parametrize("language, text, word", [
    ("en", "Migrant workers and recruitment agencies in Malaysia", "agencies"),
    ("vi", "Người lao động di cư phải trả phí tuyển dụng", "tuyen dung"),
    ("ar", "العمال المهاجرون يدفعون رسوم التوظيف", "المهاجرون"),
    ("km", "ពលករចំណាកស្រុកត្រូវបង់ថ្លៃ", "ពលករ"),
    ("my", "ရွှေ့ပြောင်းအလုပ်သမားများ", "သမားများ"),
    ("th", THAI_SENTENCE, "ค่าธรรม"),
])
def test_each_script_is_read_and_found(qapp, tmp_path, catalogue, language, text, word):
    uid = _record(catalogue, f"Document in {language}", [language])
    _attach(catalogue, uid, write_pdf(tmp_path / f"{language}.pdf", [text], language=language))
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "text"
    assert _titles(catalogue, f'text:"{word}"') == [f"Document in {language}"]


def test_failures_are_stored_with_reason_listed_and_not_retried(qapp, tmp_path, catalogue):
    good = write_pdf(tmp_path / "good.pdf", ["Some text"])
    uid = _record(catalogue, "Broken files")
    _attach(catalogue, uid, encrypt_pdf(good, tmp_path / "locked.pdf"))
    _attach(catalogue, uid, damage(good, tmp_path / "damaged.pdf"))
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02binary")
    _attach(catalogue, uid, tmp_path / "data.bin")
    outcomes = indexer.index_pending(catalogue)
    reasons = {o.file_name: o.reason for o in outcomes}
    assert all(o.status == "failed" for o in outcomes)
    assert reasons["locked.pdf"].startswith("encrypted")
    assert reasons["damaged.pdf"].startswith("damaged")
    assert reasons["data.bin"].startswith("unknown format")
    listed = {row["file_name"]: row["reason"] for row in db_documents.listed(catalogue.database, "failed")}
    assert listed == reasons
    assert quality.ids(catalogue, "unreadable_documents") == list(catalogue.search(parse_query("Broken")).ids)
    assert indexer.index_pending(catalogue) == []          # not tried again on the next start


def test_image_only_pdf_is_listed_without_text_and_says_how_to_add_ocr(qapp, tmp_path, catalogue, monkeypatch):
    uid = _record(catalogue, "Scanned report")
    _attach(catalogue, uid, write_pdf(tmp_path / "scan.pdf", ["Recruitment fees scanned"], image_only=True))
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "no_text" and "apt-get install tesseract-ocr" in outcome.reason
    assert len(quality.ids(catalogue, "no_searchable_text")) == 1


@pytest.mark.skipif(ocr.tesseract() is None and not os.environ.get("CI"),
                    reason="Tesseract is not installed (tools/run_tests.sh installs it; under CI this fails)")
def test_image_only_pdf_is_read_by_ocr_when_tesseract_is_installed(qapp, tmp_path, catalogue):
    uid = _record(catalogue, "Scanned report", ["en"])
    _attach(catalogue, uid, write_pdf(tmp_path / "scan.pdf", ["Recruitment fees scanned"], image_only=True))
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "text"
    assert _titles(catalogue, "text:scanned") == ["Scanned report"]


@pytest.mark.skipif("tha" not in ocr.installed_languages() and not os.environ.get("CI"),
                    reason="Tesseract's Thai data is not installed (tools/run_tests.sh installs it; under CI this fails)")
def test_a_thai_scan_is_read_by_ocr_in_the_record_s_language(qapp, tmp_path, catalogue):
    assert ocr.languages_for(["th"]) == "tha+eng" and ocr.languages_for([]) == "eng"
    uid = _record(catalogue, "Thai scan", ["th"])
    _attach(catalogue, uid, write_pdf(tmp_path / "scan.pdf", ["แรงงานข้ามชาติ\nค่าจ้างขั้นต่ำ"], language="th",
                                      image_only=True))
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "text"
    assert _titles(catalogue, "text:แรงงาน") == ["Thai scan"]
    from app.documents import status
    [state] = status.states(catalogue, uid)
    assert state.method == "ocr"


def test_a_cancelled_run_resumes_and_loses_nothing(qapp, tmp_path, catalogue):
    uid = _record(catalogue, "Many files")
    for n in range(4):
        _attach(catalogue, uid, write_pdf(tmp_path / f"f{n}.pdf", [f"document{n} page {p}" for p in range(3)]))
    done = {"n": 0}

    def cancel_after_first():
        return done["n"] >= 1
    first = indexer.index_pending(catalogue, cancelled=cancel_after_first,
                                  progress=lambda p: done.__setitem__("n", p.done))
    assert len(first) == 1
    assert indexer.pending_count(catalogue) == 3
    rest = indexer.index_pending(catalogue)
    assert len(rest) == 3
    counts = db_documents.counts(catalogue.database)
    assert counts["text"] == 4 and counts["pages"] == 12 and counts["pending"] == 0
    for n in range(4):
        assert _titles(catalogue, f"text:document{n}") == ["Many files"]


def test_cancel_inside_a_document_stores_nothing_for_it(qapp, tmp_path, catalogue):
    uid = _record(catalogue, "One file")
    _attach(catalogue, uid, write_pdf(tmp_path / "f.pdf", ["a", "b", "c"]))
    item = db_documents.pending(catalogue.database)[0]
    assert indexer.index_one(catalogue, item, cancelled=lambda: True) is None
    assert indexer.pending_count(catalogue) == 1


def test_changed_or_removed_attachment(qapp, tmp_path, catalogue, report):
    indexer.index_pending(catalogue)
    [info] = attachments.list_for(catalogue, report)
    attachments.remove(catalogue, info.uid)
    assert _titles(catalogue, "text:recruitment") == []
    attachments.unremove(catalogue, info.uid)
    assert _titles(catalogue, "text:recruitment") == ["Annual review"]


def test_docx_is_read_in_parts(tmp_path, catalogue):
    uid = _record(catalogue, "Word file")
    _attach(catalogue, uid, write_docx(tmp_path / "notes.docx", ["Minimum wage notes", "Housing allowance"]))
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "text"
    [p] = passages(catalogue, uid, parse_query("text:housing"))
    assert p.page == 1 and not p.paged


def test_documents_are_forgotten_when_their_record_is_purged(catalogue, report):
    indexer.index_pending(catalogue)
    editing.delete(catalogue, [report])
    editing.purge(catalogue, [report])
    assert not catalogue.has_document_text()


def test_counts_agree_with_the_results_for_document_terms(catalogue, report):
    indexer.index_pending(catalogue)
    _record(catalogue, "Wages in the garment sector")
    for query in ("text:recruitment", "wages", "wages -text:recruitment", 'text:"recruitment fees"',
                  "-text:departure"):
        criteria = parse_query(query)
        assert catalogue.facets(criteria).total == len(catalogue.search(criteria).ids) == catalogue.count(criteria)


def test_the_plan_for_terms_in_most_records_gives_the_same_answer(catalogue, report, monkeypatch):
    """A term estimated in many records filters the cached catalogue order instead of sorting its
    hits (db.search_plan): with documents, both plans must agree."""
    import db.search_plan as catalogue_module
    indexer.index_pending(catalogue)
    _record(catalogue, "Wages in the garment sector")
    queries = ("wages", "wages -text:recruitment", "text:wages", "departure wages")
    few = {q: list(catalogue.search(parse_query(q)).ids) for q in queries}
    monkeypatch.setattr(catalogue_module, "LARGE_RESULT", 0)
    monkeypatch.setattr(catalogue_module, "SERVER_LARGE_RESULT", 0)
    catalogue.drop_caches()
    assert {q: list(catalogue.search(parse_query(q)).ids) for q in queries} == few
    assert all(few[q] for q in queries)


def test_first_page_thumbnail_is_rendered_once_and_rebuilt_when_missing(catalogue, report):
    from app.documents import status, thumbnails
    indexer.index_pending(catalogue)
    [state] = status.states(catalogue, report)
    assert state.status == "text" and state.pages == 10 and state.paged
    assert state.thumbnail is not None and state.thumbnail.read_bytes().startswith(b"P6 ")
    state.thumbnail.unlink()
    assert status.states(catalogue, report)[0].thumbnail is None
    assert thumbnails.fill_missing(catalogue) == 1
    assert thumbnails.fill_missing(catalogue) == 0
    assert status.states(catalogue, report)[0].thumbnail is not None


def test_passages_of_long_documents_come_from_the_page_index(catalogue, report, monkeypatch):
    from app.documents import passages as passages_module
    indexer.index_pending(catalogue)
    criteria = parse_query('wages text:"recruitment fees"')
    scanned = [(p.page, p.text) for p in passages(catalogue, report, criteria)]
    monkeypatch.setattr(passages_module, "SCAN_PAGES", 0)
    assert [(p.page, p.text) for p in passages(catalogue, report, criteria)] == scanned
    assert [p for p, _ in scanned] == list(range(1, 11))


def test_a_package_carries_the_files_and_the_text_is_read_again_where_it_lands(catalogue, report, tmp_path):
    """Packages carry attachments, not their text: the catalogue that imports one reads it again."""
    from app.catalogue import Catalogue
    from app.seed import load_seed_vocabularies
    from app.transfer import service as transfer
    from db import models
    indexer.index_pending(catalogue)
    transfer.export(catalogue, tmp_path / "field.zip", "package")
    laptop = Catalogue.open(tmp_path / "laptop" / "catalogue.db", seed=False)
    try:
        load_seed_vocabularies(laptop.database)
        assert transfer.import_file(laptop, tmp_path / "field.zip").failed == 0
        assert indexer.pending_count(laptop) == 1 and not laptop.has_document_text()
        assert _titles(laptop, 'text:"recruitment fees"') == []
        [outcome] = indexer.index_pending(laptop)
        assert (outcome.status, outcome.pages) == ("text", 10)
        assert _titles(laptop, 'text:"recruitment fees"') == ["Annual review"]
        assert [p.page for p in passages(laptop, report, parse_query('text:"recruitment fees"'))] == [7]
    finally:
        laptop.close()
        models.database.initialize(catalogue.database)


@pytest.mark.sqlite_only
def test_an_offline_copy_and_its_server_each_read_the_files_that_sync_brings(qapp, tmp_path, pg_url):
    """A PostgreSQL catalogue and its offline copy: the attachments sync, each side reads their text."""
    from db import connection
    from db import models as m
    from app.catalogue import Catalogue
    from app.sync import service as sync

    def opened(location):
        return Catalogue(connection.open_catalogue(location, bind=False))
    server = opened(pg_url)
    try:
        with m.database.bound(server.database):
            uid = _record(server, "Annual review")
            _attach(server, uid, write_pdf(tmp_path / "review.pdf", TEN_PAGES))
            indexer.index_pending(server)
            assert _titles(server, 'text:"recruitment fees"') == ["Annual review"]
        sync.make_offline_copy(pg_url, tmp_path / "field.db")
        copy = opened(tmp_path / "field.db")
        try:
            with m.database.bound(copy.database):
                assert indexer.pending_count(copy) == 1
                indexer.index_pending(copy)
                assert _titles(copy, 'text:"recruitment fees"') == ["Annual review"]
                _attach(copy, uid, write_pdf(tmp_path / "notes.pdf", ["Field notes on debt bondage"]))
            assert sync.sync(copy).attachments_pushed == 1
        finally:
            copy.database.close()
        with m.database.bound(server.database):
            assert indexer.pending_count(server) == 1
            indexer.index_pending(server)
            assert _titles(server, 'text:"debt bondage"') == ["Annual review"]
    finally:
        server.database.close()


@pytest.mark.sqlite_only
def test_a_killed_indexing_run_loses_nothing_and_the_next_run_finishes(qapp, tmp_path):
    """`documents --index` killed (SIGKILL) after its first document: what was stored is whole, the
    rest waits, and the next run reads it."""
    import signal
    import subprocess
    import sys

    from pathlib import Path

    from app.catalogue import Catalogue
    root = Path(__file__).resolve().parents[1]
    db = tmp_path / "kill.db"
    cat = Catalogue.open(db)
    for n in range(8):
        uid = _record(cat, f"Report {n}")
        _attach(cat, uid, write_pdf(tmp_path / f"r{n}.pdf", [f"marker{n} page {p} " + "wages " * 300 for p in range(40)]))
    cat.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "main.py", "--db", str(db), "documents", "--index"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr.readline().startswith("read ")       # one document stored
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
    cat = Catalogue.open(db)
    try:
        counts = db_documents.counts(cat.database)
        assert 1 <= counts["text"] < 8 and counts["text"] + counts["pending"] == 8
        stored = cat.database.execute_sql("SELECT count(*) FROM document_page").fetchone()[0]
        assert stored == counts["pages"] == 40 * counts["text"]        # whole documents only
        indexer.index_pending(cat)
        assert db_documents.counts(cat.database)["text"] == 8
        for n in range(8):
            assert _titles(cat, f"text:marker{n}") == [f"Report {n}"]
    finally:
        cat.close()


def test_a_document_too_big_is_listed_with_its_reason(catalogue, report, monkeypatch):
    from app.documents import extract as extract_module
    monkeypatch.setattr(extract_module, "MAX_PAGES", 5)
    [outcome] = indexer.index_pending(catalogue)
    assert outcome.status == "failed" and outcome.reason == "too big: review.pdf has 10 pages; at most 5 are read"
    assert [row.uid for row in catalogue.rows(quality.ids(catalogue, "unreadable_documents"))] == [report]
