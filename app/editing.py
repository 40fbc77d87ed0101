"""The write side for single records: create, update, duplicate, trash, restore, purge.

Every function writes in one transaction, records history, and returns a Changes value whose
``before`` and ``after`` hold snapshots ({uid: RecordData or None}) so the UI can
build an undo step without reading the catalogue again.

Never a lost update: :func:`update` takes the version the editor started from and raises
:class:`VersionConflict` (with both versions) if the stored record has moved on since.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app import server_backups
from app.attachments import delete_files
from app.change_log import Recorder, diff
from app.changes import Changes
from app.validation import tidy, validate
from db import bulk_records, edits, queries
from db.backup import backup_catalogue_file
from db.records import RecordData
from db.textfold import fold
from db.vocab import lookup_index, names_by_id
from db.writes import VocabularyCache, now_iso, save_record

if TYPE_CHECKING:   # annotations only: the catalogue imports this module (quality lists)
    from app.catalogue import Catalogue

# Vocabularies that grow when a record names a value they do not have yet.
_OPEN_VOCABULARIES = {"type": "type", "theme": "themes", "region": "regions", "keyword": "keywords"}


class RecordNotFound(LookupError):
    """No record has this uid (it was removed for good)."""


class ValidationFailed(ValueError):
    """The record has invalid fields; ``errors`` maps field name -> message for the librarian."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class VersionConflict(Exception):
    """The record changed since it was read: saving would overwrite someone else's change.

    ``mine`` is what the caller tried to write, ``theirs`` what is stored now (None if the
    record is gone); the librarian sees both and chooses.
    """

    def __init__(self, uid: str, expected_version: int, stored_version: int | None,
                 mine: RecordData | None = None, theirs: RecordData | None = None):
        self.uid = uid
        self.expected_version = expected_version
        self.stored_version = stored_version
        self.mine = mine
        self.theirs = theirs
        super().__init__(f"the record changed since it was opened (version {expected_version} was "
                         f"opened, version {stored_version} is stored)")


# ---- descriptions --------------------------------------------------------------------------

def resources(n: int) -> str:
    return f"{n} resource" if n == 1 else f"{n} resources"


def quoted_title(title: str, limit: int = 40) -> str:
    title = " ".join((title or "").split())
    return f"“{title[:limit - 1]}…”" if len(title) > limit else f"“{title}”"


def _describe(verb: str, records: list[RecordData]) -> str:
    if len(records) == 1:
        return f"{verb} {quoted_title(records[0].title)}"
    return f"{verb} {resources(len(records))}"


# ---- checking a record before it is written -------------------------------------------------

class CodeIndex:
    """Country and language lookups (name, code, alpha-3 -> ISO code), read once per write."""

    def __init__(self):
        self._maps: dict[str, tuple[dict[str, int], dict[int, str]]] = {}

    def code(self, facet: str, value: str) -> str | None:
        if facet not in self._maps:
            self._maps[facet] = (lookup_index(facet), names_by_id(facet))
        index, codes = self._maps[facet]
        vid = index.get(fold(value))
        return None if vid is None else codes[vid]


def prepare(data: RecordData, codes: CodeIndex | None = None) -> RecordData:
    """The record tidied, validated, with countries and languages as ISO codes.

    Raises ValidationFailed with a message per field. Pass one ``codes`` for many records.
    """
    data = tidy(data)
    errors = validate(data)
    resolved = _coded(data, codes or CodeIndex(), errors, ("countries", "languages"))
    if errors:
        raise ValidationFailed(errors)
    return data.evolve(**resolved)


def _coded(data: RecordData, codes: CodeIndex, errors: dict, fields) -> dict[str, list[str]]:
    """Countries and languages (those in ``fields``) as ISO codes; an unknown one is an error."""
    resolved = {}
    for facet, field in (("country", "countries"), ("language", "languages")):
        if field not in fields:
            continue
        out: list[str] = []
        for value in getattr(data, field):
            code = codes.code(facet, value)
            if code is None:
                errors[field] = f"Unknown {facet} '{value}': choose one from the list."
            elif code not in out:
                out.append(code)
        resolved[field] = out
    return resolved


_DATE_FIELDS = ("year", "month", "day")
_BLANK = RecordData(title="-")


def prepare_changed(current: RecordData, target: RecordData, codes: CodeIndex | None = None) -> RecordData:
    """:func:`prepare` for an edit of some fields of a stored record (a bulk edit): the fields that
    differ from ``current`` are tidied, validated and coded exactly as prepare does them; the others
    stay as stored. So an edit of one field neither fails on, nor quietly rewrites, another field a
    record already had (an imported odd URL, say), and costs a fifth of a whole prepare.

    Raises ValidationFailed with a message per changed field."""
    old, new = current.__dict__, target.__dict__
    changed = [name for name in new if old[name] != new[name]]
    if any(name in _DATE_FIELDS for name in changed):
        changed += [name for name in _DATE_FIELDS if name not in changed]   # checked together
    tidied = tidy(target, changed)
    done = tidied.__dict__
    # Each check reads only its own field (the dates together): checked on a blank record holding
    # just the changed fields, the others cannot add an error.
    errors = validate(_BLANK.evolve(**{name: done[name] for name in changed}))
    resolved = _coded(tidied, codes or CodeIndex(), errors, changed)
    if errors:
        raise ValidationFailed(errors)
    return tidied.evolve(**resolved)


