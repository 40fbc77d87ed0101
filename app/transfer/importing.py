"""Deciding and doing what an import does with each record: add, update, skip, or fail.

``plan`` only reads (the dialog's preview shows it); ``run`` writes everything in one
transaction, so Cancel, an error or a crash leaves the catalogue exactly as it was.
"""
from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.change_log import Recorder
from app.changes import Changes
from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats.builder import UNTITLED, ParsedFile, ParsedRecord
from db import bulk_records, bulk_vocab, edits, relations, transfer_log
from db import reading_lists as db_lists
from db.backup import backup_catalogue_file
from db.errors import explain
from db.matching import ExistingIndex, Match
from db.records import RecordData
from db.textfold import fold
from db.writes import (
    VocabularyCache,
    big_import,
    indexes_set_aside,
    insert_many,
    now_iso,
    save_record,
    write_deferred_index,
)

ON_DUPLICATE = ("skip", "update", "new")
BATCH = 1000
_COMPARED = ("title", "summary", "type", "year", "month", "day", "url", "isbn", "doi", "publisher_ref",
             "container_title", "volume", "issue", "pages", "notes", "authors", "organizations",
             "countries", "regions", "themes", "languages", "keywords", "deleted_at")
_REASONS = {"uuid": QT_TRANSLATE_NOOP("ImportProblem", "the same UUID"),
            "doi": QT_TRANSLATE_NOOP("ImportProblem", "the same DOI"),
            "isbn": QT_TRANSLATE_NOOP("ImportProblem", "the same ISBN"),
            "url": QT_TRANSLATE_NOOP("ImportProblem", "the same URL"),
            "title": QT_TRANSLATE_NOOP("ImportProblem", "a near-identical title")}


class TransferError(Exception):
    """An import or export failed; the message is one line, and nothing was changed."""


class ImportCancelled(Exception):
    """Raised inside the transaction when the user cancels; everything is rolled back."""


@dataclass
class Problem:
    record: int            # position in the file, from 1
    line: int | None
    title: str
    kind: str              # "failed" | "skipped" | "warning" | "conflict"
    message: str


@dataclass
class Step:
    """What will happen to one record."""
    index: int
    parsed: ParsedRecord
    action: str                     # "add" | "update" | "skip" | "fail"
    match: Match | None = None
    reason: str = ""


@dataclass
class ImportReport:
    source: str
    format: str
    encoding: str | None = None
    total: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0
    conflicts: int = 0
    unchanged: int = 0     # updates that found the record already up to date (counted as skipped)
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    backup: Path | None = None
    cancelled: bool = False
    dry_run: bool = False
    reading_list: str | None = None
    conflict_records: list = field(default_factory=list)   # packages: (local, remote) pairs
    links_added: int = 0       # packages: links between records added here / removed (removed there)
    links_removed: int = 0
    warnings: list[str] = field(default_factory=list)      # about the file as a whole

    def summary(self) -> str:
        head = "Dry run: " if self.dry_run else ("Cancelled, nothing was changed: " if self.cancelled else "")
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.skipped} skipped", f"{self.failed} failed"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicts")
        if self.links_added or self.links_removed:
            parts.append(f"links between records: {self.links_added} added, {self.links_removed} removed")
        return f"{head}{self.total} records read from {self.source}: " + ", ".join(parts)


# ---- planning ----------------------------------------------------------------------------------

def _keys(data: RecordData) -> tuple:
    title = "" if data.title == UNTITLED else data.title
    return data.uid, data.doi, data.isbn, data.url, title, data.year


