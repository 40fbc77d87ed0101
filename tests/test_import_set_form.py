"""Issue 17: an import writes the search index once, after every new record (not at each batch), and a
big one builds the secondary indexes once at the end (db.writes.indexes_set_aside) with a big FTS5
buffer (db.search._big_pending_terms). The catalogue must be the one the per-batch path gave: same
records, links, index rows, hits, history, and the same indexes and index settings in the schema."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.catalogue import Catalogue
from app.criteria import parse_query
from app.seed import load_seed_vocabularies
from app.transfer import formats, importing, service as transfer
from app.transfer.formats import csv_tsv, ris
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from bench.synthetic import records
from db.bulk_records import all_ids, records_for_ids
from db import search
from db import writes as db_writes
from db.writes import VocabularyCache, insert_many

TERMS = ("migrant", "remittance", "zyxwv17", "แรงงาน", "农民工", "labour", "ministry")


def _open(path) -> Catalogue:
    cat = Catalogue.open(path, seed=False)
    load_seed_vocabularies(cat.database)
    return cat


def _state(cat: Catalogue) -> dict:
    db = cat.database
    recs = [r.to_dict() for r in records_for_ids(db, all_ids(db, include_trash=True))]
    for r in recs:
        r.pop("uid"), r.pop("added_at"), r.pop("updated_at")   # new uids and the clock differ between runs
    tables = {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
              for t in ("resource_author", "resource_organization", "resource_country", "resource_region",
                        "resource_theme", "resource_language", "resource_keyword", "resource_region_match")}
    index = {t: db.execute_sql(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
             for t in ("resource_fts", "resource_trigram")}
    hits = {term: sorted(cat.search(parse_query(term)).ids) for term in TERMS}
    history = db.execute_sql("SELECT action, field, old_value, new_value FROM change_log ORDER BY id").fetchall()
    schema = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    settings = {t: db.execute_sql(f"SELECT * FROM {t}_config ORDER BY k").fetchall()
                for t in ("resource_fts", "resource_trigram")}
    check = db.execute_sql("PRAGMA integrity_check").fetchall()
    return {"records": recs, "links": tables, "index": index, "hits": hits, "history": history,
            "schema": schema, "settings": settings, "check": check}


@pytest.mark.parametrize("big", [False, True], ids=["small", "big"])
@pytest.mark.parametrize("fmt", ["csv", "ris"])
def test_import_with_the_index_written_once_equals_the_batch_by_batch_path(tmp_path, monkeypatch, fmt, big):
    monkeypatch.setattr(importing, "BATCH", 23)   # several batches, the last one short
    if big:   # the big-import path at 120 records: indexes set aside, a big FTS5 buffer
        monkeypatch.setattr(db_writes, "BIG_IMPORT", 100)
        monkeypatch.setattr(search, "BIG_WRITE", 10)
        calls = []
        real = db_writes.indexes_set_aside
        monkeypatch.setattr(importing, "indexes_set_aside", lambda db, on, *tables: calls.append(on) or real(db, on, *tables))
    first = _open(tmp_path / "a.db")
    path = tmp_path / f"generated.{fmt}"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        (csv_tsv.write if fmt == "csv" else ris.write)(
            (replace(r, uid="", added_at="") for r in records(120)), fh, ExportContext.load())
    report = transfer.import_file(first, path, transfer.ImportOptions(on_duplicate="new"))
    assert report.added == 120
    got = _state(first)
    first.close()
    if big:
        assert calls == [True, True]   # the records' tables, then the history's
        monkeypatch.setattr(search, "BIG_WRITE", 10 ** 9)   # the reference below: the plain path

    # The path before: each batch of new records written with its index rows at once.
    second = _open(tmp_path / "b.db")
    parsed = formats.parse(formats.open_source(path), ImportContext.load())
    importing._add_vocabulary([r.data for r in parsed.records])
    vocab = VocabularyCache()
    for start in range(0, 120, 23):
        insert_many(second.database, [r.data for r in parsed.records[start:start + 23]], vocab)
    want = _state(second)
    second.close()

    assert got["records"] == want["records"]
    assert got["links"] == want["links"]
    assert got["index"] == want["index"] and len(got["index"]["resource_fts"]) == 120
    assert got["index"]["resource_trigram"], "some generated records are in Thai, Khmer, Burmese, Chinese"
    assert got["hits"] == want["hits"] and all(got["hits"][t] for t in ("migrant", "zyxwv17", "แรงงาน"))
    assert [row[0] for row in got["history"]] == ["import"] * 120   # one "source" row a new record
    assert got["schema"] == want["schema"] and got["settings"] == want["settings"]
    assert got["check"] == want["check"] == [("ok",)]


def _schema(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def _generated_csv(tmp_path, n: int):
    path = tmp_path / "generated.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv_tsv.write((replace(r, uid="", added_at="") for r in records(n)), fh, ExportContext.load())
    return path


def test_a_big_import_cancelled_after_its_indexes_were_dropped_leaves_every_index(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 23)
    monkeypatch.setattr(db_writes, "BIG_IMPORT", 50)
    cat = _open(tmp_path / "a.db")
    before = _schema(tmp_path / "a.db")
    asked = []
    report = transfer.import_file(cat, _generated_csv(tmp_path, 120), transfer.ImportOptions(on_duplicate="new"),
                                  cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert report.cancelled and len(asked) == 3      # two batches written, then cancelled
    assert cat.database.execute_sql("SELECT count(*) FROM resource").fetchone() == (0,)
    assert cat.database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    cat.close()
    assert _schema(tmp_path / "a.db") == before


_KILLED_IMPORT = """
import os, sys, time
from pathlib import Path
from app.catalogue import Catalogue
from app.transfer import importing, service as transfer
from db import writes
writes.BIG_IMPORT = 50
def stop_here(database, rows):    # every record written, the indexes dropped, the search index next
    seen = database.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'resource'")
    Path(sys.argv[3] + ".part").write_text(str(seen.fetchone()[0]))
    os.replace(sys.argv[3] + ".part", sys.argv[3])
    time.sleep(60)
