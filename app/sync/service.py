"""Offline field copies of a shared catalogue, and syncing them with it.

An offline copy is an ordinary catalogue file that remembers which catalogue it was made from
(its ``catalogue_id``) and where that lives (the address, never the password). Working offline,
the copy is fully editable. A sync then:

1. gives each side the vocabulary values it lacks;
2. moves records changed on one side only, in batches, by UUID, version and tombstone, and lists
   those changed on both as conflicts (app/sync/records.py explains the rules and why a sync cut
   halfway loses nothing and can simply be run again);
3. carries attachments (files here, contents in the catalogue on a server), reading lists and
   "not duplicate" pairs (app/sync/extras.py);
4. logs the run (sync_log) and the time of the last good one, shown in the sidebar.

``pull_only`` takes the server's changes and sends nothing. Conflicts stay listed (sync_conflict)
until the librarian keeps one side or a merge with :func:`resolve_conflict`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.catalogue import Catalogue
from app.change_log import Recorder
from app.changes import Changes
from app.sync import extras as sync_extras
from app.sync import records as sync_records
from app.sync import vocab as sync_vocab
from app.sync.records import SyncCancelled
from app.sync.side import Side
from app.transfer.package_export import fingerprint
from db import connection, edits, queries, schema, sync_rows, vocab_log
from db.errors import CatalogueError, explain
from app.locations import redacted, redacted_text
from db.records import RecordData
from db.sync_rows import RESOURCE
from db.writes import VocabularyCache, now_iso, save_record

META_REMOTE, META_REMOTE_ID, META_LAST = "sync_remote", "sync_remote_id", "sync_last"
ALL_FACETS = frozenset({"type", "theme", "region", "country", "language", "organization", "keyword"})

__all__ = [
    "ConflictNotFound",
    "SyncCancelled",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "conflicts",
    "find_conflict",
    "make_offline_copy",
    "resolve_conflict",
    "status",
    "sync",
]


class SyncError(CatalogueError):
    """A sync could not run or stopped; the one-line message never holds a password."""


@dataclass
class SyncReport:
    remote: str                       # the server's address, without password
    pull_only: bool = False
    created_copy: bool = False
    pulled: int = 0
    pushed: int = 0
    removed_here: int = 0
    removed_there: int = 0
    conflicts: list[str] = field(default_factory=list)     # uids changed on both sides
    attachments_pulled: int = 0
    attachments_pushed: int = 0
    lists_pulled: int = 0
    lists_pushed: int = 0
    lists_merged: int = 0
    links_pulled: int = 0                # records whose links changed in the copy
    links_pushed: int = 0                # links added, renumbered or removed on the shared catalogue
    vocabulary_changes_pulled: int = 0   # renames, merges, retirements replayed here
    vocabulary_changes_pushed: int = 0   # ... and on the shared catalogue
    changes: Changes = field(default_factory=Changes)      # what changed in the copy, for the window

    def moved_nothing(self) -> bool:
        return not (self.pulled or self.pushed or self.removed_here or self.removed_there
                    or self.attachments_pulled or self.attachments_pushed or self.lists_pulled
                    or self.lists_pushed or self.lists_merged or self.links_pulled or self.links_pushed
                    or self.vocabulary_changes_pulled
                    or self.vocabulary_changes_pushed)

    def summary(self) -> str:
        parts = [f"{self.pulled} received", f"{self.pushed} sent"]
        if self.removed_here or self.removed_there:
            parts.append(f"{self.removed_here + self.removed_there} removed for good")
        if self.attachments_pulled or self.attachments_pushed:
            parts.append(f"{self.attachments_pulled + self.attachments_pushed} attachments")
        if self.lists_pulled or self.lists_pushed or self.lists_merged:
            parts.append(f"{self.lists_pulled + self.lists_pushed} reading lists")
        if self.links_pulled or self.links_pushed:
            parts.append(f"{self.links_pulled + self.links_pushed} links")
        vocab = self.vocabulary_changes_pulled + self.vocabulary_changes_pushed
        if vocab:
            parts.append(f"{vocab} vocabulary change{'s' if vocab != 1 else ''}")
        n = len(self.conflicts)
        parts.append("no conflicts" if not n else f"{n} conflict{'s' if n != 1 else ''} to resolve")
        return ", ".join(parts)


@dataclass
class SyncStatus:
    remote: str                  # the server's address, without password
    last_synced: str | None      # ISO time of the last sync that finished
    last_run: str                # ok | failed | cancelled | interrupted | never
    conflicts: int


def status(catalogue: Catalogue) -> SyncStatus | None:
    """The copy's sync state, or None if this catalogue is not an offline copy."""
    db = catalogue.database
    with connection.bound(db):
        remote = schema.get_meta(db, META_REMOTE)
        if not remote:
            return None
        logs = sync_rows.last_logs(1)
        run = logs[0]["status"] if logs else "never"
        return SyncStatus(remote, schema.get_meta(db, META_LAST), "interrupted" if run == "running" else run,
                          sync_rows.conflict_count())


# ---- making a copy, syncing -------------------------------------------------------------------------

