"""Bulk edits on a selection: add or remove a value, set the type or language, find and replace.

An operation is a small frozen value; :func:`preview` shows what it would change and :func:`apply`
writes every changed record in one transaction (one history batch, one undo step), returning
Changes with a description such as "add theme Housing and living conditions to 12 resources".
A value added to or removed from a list field (theme, country, region, language, keyword) is
written in set form, link rows and version bumps for all the records at once; every other
operation, and any record that path would tidy, goes record by record (whole records prepared
and rewritten). Both give the same records, history, index and Changes (tests/test_bulk_edit.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app import server_backups
from app.catalogue import Catalogue
from app.change_log import Recorder, diff
from app.changes import Changes
from app.gc_paused import gc_paused
from app.editing import CodeIndex, ValidationFailed, new_vocabulary_facets, prepare_changed, resources
from db import bulk_records, edits
from db.records import OrganizationRef, RecordData
from db.textfold import fold
from db.vocab import labels_by_id, lookup_index, names_by_id
from db.writes import (
    LINK_FIELDS,
    LINK_VALUE_KEYS,
    RESOURCE_FIELDS,
    VocabularyCache,
    add_link_many,
    bump_versions,
    ids_linked_to,
    now_iso,
    reindex_keywords_many,
    reindex_many,
    remove_links_many,
    replace_many,
)

# facet -> RecordData field, for the many-valued fields a bulk edit can add to or remove from.
MANY_VALUED = {"theme": "themes", "country": "countries", "region": "regions", "language": "languages",
               "organization": "organizations", "keyword": "keywords"}
SETTABLE = ("type", "language")
TEXT_FIELDS = ("title", "summary", "notes", "container_title", "publisher_ref", "url", "pages", "volume",
               "issue", "isbn", "doi")
# Values that must already be in their list (the vocabulary manager adds new ones).
_CONTROLLED = ("type", "theme", "region", "country", "language")


class BulkEditError(ValueError):
    """The operation cannot be applied; the message says why in one line."""


@dataclass(frozen=True)
class AddValue:
    facet: str
    value: str
    role: str = "author"    # organizations only


@dataclass(frozen=True)
class RemoveValue:
    facet: str
    value: str


@dataclass(frozen=True)
class SetValue:
    facet: str              # "type" or "language"
    value: str | None       # None clears the type


@dataclass(frozen=True)
class ReplaceText:
    field: str
    find: str
    replacement: str
    regex: bool = False
    case_sensitive: bool = False


Operation = AddValue | RemoveValue | SetValue | ReplaceText


@dataclass
class PreviewRow:
    uid: str
    title: str
    before: str
    after: str
    error: str = ""         # why this record could not take the change


# ---- resolving values -----------------------------------------------------------------------

def canonical_value(facet: str, value: str) -> str:
    """The stored form of a value typed by the librarian: a code for countries and languages,
    the list's own spelling for other vocabularies. Raises BulkEditError for an unknown
    controlled value."""
    value = " ".join((value or "").split())
    if not value:
        raise BulkEditError("choose a value first")
    if facet == "keyword":
        return value
    vid = lookup_index(facet).get(fold(value))
    if vid is None:
        if facet in _CONTROLLED:
            raise BulkEditError(f"there is no {facet} '{value}' in the list")
        return value
    return names_by_id(facet)[vid]


def _resolved(op: Operation) -> Operation:
    if isinstance(op, (AddValue, RemoveValue)):
        if op.facet not in MANY_VALUED:
            raise BulkEditError(f"cannot add or remove values of {op.facet}")
        return replace(op, value=canonical_value(op.facet, op.value))
    if isinstance(op, SetValue):
        if op.facet not in SETTABLE:
            raise BulkEditError(f"cannot set {op.facet}")
        if op.value is None or not op.value.strip():
            if op.facet == "language":
                raise BulkEditError("choose a language")
            return replace(op, value=None)
        return replace(op, value=canonical_value(op.facet, op.value))
    if isinstance(op, ReplaceText):
        if op.field not in TEXT_FIELDS:
            raise BulkEditError(f"cannot find and replace in {op.field}")
        if not op.find:
            raise BulkEditError("type the text to find")
        _pattern(op)
        return op
    raise BulkEditError(f"unknown operation {op!r}")


def _pattern(op: ReplaceText) -> re.Pattern:
    flags = 0 if op.case_sensitive else re.IGNORECASE
    try:
        return re.compile(op.find if op.regex else re.escape(op.find), flags)
    except re.error as exc:
        raise BulkEditError(f"the regular expression is not valid: {exc}") from None


# ---- applying one operation to one record ---------------------------------------------------

def changed_record(record: RecordData, op: Operation) -> RecordData:
    """``record`` with ``op`` applied (a resolved operation); the same values if nothing changes."""
    if isinstance(op, AddValue):
        if op.facet == "organization":
            if any(fold(o.name) == fold(op.value) and o.role == op.role for o in record.organizations):
                return record
            return record.evolve(organizations=[*record.organizations, OrganizationRef(op.value, op.role)])
        field = MANY_VALUED[op.facet]
        values = getattr(record, field)
        if any(fold(v) == fold(op.value) for v in values):
            return record
        return record.evolve(**{field: [*values, op.value]})
    if isinstance(op, RemoveValue):
        if op.facet == "organization":
            return record.evolve(organizations=[o for o in record.organizations
                                                  if fold(o.name) != fold(op.value)])
        field = MANY_VALUED[op.facet]
        return record.evolve(**{field: [v for v in getattr(record, field) if fold(v) != fold(op.value)]})
    if isinstance(op, SetValue):
        if op.facet == "type":
            return record.evolve(type=op.value)
        return record.evolve(languages=[op.value])
    pattern = _pattern(op)
    text = getattr(record, op.field) or ""
    replacement = op.replacement if op.regex else op.replacement.replace("\\", "\\\\")
    try:
        return record.evolve(**{op.field: pattern.sub(replacement, text)})
    except (re.error, IndexError) as exc:
        raise BulkEditError(f"the replacement text is not valid: {exc}") from None


def _labeller(facet: str):
    """A function from stored value to display label (country and language codes to names)."""
    if facet not in ("country", "language"):
        return lambda value: "(none)" if value is None else value
    index, labels = lookup_index(facet), labels_by_id(facet)

    def label(value):
        if value is None:
            return "(none)"
        vid = index.get(fold(value))
        return labels[vid] if vid is not None else value
    return label


def _label(facet: str, value: str | None) -> str:
    return _labeller(facet)(value)


def describe(op: Operation, count: int) -> str:
    """The undo-menu text: "add theme Housing to 12 resources"."""
    n = resources(count)
    if isinstance(op, AddValue):
        return f"add {op.facet} {_label(op.facet, op.value)} to {n}"
    if isinstance(op, RemoveValue):
        return f"remove {op.facet} {_label(op.facet, op.value)} from {n}"
    if isinstance(op, SetValue):
        return f"set {op.facet} to {_label(op.facet, op.value)} on {n}"
    return f"replace “{op.find}” with “{op.replacement}” in {op.field} of {n}"


def _shown(record: RecordData, op: Operation, label) -> str:
    """The part of a record an operation touches, as text for the preview."""
    if isinstance(op, ReplaceText):
        return getattr(record, op.field) or ""
    if op.facet == "type":
        return record.type or ""
    if op.facet == "organization":
        return "; ".join(f"{o.name} ({o.role})" for o in record.organizations)
    values = getattr(record, MANY_VALUED[op.facet])
    return "; ".join(label(v) for v in values)


# Fields whose text the search index holds (db.writes._index_texts).
_INDEXED_FIELDS = {"title", "summary", "organization", "organizations", "authors", "keyword", "keywords"}


def _touches_indexed_text(op: Operation) -> bool:
    name = getattr(op, "facet", None) or getattr(op, "field", None)
    return name in _INDEXED_FIELDS or name is None


def _changed(plan, names) -> set[str]:
    """The fields among ``names`` whose values differ somewhere in the plan (one pass; a field found
    changed is not compared again)."""
    left, found = set(names), set()
    for current, target, _ in plan:
        if not left:
            break
        old, new = current.__dict__, target.__dict__
        for name in [name for name in left if old[name] != new[name]]:
            left.discard(name)
            found.add(name)
    return found


def _changed_links(plan) -> set[str]:
    """The link tables whose values differ somewhere in the plan (only these are rewritten)."""
    changed = _changed(plan, LINK_FIELDS.values())
    return {key for key, name in LINK_FIELDS.items() if name in changed}


def _changed_fields(plan) -> set[str]:
    """The resource-row fields whose values differ somewhere in the plan (only their columns are written)."""
    return _changed(plan, (*RESOURCE_FIELDS, "deleted_at"))


def _read_back(links, fields) -> list[str]:
    """The record fields whose stored form can differ from the written one (vocabulary values)."""
    names = ["type"] if "type" in fields else []
    return names + [LINK_FIELDS[key] for key in links if key != "author"]   # authors are stored as given


def _plan(database, uids, op: Operation) -> list[tuple[RecordData, RecordData | None, str]]:
    """(current, changed or None, error) for each record the operation changes."""
    out = []
    codes = CodeIndex()
    # One read per table for all the records, not eight queries a record.
    for current in bulk_records.records_for_ids(database, bulk_records.ids_for_uids(database, list(dict.fromkeys(uids)))):
        uid = current.uid
        target = changed_record(current, op)
        if not diff(current, target):
            continue
        try:
            out.append((current, prepare_changed(current, target, codes).evolve(uid=uid), ""))
        except ValidationFailed as exc:
            out.append((current, None, "; ".join(exc.errors.values())))
    return out


# ---- the service ----------------------------------------------------------------------------

def preview(catalogue: Catalogue, uids, op: Operation) -> list[PreviewRow]:
    """What :func:`apply` would change: one row per record that changes (or cannot)."""
    op = _resolved(op)
    label = _labeller(getattr(op, "facet", ""))
    return [PreviewRow(current.uid, current.title, _shown(current, op, label),
                       _shown(target, op, label) if target else "", error)
            for current, target, error in _plan(catalogue.database, uids, op)]


def apply(catalogue: Catalogue, uids, op: Operation) -> Changes:
    """Apply ``op`` to every record in ``uids`` in one transaction.

    Records the operation does not change are left alone (and not counted). If any record would
    become invalid, nothing is written and BulkEditError says which.
    """
    op = _resolved(op)
    uids = list(uids)
    server_backups.before_destructive(catalogue, uids, "before-bulk-edit")
    if isinstance(op, (AddValue, RemoveValue)) and op.facet in LINK_VALUE_KEYS:
        changes = _apply_link_edit(catalogue, uids, op)
        if changes is not None:
            return changes
    return _apply_records(catalogue, uids, op)


def _stable(facet: str, values, codes: CodeIndex) -> bool:
    """Whether prepare_changed would keep ``values`` (distinct stored or resolved values of a list
    field) as they are: tidy leaves them alone and, for countries and languages, each is its code."""
    for value in values:
        if not value or " ".join(value.split()) != value:
            return False
        if facet in ("country", "language") and codes.code(facet, value) != value:
            return False
    return True


def _apply_link_edit(catalogue: Catalogue, uids: list[str], op: AddValue | RemoveValue) -> Changes | None:
    """A value added to or removed from a list field of many records in set form: one link
    statement, one version bump and one history row a record, without rebuilding and rewriting
    whole records (a tenth of the work at 10,000 records). The records are still read whole, for
    the snapshots undo needs. Gives the same records, history and Changes as :func:`_apply_records`;
    None (nothing written) when a record holds something that path would tidy or refuse, so the
    caller takes that path instead."""
    database = catalogue.database
    facet, field, adding = op.facet, MANY_VALUED[op.facet], isinstance(op, AddValue)
    cache, codes = VocabularyCache(), CodeIndex()
    with gc_paused(), edits.write_transaction(database):
        ids = bulk_records.ids_for_uids(database, list(dict.fromkeys(uids)))
        records = bulk_records.records_for_ids(database, ids)
        if len(records) != len(ids):
            return None
        folds: dict[str, str] = {}
        wanted = fold(op.value)
        changed: list[tuple[int, RecordData, list[str]]] = []     # (id, record, values removed)
        seen: set[str] = set()
        for rid, record in zip(ids, records):
            values = getattr(record, field)
            matching = []
            for value in values:
                folded = folds.get(value)
                if folded is None:
                    folded = folds[value] = fold(value)
                if folded == wanted:
                    matching.append(value)
            if adding == bool(matching):
                continue
            if len(set(values)) != len(values):
                return None
            seen.update(values)
            changed.append((rid, record, matching))
        if not changed:
            return Changes(description="")
        if not _stable(facet, seen | ({op.value} if adding else set()), codes):
            return None
        changed_ids = [rid for rid, _, _ in changed]
        grown: frozenset[str] = frozenset()
        if adding:
            value_id = cache.map(facet).get(wanted)
            if value_id is None:
                if facet not in _OPEN:
                    return None
                grown = frozenset({facet})
            elif ids_linked_to(database, facet, value_id, changed_ids):
                return None     # linked under a spelling that does not fold alike: the whole path sorts it out
            value_id = cache.id_for(facet, op.value)
            add_link_many(database, facet, changed_ids, value_id)
        else:
            remove_links_many(database, facet, changed_ids, {v for _, _, removed in changed for v in removed})
        stamp = now_iso()
        bump_versions(database, changed_ids, stamp)
        stored = bulk_records.stored_values(database, changed_ids, [field])
        before, after = {}, {}
        for rid, record, _ in changed:
            before[record.uid] = record
            after[record.uid] = record.evolve(**stored[rid], version=record.version + 1, updated_at=stamp)
        recorder = Recorder("bulk")
        recorder.list_changes(field, ((uid, getattr(record, field), getattr(after[uid], field), after[uid].version)
                                      for uid, record in before.items()))
        if _touches_indexed_text(op):
            # Indexed as the whole path indexes them: the list as edited (stored order aside).
            edited = [[*getattr(record, field), op.value] if adding else
                      [v for v in getattr(record, field) if v not in removed] for _, record, removed in changed]
            if field == "keywords":     # only the keywords part of the entries changes
                reindex_keywords_many(database, changed_ids, edited, cache)
            else:
                reindex_many(database, changed_ids, [record.evolve(**{field: values})
                                                     for (_, record, _), values in zip(changed, edited)], cache)
        recorder.write()
    if grown:
        catalogue.invalidate_vocabularies()
    return Changes(updated=frozenset(after), vocabularies=grown, description=describe(op, len(after)),
                   before=before, after=after)


# Vocabularies a bulk edit may add a value to (the others are lists a value must already be in).
_OPEN = frozenset(MANY_VALUED) - frozenset(_CONTROLLED)


def _apply_records(catalogue: Catalogue, uids: list[str], op: Operation) -> Changes:
    """Any operation, record by record: each record changed, prepared and written whole."""
    cache = VocabularyCache()
    with gc_paused(), edits.write_transaction(catalogue.database):
        plan = _plan(catalogue.database, uids, op)
        bad = [(current, error) for current, target, error in plan if target is None]
        if bad:
            current, error = bad[0]
            raise BulkEditError(f"{resources(len(bad))} would become invalid, e.g. "
                                f"“{current.title[:40]}”: {error}")
        targets = [target for _, target, _ in plan]
        grown = new_vocabulary_facets(cache, targets)
        recorder = Recorder("bulk")
        # One statement per table for the whole edit (save_record would cost ~30 a record).
        stamp = now_iso()
        rows = [target.evolve(added_at=current.added_at, deleted_at=current.deleted_at,
                              version=current.version + 1, updated_at=stamp) for current, target, _ in plan]
        links, fields = _changed_links(plan), _changed_fields(plan)
        ids = replace_many(catalogue.database, rows, cache, reindex=_touches_indexed_text(op), links=links,
                           fields=fields)
        # What was stored is what was written, but for the vocabulary spellings and order of the
        # fields written: read just those back (a whole re-read cost a third of the edit).
        stored = bulk_records.stored_values(catalogue.database, ids, _read_back(links, fields))
        before, after = {}, {}
        for (current, _, _), row, rid in zip(plan, rows, ids):
            written = row.evolve(**stored[rid])
            recorder.changed(current, written)
            before[current.uid], after[current.uid] = current, written
        recorder.write()
    if grown:
        catalogue.invalidate_vocabularies()
    if not after:
        return Changes(description="")
    return Changes(updated=frozenset(after), vocabularies=grown, description=describe(op, len(after)),
                   before=before, after=after)