def plan(database, parsed: ParsedFile, on_duplicate: str) -> list[Step]:
    """The action for every record, matching against the catalogue and the file's own records."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {', '.join(ON_DUPLICATE)}")
    index = ExistingIndex(database)
    steps: list[Step] = []
    for i, rec in enumerate(parsed.records):
        if rec.error:
            steps.append(Step(i, rec, "fail", reason=rec.error))
            continue
        # A record that carries a UUID (our own formats) is that record: matched by UUID only.
        match = index.find(*_keys(rec.data)) if not rec.data.uid else index.find(rec.data.uid, "", "", "", "", None)
        if match is not None and match.resource_id < 0:
            earlier = -match.resource_id
            if on_duplicate == "new":
                steps.append(Step(i, rec, "add", reason=message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "repeats record {record} of the file; added again"), record=earlier)))
            else:
                steps.append(Step(i, rec, "skip", match, message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "repeats record {record} of this file ({why})"), record=earlier,
                    why=_REASONS[match.reason])))
                continue
        elif match is None or on_duplicate == "new":
            steps.append(Step(i, rec, "add", reason="" if match is None else message(QT_TRANSLATE_NOOP(
                "ImportProblem", "like an existing record ({why}); added as new"), why=_REASONS[match.reason])))
        elif on_duplicate == "skip":
            steps.append(Step(i, rec, "skip", match, message(QT_TRANSLATE_NOOP(
                "ImportProblem", "already in the catalogue ({why})"), why=_REASONS[match.reason])))
            continue
        else:
            steps.append(Step(i, rec, "update", match, message(QT_TRANSLATE_NOOP(
                "ImportProblem", "updates the existing record ({why})"), why=_REASONS[match.reason])))
            continue
        uid, doi, isbn, url, title, year = _keys(rec.data)
        index.add(-(i + 1), uid or f"pending-{i}", doi, isbn, url, title, year)
    return steps


# ---- merging -------------------------------------------------------------------------------------

def merged(existing: RecordData, incoming: RecordData, full: bool) -> RecordData:
    """The record after an update. From our own formats (``full``) the file's version replaces
    the record; from other files only the values the file has replace ours, and the file's notes
    are added to ours rather than replacing the librarian's."""
    if full:
        return replace(incoming, uid=existing.uid, added_at=existing.added_at)
    out = replace(existing)
    for name in _COMPARED:
        value = getattr(incoming, name)
        if name in ("deleted_at",) or value in (None, "", []) or (name == "title" and value == UNTITLED):
            continue
        if name == "notes" and existing.notes:
            if value not in existing.notes:
                out.notes = existing.notes + "\n" + value
            continue
        setattr(out, name, list(value) if isinstance(value, list) else value)
    return out


def same_content(a: RecordData, b: RecordData) -> bool:
    return all(getattr(a, n) == getattr(b, n) for n in _COMPARED)


# ---- running -------------------------------------------------------------------------------------

def run(catalogue, parsed: ParsedFile, steps: list[Step], report: ImportReport, *, reading_list: str | None,
        progress=None, cancelled=None, history_action: str = "import") -> ImportReport:
    """Write the planned steps in one transaction; fills ``report``. Raises ImportCancelled."""
    database = catalogue.database
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    recorder = Recorder(history_action)
    known_types = list(VocabularyCache().map("type"))
    created: list[str] = []
    updated: list[str] = []
    list_ids: list[int] = []
    uid_to_id: dict[str, int] = {}
    total = len(steps)
    done = 0
    with edits.write_transaction(database):   # behind another writer: waits its turn, saying so
        _add_vocabulary([s.parsed.data for s in steps if s.action in ("add", "update")])
        vocab = VocabularyCache()
        adds = [s for s in steps if s.action == "add"]
        taken = set(_all_uids(database))
        index_rows: list = []   # the search index is written once, after every new record
        # A big import builds the secondary indexes once at the end (db.writes.indexes_set_aside).
        with indexes_set_aside(database, big_import(database, len(adds))):
            for start in range(0, len(adds), BATCH):
                if cancelled():
                    raise ImportCancelled()
                batch = adds[start:start + BATCH]
                records = []
                for step in batch:
                    data = step.parsed.data
                    if not data.uid or data.uid in taken:
                        data.uid = str(uuidlib.uuid4())
                    taken.add(data.uid)
                    records.append(data)
                ids = insert_many(database, records, vocab, deferred_index=index_rows)
                uids = [data.uid for data in records]
                uid_to_id.update(zip(uids, ids))
                list_ids.extend(ids)
                created.extend(uids)
                recorder.rows_alike("source", None, f"{report.source} ({report.format})",
                                    [(data.uid, max(data.version, 1)) for data in records])
                done += len(batch)
                progress(done, total)
            write_deferred_index(database, index_rows)
            del index_rows[:]
        for step in steps:
            if step.action == "update":
                if cancelled():
                    raise ImportCancelled()
                uid = _update(database, step, vocab, recorder, report)
                list_ids.append(step.match.resource_id)
                if uid:
                    updated.append(uid)
                done += 1
                if done % 200 == 0:
                    progress(done, total)
            elif step.action == "skip" and step.match is not None and step.match.resource_id > 0:
                list_ids.append(step.match.resource_id)
        _native_extras(database, parsed, steps, known_types)
        with indexes_set_aside(database, big_import(database, len(recorder.rows), "change_log"), ("change_log",)):
            transfer_log.append_history(database, recorder.rows)
        list_uids = _fill_reading_lists(database, parsed, uid_to_id, reading_list, list_ids)
        progress(total, total)
    report.added, report.updated = len(created), len(updated)
    report.changes = Changes(
        created=frozenset(created), updated=frozenset(updated),
        vocabularies=frozenset({"type", "theme", "region", "organization", "keyword"}) if created or updated else frozenset(),
        reading_lists=frozenset(list_uids), description=f"import from {report.source}")
    return report


