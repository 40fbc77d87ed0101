"""SQL for reading lists and their ordered items (tables reading_list and reading_list_item).

Plain rows in, plain dataclasses out; the rules (unique names, snapshots, Changes) live in
app/reading_lists.py. Positions are integers that only need to sort: appends take max + 1,
removals leave gaps, and a reorder rewrites the positions of one list as 0..n-1.
"""
from __future__ import annotations

from dataclasses import dataclass

from db import models as m
from db.writes import now_iso

REMOVED = "list_removed:"   # catalogue_meta key prefix of a list deleted on purpose


@dataclass(frozen=True)
class ListRow:
    id: int
    uid: str
    name: str
    description: str
    position: int
    created_at: str
    updated_at: str
    count: int = 0          # resources in the list that are not in the trash


@dataclass(frozen=True)
class ItemRow:
    resource_id: int
    resource_uid: str
    title: str
    year: int | None
    type: str
    position: int
    note: str
    in_trash: bool


_LIST_COLUMNS = "l.id, l.uid, l.name, l.description, l.position, l.created_at, l.updated_at"
_LIVE_COUNT = ("(SELECT COUNT(*) FROM reading_list_item i JOIN resource r ON r.id = i.resource_id "
               "WHERE i.reading_list_id = l.id AND r.deleted_at IS NULL)")


def _list_rows(where: str = "", params: tuple = ()) -> list[ListRow]:
    sql = f"SELECT {_LIST_COLUMNS}, {_LIVE_COUNT} FROM reading_list l {where} ORDER BY l.position, l.id"
    return [ListRow(*row) for row in m.database.execute_sql(sql, params).fetchall()]


def all_lists() -> list[ListRow]:
    return _list_rows()


def list_by_uid(uid: str) -> ListRow | None:
    rows = _list_rows("WHERE l.uid = ?", (uid,))
    return rows[0] if rows else None


def list_by_name(name: str) -> ListRow | None:
    rows = _list_rows("WHERE l.name = ?", (name,))
    return rows[0] if rows else None


def list_names() -> list[tuple[str, str]]:
    """(uid, name) of every list, for name checks."""
    return list(m.ReadingList.select(m.ReadingList.uid, m.ReadingList.name).tuples())


def next_list_position() -> int:
    row = m.database.execute_sql("SELECT COALESCE(MAX(position), -1) + 1 FROM reading_list").fetchone()
    return int(row[0])


def insert_list(uid: str, name: str, description: str, position: int, created_at: str,
                updated_at: str) -> int:
    m.CatalogueMeta.delete().where(m.CatalogueMeta.key == REMOVED + uid).execute()   # back again
    return m.ReadingList.insert(uid=uid, name=name, description=description, position=position,
                                created_at=created_at, updated_at=updated_at).execute()


def update_list(list_id: int, updated_at: str, **fields) -> None:
    """Set name/description/position (whichever are given) and the update time."""
    m.ReadingList.update(updated_at=updated_at, **fields).where(m.ReadingList.id == list_id).execute()


def delete_list(list_id: int) -> None:
    row = m.ReadingList.get_or_none(m.ReadingList.id == list_id)
    # Items first: the foreign key cascades too, but this does not depend on the pragma.
    m.ReadingListItem.delete().where(m.ReadingListItem.reading_list == list_id).execute()
    m.ReadingList.delete().where(m.ReadingList.id == list_id).execute()
    if row is not None:
        (m.CatalogueMeta.insert(key=REMOVED + row.uid, value=now_iso())
         .on_conflict(conflict_target=[m.CatalogueMeta.key], update={m.CatalogueMeta.value: now_iso()}).execute())


def removed_list_uids(database) -> set[str]:
    """Lists deleted here on purpose (one catalogue_meta row each, ``list_removed:<uid>``): a sync
    passes such a deletion on, and sends back a list the other side lost instead (a server
    restored from an older backup)."""
    return {key[len(REMOVED):] for (key,) in database.execute_sql(
        "SELECT key FROM catalogue_meta WHERE key LIKE ?", (REMOVED + "%",)).fetchall()}


# ---- items -------------------------------------------------------------------------------------

