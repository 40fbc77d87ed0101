"""Records in a sync: who changed what since the two sides last agreed, and moving it across.

For each record (by UUID) the offline copy remembers the versions both sides had when they last
agreed (db.sync_rows states). Each side bumps its own version on every change, so:

- changed on one side only                 -> copied to the other (with its history rows);
- changed on both, same content now        -> nothing to copy; the new versions are agreed;
- changed on both, different content       -> a conflict: listed, neither side is overwritten;
- removed for good on one side, the other side unchanged -> removed there too;
- removed for good on one side but changed on the other   -> copied back: nothing lost;
- on one side only and never agreed on     -> new: copied across.

"Removed for good" is known, not guessed: a purge leaves one history row per record with the
version the record had then (db.edits.purged_uids). A record gone from a side without that row,
or with a row older than the version agreed on (the side went back to before the record came
back: it had been removed, then sent back by a copy that still changed it, and the side was
restored from a backup taken in between), or whose version there is below the agreed one, was
lost by that side (a server restored from an older backup, or its last commits lost in a crash):
the other side's version is copied back to it. A record brought back gets a version above the
one it was removed at (db.writes.insert_many), so its old row never counts as a removal after.

Every batch is written in one transaction per side, the shared catalogue first; the agreed
versions are stored on the copy only after. A sync cut between the two finds, next time, the
same content on both sides with versions it did not agree on, and simply agrees on them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.attachments import delete_files
from app.sync.side import Side
from app.transfer.package_export import fingerprint
from db import edits, sync_rows, transfer_log
from db.records import RecordData
from db.sync_rows import RESOURCE
from db.writes import insert_many, now_iso, replace_many

BATCH = 500


class SyncCancelled(Exception):
    """The user cancelled; every batch done so far is complete on both sides."""


@dataclass
class RecordPlan:
    pull: list[str] = field(default_factory=list)
    push: list[str] = field(default_factory=list)
    purge_local: list[str] = field(default_factory=list)
    purge_remote: list[str] = field(default_factory=list)
    compare: list[str] = field(default_factory=list)
    forget: list[str] = field(default_factory=list)
    local: dict[str, tuple[int, int]] = field(default_factory=dict)    # uid -> (id, version)
    remote: dict[str, tuple[int, int]] = field(default_factory=dict)
    base: dict[str, tuple[int, int, str]] = field(default_factory=dict)

    def size(self, pull_only: bool) -> int:
        work = len(self.pull) + len(self.purge_local) + len(self.compare)
        return work if pull_only else work + len(self.push) + len(self.purge_remote)


@dataclass
class RecordOutcome:
    pulled: set[str] = field(default_factory=set)       # written on the copy
    pushed: set[str] = field(default_factory=set)       # written on the shared catalogue
    removed_here: set[str] = field(default_factory=set)
    removed_there: set[str] = field(default_factory=set)
    conflicts: set[str] = field(default_factory=set)


def plan(local: Side, remote: Side) -> RecordPlan:
    p = RecordPlan(local=local.versions(), remote=remote.versions())
    with local.bound():
        p.base = sync_rows.states(RESOURCE)
    purged_here, purged_there = local.purged(), remote.purged()
    for uid in p.local.keys() | p.remote.keys() | p.base.keys():
        here, there, base = p.local.get(uid), p.remote.get(uid), p.base.get(uid)
        if here and there:
            changed_here = base is None or here[1] != base[0]
            changed_there = base is None or there[1] != base[1]
            # Versions never go down; a side whose version is below the agreed one went back in
            # time (a server restored from a backup, or its last commits lost in a crash): the
            # other side's version is the newer one, whatever it did since.
            if base is not None and there[1] < base[1]:
                changed_here, changed_there = True, here[1] < base[0]
            elif base is not None and here[1] < base[0]:
                changed_here, changed_there = False, True
            if changed_here and changed_there:
                p.compare.append(uid)
            elif changed_here:
                p.push.append(uid)
            elif changed_there:
                p.pull.append(uid)
        elif here:
            if base is not None and here[1] == base[0] and purged_there.get(uid, -1) >= base[1]:
                p.purge_local.append(uid)        # removed for good on the server, untouched here
            else:
                p.push.append(uid)               # new here, changed here, or lost by the server
        elif there:
            if base is not None and there[1] == base[1] and purged_here.get(uid, -1) >= base[0]:
                p.purge_remote.append(uid)
            else:
                p.pull.append(uid)
        else:
            p.forget.append(uid)
    return p


def _batches(uids: list[str]):
    uids = sorted(uids)
    for start in range(0, len(uids), BATCH):
        yield uids[start:start + BATCH]


def _write(target: Side, records: list[RecordData], expected: dict[str, int | None],
           history: list[dict]) -> dict[str, tuple[int, int]]:
    """Write ``records`` on ``target`` (inside its write transaction) where the target's version is
    still ``expected`` (None: not there); returns uid -> (source version, target's new version)."""
    current = sync_rows.versions_for(target.database, [r.uid for r in records])
    new, changed, written = [], [], {}
    for rec in records:
        if current.get(rec.uid) != expected.get(rec.uid):
            continue  # edited on this side meanwhile: the next sync sees it
        if rec.uid not in current:
            new.append(rec)
            written[rec.uid] = (rec.version, max(rec.version, 1))
            continue
        # Never lower a version: the target's own history counts up to what it has.
        version = max(rec.version, current[rec.uid] + 1)
        changed.append(replace(rec, version=version))
        written[rec.uid] = (rec.version, version)
    if new:
        insert_many(target.database, new, target.vocab)
        # A record removed for good there before comes back above the version it was removed at.
        for uid, version in sync_rows.versions_for(target.database, [r.uid for r in new]).items():
            written[uid] = (written[uid][0], version)
    if changed:
        replace_many(target.database, changed, target.vocab)
    transfer_log.insert_history(target.database, [h for h in history if h["resource_uid"] in written])
    return written


def _copy(p: RecordPlan, uids: list[str], source: Side, target: Side,
          to_remote: bool) -> dict[str, tuple[int, int]]:
    """Copy a batch from ``source`` to ``target``; returns uid -> (source version, target version)
    for those written (the source version as read, which may be newer than the plan's). On the
    copy, the agreed versions are stored in the same transaction as the records."""
    records = list(source.records(uids).values())
    history = source.history(uids)
    target_versions = p.remote if to_remote else p.local
    expected = {uid: target_versions[uid][1] if uid in target_versions else None for uid in uids}
    with target.writing():
        written = _write(target, records, expected, history)
        if not to_remote:
            sync_rows.put_states(RESOURCE, [(u, lv, rv, "") for u, (rv, lv) in written.items()], now_iso())
    return written


def apply(p: RecordPlan, local: Side, remote: Side, pull_only: bool, progress, cancelled) -> RecordOutcome:
    out = RecordOutcome()
    total = p.size(pull_only)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        progress(done, total)
        if cancelled():
            raise SyncCancelled()

    for batch in _batches(p.compare):
        _compare(p, batch, local, remote, out)
        step(len(batch))
    for batch in _batches(p.pull):
        out.pulled |= _copy(p, batch, remote, local, to_remote=False).keys()
        step(len(batch))
    for batch in _batches(p.purge_local):
        _purge(local, batch, {u: p.local[u][1] for u in batch}, out.removed_here)
        step(len(batch))
    if not pull_only:
        for batch in _batches(p.push):
            written = _copy(p, batch, local, remote, to_remote=True)
            with local.writing():   # only once the server has them: see the module docstring
                sync_rows.put_states(RESOURCE, [(u, lv, rv, "") for u, (lv, rv) in written.items()], now_iso())
            out.pushed |= written.keys()
            step(len(batch))
        for batch in _batches(p.purge_remote):
            _purge(remote, batch, {u: p.remote[u][1] for u in batch}, out.removed_there)
            step(len(batch))
    with local.writing():
        sync_rows.drop_states(RESOURCE, p.forget + sorted(out.removed_here | out.removed_there))
        open_conflicts = set(sync_rows.conflict_rows())
        sync_rows.drop_conflicts(sorted(open_conflicts - out.conflicts))
    return out


def _compare(p: RecordPlan, uids: list[str], local: Side, remote: Side, out: RecordOutcome) -> None:
    """Changed on both sides: the same content is agreed on, different content is a conflict."""
    mine, theirs = local.records(uids), remote.records(uids)
    agreed = []
    stamp = now_iso()
    with local.writing():
        for uid in uids:
            here, there = mine.get(uid), theirs.get(uid)
            if here is None or there is None:
                continue  # removed for good meanwhile: the next sync sees it
            if fingerprint(here) == fingerprint(there):
                agreed.append((uid, here.version, there.version, ""))
            else:
                sync_rows.put_conflict(uid, here.version, there, stamp)
                out.conflicts.add(uid)
        sync_rows.put_states(RESOURCE, agreed, stamp)


def _purge(side: Side, uids: list[str], expected: dict[str, int], removed: set[str]) -> None:
    """Remove records for good on ``side`` where they are still at the expected version."""
    with side.writing():
        current = sync_rows.versions_for(side.database, uids)
        gone = [u for u in uids if current.get(u) == expected[u]]
        paths = edits.purge(side.database, gone) if gone else []
    if side.name == "local" and paths:
        delete_files(side.catalogue, paths)
    removed.update(gone)