def _add_vocabulary(records: list[RecordData]) -> None:
    """Create the new themes, regions, organizations, keywords (and types) in bulk, up front."""
    values: dict[str, list[str]] = {f: [] for f in bulk_vocab.OPEN_FACETS}
    for data in records:
        if data.type:
            values["type"].append(data.type)
        values["theme"] += data.themes
        values["region"] += data.regions
        values["organization"] += [o.name for o in data.organizations]
        values["keyword"] += data.keywords
    for facet, names in values.items():
        if names:
            bulk_vocab.add_missing(facet, names)


def _all_uids(database) -> list[str]:
    return bulk_records.all_uids(database)


def _update(database, step: Step, vocab: VocabularyCache, recorder, report: ImportReport) -> str | None:
    """Update one existing record; returns its uid, or None when nothing changed."""
    existing = bulk_records.records_for_ids(database, [step.match.resource_id])[0]
    after = merged(existing, step.parsed.data, step.parsed.full)
    if same_content(existing, after):
        report.unchanged += 1
        report.problems.append(Problem(step.index + 1, step.parsed.line, existing.title, "skipped",
                                       QT_TRANSLATE_NOOP("ImportProblem", "already up to date")))
        return None
    stored = save_record(database, after, vocab)
    recorder.changed(existing, stored)
    if step.parsed.history:
        transfer_log.insert_history(database, step.parsed.history)
    return stored.uid


def _native_extras(database, parsed: ParsedFile, steps: list[Step], known_types) -> None:
    """Our JSON: the records' history, and the acronyms and CSL types of new vocabulary values."""
    rows = []
    for step in steps:
        if step.action == "add":
            # The record may have been given a new uid (added as new beside its original).
            rows += [dict(row, resource_uid=step.parsed.data.uid) for row in step.parsed.history]
    transfer_log.insert_history(database, rows)
    # Links merge: each side's are added to the other's, whoever changed the records. A link to a
    # record not here yet is kept and shows when that record arrives. A package merges them against
    # the base of when the sides last met, removals included (app/transfer/package_links.py).
    if parsed.format != "package":
        relations.put_missing([relations.RelationRow(step.parsed.data.uid, link["kind"], link["uid"],
                                                     link.get("number") or "", link.get("position") or 0)
                               for step in steps if step.action != "fail" and step.parsed.data.uid
                               for link in step.parsed.relations if link["uid"] != step.parsed.data.uid])
    _vocabulary_details(database, parsed, known_types)


def _vocabulary_details(database, parsed: ParsedFile, known_types) -> None:
    known = {fold(name) for name in known_types}
    new_types = [t for t in parsed.types if fold(str(t.get("name", ""))) not in known]
    transfer_log.fill_vocabulary_details(database, parsed.organizations, new_types)


def _fill_reading_lists(database, parsed: ParsedFile, uid_to_id: dict[str, int], name: str | None,
                        ids: list[int]) -> list[str]:
    """The chosen reading list gets every record of the file; our JSON brings its own lists."""
    changed: list[str] = []
    if name:
        changed.append(_append_to_list(database, name, "", None, [(i, "") for i in dict.fromkeys(ids)]))
    for lst in parsed.reading_lists:
        items = []
        for item in lst.get("items") or []:
            rid = uid_to_id.get(item.get("resource_uid")) or _id_for_uid(database, item.get("resource_uid"))
            if rid:
                items.append((rid, str(item.get("note") or "")))
        if lst.get("name"):
            changed.append(_append_to_list(database, str(lst["name"]), str(lst.get("description") or ""),
                                           lst.get("uid"), items))
    return [c for c in changed if c]