def new_vocabulary_facets(cache: VocabularyCache, records) -> frozenset[str]:
    """Vocabularies that writing ``records`` will add values to (so their lists must refresh)."""
    grown = set()
    records = list(records)
    for facet, field in _OPEN_VOCABULARIES.items():
        values = set()
        for record in records:
            value = getattr(record, field)
            if isinstance(value, str):
                values.add(value)
            elif value:
                values.update(value)
        if _any_new(cache.map(facet), values):
            grown.add(facet)
    if _any_new(cache.map("organization"), {o.name for r in records for o in r.organizations}):
        grown.add("organization")
    return frozenset(grown)


def _any_new(index, values) -> bool:
    """Whether a value is not in the vocabulary (each distinct value folded once: records share most)."""
    return any(fold(v) not in index for v in values)


def _finish(catalogue: Catalogue, vocabularies: frozenset[str]) -> None:
    if vocabularies:
        catalogue.invalidate_vocabularies()


# ---- create, update, duplicate --------------------------------------------------------------

def create(catalogue: Catalogue, data: RecordData) -> Changes:
    """Add a new record (a fresh uid unless ``data.uid`` is given and unused)."""
    data = prepare(data)
    cache = VocabularyCache()
    with edits.write_transaction(catalogue.database):
        if data.uid and edits.version_of(data.uid) is not None:
            raise ValueError(f"a record with uid {data.uid} already exists")
        grown = new_vocabulary_facets(cache, [data])
        stored = save_record(catalogue.database, replace(data, added_at="", updated_at="", deleted_at=None,
                                                         version=1), cache)
        recorder = Recorder("create")
        recorder.created(stored)
        recorder.write()
    _finish(catalogue, grown)
    return Changes(created=frozenset({stored.uid}), vocabularies=grown,
                   description=_describe("create", [stored]),
                   before={stored.uid: None}, after={stored.uid: stored}, uid=stored.uid)


def update(catalogue: Catalogue, uid: str, data: RecordData, expected_version: int,
           action: str = "update") -> Changes:
    """Replace a record's fields with ``data`` if it is still at ``expected_version``.

    Raises VersionConflict if it is not, or if the record was removed for good meanwhile
    (``stored_version`` None); nothing is written then. ValidationFailed for invalid fields.
    Saving an unchanged record writes nothing and returns
    an empty Changes.
    """
    data = prepare(data)
    cache = VocabularyCache()
    with edits.write_transaction(catalogue.database):
        current = queries.record_by_uid(uid)
        if current is None:
            raise VersionConflict(uid, expected_version, None, mine=data, theirs=None)
        if current.version != expected_version:
            raise VersionConflict(uid, expected_version, current.version, mine=data, theirs=current)
        target = replace(data, uid=uid, added_at=current.added_at, deleted_at=current.deleted_at)
        if not diff(current, target):
            return Changes(before={uid: current}, after={uid: current})
        grown = new_vocabulary_facets(cache, [target])
        stored = save_record(catalogue.database, target, cache)
        recorder = Recorder(action)
        recorder.changed(current, stored)
        recorder.write()
    _finish(catalogue, grown)
    return Changes(updated=frozenset({uid}), vocabularies=grown, description=_describe("edit", [stored]),
                   before={uid: current}, after={uid: stored})


def copy_of(record: RecordData) -> RecordData:
    """A new, unsaved record with the same fields (for "Duplicate"): no uid, dates or version."""
    return replace(record, uid="", title=f"{record.title} (copy)", added_at="", updated_at="",
                   deleted_at=None, version=0, authors=list(record.authors),
                   organizations=[replace(o) for o in record.organizations],
                   countries=list(record.countries), regions=list(record.regions),
                   themes=list(record.themes), languages=list(record.languages),
                   keywords=list(record.keywords))


def duplicate(catalogue: Catalogue, uid: str) -> Changes:
    """Save a copy of a record as a new record; ``uid`` is the copy's uid."""
    record = queries.record_by_uid(uid)
    if record is None:
        raise RecordNotFound(uid)
    changes = create(catalogue, copy_of(record))
    return replace(changes, description=_describe("duplicate", [record]))


# ---- trash ----------------------------------------------------------------------------------

