"""A record's history: who changed which field when, and restoring a past version.

Rows are written by every write in ``app/`` (see app.change_log); here they are read back,
grouped into steps (one user action each), and walked backwards to rebuild a past version.
A record that absorbed another in a merge shows the other's history too.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from app import editing
from app.text import QT_TRANSLATE_NOOP
from app.catalogue import Catalogue
from app.change_log import TRACKED_FIELDS, load, set_user_name, user_name, value_for_record
from app.changes import Changes
from db import history as db_history
from db import package_rows
from db import queries
from db.records import RecordData

__all__ = ["HistoryEntry", "HistoryStep", "list_history", "version_at", "restore_version",
           "set_user_name", "user_name", "FIELD_LABELS", "ACTION_LABELS"]

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "day": QT_TRANSLATE_NOOP("Fields", "Day"),
    "authors": QT_TRANSLATE_NOOP("Fields", "Authors"),
    "organizations": QT_TRANSLATE_NOOP("Fields", "Organizations"),
    "countries": QT_TRANSLATE_NOOP("Fields", "Countries"),
    "regions": QT_TRANSLATE_NOOP("Fields", "Regions"),
    "themes": QT_TRANSLATE_NOOP("Fields", "Themes"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "keywords": QT_TRANSLATE_NOOP("Fields", "Keywords"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "container_title": QT_TRANSLATE_NOOP("Fields", "Published in"),
    "volume": QT_TRANSLATE_NOOP("Fields", "Volume"),
    "issue": QT_TRANSLATE_NOOP("Fields", "Issue"),
    "pages": QT_TRANSLATE_NOOP("Fields", "Pages"),
    "publisher_ref": QT_TRANSLATE_NOOP("Fields", "Publisher's reference"),
    "url": QT_TRANSLATE_NOOP("Fields", "URL"),
    "isbn": QT_TRANSLATE_NOOP("Fields", "ISBN"),
    "doi": QT_TRANSLATE_NOOP("Fields", "DOI"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "deleted_at": QT_TRANSLATE_NOOP("Fields", "In trash"),
    "attachments": QT_TRANSLATE_NOOP("Fields", "Attachment"),
    "merged_from": QT_TRANSLATE_NOOP("Fields", "Merged from"),
    "merged_into": QT_TRANSLATE_NOOP("Fields", "Merged into"),
    "relation": QT_TRANSLATE_NOOP("Fields", "Relations"),
    "parts_order": QT_TRANSLATE_NOOP("Fields", "Order of the parts"),
}
RECORD_LABEL = QT_TRANSLATE_NOOP("Fields", "Record")
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("HistoryActions", "Created"),
    "update": QT_TRANSLATE_NOOP("HistoryActions", "Edited"),
    "delete": QT_TRANSLATE_NOOP("HistoryActions", "Moved to trash"),
    "restore": QT_TRANSLATE_NOOP("HistoryActions", "Restored from trash"),
    "bulk": QT_TRANSLATE_NOOP("HistoryActions", "Bulk edit"),
    "merge": QT_TRANSLATE_NOOP("HistoryActions", "Merged"),
    "rename": QT_TRANSLATE_NOOP("HistoryActions", "Vocabulary renamed"),
    "vocabulary": QT_TRANSLATE_NOOP("HistoryActions", "Vocabulary change"),
    "attach": QT_TRANSLATE_NOOP("HistoryActions", "Attachment added"),
    "detach": QT_TRANSLATE_NOOP("HistoryActions", "Attachment removed"),
    "import": QT_TRANSLATE_NOOP("HistoryActions", "Imported"),
    "restore_version": QT_TRANSLATE_NOOP("HistoryActions", "Restored an earlier version"),
    "link": QT_TRANSLATE_NOOP("HistoryActions", "Linked"),
    "unlink": QT_TRANSLATE_NOOP("HistoryActions", "Unlinked"),
    "undo": QT_TRANSLATE_NOOP("HistoryActions", "Undo"),
    "redo": QT_TRANSLATE_NOOP("HistoryActions", "Redo"),
}


@dataclass
class HistoryEntry:
    field: str
    old: object
    new: object

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field or RECORD_LABEL)


@dataclass
class HistoryStep:
    """One user action on one record: when, who, what, and the fields it changed."""
    batch: str
    record_uid: str
    changed_at: str
    user: str
    action: str
    version: int
    entries: list[HistoryEntry] = field(default_factory=list)
    merged_record: bool = False     # the step belongs to a record merged into this one

    @property
    def label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action.capitalize())

    @property
    def restorable(self) -> bool:
        """True if "restore this version" makes sense (a version of this record, not a merged one)."""
        return not self.merged_record and any(e.field in TRACKED_FIELDS or e.field == "" for e in self.entries)


def _with_merged(uid: str) -> list[str]:
    """This uid and every uid merged into it, recursively."""
    out, todo = [], [uid]
    while todo:
        current = todo.pop()
        if current in out:
            continue
        out.append(current)
        sources: list[str] = []
        for old, new in db_history.merge_rows(current):
            if new is not None:
                sources.append(load(new))
            elif old is not None and load(old) in sources:
                sources.remove(load(old))
        todo += sources
    return out


def list_history(catalogue: Catalogue, uid: str) -> list[HistoryStep]:
    """Steps newest first; each step's entries in field order."""
    steps: dict[tuple[str, str], HistoryStep] = {}
    for row in db_history.rows_for(_with_merged(uid)):
        if row["field"] in package_rows.BOOKKEEPING_FIELDS:
            continue          # when two catalogues last met: not a change anyone made
        key = (row["batch"] or f"row{row['id']}", row["resource_uid"])
        step = steps.get(key)
        if step is None:
            step = steps[key] = HistoryStep(
                batch=row["batch"], record_uid=row["resource_uid"], changed_at=row["changed_at"],
                user=row["user"], action=row["action"], version=row["version"],
                merged_record=row["resource_uid"] != uid)
        step.entries.append(HistoryEntry(row["field"], load(row["old_value"]), load(row["new_value"])))
        step.version = max(step.version, row["version"])
    return sorted(steps.values(), key=lambda s: (s.changed_at, s.version), reverse=True)


def version_at(catalogue: Catalogue, uid: str, version: int) -> RecordData:
    """The record as it was at ``version``: the current record with later changes walked back.

    Raises editing.RecordNotFound if the record is gone.
    """
    record = queries.record_by_uid(uid)
    if record is None:
        raise editing.RecordNotFound(uid)
    values = {}
    for row in db_history.rows_after_version(uid, version):
        if row["field"] in TRACKED_FIELDS:
            values[row["field"]] = value_for_record(row["field"], load(row["old_value"]))
    return replace(record, **values, version=version)


def restore_version(catalogue: Catalogue, uid: str, version: int, expected_version: int) -> Changes:
    """Make the record's fields what they were at ``version`` (trash state unchanged).

    A normal edit: recorded in history, checked against ``expected_version`` (VersionConflict),
    and undoable from the Changes' snapshots.
    """
    past = version_at(catalogue, uid, version)
    current = queries.record_by_uid(uid)
    past = replace(past, deleted_at=current.deleted_at)
    changes = editing.update(catalogue, uid, past, expected_version, action="restore_version")
    if changes.is_empty():
        return changes
    return replace(changes, description=f"restore version {version} of {editing.quoted_title(past.title)}")