def _open_remote(location: str, password: str | None) -> Catalogue:
    return Catalogue(connection.open_catalogue(location, password, bind=False))


def make_offline_copy(remote_location: str, local_path, password: str | None = None, progress=None,
                      cancelled=None) -> SyncReport:
    """Create an offline copy of the catalogue at ``remote_location`` in the file ``local_path``
    (attachments into the folder beside it), or refresh the copy that is already there."""
    local_path = Path(local_path)
    remote = _open_remote(remote_location, password)
    try:
        opened = connection.open_catalogue(local_path, bind=False)
        local = Catalogue(opened)
        try:
            with connection.bound(local.database):
                if opened.created:
                    schema.set_meta(local.database, "seeded", "1")   # never re-seeded: it is a copy
            return _sync(local, remote, remote_location, False, progress, cancelled, created=opened.created)
        finally:
            local.database.close()
    finally:
        remote.database.close()


def sync(local: Catalogue, remote_location: str | None = None, password: str | None = None,
         pull_only: bool = False, progress=None, cancelled=None) -> SyncReport:
    """Sync the offline copy ``local`` with its shared catalogue (or the one at ``remote_location``;
    an empty catalogue becomes a copy of it). Safe to run again after a failure."""
    if remote_location is None:
        state = status(local)
        if state is None:
            raise SyncError("this catalogue is not an offline copy: give the shared catalogue's address")
        remote_location = state.remote
    remote = _open_remote(remote_location, password)
    try:
        return _sync(local, remote, remote_location, pull_only, progress, cancelled, created=False)
    finally:
        remote.database.close()


def _check_pair(local: Side, remote: Side) -> str:
    """The server's catalogue_id, after checking the copy belongs to it. A catalogue with records
    of its own never becomes a copy: its records would all be sent to the shared catalogue."""
    with remote.bound():
        remote_id = schema.get_meta(remote.database, "catalogue_id")
    with local.bound():
        mine = schema.get_meta(local.database, "catalogue_id")
        linked = schema.get_meta(local.database, META_REMOTE_ID)
        has_records = sync_rows.has_records()
    if remote_id == mine:
        raise SyncError("a catalogue cannot be synced with itself")
    if linked and linked != remote_id:
        raise SyncError("this copy was made from another shared catalogue: make a new offline copy of this one")
    if not linked and has_records:
        raise SyncError(f"{local.catalogue.display_name} is a catalogue of its own, not an offline copy: "
                        f"choose a new file for the copy")
    return remote_id


