"""The librarian's editing actions in one object, so the main window only wires menus to it.

    self.editing = EditingController(catalogue, self.undo_stack, self)
    self.editing.changes_made.connect(self.apply_changes)
    self.editing.open_record_requested.connect(self.show_record)   # a uid
    new_action.triggered.connect(self.editing.new_record)          # Ctrl+N
    edit_action.triggered.connect(lambda: self.editing.edit_record(self.current_uid()))
    ...
    def closeEvent(self, event): if not self.editing.maybe_close_editors(): event.ignore()

Every write is reported through ``changes_made`` and pushed on the undo stack as one step.
Editors are separate windows, one per record (asking for an open one brings it forward).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import duplicates, editing
from app.catalogue import Catalogue
from app.changes import Changes
from db.records import RecordData
from ui.editing.bulk_edit_dialog import BulkEditDialog
from ui.editing.duplicates_dialog import DuplicatesDialog
from ui.editing.editor import RecordEditor
from ui.editing.merge_dialog import MergeDialog
from ui.i18n import localized
from ui.undo_commands import DeleteCommand, MergeCommand, RestoreCommand, warn_in
from ui.editing.vocabulary_dialog import VocabularyDialog
from ui.jobs import run_write


class EditingController(QObject):
    changes_made = Signal(object)          # Changes, for the main window to fan out
    open_record_requested = Signal(str)    # uid the librarian wants to see (e.g. an existing duplicate)

    def __init__(self, catalogue: Catalogue, undo_stack: QUndoStack, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.parent_widget = parent_widget
        self.editors: dict[str, RecordEditor] = {}   # uid ("" keys are new records) -> open editor
        self._new_count = 0

    def set_catalogue(self, catalogue: Catalogue) -> bool:
        """Switch catalogue; False (and nothing switched) if an editor with changes stays open."""
        if not self.maybe_close_editors():
            return False
        self.catalogue = catalogue
        return True

    def report(self, changes: Changes) -> None:
        if not changes.is_empty():
            self.changes_made.emit(changes)

    # ---- editors -----------------------------------------------------------------------------------
    def _open_editor(self, record: RecordData | None, key: str) -> RecordEditor:
        if key in self.editors:
            editor = self.editors[key]
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = RecordEditor(self.catalogue, record, undo_stack=self.undo_stack, report=self.report,
                              parent=self.parent_widget)
        editor.open_record_requested.connect(self.open_record_requested)
        editor.finished.connect(lambda _result, k=key: self.editors.pop(k, None))
        self.editors[key] = editor
        editor.show()
        return editor

    def new_record(self, initial: RecordData | None = None) -> RecordEditor:
        """Ctrl+N: an editor on a blank record (or ``initial``, unsaved)."""
        self._new_count += 1
        return self._open_editor(initial, f"new-{self._new_count}")

    def edit_record(self, uid: str | None) -> RecordEditor | None:
        """Ctrl+E / Enter: an editor on the record (brought forward if already open)."""
        if not uid:
            return None
        record = self.catalogue.record(uid)
        if record is None:
            return None
        return self._open_editor(record, uid)

    def duplicate_record(self, uid: str | None) -> RecordEditor | None:
        """An editor on an unsaved copy of the record; saving creates it."""
        record = self.catalogue.record(uid) if uid else None
        return self.new_record(editing.copy_of(record)) if record else None

    def maybe_close_editors(self) -> bool:
        """Ask each editor with unsaved changes to save, discard or go back; False on "go back"."""
        for key, editor in list(self.editors.items()):
            if not editor.maybe_close():
                return False
            editor.done(QDialog.DialogCode.Rejected)
            self.editors.pop(key, None)
        return True

    # ---- trash -------------------------------------------------------------------------------------
    def delete_records(self, uids: list[str]) -> Changes:
        """Move to the trash (undoable, so no confirmation)."""
        changes = run_write(lambda: editing.delete(self.catalogue, uids), self.catalogue)
        self._push(changes, DeleteCommand)
        return changes

    def restore_records(self, uids: list[str]) -> Changes:
        changes = run_write(lambda: editing.restore(self.catalogue, uids), self.catalogue)
        self._push(changes, RestoreCommand)
        return changes

    def purge_records(self, uids: list[str], confirm: bool = True) -> Changes:
        """Remove trashed records for good, after a confirmation that says how many."""
        trashed = [u for u in uids if (r := self.catalogue.record(u)) is not None and r.deleted_at]
        return self._purge(trashed, confirm)

    def empty_trash(self, confirm: bool = True) -> Changes:
        return self._purge(editing.trashed(self.catalogue), confirm)

    def _purge(self, uids: list[str], confirm: bool) -> Changes:
        if not uids:
            return Changes()
        if confirm:
            answer = QMessageBox.warning(
                self.parent_widget, self.tr("Remove for good"),
                self.tr("Remove %Ln resource(s) in the trash for good, with their history and attached "
                        "files? This cannot be undone.", "", len(uids)),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return Changes()
        changes = run_write(lambda: editing.purge(self.catalogue, uids), self.catalogue)
        self.report(changes)   # earlier undo steps on these records now fail with a message
        return changes

    # ---- other dialogs -----------------------------------------------------------------------------
    def bulk_edit(self, uids: list[str]) -> Changes | None:
        if not uids:
            return None
        dialog = BulkEditDialog(self.catalogue, uids, undo_stack=self.undo_stack, report=self.report,
                                parent=self.parent_widget)
        dialog.exec()
        return dialog.changes

    def manage_vocabularies(self, facet: str = "theme") -> None:
        dialog = VocabularyDialog(self.catalogue, undo_stack=self.undo_stack, report=self.report, facet=facet,
                                  parent=self.parent_widget)
        dialog.exec()

    def find_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.catalogue, self.parent_widget)
        if dialog.cancelled:      # the librarian cancelled the first search: nothing to show
            dialog.deleteLater()
            return

        def merge(uid_a: str, uid_b: str) -> None:
            if self.merge_records(uid_a, uid_b) is not None:
                dialog.reload()
        dialog.merge_requested.connect(merge)
        dialog.open_record_requested.connect(self.open_record_requested)
        dialog.exec()

    def merge_records(self, uid_a: str, uid_b: str) -> Changes | None:
        """Compare two records side by side and merge them (one undo step)."""
        left, right = self.catalogue.record(uid_a), self.catalogue.record(uid_b)
        if left is None or right is None:
            return None
        dialog = MergeDialog(left, right, self.parent_widget, catalogue=self.catalogue)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            changes = run_write(lambda: duplicates.merge(
                self.catalogue, dialog.survivor_uid, dialog.loser_uid, dialog.merged_record(),
                {left.uid: left.version, right.uid: right.version}), self.catalogue)
        except (editing.VersionConflict, editing.ValidationFailed) as exc:
            reason = (self.tr("one of the records changed meanwhile") if isinstance(exc, editing.VersionConflict)
                      else localized(exc))
            QMessageBox.warning(self.parent_widget, self.tr("Not merged"),
                                self.tr("Nothing was merged: %1.").replace("%1", reason))
            return None
        self._push(changes, MergeCommand)
        return changes

    def _push(self, changes: Changes, command_class) -> None:
        if changes.is_empty():
            return
        self.undo_stack.push(command_class(self.catalogue, changes, self.report, warn_in(self.parent_widget)))
        self.report(changes)
