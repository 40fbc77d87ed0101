"""Bulk writes: explicit ids after the first row, one generation bump per batch, the row trigger
put back afterwards (also when the batch fails), and the same stored records as one-by-one saves."""
from __future__ import annotations

import dataclasses

import pytest

from db import schema
from db.bulk_records import records_for_ids
from db.records import OrganizationRef, RecordData
from db.writes import insert_many, replace_many, save_record


def _records(n: int, start: int = 0) -> list[RecordData]:
    return [RecordData(title=f"Bulk record {i} ກາ ម៉ា", summary=f"summary {i}", year=2000 + i % 20,
                       type="Report", countries=["TH", "KH"][: 1 + i % 2], themes=["Remittances"],
                       keywords=[f"kw{i % 7}", "shared", f"kw{i % 7}"], authors=["Doe, J.", "Roe, R."],
                       organizations=[OrganizationRef("International Labour Organization", "author")])
            for i in range(start, start + n)]


def _triggers(database) -> set[str]:
    return {r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'resource_generation_%'")}


def test_bulk_insert_bumps_the_generation_once_and_keeps_the_trigger(empty_catalogue):
    db = empty_catalogue.database
    before = schema.generation(db)
    triggers = _triggers(db)
    with db.atomic():
        ids = insert_many(db, _records(120))
    assert schema.generation(db) == before + 1
    assert _triggers(db) == triggers == {"resource_generation_insert", "resource_generation_update",
                                         "resource_generation_delete"}
    assert ids == list(range(ids[0], ids[0] + 120))
    assert [r[0] for r in db.execute_sql("SELECT id FROM resource ORDER BY id")] == ids
    save_record(db, RecordData(title="one more"))           # the row trigger works again
    assert schema.generation(db) == before + 2


def test_a_failed_bulk_insert_leaves_no_rows_and_the_trigger_in_place(empty_catalogue):
    db = empty_catalogue.database
    before = schema.generation(db)
    bad = _records(80)
    bad[60] = dataclasses.replace(bad[60], countries=["Atlantis"])   # not an ISO country
    with pytest.raises(ValueError):
        with db.atomic():
            insert_many(db, bad)
    assert db.execute_sql("SELECT count(*) FROM resource").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM resource_fts").fetchone()[0] == 0
    assert "resource_generation_insert" in _triggers(db)
    assert schema.generation(db) == before


def test_bulk_insert_stores_what_saving_one_by_one_stores(empty_catalogue):
    db = empty_catalogue.database
    with db.atomic():
        bulk_ids = insert_many(db, _records(60))
    single_ids = [save_record(db, r).uid for r in _records(60)]
    bulk = records_for_ids(db, bulk_ids)
    single = records_for_ids(db, [r[0] for r in db.execute_sql(
        "SELECT id FROM resource WHERE id NOT IN (%s) ORDER BY id" % ",".join(map(str, bulk_ids)))])
    assert len(single_ids) == len(single) == 60
    skip = {"uid", "added_at", "updated_at", "version"}
    for a, b in zip(bulk, single):
        assert {k: v for k, v in dataclasses.asdict(a).items() if k not in skip} == \
               {k: v for k, v in dataclasses.asdict(b).items() if k not in skip}
    assert bulk[0].keywords == ["kw0", "shared"]          # repeats dropped, order kept
    hits = db.execute_sql("SELECT count(*) FROM resource_fts WHERE resource_fts MATCH 'shared'").fetchone()[0]
    assert hits == 120


def test_bulk_replace_bumps_once_and_keeps_the_update_trigger(empty_catalogue):
    db = empty_catalogue.database
    with db.atomic():
        ids = insert_many(db, _records(70))
    stored = records_for_ids(db, ids)
    before = schema.generation(db)
    with db.atomic():
        replace_many(db, [dataclasses.replace(r, title=r.title + " (revised)", version=r.version + 1)
                          for r in stored])
    assert schema.generation(db) == before + 1
    assert "resource_generation_update" in _triggers(db)
    assert all(r.title.endswith("(revised)") for r in records_for_ids(db, ids))
