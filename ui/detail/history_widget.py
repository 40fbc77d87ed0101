"""A record's history for the detail pane: one entry per change (when, who, what), the changed
fields under it, and "Restore this version" (an ordinary, undoable edit)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app import editing, history
from app.catalogue import Catalogue
from app.changes import Changes
from app.history import HistoryStep
from ui.detail.record_panel import RecordPanel
from ui.i18n import local_time  # noqa: F401 - re-exported: the editor, merge and sync dialogs use it here
from ui.i18n import QT_TRANSLATE_NOOP, localized, translate
from ui.undo_commands import EditCommand, warn_in
from ui.jobs import run_write

STEP_ROLE = Qt.ItemDataRole.UserRole + 1


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
        return QLocale().standaloneMonthName(value)
    return value


def field_text(catalogue: Catalogue | None, field: str, value) -> str:
    return value_text(readable(catalogue, field, value))


def change_text(entry: history.HistoryEntry, catalogue: Catalogue | None = None) -> str:
    """"Themes: + Wages, − Housing" for lists; "Title: old → new" otherwise."""
    if entry.field == "":
        return translate("HistoryWidget", "Record created")
    if entry.field == "deleted_at":
        return (translate("HistoryWidget", "Moved to the trash") if entry.new
                else translate("HistoryWidget", "Brought back from the trash"))
    if entry.field in ("merged_from", "merged_into"):
        other = entry.new or entry.old
        text = {"merged_from": translate("HistoryWidget", "Merged in record %1"),
                "merged_into": translate("HistoryWidget", "Merged into record %1")}[entry.field]
        return text.replace("%1", str(other)[:8]) + ("" if entry.new else translate("HistoryWidget", " (undone)"))
    if entry.field == "attachments":
        return (translate("HistoryWidget", "Attached %1").replace("%1", str(entry.new)) if entry.new
                else translate("HistoryWidget", "Removed attachment %1").replace("%1", str(entry.old)))
    if entry.field == "relation":
        return relation_text(entry.new or entry.old, added=bool(entry.new))
    if entry.field == "parts_order":
        return translate("HistoryWidget", "Parts of the series reordered")
    old, new = readable(catalogue, entry.field, entry.old), readable(catalogue, entry.field, entry.new)
    if isinstance(old, list) or isinstance(new, list):
        old, new = old or [], new or []
        added = [value_text([v]) for v in new if v not in old]
        removed = [value_text([v]) for v in old if v not in new]
        parts = [f"+ {v}" for v in added] + [f"− {v}" for v in removed]
        return f"{localized(entry.label)}: {', '.join(parts) or translate('HistoryWidget', 'order changed')}"
    return f"{localized(entry.label)}: {value_text(old)} → {value_text(new)}"


_RELATION_TEXTS = {
    "part_of": (QT_TRANSLATE_NOOP("HistoryWidget", "Made part of the series %1"),
                QT_TRANSLATE_NOOP("HistoryWidget", "No longer part of the series %1")),
    "has_part": (QT_TRANSLATE_NOOP("HistoryWidget", "Part added: %1"),
                 QT_TRANSLATE_NOOP("HistoryWidget", "Part removed: %1")),
    "version": (QT_TRANSLATE_NOOP("HistoryWidget", "Linked to the language version %1"),
                QT_TRANSLATE_NOOP("HistoryWidget", "No longer linked to the language version %1")),
    "replaces": (QT_TRANSLATE_NOOP("HistoryWidget", "Replaces %1"),
                 QT_TRANSLATE_NOOP("HistoryWidget", "No longer replaces %1")),
    "replaced_by": (QT_TRANSLATE_NOOP("HistoryWidget", "Replaced by %1"),
                    QT_TRANSLATE_NOOP("HistoryWidget", "No longer replaced by %1")),
    "related": (QT_TRANSLATE_NOOP("HistoryWidget", "Linked to the related record %1"),
                QT_TRANSLATE_NOOP("HistoryWidget", "No longer linked to the related record %1")),
}


def relation_text(value, added: bool) -> str:
    """A link made or removed, from the relation's history value (app/relations.py)."""
    if not isinstance(value, dict):
        return value_text(value)
    texts = _RELATION_TEXTS.get(str(value.get("relation")), _RELATION_TEXTS["related"])
    name = f"“{value.get('title') or str(value.get('uid', ''))[:8]}”"
    if value.get("number"):
        name += ", " + translate("HistoryWidget", "No. %1").replace("%1", str(value["number"]))
    return translate("HistoryWidget", texts[0] if added else texts[1]).replace("%1", name)


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
        self.empty = QLabel(self.tr("No changes recorded for this record yet."))
        self.empty.setEnabled(False)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(self.tr("Make the record's fields what they were after the selected change "
                                       "(can be undone)"))
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
            source = self.tr("  (merged record)") if step.merged_record else ""
            version = self.tr("(version %1)").replace("%1", str(step.version))
            top = QTreeWidgetItem([f"{local_time(step.changed_at)}{who} · {localized(step.label)} {version}{source}"])
            top.setData(0, STEP_ROLE, step)
            for entry in step.entries:
                child = QTreeWidgetItem([change_text(entry, self.catalogue)])
                child.setToolTip(0, self.tr("before: %1\nafter: %2").replace(
                    "%1", field_text(self.catalogue, entry.field, entry.old)).replace(
                    "%2", field_text(self.catalogue, entry.field, entry.new)))
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
            changes = run_write(lambda: history.restore_version(self.catalogue, self.uid, step.version, version),
                                self.catalogue)
        except editing.VersionConflict:
            QMessageBox.warning(self, self.tr("Record changed"),
                                self.tr("The record changed just now; its history is refreshed."))
            self.refresh()
            return
        except editing.ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Cannot restore"),
                                self.tr("That version cannot be saved again: %1").replace("%1", localized(exc)))
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