def _sync(local_cat: Catalogue, remote_cat: Catalogue, location: str, pull_only: bool, progress, cancelled,
          created: bool) -> SyncReport:
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    local, remote = Side(local_cat, "local"), Side(remote_cat, "remote")
    shown = redacted(location)
    remote_id = _check_pair(local, remote)
    with local.writing():
        if created or schema.get_meta(local.database, META_REMOTE_ID) is None:
            # A new copy takes the lists as the server has them now: their past changes are seen.
            vocab_log.mark_seen(vocab_log.changes(remote.database))
        log_id = sync_rows.start_log(shown, "pull" if pull_only else "sync", now_iso())
        schema.set_meta(local.database, META_REMOTE, shown)
        schema.set_meta(local.database, META_REMOTE_ID, remote_id)
    report = SyncReport(shown, pull_only, created)
    try:
        report.vocabulary_changes_pulled, report.vocabulary_changes_pushed = sync_vocab.carry(
            local, remote, pull_only)
        vocab_here = sync_extras.copy_vocabularies(remote, local) or bool(report.vocabulary_changes_pulled)
        if not pull_only:
            sync_extras.copy_vocabularies(local, remote)
        plan = sync_records.plan(local, remote)
        outcome = sync_records.apply(plan, local, remote, pull_only, progress, cancelled)
        extras = sync_extras.ExtrasOutcome()
        sync_extras.sync_attachments(local, remote, pull_only, extras)
        sync_extras.sync_lists(local, remote, pull_only, extras)
        sync_extras.sync_not_duplicates(local, remote, pull_only)
        sync_extras.sync_relations(local, remote, pull_only, extras)
    except SyncCancelled:
        _finish(local, log_id, "cancelled", "cancelled")
        raise
    except Exception as exc:
        message = redacted_text(str(exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if explain(exc).startswith("the disk is full"):   # in words, not the storage's own
            message = "a disk is full (this computer's or the server's): free some space first"
        _finish(local, log_id, "failed", message)
        raise SyncError(f"the sync with {shown} stopped: {message}. Nothing is lost: run it again") from exc
    _fill(report, plan, outcome, extras, vocab_here)
    _finish(local, log_id, "ok", "", pushed=report.pushed, pulled=report.pulled,
            removed=report.removed_here + report.removed_there, conflicts=len(report.conflicts))
    if report.changes.vocabularies:
        local_cat.invalidate_vocabularies()
    return report


def _fill(report: SyncReport, plan, outcome, extras, vocab_here: bool) -> None:
    report.pulled, report.pushed = len(outcome.pulled), len(outcome.pushed)
    report.removed_here, report.removed_there = len(outcome.removed_here), len(outcome.removed_there)
    report.conflicts = sorted(outcome.conflicts)
    report.attachments_pulled, report.attachments_pushed = extras.attachments_pulled, extras.attachments_pushed
    report.lists_pulled, report.lists_pushed = len(extras.lists_pulled or ()), extras.lists_pushed
    report.lists_merged = extras.lists_merged
    report.links_pulled, report.links_pushed = len(extras.relations_pulled), extras.relations_pushed
    created = frozenset(u for u in outcome.pulled if u not in plan.local)
    report.changes = Changes(
        created=created, updated=frozenset(outcome.pulled - created) | frozenset(extras.relations_pulled - created),
        deleted=frozenset(outcome.removed_here), reading_lists=frozenset(extras.lists_pulled or ()),
        vocabularies=ALL_FACETS if (vocab_here or outcome.pulled) else frozenset(),
        description="sync")


def _finish(local: Side, log_id: int, status_: str, message: str, **counts) -> None:
    stamp = now_iso()
    with local.writing():
        sync_rows.finish_log(log_id, stamp, status_, message, **counts)
        if status_ == "ok":
            schema.set_meta(local.database, META_LAST, stamp)


# ---- conflicts --------------------------------------------------------------------------------------

@dataclass
class SyncConflictInfo:
    uid: str
    local: RecordData | None     # the copy's version (None if it was removed for good since)
    remote: RecordData           # the shared catalogue's version, as of the last sync

    @property
    def title(self) -> str:
        return (self.local or self.remote).title

    def differences(self) -> list[str]:
        """The fields that differ between the two versions ("removed here" if the copy's is gone)."""
        if self.local is None:
            return ["removed here"]
        from app.change_log import diff
        return [name for name, _, _ in diff(self.local, self.remote)]


class ConflictNotFound(SyncError):
    """No open conflict for that uid (unknown record, or nothing to resolve)."""


def find_conflict(catalogue: Catalogue, uid: str) -> SyncConflictInfo:
    """The open conflict for ``uid`` (or a prefix naming one conflict); raises ConflictNotFound
    with a message saying whether the record is unknown or simply not in conflict."""
    found = [c for c in conflicts(catalogue) if c.uid == uid] or \
        [c for c in conflicts(catalogue) if uid and c.uid.startswith(uid)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ConflictNotFound(f"{uid!r} names {len(found)} conflicts: give more of the uid")
    with connection.bound(catalogue.database):
        known = queries.record_by_uid(uid) is not None
    if known:
        raise ConflictNotFound(f"record {uid} is not in conflict: nothing to resolve")
    raise ConflictNotFound(f"there is no record {uid!r} in this catalogue")


def conflicts(catalogue: Catalogue) -> list[SyncConflictInfo]:
    with connection.bound(catalogue.database):
        rows = sync_rows.conflict_rows()
        return [SyncConflictInfo(uid, queries.record_by_uid(uid), remote) for uid, (_, _, remote) in
                sorted(rows.items(), key=lambda kv: kv[1][2].title.casefold())]


def resolve_conflict(catalogue: Catalogue, uid: str, keep) -> Changes:
    """Settle a conflict on the copy: ``keep`` is "local" (the copy's version), "remote" (the shared
    catalogue's) or a RecordData (a field-by-field merge). The copy then holds the choice and the
    next sync sends it, unless the shared record changed yet again (a new conflict then)."""
    database = catalogue.database
    with connection.bound(database), edits.write_transaction(database):
        found = sync_rows.conflict_rows().get(uid)
        if found is None:
            return Changes()
        _, remote_version, remote = found
        current = queries.record_by_uid(uid)
        if keep == "remote":
            chosen = remote
        elif keep == "local":
            chosen = current
        elif isinstance(keep, RecordData):
            chosen = keep
        else:
            raise ValueError("keep must be 'local', 'remote' or a merged record")
        changes = Changes()
        if chosen is None:  # the copy's version was removed for good: nothing to keep here
            chosen = remote
        if current is None or _differs(current, chosen):
            target = RecordData.from_dict({**chosen.to_dict(), "uid": uid})
            if current is not None:
                target.added_at = current.added_at
            stored = save_record(database, target, VocabularyCache())
            recorder = Recorder("sync")
            if current is None:
                recorder.created(stored)
            else:
                recorder.changed(current, stored)
            recorder.write()
            changes = Changes(updated=frozenset({uid}), vocabularies=ALL_FACETS, description="resolve sync conflict")
        # Agreed: the server's version as seen; the copy's (new) version counts as changed here,
        # so the next sync sends it, unless it is exactly the server's.
        local_version = queries.record_by_uid(uid).version
        agreed_local = local_version if keep == "remote" else -1
        sync_rows.put_states(RESOURCE, [(uid, agreed_local, remote_version, "")], now_iso())
        sync_rows.drop_conflicts([uid])
    catalogue.invalidate_vocabularies()
    return changes


def _differs(a: RecordData, b: RecordData) -> bool:
    return fingerprint(a) != fingerprint(b)
