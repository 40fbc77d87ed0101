"""First-run seeding: the controlled vocabularies and the 20 resources of the original listing."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import resources_seed
from db import bulk_records, schema, writes
from db.records import RecordData
from db.vocab import load_vocabularies

SEED_VERSION = "1"


def load_seed_vocabularies(database) -> None:
    load_vocabularies(
        database,
        types=resources_seed.load("types"), themes=resources_seed.load("themes"),
        regions=resources_seed.load("regions"), countries=resources_seed.load("countries"),
        languages=resources_seed.load("languages"), organizations=resources_seed.load("organizations"),
    )


def seed_records() -> list[RecordData]:
    return [RecordData.from_dict(r) for r in resources_seed.load("records")]


def seed_catalogue(database) -> int:
    """Load vocabularies and seed records into a catalogue once; returns how many records were added.

    Seeding again adds nothing: the catalogue remembers it was seeded, and records are matched by
    their fixed UUIDs, so a record the librarian deleted for good does not come back either.
    """
    load_seed_vocabularies(database)
    if schema.get_meta(database, "seeded"):
        return 0
    records = seed_records()
    existing = set(bulk_records.all_uids(database))
    # The listing shows the latest first: give the first record the latest "added" time.
    start = datetime.now(timezone.utc)
    new = []
    for i, rec in enumerate(records):
        if rec.uid in existing:
            continue
        rec.added_at = (start - timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        new.append(rec)
    with database.atomic():
        writes.insert_many(database, new)
        schema.set_meta(database, "seeded", SEED_VERSION)
    return len(new)
