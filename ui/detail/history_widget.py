"""A record's history for the detail pane: one entry per change (when, who, what), the changed
fields under it, and "Restore this version" (an ordinary, undoable edit)."""
from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app import editing, history
from app.catalogue import Catalogue
from app.changes import Changes
from app.history import HistoryStep
from ui.detail.record_panel import RecordPanel
from ui.undo_commands import EditCommand, warn_in

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(stamp: str) -> str:
    """"2025-06-01T07:03:00.000000Z" -> "2025-06-01 14:03" in this computer's time zone."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def value_text(value) -> str:
    """A stored field value as one line of text."""
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return "; ".join(f"{v['name']} ({v['role']})" if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return value.get("title", "") or "record"
    return " ".join(str(value).split())


_CODED = {"countries": "country", "languages": "language"}


def readable(catalogue: Catalogue | None, field: str, value):
    """A stored value as people read it: country and language names for codes, month names."""
    if catalogue is not None and field in _CODED and isinstance(value, list):
        return [catalogue.facet_label(_CODED[field], v) for v in value]
    if field == "month" and isinstance(value, int) and 1 <= value <= 12:
        return calendar.month_name[value]
    return value


def field_text(catalogue: Catalogue | None, field: str, value) -> str:
    return value_text(readable(catalogue, field, value))


def change_text(entry: history.HistoryEntry, catalogue: Catalogue | None = None) -> str:
    """"Themes: + Wages, − Housing" for lists; "Title: old → new" otherwise."""
    if entry.field == "":
        return "Record created"
    if entry.field == "deleted_at":
        return "Moved to the trash" if entry.new else "Brought back from the trash"
    if entry.field in ("merged_from", "merged_into"):
        other = entry.new or entry.old
        verb = {"merged_from": "Merged in record", "merged_into": "Merged into record"}[entry.field]
        return f"{verb} {str(other)[:8]}" + ("" if entry.new else " (undone)")
    if entry.field == "attachments":
        return f"Attached {entry.new}" if entry.new else f"Removed attachment {entry.old}"
    old, new = readable(catalogue, entry.field, entry.old), readable(catalogue, entry.field, entry.new)
    if isinstance(old, list) or isinstance(new, list):
        old, new = old or [], new or []
        added = [value_text([v]) for v in new if v not in old]
        removed = [value_text([v]) for v in old if v not in new]
        parts = [f"+ {v}" for v in added] + [f"− {v}" for v in removed]
        return f"{entry.label}: {', '.join(parts) or 'order changed'}"
    return f"{entry.label}: {value_text(old)} → {value_text(new)}"


class HistoryWidget(RecordPanel, QWidget):
    """History of one record. Give it the undo stack and a report callback to make "Restore this
    version" an undoable step; ``restored`` carries the Changes either way."""
    restored = Signal(object)

    def __init__(self, catalogue: Catalogue, undo_stack: QUndoStack | None = None,
                 report: Callable[[Changes], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.report = report
        self.uid: str | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel("No changes recorded for this record yet.")
        self.empty.setEnabled(False)
        self.restore_button = QPushButton("&Restore this version")
        self.restore_button.setToolTip("Make the record's fields what they were after the selected change "
                                       "(can be undone)")
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self._update_button()

    def refresh(self) -> None:
        self.tree.clear()
        steps = history.list_history(self.catalogue, self.uid) if self.uid else []
        for step in steps:
            who = f" · {step.user}" if step.user else ""
            source = "  (merged record)" if step.merged_record else ""
            top = QTreeWidgetItem([f"{local_time(step.changed_at)}{who} · {step.label} "
                                   f"(version {step.version}){source}"])
            top.setData(0, STEP_ROLE, step)
            for entry in step.entries:
                child = QTreeWidgetItem([change_text(entry, self.catalogue)])
                child.setToolTip(0, f"before: {field_text(self.catalogue, entry.field, entry.old)}\n"
                                    f"after: {field_text(self.catalogue, entry.field, entry.new)}")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(len(steps) <= 5 or self.tree.topLevelItemCount() <= 3)
        self.empty.setVisible(not steps)
        if steps:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_button()

    def selected_step(self) -> HistoryStep | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, STEP_ROLE) if item is not None else None

    def _update_button(self) -> None:
        step = self.selected_step()
        latest = self.tree.topLevelItem(0).data(0, STEP_ROLE) if self.tree.topLevelItemCount() else None
        self.restore_button.setEnabled(bool(step and step.restorable and latest and step is not latest))

    def restore_selected(self) -> None:
        step = self.selected_step()
        if step is None or self.uid is None:
            return
        version = editing.stored_version(self.catalogue, self.uid)
        try:
            changes = history.restore_version(self.catalogue, self.uid, step.version, version)
        except editing.VersionConflict:
            QMessageBox.warning(self, "Record changed", "The record changed just now; its history is refreshed.")
            self.refresh()
            return
        except editing.ValidationFailed as exc:
            QMessageBox.warning(self, "Cannot restore", f"That version cannot be saved again: {exc}")
            return
        if changes.is_empty():
            return
        if self.report is not None:
            self.report(changes)
        if self.undo_stack is not None:
            self.undo_stack.push(EditCommand(self.catalogue, changes, self.report or (lambda c: None),
                                             warn_in(self.window())))
        self.restored.emit(changes)
        self.refresh()