def _set_deleted(catalogue: Catalogue, uids, deleting: bool) -> Changes:
    stamp = now_iso() if deleting else None
    verb = "delete" if deleting else "restore"
    with edits.write_transaction(catalogue.database):
        # One read for all (a record at a time cost ~3 ms each: 10 s for 3,000 on a busy machine).
        ids = edits.ids_for_uids(list(dict.fromkeys(uids)))
        before = {r.uid: r for r in bulk_records.records_for_ids(catalogue.database, list(ids.values()))}
        changed = edits.set_deleted(list(before), stamp)
        recorder = Recorder(verb)
        after = {}
        for uid, old, version in changed:
            recorder.row(uid, "deleted_at", old, stamp, version)
            after[uid] = replace(before[uid], deleted_at=stamp, version=version)
        recorder.write()
    touched = frozenset(after)
    return Changes(deleted=touched if deleting else frozenset(),
                   restored=frozenset() if deleting else touched,
                   description=_describe(verb, list(after.values())) if after else "",
                   before={u: before[u] for u in after}, after=after)


def delete(catalogue: Catalogue, uids) -> Changes:
    """Move records to the trash (a tombstone: nothing is removed, restore brings them back).
    Several at once on a server: they are saved in a backup package first (app/server_backups)."""
    uids = list(uids)
    if len(uids) > 1:
        server_backups.before_destructive(catalogue, uids, "before-delete")
    return _set_deleted(catalogue, uids, deleting=True)


def restore(catalogue: Catalogue, uids) -> Changes:
    """Bring records back from the trash."""
    return _set_deleted(catalogue, uids, deleting=False)


def stored_version(catalogue: Catalogue, uid: str) -> int | None:
    """The record's version as stored now (None if it is gone for good): what an edit expects."""
    return edits.version_of(uid)


def trashed(catalogue: Catalogue) -> list[str]:
    """Uids in the trash, most recently deleted first."""
    return edits.trashed_uids()


def purge(catalogue: Catalogue, uids) -> Changes:
    """Remove records in the trash for good, with their history and attachment files.

    Live records are left alone. A copy of the catalogue file is taken first (db/backup keeps the
    last five), since this cannot be undone; on a server, the records go to a backup package.
    """
    in_trash = set(edits.trashed_uids())    # one query, not one whole record read per uid
    uids = [u for u in dict.fromkeys(uids) if u in in_trash]
    if not uids:
        return Changes()
    if catalogue.path is not None:
        backup_catalogue_file(catalogue.path, "before-purge")
    else:
        server_backups.before_destructive(catalogue, uids, "before-purge")
    with edits.write_transaction(catalogue.database):
        paths = edits.purge(catalogue.database, uids)
    delete_files(catalogue, paths)
    return Changes(deleted=frozenset(uids), description=f"remove {resources(len(uids))} for good",
                   purged=True)


def empty_trash(catalogue: Catalogue) -> Changes:
    return purge(catalogue, edits.trashed_uids())


# ---- undo and redo --------------------------------------------------------------------------

def apply_snapshots(catalogue: Catalogue, targets: list[RecordData], expected: dict[str, RecordData],
                    description: str, action: str = "update") -> Changes:
    """Write whole records back (undo/redo of an edit, a bulk edit or a merge), in one transaction.

    Each record must still be as ``expected[uid]`` shows it (the state the step being undone or
    redone left it in). The check is on the fields, not the version number: undoing a later
    step that touched the same record brings its fields back but gives it a new version. If
    anyone else changed a record since, VersionConflict is raised and nothing is written.
    """
    cache = VocabularyCache()
    with edits.write_transaction(catalogue.database):
        before: dict[str, RecordData] = {}
        for target in targets:
            current = queries.record_by_uid(target.uid)
            wanted = expected.get(target.uid)
            if current is None or wanted is None or diff(current, wanted):
                raise VersionConflict(target.uid, wanted.version if wanted else 0,
                                      current.version if current else None, mine=target, theirs=current)
            before[target.uid] = current
        grown = new_vocabulary_facets(cache, targets)
        recorder = Recorder(action)
        after: dict[str, RecordData] = {}
        for target in targets:
            current = before[target.uid]
            stored = save_record(catalogue.database, replace(target, added_at=current.added_at), cache)
            recorder.changed(current, stored)
            after[target.uid] = stored
        recorder.write()
    _finish(catalogue, grown)
    deleted = frozenset(u for u in after if after[u].deleted_at and not before[u].deleted_at)
    restored = frozenset(u for u in after if before[u].deleted_at and not after[u].deleted_at)
    return Changes(updated=frozenset(after) - deleted - restored, deleted=deleted, restored=restored,
                   vocabularies=grown, description=description,
                   before=before, after=after)


def _side(changes: Changes, which: str):
    if which not in ("before", "after"):
        raise ValueError(f"which is 'before' or 'after', not {which!r}")
    return changes.before if which == "before" else changes.after


def versions(changes: Changes, which: str = "after") -> dict[str, int]:
    """uid -> version from a Changes' snapshots."""
    return {uid: r.version for uid, r in _side(changes, which).items() if r is not None}


def snapshots(changes: Changes, which: str = "after") -> dict[str, RecordData]:
    """uid -> record from a Changes' snapshots (what an undo or redo must find stored)."""
    return {uid: r for uid, r in _side(changes, which).items() if r is not None}
