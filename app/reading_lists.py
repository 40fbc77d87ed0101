"""Reading lists: named, described lists of resources in an order the user sets, each with a note.

UI-free. Every write is one transaction and returns a Changes value whose ``reading_lists`` names
the lists touched (``uid`` is the list a create or duplicate made, ``resources``
the records whose membership changed, for the detail pane). Lists never own records: removing an
item or deleting a list leaves the records alone.

Undo: ``snapshot(uid)`` before and after a write, and ``restore(uid, snap)`` replays either state
(``None`` means "the list does not exist"), so a QUndoCommand needs no knowledge of each operation.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.changes import Changes
from db import reading_lists as q
from db.textfold import fold
from db.writes import now_iso

MAX_NAME_LENGTH = 200


class ReadingListError(ValueError):
    """A reading-list request that cannot be done; the message says why, in one line."""


@dataclass(frozen=True)
class ReadingList:
    uid: str
    name: str
    description: str
    count: int              # resources in the list, not counting those in the trash
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class ListItem:
    resource_uid: str
    resource_id: int
    title: str
    year: int | None
    type: str
    note: str
    in_trash: bool


@dataclass(frozen=True)
class ListSnapshot:
    """Everything a list is, by uids, so it can be put back after any change."""
    uid: str
    name: str
    description: str
    position: int
    created_at: str
    items: tuple[tuple[str, str], ...]   # (resource uid, note) in order


def _public(row: q.ListRow) -> ReadingList:
    return ReadingList(row.uid, row.name, row.description, row.count, row.created_at, row.updated_at)


# ---- reading -----------------------------------------------------------------------------------

def all_lists() -> list[ReadingList]:
    """Every list in sidebar order, with its size."""
    return [_public(row) for row in q.all_lists()]


def get_list(uid: str) -> ReadingList | None:
    row = q.list_by_uid(uid)
    return _public(row) if row else None


def list_named(name: str) -> ReadingList | None:
    """The list with this name, ignoring case and accents (never a uid)."""
    wanted = fold(name)
    uid = next((uid for uid, other in q.list_names() if fold(other) == wanted), None)
    row = q.list_by_uid(uid) if uid else None
    return _public(row) if row else None


def find_list(text: str) -> ReadingList | None:
    """The list called ``text`` (exactly, then ignoring case and accents), or with that uid or a
    unique uid prefix: what a person types on the command line."""
    text = text.strip()
    row = q.list_by_uid(text) or q.list_by_name(text)
    if row is None:
        wanted = fold(text)
        matches = [uid for uid, name in q.list_names() if fold(name) == wanted]
        if not matches and len(text) >= 4:
            matches = [uid for uid, _ in q.list_names() if uid.startswith(text.lower())]
        row = q.list_by_uid(matches[0]) if len(matches) == 1 else None
    return _public(row) if row else None


def items(list_uid: str) -> list[ListItem]:
    """The list's items in order, records in the trash included (marked)."""
    row = _require(list_uid)
    return [ListItem(i.resource_uid, i.resource_id, i.title, i.year, i.type, i.note, i.in_trash)
            for i in q.items(row.id)]


def list_resource_ids(list_uid: str) -> list[int]:
    """Ids of the list's records (trash excluded) in list order: what the table shows for a list."""
    row = q.list_by_uid(list_uid)
    return q.live_resource_ids(row.id) if row else []


def lists_for_resource(resource_uid: str) -> list[ReadingList]:
    """The lists a record is in, in sidebar order (for the detail pane)."""
    ids = q.resource_ids_for_uids([resource_uid])
    if resource_uid not in ids:
        return []
    return [_public(row) for row in q.lists_for_resource(ids[resource_uid])]


# ---- lists -------------------------------------------------------------------------------------

def _require(uid: str) -> q.ListRow:
    row = q.list_by_uid(uid)
    if row is None:
        raise ReadingListError(f"no reading list with UID {uid!r}")
    return row


