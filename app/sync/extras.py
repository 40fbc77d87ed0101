"""What a sync carries besides records: vocabularies, attachments, reading lists, "not duplicate" pairs.

Links between records (series, language versions, editions) merge as a set, link by link, against
the set both sides agreed on at the last sync: a link added on either side is added to the other, one
removed on a side (and not changed on the other) is removed from both; a number in a series changed
on both sides keeps the server's. A record's version does not move with its links, so two sides that
link the same record never conflict. Links to a record a side does not hold yet are kept.

Vocabulary values and "not duplicate" pairs grow in a sync: each side gets the values it lacks
(matched by name); renames, merges, retirements and removals were replayed before, by
app/sync/vocab.py, so a value merged away on one side is not given back to it. Attachments and
reading lists have no version number, so the state both sides agreed on is kept as a fingerprint
(db.sync_rows states): whichever side differs from it changed; if both did, an attachment stays
attached (removing one is undoable, losing one is not) and a list keeps the server's name with
the items of both. A list deleted on purpose leaves a marker (db.reading_lists.removed_list_uids);
one gone from a side without it was lost there (a server restored from a backup) and is sent back.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace

from app import reading_lists
from app.transfer.packages import safe_member_path
from app.sync.side import Side
from db import attachment_blobs, package_rows, relations, sync_rows, transfer_log
from db import reading_lists as list_rows
from db.sync_rows import ATTACHMENT, LIST, RELATION
from db import vocab
from db.vocab import load_vocabularies
from db.writes import now_iso


@dataclass
class ExtrasOutcome:
    vocabularies: bool = False          # the copy got new vocabulary values
    attachments_pulled: int = 0
    attachments_pushed: int = 0
    lists_pulled: set[str] | None = None
    lists_pushed: int = 0
    lists_merged: int = 0
    relations_pulled: set[str] = field(default_factory=set)   # uids whose links changed in the copy
    relations_pushed: int = 0


# ---- vocabularies ------------------------------------------------------------------------------------

def _vocabularies(side: Side) -> dict:
    with side.bound():
        return vocab.snapshot()


def _missing(source: dict, target: dict) -> dict:
    """The values of ``source`` that ``target`` lacks, per vocabulary."""
    def key(value):
        return value if isinstance(value, str) else value.get("name") or value.get("code")
    out = {}
    for facet, values in source.items():
        have = {key(v) for v in target[facet]}
        out[facet] = [v for v in values if key(v) not in have]
    return out


def copy_vocabularies(source: Side, target: Side) -> bool:
    """Give ``target`` the vocabulary values it lacks; True if it got any."""
    theirs, ours = _vocabularies(source), _vocabularies(target)
    missing = _missing(theirs, ours)
    with target.writing():
        if any(missing.values()):
            load_vocabularies(target.database, **missing)
        transfer_log.fill_vocabulary_details(target.database, theirs["organizations"], [])
    return any(missing.values())


# ---- attachments -------------------------------------------------------------------------------------

def _state(row: dict) -> str:
    return "removed" if row["deleted_at"] else "live"


def sync_attachments(local: Side, remote: Side, pull_only: bool, out: ExtrasOutcome) -> None:
    with local.bound():
        mine = sync_rows.attachment_rows(local.database)
        base = sync_rows.states(ATTACHMENT)
    with remote.bound():
        theirs = sync_rows.attachment_rows(remote.database)
    agreed = []
    for uid in sorted(mine.keys() | theirs.keys()):
        here, there, was = mine.get(uid), theirs.get(uid), base.get(uid, (0, 0, None))[2]
        if here and there:
            if _state(here) == _state(there):
                agreed.append((uid, 0, 0, _state(here)))
                continue
            if was is not None and _state(there) == was:      # changed here only
                if not pull_only:
                    _set_state(remote, here)
                    agreed.append((uid, 0, 0, _state(here)))
            else:                                             # changed there, or both: keep it attached
                keep = there if was is not None and _state(here) == was else {**there, "deleted_at": None}
                _set_state(local, keep)
                if keep is not there and not pull_only:
                    _set_state(remote, keep)
                agreed.append((uid, 0, 0, _state(keep)))
        elif there:   # new there, or its record came back here: copied if the record is here
            if _copy_attachment(remote, local, there):
                out.attachments_pulled += 1
                agreed.append((uid, 0, 0, _state(there)))
        elif here and not pull_only:
            if _copy_attachment(local, remote, here):
                out.attachments_pushed += 1
                agreed.append((uid, 0, 0, _state(here)))
    with local.writing():
        sync_rows.put_states(ATTACHMENT, agreed, now_iso())
        sync_rows.drop_states(ATTACHMENT, sorted(base.keys() - mine.keys() - theirs.keys()))


def _set_state(side: Side, row: dict) -> None:
    with side.writing():
        sync_rows.set_attachment_removed(side.database, row["uid"], row["deleted_at"])


def _copy_attachment(source: Side, target: Side, row: dict) -> bool:
    """Copy one attachment (row and content) to ``target``; False if its record is not there or
    its content is lost on the source."""
    rid = sync_rows.resource_id(target.database, row["record_uid"])
    content = source.read_content(row)
    if rid is None or content is None:
        return False
    if hashlib.sha256(content).hexdigest() != row["sha256"]:
        return False  # changed on disk since it was attached: not the file the record names
    written = None
    if not target.is_server:
        root = target.attachments_folder()
        path = safe_member_path(row["path"], root)
        if path.exists() and path.read_bytes() != content:
            path = safe_member_path(f"{uuid.uuid4().hex[:8]}/{row['path'].split('/')[-1]}", root)
            row = dict(row, path=path.relative_to(root.resolve()).as_posix())
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.incoming")
            tmp.write_bytes(content)
            tmp.replace(path)
            written = path
    try:
        with target.writing():
            if target.is_server:
                attachment_blobs.put(row["sha256"], content)
            package_rows.insert_attachment(target.database, rid, row)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return True


# ---- reading lists -----------------------------------------------------------------------------------

def _list_fingerprint(snap) -> str:
    data = [snap.name, snap.description, [list(i) for i in snap.items]]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def _snapshots(side: Side) -> dict:
    with side.bound():
        return {row.uid: reading_lists.snapshot(row.uid) for row in reading_lists.all_lists()}


def _put_list(side: Side, uid: str, snap) -> None:
    """Make list ``uid`` hold ``snap`` on ``side`` (None: delete it). A name another list took
    meanwhile gets a number: two lists are never merged just because they share a name."""
    with side.bound():
        for n in range(1, 100):
            candidate = snap if snap is None or n == 1 else snap.__class__(
                snap.uid, f"{snap.name} ({n})", snap.description, snap.position, snap.created_at, snap.items)
            try:
                reading_lists.restore(uid, candidate)
                return
            except reading_lists.ReadingListError:
                continue


def sync_lists(local: Side, remote: Side, pull_only: bool, out: ExtrasOutcome) -> None:
    mine, theirs = _snapshots(local), _snapshots(remote)
    with local.bound():
        base = {uid: fp for uid, (_, _, fp) in sync_rows.states(LIST).items()}
    removed_here, removed_there = list_rows.removed_list_uids(local.database), list_rows.removed_list_uids(remote.database)
    agreed, gone = [], []
    pulled: set[str] = set()
    for uid in sorted(mine.keys() | theirs.keys() | base.keys()):
        here, there, was = mine.get(uid), theirs.get(uid), base.get(uid)
        fp_here = _list_fingerprint(here) if here else None
        fp_there = _list_fingerprint(there) if there else None
        if fp_here == fp_there:
            if here is None:
                gone.append(uid)
            else:
                agreed.append((uid, 0, 0, fp_here))
            continue
        changed_here, changed_there = fp_here != was, fp_there != was
        # Gone from one side that did not delete it on purpose: that side lost it (a server
        # restored from an older backup); it is sent back rather than deleted on the other side.
        if was is not None and there is None and not changed_here and uid not in removed_there:
            changed_here, changed_there = True, False
        elif was is not None and here is None and not changed_there and uid not in removed_here:
            changed_here, changed_there = False, True
        if changed_there and not changed_here:
            _put_list(local, uid, there)
            pulled.add(uid)
            result = there
        elif changed_here and not changed_there:
            if pull_only:
                continue
            _put_list(remote, uid, here)
            out.lists_pushed += 1
            result = here
        else:
            result = _merge_lists(here, there)
            _put_list(local, uid, result)
            pulled.add(uid)
            if pull_only:
                continue  # not agreed: the next full sync merges again and sends the result
            _put_list(remote, uid, result)
            out.lists_merged += 1
        now_here = _snapshot(local, uid)
        if result is None or now_here is None:
            gone.append(uid)
        else:   # what the copy holds now (a name may have got a number): the server follows next time
            agreed.append((uid, 0, 0, _list_fingerprint(now_here)))
    with local.writing():
        sync_rows.put_states(LIST, agreed, now_iso())
        sync_rows.drop_states(LIST, gone)
    out.lists_pulled = pulled


def _snapshot(side: Side, uid: str):
    with side.bound():
        return reading_lists.snapshot(uid)


def _merge_lists(here, there):
    """Both sides changed a list: the server's name and items, then the copy's other items; a list
    deleted on one side and changed on the other comes back (nothing is lost)."""
    if here is None or there is None:
        return there or here
    seen = {uid for uid, _ in there.items}
    items = tuple(there.items) + tuple(i for i in here.items if i[0] not in seen)
    return there.__class__(there.uid, there.name, there.description, there.position, there.created_at, items)


# ---- "not duplicate" pairs -------------------------------------------------------------------------

def sync_not_duplicates(local: Side, remote: Side, pull_only: bool) -> None:
    with local.bound():
        mine = sync_rows.not_duplicate_rows(local.database)
    with remote.bound():
        theirs = sync_rows.not_duplicate_rows(remote.database)
    if theirs - mine:
        with local.writing():
            sync_rows.add_not_duplicates(local.database, theirs - mine)
    if mine - theirs and not pull_only:
        with remote.writing():
            sync_rows.add_not_duplicates(remote.database, mine - theirs)


# ---- links between records ---------------------------------------------------------------------------

_SYMMETRIC = ("version", "related")


def _link_key(row) -> tuple[str, str, str]:
    """The link whatever its direction where direction does not matter (versions, related)."""
    if row.kind in _SYMMETRIC and row.subject_uid > row.target_uid:
        return (row.target_uid, row.kind, row.subject_uid)
    return row.key


def _state_id(key: tuple[str, str, str]) -> str:
    """A 36-character id for the link in sync_state (whose uid column holds a UUID's length)."""
    return hashlib.sha256("|".join(key).encode()).hexdigest()[:36]


def _links(side: Side) -> dict:
    with side.bound():
        return {_link_key(row): row for row in relations.all_links()}


def _remove_link(side: Side, row) -> None:
    with side.writing():
        relations.remove(row.subject_uid, row.kind, row.target_uid)


def _put_link(side: Side, row) -> None:
    with side.writing():
        relations.put(row)


def sync_relations(local: Side, remote: Side, pull_only: bool, out: ExtrasOutcome) -> None:
    mine, theirs = _links(local), _links(remote)
    with local.bound():
        base: dict[tuple[str, str, str], str] = {}
        for _, (_, _, fp) in sync_rows.states(RELATION).items():
            try:
                subject, kind, target, number = json.loads(fp)
            except (ValueError, TypeError):
                continue
            base[(subject, kind, target)] = number
    agreed: dict[tuple[str, str, str], str] = {}
    for key in sorted(mine.keys() | theirs.keys() | base.keys()):
        here, there = mine.get(key), theirs.get(key)
        if here is not None and there is not None:
            if here.number == there.number:
                agreed[key] = here.number
            elif key in base and there.number == base[key]:                  # renumbered here only
                if pull_only:
                    agreed[key] = base[key]
                    continue
                _put_link(remote, replace(there, number=here.number, position=here.position))
                out.relations_pushed += 1
                agreed[key] = here.number
            else:                                 # renumbered there, or on both sides: the server's
                _put_link(local, replace(here, number=there.number, position=there.position))
                out.relations_pulled |= {key[0], key[2]}
                agreed[key] = there.number
        elif there is not None:
            if key in base:                       # removed here since
                if not pull_only:
                    _remove_link(remote, there)
                    out.relations_pushed += 1
                    continue
                agreed[key] = base[key]           # pull only: not sent; the next full sync removes it
            else:                                 # new there
                _put_link(local, there)
                out.relations_pulled |= {key[0], key[2]}
                agreed[key] = there.number
        elif here is not None:
            if key in base:                       # removed there since
                _remove_link(local, here)
                out.relations_pulled |= {key[0], key[2]}
            elif not pull_only:                   # new here
                _put_link(remote, here)
                out.relations_pushed += 1
                agreed[key] = here.number
    rows = [(_state_id(key), 0, 0, json.dumps([*key, number], ensure_ascii=False)) for key, number in agreed.items()]
    with local.writing():
        sync_rows.put_states(RELATION, rows, now_iso())
        sync_rows.drop_states(RELATION, sorted(set(sync_rows.states(RELATION)) - {r[0] for r in rows}))