def items(list_id: int) -> list[ItemRow]:
    """Every item of a list in order, trashed records included (they come back on restore)."""
    sql = ("SELECT r.id, r.uid, r.title, r.year, COALESCE(t.name, ''), i.position, i.note, "
           "r.deleted_at IS NOT NULL FROM reading_list_item i JOIN resource r ON r.id = i.resource_id "
           "LEFT JOIN resource_type t ON t.id = r.type_id "
           "WHERE i.reading_list_id = ? ORDER BY i.position, r.id")
    return [ItemRow(rid, uid, title, year, type_, pos, note, bool(trash))
            for rid, uid, title, year, type_, pos, note, trash
            in m.database.execute_sql(sql, (list_id,)).fetchall()]


def item_entries(list_id: int) -> list[tuple[int, str]]:
    """(resource id, note) of every item in order: the whole content, cheaply."""
    sql = ("SELECT resource_id, note FROM reading_list_item WHERE reading_list_id = ? "
           "ORDER BY position, resource_id")
    return [(int(rid), note) for rid, note in m.database.execute_sql(sql, (list_id,)).fetchall()]


def live_resource_ids(list_id: int) -> list[int]:
    """Ids of the list's records that are not in the trash, in list order."""
    sql = ("SELECT i.resource_id FROM reading_list_item i JOIN resource r ON r.id = i.resource_id "
           "WHERE i.reading_list_id = ? AND r.deleted_at IS NULL ORDER BY i.position, i.resource_id")
    return [row[0] for row in m.database.execute_sql(sql, (list_id,)).fetchall()]


def replace_items(list_id: int, entries: list[tuple[int, str]]) -> None:
    """Make the list hold exactly ``entries`` ((resource id, note), in order), positions 0..n-1."""
    m.ReadingListItem.delete().where(m.ReadingListItem.reading_list == list_id).execute()
    rows = [{"reading_list": list_id, "resource": rid, "position": pos, "note": note}
            for pos, (rid, note) in enumerate(entries)]
    for start in range(0, len(rows), 500):
        m.ReadingListItem.insert_many(rows[start:start + 500]).execute()


def append_items(list_id: int, entries: list[tuple[int, str]]) -> None:
    """Add items after the last one (callers make sure none is already in the list)."""
    row = m.database.execute_sql(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM reading_list_item WHERE reading_list_id = ?",
        (list_id,)).fetchone()
    first = int(row[0])
    rows = [{"reading_list": list_id, "resource": rid, "position": first + n, "note": note}
            for n, (rid, note) in enumerate(entries)]
    for start in range(0, len(rows), 500):
        m.ReadingListItem.insert_many(rows[start:start + 500]).execute()


def delete_items(list_id: int, resource_ids: list[int]) -> None:
    for start in range(0, len(resource_ids), 500):
        m.ReadingListItem.delete().where(
            (m.ReadingListItem.reading_list == list_id)
            & (m.ReadingListItem.resource.in_(resource_ids[start:start + 500]))).execute()


def set_note(list_id: int, resource_id: int, note: str) -> int:
    """Returns the number of rows changed (0 if the record is not in the list)."""
    return (m.ReadingListItem.update(note=note)
            .where((m.ReadingListItem.reading_list == list_id)
                   & (m.ReadingListItem.resource == resource_id)).execute())


def lists_for_resource(resource_id: int) -> list[ListRow]:
    return _list_rows("WHERE l.id IN (SELECT reading_list_id FROM reading_list_item WHERE resource_id = ?)",
                      (resource_id,))


def resource_ids_for_uids(uids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        out.update(m.Resource.select(m.Resource.uid, m.Resource.id)
                   .where(m.Resource.uid.in_(chunk)).tuples())
    return out


def resource_uids_for_ids(ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update(m.Resource.select(m.Resource.id, m.Resource.uid)
                   .where(m.Resource.id.in_(chunk)).tuples())
    return out


def transaction():
    """One write transaction on the open catalogue around several of these calls (waiting its turn
    behind another writer, as every write does: db.edits.write_transaction)."""
    from db.edits import write_transaction
    return write_transaction(m.database)
