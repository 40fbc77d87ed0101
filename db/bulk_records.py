"""Whole records for many ids at once, for exports: one query per table per chunk of ids.

queries.record_by_id costs eight queries a record; exporting 100,000 records that way takes
minutes. Here each chunk of 500 ids costs eight queries in all. Values and their order match
record_by_id exactly, so an export and the detail pane agree.
"""
from __future__ import annotations

from db.records import OrganizationRef, RecordData

CHUNK = 500

_LISTS = {
    "authors": "SELECT resource_id, name FROM resource_author WHERE resource_id IN ({ids}) "
               "ORDER BY resource_id, position",
    "countries": "SELECT rc.resource_id, c.code FROM resource_country rc JOIN country c ON c.id = rc.country_id "
                 "WHERE rc.resource_id IN ({ids}) ORDER BY rc.resource_id, c.name",
    "regions": "SELECT rr.resource_id, g.name FROM resource_region rr JOIN region g ON g.id = rr.region_id "
               "WHERE rr.resource_id IN ({ids}) ORDER BY rr.resource_id, g.name",
    "themes": "SELECT rt.resource_id, t.name FROM resource_theme rt JOIN theme t ON t.id = rt.theme_id "
              "WHERE rt.resource_id IN ({ids}) ORDER BY rt.resource_id, t.name",
    "languages": "SELECT rl.resource_id, l.code FROM resource_language rl JOIN language l ON l.id = rl.language_id "
                 "WHERE rl.resource_id IN ({ids}) ORDER BY rl.resource_id, l.name",
    "keywords": "SELECT rk.resource_id, k.name FROM resource_keyword rk JOIN keyword k ON k.id = rk.keyword_id "
                "WHERE rk.resource_id IN ({ids}) ORDER BY rk.resource_id, k.name",
}
_ORGS = ("SELECT ro.resource_id, o.name, ro.role FROM resource_organization ro JOIN organization o "
         "ON o.id = ro.organization_id WHERE ro.resource_id IN ({ids}) ORDER BY ro.resource_id, ro.position")
_BASE = ("SELECT r.id, r.uid, r.title, r.summary, t.name, r.year, r.month, r.day, r.url, r.isbn, r.doi, "
         "r.publisher_ref, r.container_title, r.volume, r.issue, r.pages, r.notes, r.added_at, "
         "r.updated_at, r.deleted_at, r.version FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id "
         "WHERE r.id IN ({ids})")


def records_for_ids(database, ids: list[int]) -> list[RecordData]:
    """Records for ``ids`` in the same order (ids not found are left out)."""
    out: list[RecordData] = []
    for start in range(0, len(ids), CHUNK):
        out.extend(_chunk(database, ids[start:start + CHUNK]))
    return out


def stored_values(database, ids: list[int], fields) -> dict[int, dict]:
    """Id -> {field: value} for some of the records' fields, as records_for_ids reads them: "type"
    and the many-valued fields (vocabulary spellings and order as stored). Lets a bulk write read
    back just the fields whose stored form may differ from what it wrote."""
    fields = list(fields)
    out: dict[int, dict] = {int(i): {} for i in ids}
    for start in range(0, len(ids), CHUNK):
        marks = ",".join(str(int(i)) for i in ids[start:start + CHUNK])
        for name in fields:
            for rid in ids[start:start + CHUNK]:
                out[int(rid)][name] = None if name == "type" else []
            if name == "type":
                rows = database.execute_sql(
                    "SELECT r.id, t.name FROM resource r LEFT JOIN resource_type t ON t.id = r.type_id "
                    f"WHERE r.id IN ({marks})").fetchall()
                for rid, value in rows:
                    out[rid]["type"] = value
            elif name == "organizations":
                for rid, org, role in database.execute_sql(_ORGS.format(ids=marks)).fetchall():
                    out[rid][name].append(OrganizationRef(org, role))
            else:
                for rid, value in database.execute_sql(_LISTS[name].format(ids=marks)).fetchall():
                    out[rid][name].append(value)
    return out


def iter_records(database, ids: list[int]):
    """The same, a chunk at a time, so an export of 100,000 records never holds them all."""
    for start in range(0, len(ids), CHUNK):
        yield _chunk(database, ids[start:start + CHUNK])


def _chunk(database, ids: list[int]) -> list[RecordData]:
    if not ids:
        return []
    marks = ",".join(str(int(i)) for i in ids)
    by_id: dict[int, RecordData] = {}
    for row in database.execute_sql(_BASE.format(ids=marks)).fetchall():
        (rid, uid, title, summary, type_name, year, month, day, url, isbn, doi, ref, container, volume,
         issue, pages, notes, added, updated, deleted, version) = row
        by_id[rid] = RecordData(
            title=title, uid=uid, summary=summary, type=type_name, year=year, month=month, day=day,
            url=url, isbn=isbn, doi=doi, publisher_ref=ref, container_title=container, volume=volume,
            issue=issue, pages=pages, notes=notes, added_at=added, updated_at=updated,
            deleted_at=deleted, version=version)
    for attr, sql in _LISTS.items():
        for rid, value in database.execute_sql(sql.format(ids=marks)).fetchall():
            getattr(by_id[rid], attr).append(value)
    for rid, name, role in database.execute_sql(_ORGS.format(ids=marks)).fetchall():
        by_id[rid].organizations.append(OrganizationRef(name, role))
    return [by_id[i] for i in ids if i in by_id]


def all_ids(database, include_trash: bool = False) -> list[int]:
    """Every record id, oldest first (trashed records too if asked)."""
    where = "" if include_trash else " WHERE deleted_at IS NULL"
    return [row[0] for row in database.execute_sql(f"SELECT id FROM resource{where} ORDER BY added_at, id").fetchall()]


def count_all(database, include_trash: bool = False) -> int:
    """How many records :func:`all_ids` would give."""
    where = "" if include_trash else " WHERE deleted_at IS NULL"
    return database.execute_sql(f"SELECT COUNT(*) FROM resource{where}").fetchone()[0]


def ids_for_uids(database, uids: list[str]) -> list[int]:
    """Ids for these uids, in the given order (unknown uids are left out)."""
    found: dict[str, int] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(database.execute_sql(f"SELECT uid, id FROM resource WHERE uid IN ({marks})", chunk).fetchall())
    return [found[u] for u in uids if u in found]


def all_uids(database) -> list[str]:
    """The uid of every record, trash included."""
    return [row[0] for row in database.execute_sql("SELECT uid FROM resource").fetchall()]


def ids_by_uid(database) -> dict[str, int]:
    """uid -> id of every record, trash included."""
    return dict(database.execute_sql("SELECT uid, id FROM resource").fetchall())