importing.write_deferred_index = stop_here
transfer.import_file(Catalogue.open(Path(sys.argv[1]), seed=False), Path(sys.argv[2]),
                     transfer.ImportOptions(on_duplicate="new"))
"""


def test_a_big_import_killed_with_its_indexes_dropped_leaves_the_catalogue_whole(tmp_path):
    path = tmp_path / "a.db"
    _open(path).close()
    before = _schema(path)
    csv_path = _generated_csv(tmp_path, 120)
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(path), str(csv_path), str(ready)],
                            cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready.exists(), "the import did not reach its search index"
        indexes = [row for row in before if row[0] == "index" and row[2] == "resource"]
        assert int(ready.read_text()) < len(indexes), "the writer has set the indexes aside"
        conn = sqlite3.connect(path)   # the writer holds its transaction open: the dropped indexes are not seen
        assert conn.execute("SELECT count(*) FROM resource").fetchone() == (0,)
        conn.close()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert _schema(path) == before
    cat = _open(path)
    assert cat.database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert cat.database.execute_sql("SELECT count(*) FROM resource").fetchone() == (0,)
    report = transfer.import_file(cat, csv_path, transfer.ImportOptions(on_duplicate="new"))
    assert report.added == 120 and sorted(cat.search(parse_query("migrant")).ids)
    cat.close()
    assert _schema(path) == before


def test_indexes_are_set_aside_only_for_an_import_at_least_as_big_as_the_catalogue(tmp_path, monkeypatch):
    monkeypatch.setattr(db_writes, "BIG_IMPORT", 50)
    cat = _open(tmp_path / "a.db")
    db = cat.database
    assert not db_writes.big_import(db, 49) and db_writes.big_import(db, 50)
    with db.atomic():
        insert_many(db, [replace(r, uid="") for r in records(80)])
    assert not db_writes.big_import(db, 79) and db_writes.big_import(db, 80)
    cat.close()


def test_the_bulk_link_rows_are_the_rows_of_each_table_made_one_by_one(tmp_path):
    cat = _open(tmp_path / "a.db")
    parsed = formats.parse(formats.open_source(_generated_csv(tmp_path, 300)), ImportContext.load())
    importing._add_vocabulary([r.data for r in parsed.records])
    vocab = VocabularyCache()
    together: dict[str, list] = {key: [] for key in db_writes._LINK_TABLES}
    one_by_one: dict[str, list] = {key: [] for key in db_writes._LINK_TABLES}
    for rid, rec in enumerate(parsed.records, start=1):
        db_writes._append_link_rows(rid, rec.data, vocab, together)
        for key, rows in db_writes._link_rows(rid, rec.data, vocab).items():
            one_by_one[key].extend(rows)
    assert together == one_by_one and all(together[k] for k in ("organization", "country", "theme", "keyword"))
    cat.close()


def test_a_new_resource_row_holds_what_save_record_writes_in_the_same_columns(tmp_path):
    cat = _open(tmp_path / "a.db")
    vocab = VocabularyCache()
    data = replace(next(iter(records(1))), uid="u-1", added_at="2020-01-01T00:00:00Z", updated_at="", version=3)
    cols = db_writes._resource_columns(data)
    cols.update(type_id=vocab.id_for("type", data.type), uid="u-1", added_at="2020-01-01T00:00:00Z",
                updated_at="2020-01-01T00:00:00Z", deleted_at=None, version=3)
    row = db_writes._new_row(data, vocab, "stamp", {})
    assert dict(zip(db_writes.NEW_ROW_COLUMNS, row)) == cols and len(row) == len(cols)
    cat.close()
