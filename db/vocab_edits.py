"""SQL for the vocabulary manager: usage counts, renames, and the records a value touches."""
from __future__ import annotations

from db import models as m
from db import search
from db.queries import record_by_id
from db.vocab import FACET_MODELS
from db.writes import VocabularyCache, _index_texts

# facet -> (link table, value column); "type" is a column of resource itself.
LINKS = {
    "theme": ("resource_theme", "theme_id"),
    "region": ("resource_region", "region_id"),
    "organization": ("resource_organization", "organization_id"),
}


def usage_counts(facet: str) -> dict[int, int]:
    """Value id -> number of records (live or in the trash) that use it."""
    if facet == "type":
        sql = "SELECT type_id, COUNT(*) FROM resource WHERE type_id IS NOT NULL GROUP BY type_id"
    else:
        table, col = LINKS[facet]
        sql = f"SELECT {col}, COUNT(DISTINCT resource_id) FROM {table} GROUP BY {col}"
    return dict(m.database.execute_sql(sql).fetchall())


def resources_using(facet: str, value_id: int) -> list[tuple[int, str]]:
    """(id, uid) of every record (live or in the trash) that uses a value."""
    if facet == "type":
        sql = "SELECT id, uid FROM resource WHERE type_id = ? ORDER BY id"
    else:
        table, col = LINKS[facet]
        sql = (f"SELECT DISTINCT r.id, r.uid FROM {table} l JOIN resource r ON r.id = l.resource_id "
               f"WHERE l.{col} = ? ORDER BY r.id")
    return list(m.database.execute_sql(sql, (value_id,)).fetchall())


def field_values(facet: str, value_id: int) -> dict[int, list]:
    """For each record using a value: that field's values (organizations: (name, role) in order)."""
    if facet == "type":
        return {}
    table, col = LINKS[facet]
    vocab_table = FACET_MODELS[facet]._meta.table_name
    order = "l.position" if facet == "organization" else "v.name"
    role = ", l.role" if facet == "organization" else ""
    sql = (f"SELECT l.resource_id, v.name{role} FROM {table} l JOIN {vocab_table} v ON v.id = l.{col} "
           f"WHERE l.resource_id IN (SELECT resource_id FROM {table} WHERE {col} = ?) "
           f"ORDER BY l.resource_id, {order}")
    out: dict[int, list] = {}
    for row in m.database.execute_sql(sql, (value_id,)).fetchall():
        out.setdefault(row[0], []).append(row[1] if facet != "organization" else (row[1], row[2]))
    return out


def value_row(facet: str, value_id: int) -> dict:
    """Every column of one vocabulary value (to recreate it exactly on undo)."""
    model = FACET_MODELS[facet]
    row = model.select().where(model.id == value_id).dicts().first()
    if facet == "region" and row is not None:
        row["members"] = [c for (c,) in m.RegionMember.select(m.RegionMember.country)
                          .where(m.RegionMember.region == value_id).tuples()]
    return row


def insert_value(facet: str, row: dict) -> int:
    """Recreate a value from :func:`value_row` (same id, so nothing else notices it was gone)."""
    model = FACET_MODELS[facet]
    row = dict(row)
    members = row.pop("members", [])
    model.insert(**row).execute()
    if members:
        m.RegionMember.insert_many([{"region": row["id"], "country": c} for c in members]).execute()
    return row["id"]


def update_value(facet: str, value_id: int, **columns) -> None:
    model = FACET_MODELS[facet]
    model.update(**columns).where(model.id == value_id).execute()


def delete_value(facet: str, value_id: int) -> None:
    model = FACET_MODELS[facet]
    model.delete().where(model.id == value_id).execute()


def bump_versions(rids: list[int], stamp: str) -> dict[int, int]:
    """Version + 1 and a new updated_at on these records; returns id -> new version."""
    out: dict[int, int] = {}
    for start in range(0, len(rids), 500):
        chunk = rids[start:start + 500]
        m.Resource.update(version=m.Resource.version + 1, updated_at=stamp).where(m.Resource.id.in_(chunk)).execute()
        out.update(m.Resource.select(m.Resource.id, m.Resource.version).where(m.Resource.id.in_(chunk)).tuples())
    return out


def reindex(database, rids: list[int]) -> None:
    """Rewrite these records' search-index entries (after an organization was renamed)."""
    cache = VocabularyCache()
    for rid in rids:
        record = record_by_id(rid)
        if record is not None:
            search.write_index(database, rid, *_index_texts(record, cache))
