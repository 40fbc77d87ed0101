"""Issue 17: an import writes the search index once, after every new record (not at each batch).
The catalogue must be the one the per-batch path gave: same records, links, index rows, hits, history."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.catalogue import Catalogue
from app.criteria import parse_query
from app.seed import load_seed_vocabularies
from app.transfer import formats, importing, service as transfer
from app.transfer.formats import csv_tsv, ris
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from bench.synthetic import records
from db.bulk_records import all_ids, records_for_ids
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
    return {"records": recs, "links": tables, "index": index, "hits": hits, "history": history}


@pytest.mark.parametrize("fmt", ["csv", "ris"])
def test_import_with_the_index_written_once_equals_the_batch_by_batch_path(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(importing, "BATCH", 23)   # several batches, the last one short
    first = _open(tmp_path / "a.db")
    path = tmp_path / f"generated.{fmt}"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        (csv_tsv.write if fmt == "csv" else ris.write)(
            (replace(r, uid="", added_at="") for r in records(120)), fh, ExportContext.load())
    report = transfer.import_file(first, path, transfer.ImportOptions(on_duplicate="new"))
    assert report.added == 120
    got = _state(first)
    first.close()

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