def _id_for_uid(database, uid) -> int | None:
    ids = bulk_records.ids_for_uids(database, [uid]) if isinstance(uid, str) else []
    return ids[0] if ids else None


def _append_to_list(database, name: str, description: str, uid: str | None, items: list[tuple[int, str]]) -> str:
    """Add items to the list with this uid (or name), creating it; items already there stay put."""
    row = db_lists.list_by_uid(uid) if uid else None
    if row is None:
        same_name = db_lists.list_by_name(name)
        if same_name is not None and (uid is None or same_name.uid == uid):
            row = same_name
        elif same_name is not None:
            name = _free_name(name)
    if row is None:
        stamp = now_iso()
        new_uid = uid or str(uuidlib.uuid4())
        list_id = db_lists.insert_list(new_uid, name, description, db_lists.next_list_position(), stamp, stamp)
        row_uid = new_uid
    else:
        list_id, row_uid = row.id, row.uid
    present = {rid for rid, _ in db_lists.item_entries(list_id)}
    new = [(rid, note) for rid, note in items if rid not in present]
    if new:
        db_lists.append_items(list_id, new)
        db_lists.update_list(list_id, now_iso())
    return row_uid


def _free_name(name: str) -> str:
    n = 2
    while db_lists.list_by_name(f"{name} ({n})") is not None:
        n += 1
    return f"{name} ({n})"


def backup_if_needed(catalogue, steps: list[Step], reading_list: str | None) -> Path | None:
    """Copy the catalogue file aside before an import that changes records it already has."""
    touches = any(s.action == "update" for s in steps) or (
        reading_list is not None and db_lists.list_by_name(reading_list) is not None)
    if touches and catalogue.path is not None:
        return backup_catalogue_file(catalogue.path, "before-import")
    if touches:   # a server: the records the import replaces go to a backup package
        from app import server_backups
        replaced = [s.match.uid for s in steps if s.action == "update" and s.match is not None]
        return server_backups.before_destructive(catalogue, replaced, "before-import")
    return None


@dataclass
class Preview:
    """What an import would do, before it does anything."""
    source: str
    format: str
    encoding: str | None
    delimiter: str | None
    columns: list[str]
    mapping: dict[str, str]
    sheets: list[str]
    steps: list[Step]
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.steps)

    def count(self, action: str) -> int:
        return sum(1 for s in self.steps if s.action == action)


def count_plan(report: ImportReport, steps: list[Step]) -> None:
    """Count the planned failures, skips and conflicts into ``report``, each with its problem line."""
    for step in steps:
        rec = step.parsed
        title = rec.data.title
        if step.action == "fail":
            report.failed += 1
            report.problems.append(Problem(step.index + 1, rec.line, title, "failed", step.reason))
            continue
        if step.action == "skip":
            report.skipped += 1
            report.problems.append(Problem(step.index + 1, rec.line, title, "skipped", step.reason))
        elif step.action == "conflict":
            report.conflicts += 1
            report.problems.append(Problem(step.index + 1, rec.line, title, "conflict", step.reason))
        for problem in rec.problems:
            report.problems.append(Problem(step.index + 1, rec.line, title, "warning", problem))


def execute(catalogue, parsed: ParsedFile, steps: list[Step], report: ImportReport, reading_list: str | None,
            progress=None, cancelled=None, history_action: str = "import") -> ImportReport:
    """Back up if needed, then write the plan in one transaction."""
    try:
        report.backup = backup_if_needed(catalogue, steps, reading_list)
    except OSError as exc:
        raise TransferError(message(QT_TRANSLATE_NOOP("ImportProblem", "cannot back up the catalogue before importing: "
                                                                         "{error}"), error=str(exc))) from None
    try:
        run(catalogue, parsed, steps, report, reading_list=reading_list, progress=progress,
            cancelled=cancelled, history_action=history_action)
    except ImportCancelled:
        report.cancelled = True
        report.added = report.updated = report.unchanged = 0
        return report
    except Exception as exc:  # noqa: BLE001 - rolled back; one clear line for the librarian
        raise TransferError(message(QT_TRANSLATE_NOOP("ImportProblem", "{source}: the import failed and nothing was "
                                                                         "changed ({error})"),
                                   source=report.source, error=explain(exc))) from exc
    finally:
        catalogue.invalidate_vocabularies()
    report.skipped += report.unchanged
    return report