def checked_name(name: str) -> str:
    """``name`` with its spaces tidied, if it is a name a list may have (ReadingListError if not).
    The same rules wherever a list gets a name: created here, or by an import (--list)."""
    name = " ".join((name or "").split())
    if not name:
        raise ReadingListError("a reading list needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise ReadingListError(f"a reading list name has at most {MAX_NAME_LENGTH} characters")
    return name


def _clean_name(name: str, exclude_uid: str | None = None) -> str:
    name = checked_name(name)
    wanted = fold(name)
    for uid, other in q.list_names():
        if uid != exclude_uid and fold(other) == wanted:
            raise ReadingListError(f"there is already a reading list called '{other}'")
    return name


def _changed(description: str, *list_uids: str, resources=(), uid: str = "", added=()) -> Changes:
    return Changes(reading_lists=frozenset(list_uids), description=description, resources=frozenset(resources),
                   uid=uid, added=tuple(added))


def create_list(name: str, description: str = "", uid: str | None = None) -> Changes:
    """A new empty list at the end of the sidebar; ``uid`` is its uid."""
    with q.transaction():
        name = _clean_name(name)
        uid = uid or str(uuid.uuid4())
        now = now_iso()
        q.insert_list(uid, name, description.strip(), q.next_list_position(), now, now)
    return _changed(f"create reading list '{name}'", uid, uid=uid)


def rename_list(uid: str, name: str) -> Changes:
    with q.transaction():
        row = _require(uid)
        name = _clean_name(name, exclude_uid=uid)
        q.update_list(row.id, now_iso(), name=name)
    return _changed(f"rename reading list '{row.name}' to '{name}'", uid)


def set_description(uid: str, description: str) -> Changes:
    with q.transaction():
        row = _require(uid)
        q.update_list(row.id, now_iso(), description=description.strip())
    return _changed(f"describe reading list '{row.name}'", uid)


def _copy_name(name: str) -> str:
    taken = {fold(other) for _, other in q.list_names()}
    candidate, n = f"{name} (copy)", 2
    while fold(candidate) in taken:
        candidate, n = f"{name} (copy {n})", n + 1
    return candidate


def duplicate_list(uid: str, name: str | None = None) -> Changes:
    """A copy with the same description, items and notes; ``uid`` is the copy's uid."""
    with q.transaction():
        row = _require(uid)
        new_name = _clean_name(name) if name else _copy_name(row.name)
        new_uid = str(uuid.uuid4())
        now = now_iso()
        new_id = q.insert_list(new_uid, new_name, row.description, q.next_list_position(), now, now)
        q.replace_items(new_id, q.item_entries(row.id))
    return _changed(f"duplicate reading list '{row.name}'", new_uid, uid=new_uid)


def delete_list(uid: str) -> Changes:
    """Delete the list and its items; the records stay in the catalogue."""
    with q.transaction():
        row = _require(uid)
        members = [rid for rid, _ in q.item_entries(row.id)]
        q.delete_list(row.id)
        uids = q.resource_uids_for_ids(members).values()
    return _changed(f"delete reading list '{row.name}'", uid, resources=uids)


# ---- items -------------------------------------------------------------------------------------

def _ids_for(resource_uids) -> dict[str, int]:
    """uid -> id in the given order, duplicates dropped; an unknown uid is an error."""
    uids = list(dict.fromkeys(resource_uids))
    found = q.resource_ids_for_uids(uids)
    missing = [u for u in uids if u not in found]
    if missing:
        raise ReadingListError(f"no resource with UID {missing[0]!r}")
    return {uid: found[uid] for uid in uids}   # in the caller's order


def add_items(list_uid: str, resource_uids, index: int | None = None) -> Changes:
    """Add records (by uid, in the given order) at ``index`` in the list, or at the end.
    Records already in the list stay where they are; ``added`` lists those added."""
    with q.transaction():
        row = _require(list_uid)
        ids = _ids_for(resource_uids)
        current = q.item_entries(row.id)
        present = {rid for rid, _ in current}
        new = [(rid, "") for rid in ids.values() if rid not in present]
        if new:
            if index is None or index >= len(current):
                q.append_items(row.id, new)
            else:
                at = max(0, index)
                q.replace_items(row.id, current[:at] + new + current[at:])
            q.update_list(row.id, now_iso())
        added = [uid for uid, rid in ids.items() if rid not in present]
    noun = "resource" if len(added) == 1 else "resources"
    return _changed(f"add {len(added)} {noun} to '{row.name}'", list_uid, resources=added, added=added)


def remove_items(list_uid: str, resource_uids) -> Changes:
    """Take records out of the list; the records themselves are untouched."""
    with q.transaction():
        row = _require(list_uid)
        ids = q.resource_ids_for_uids(list(dict.fromkeys(resource_uids)))
        present = {rid for rid, _ in q.item_entries(row.id)}
        gone = {uid: rid for uid, rid in ids.items() if rid in present}
        if gone:
            q.delete_items(row.id, list(gone.values()))
            q.update_list(row.id, now_iso())
    noun = "resource" if len(gone) == 1 else "resources"
    return _changed(f"remove {len(gone)} {noun} from '{row.name}'", list_uid, resources=gone)


def _reorder(row: q.ListRow, order: list[tuple[int, str]], description: str) -> Changes:
    if order != q.item_entries(row.id):
        q.replace_items(row.id, order)
        q.update_list(row.id, now_iso())
    return _changed(description, row.uid)


def move_items(list_uid: str, resource_uids, index: int) -> Changes:
    """Move records (keeping their relative order) to just before the item now at ``index``
    (len = the end), as a drop between two rows does."""
    with q.transaction():
        row = _require(list_uid)
        moving_ids = set(_ids_for(resource_uids).values())
        current = q.item_entries(row.id)
        moving = [e for e in current if e[0] in moving_ids]
        rest = [e for e in current if e[0] not in moving_ids]
        at = sum(1 for e in current[:max(0, index)] if e[0] not in moving_ids)
        return _reorder(row, rest[:at] + moving + rest[at:], f"reorder '{row.name}'")


def shift_items(list_uid: str, resource_uids, offset: int) -> Changes:
    """Move records up (offset < 0) or down (> 0) by |offset| places, as the move keys do; a block
    of selected rows moves together and stops at the top or bottom."""
    with q.transaction():
        row = _require(list_uid)
        moving_ids = set(_ids_for(resource_uids).values())
        order = q.item_entries(row.id)
        for _ in range(abs(offset)):
            positions = range(1, len(order)) if offset < 0 else range(len(order) - 2, -1, -1)
            for i in positions:
                j = i - 1 if offset < 0 else i + 1
                if order[i][0] in moving_ids and order[j][0] not in moving_ids:
                    order[i], order[j] = order[j], order[i]
        return _reorder(row, order, f"reorder '{row.name}'")


def set_order(list_uid: str, resource_uids) -> Changes:
    """Put the list in exactly this order (every item once; unknown uids are an error)."""
    with q.transaction():
        row = _require(list_uid)
        ids = _ids_for(resource_uids)
        current = dict(q.item_entries(row.id))
        wanted = [ids[u] for u in dict.fromkeys(resource_uids)]
        if sorted(wanted) != sorted(current):
            raise ReadingListError("a new order must name every item of the list once")
        return _reorder(row, [(rid, current[rid]) for rid in wanted], f"reorder '{row.name}'")


def set_note(list_uid: str, resource_uid: str, note: str) -> Changes:
    """The item's note in this list ("read chapter 3 first"); the record is untouched."""
    with q.transaction():
        row = _require(list_uid)
        rid = _ids_for([resource_uid])[resource_uid]
        if not q.set_note(row.id, rid, note.strip()):
            raise ReadingListError(f"resource {resource_uid!r} is not in '{row.name}'")
        q.update_list(row.id, now_iso())
    return _changed(f"edit note in '{row.name}'", list_uid)


# ---- undo support ------------------------------------------------------------------------------

def snapshot(list_uid: str) -> ListSnapshot | None:
    """The whole state of a list (None if it does not exist)."""
    row = q.list_by_uid(list_uid)
    if row is None:
        return None
    entries = q.item_entries(row.id)
    uids = q.resource_uids_for_ids([rid for rid, _ in entries])
    return ListSnapshot(row.uid, row.name, row.description, row.position, row.created_at,
                        tuple((uids[rid], note) for rid, note in entries if rid in uids))


def restore(list_uid: str, snap: ListSnapshot | None) -> Changes:
    """Put list ``list_uid`` back into state ``snap`` (None: delete it). Records purged since the
    snapshot are skipped."""
    with q.transaction():
        row = q.list_by_uid(list_uid)
        before = {rid for rid, _ in q.item_entries(row.id)} if row else set()
        if snap is None:
            if row is not None:
                q.delete_list(row.id)
            touched = q.resource_uids_for_ids(list(before)).values()
            return _changed("restore reading list", list_uid, resources=touched)
        _clean_name(snap.name, exclude_uid=list_uid)   # the name may have been taken meanwhile
        now = now_iso()
        if row is None:
            list_id = q.insert_list(snap.uid, snap.name, snap.description, snap.position,
                                    snap.created_at, now)
        else:
            list_id = row.id
            q.update_list(list_id, now, name=snap.name, description=snap.description,
                          position=snap.position)
        ids = q.resource_ids_for_uids([uid for uid, _ in snap.items])
        q.replace_items(list_id, [(ids[uid], note) for uid, note in snap.items if uid in ids])
        touched = set(q.resource_uids_for_ids(list(before)).values()) | set(ids)
    return _changed("restore reading list", list_uid, resources=touched)
