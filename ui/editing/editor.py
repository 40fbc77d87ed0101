"""The record editor: a window per record with every field, saving through app.editing.

Nothing typed is dropped silently: closing with unsaved changes asks Save / Discard / Cancel;
a record changed meanwhile (another window or program) shows both versions instead of
overwriting; a likely duplicate is offered to open, merge, or save anyway.
Ctrl+S saves and closes, Esc cancels (asking first if something changed).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget,
)

from app import duplicates, editing
from app.catalogue import Catalogue
from app.change_log import diff
from app.changes import Changes
from app.validation import tidy, validate
from db.errors import CatalogueError
from db.records import RecordData
from ui.editing.editor_dialogs import DuplicateWarning, VersionConflictDialog
from ui.detail.history_widget import local_time
from ui.editing.merge_dialog import MergeDialog
from ui.editing.record_form import RecordForm
from ui.relations.relations_box import RelationsBox
from ui import accessibility
from ui.i18n import localized, number
from ui.undo_commands import CreateCommand, EditCommand, MergeCommand, warn_in
from ui.jobs import run_write

# Fields that decide whether a record is a duplicate: only a change to one of them re-checks.
_IDENTITY = ("title", "year", "doi", "isbn", "url", "organizations")


class RecordEditor(QDialog):
    """Edit ``record`` (an existing one, or a new one when its uid is empty; None = blank).

    Signals: ``saved(Changes)`` after each successful write (already reported and pushed on
    the undo stack when those were given); ``open_record_requested(uid)`` when the librarian
    chose to open an existing duplicate instead.
    """
    saved = Signal(object)
    open_record_requested = Signal(str)

    def __init__(self, catalogue: Catalogue, record: RecordData | None = None, *,
                 undo_stack: QUndoStack | None = None, report: Callable[[Changes], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.report = report
        self.original = record or RecordData(title="")
        self._touched: set[str] = set()
        self._attempted = False
        self._dismissed: set[str] = set()   # duplicates the librarian chose to save anyway
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.form = RecordForm(catalogue, self)
        self.form.set_record(self.original)
        self.form.changed.connect(self._on_changed)
        scroll = QScrollArea()
        accessibility.name(scroll, self.tr("Fields of the record"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.form)
        self.relations = RelationsBox(catalogue, self.original.uid, undo_stack, report, body)
        body_layout.addWidget(self.relations)
        scroll.setWidget(body)
        self.status = QLabel()
        self.status.setEnabled(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without saving (Esc)"))
        for button in buttons.buttons():
            button.setAutoDefault(False)   # Enter in a field never saves by surprise: Ctrl+S does
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._update_title()
        self.resize(1100, 760)
        self.form.title.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Showing focuses the title with its text selected: typing would replace a whole title.
        # The cursor goes to the start, so a long title shows its beginning.
        QTimer.singleShot(0, self.form.title, self._title_at_start)

    def _title_at_start(self) -> None:
        self.form.title.deselect()
        self.form.title.setCursorPosition(0)

    # ---- state -----------------------------------------------------------------------------------
    @property
    def uid(self) -> str:
        return self.original.uid

    @property
    def is_new(self) -> bool:
        return not self.original.uid

    def current_record(self) -> RecordData:
        return self.form.record(self.original)

    def is_dirty(self) -> bool:
        """True if the form differs from what was loaded (typed-but-unadded chip text counts)."""
        if any(p.pending_text() for p in self.form.pickers().values()):
            return True
        return bool(diff(tidy(self.original), tidy(self.current_record())))

    def _update_title(self) -> None:
        title = " ".join(self.form.title.text().split()) or self.tr("untitled")
        prefix = self.tr("New resource") if self.is_new else self.tr("Edit")
        self.setWindowTitle(f"{prefix} — {title[:60]}{'…' if len(title) > 60 else ''}")
        if self.is_new:
            self.status.setText(self.tr("Not saved yet"))
        else:
            self.status.setText(self.tr("Version %1 · added %2 · changed %3").replace(
                "%1", number(self.original.version)).replace("%2", local_time(self.original.added_at)).replace(
                "%3", local_time(self.original.updated_at)))

    def _on_changed(self, field: str) -> None:
        self._touched.add(field)
        if field == "title":
            self._update_title()
        self._show_validation()

    def _show_validation(self) -> dict[str, str]:
        errors = validate(tidy(self.current_record()))
        shown = errors if self._attempted else {k: v for k, v in errors.items()
                                                if k in self._touched or k in ("month", "day") and
                                                {"year", "month", "day"} & self._touched}
        self.form.show_messages(shown)
        return errors

    # ---- saving ------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate, check duplicates, write. Returns True once saved (the window then closes)."""
        self._attempted = True
        picker_errors = {}
        for name, picker in self.form.pickers().items():
            if (message := picker.commit_pending()) is not None:
                picker_errors[name] = message
        errors = {**self._show_validation(), **picker_errors}
        if errors:
            self.form.show_messages(errors)
            self.form.focus_field(next(iter(errors)))
            return False
        data = self.current_record()
        if self.is_new or self._identity_changed(data):
            matches = [m for m in duplicates.candidates_for(self.catalogue, data, exclude_uid=self.uid)
                       if m.uid not in self._dismissed]
            if matches:
                outcome = self._resolve_duplicates(matches, data)
                if outcome != "save":
                    return outcome == "done"
        return self._write(data, self.original.version)

    def _identity_changed(self, data: RecordData) -> bool:
        changed = {name for name, _, _ in diff(tidy(self.original), tidy(data))}
        return bool(changed & set(_IDENTITY))

    def _write(self, data: RecordData, expected_version: int) -> bool:
        try:
            if self.is_new:
                steps = [(run_write(lambda: editing.create(self.catalogue, data), self.catalogue), CreateCommand)]
            else:
                steps = [(run_write(lambda: editing.update(self.catalogue, self.uid, data, expected_version), self.catalogue),
                          EditCommand)]
        except editing.ValidationFailed as exc:
            self.form.show_messages(exc.errors)
            self.form.focus_field(next(iter(exc.errors)))
            return False
        except editing.VersionConflict as conflict:
            return self._resolve_conflict(conflict, data)
        except CatalogueError as exc:   # e.g. Cancel while waiting for another import (db.write_wait)
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Nothing was saved: {0}. What you typed is still here; save again "
                                        "when the catalogue is free.").format(exc))
            return False
        self._record(steps)
        self._close_saved(steps[-1][0])
        return True

    def _record(self, steps: list[tuple[Changes, type]]) -> None:
        """Report each write, push it as one undo step (a macro if several), emit ``saved``."""
        steps = [(c, command) for c, command in steps if not c.is_empty()]
        if not steps:
            return
        report = self.report or (lambda _c: None)
        if self.undo_stack is not None:
            if len(steps) > 1:
                self.undo_stack.beginMacro(steps[-1][0].description)
            for changes, command in steps:
                self.undo_stack.push(command(self.catalogue, changes, report, warn_in(self.parentWidget())))
            if len(steps) > 1:
                self.undo_stack.endMacro()
        for changes, _ in steps:
            report(changes)
            self.saved.emit(changes)

    def _close_saved(self, changes: Changes) -> None:
        after = changes.after
        if self.uid in after:
            self.original = after[self.uid]
        elif len(after) == 1:
            self.original = next(iter(after.values()))
        super().accept()

    # ---- the two questions -----------------------------------------------------------------------
    def _resolve_duplicates(self, matches, data: RecordData) -> str:
        """"save" to go on saving, "done" if merged or opened instead (editor closed), "stay"."""
        dialog = DuplicateWarning(matches, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
            return "stay"
        if dialog.choice == "save":
            self._dismissed.update(m.uid for m in matches)
            return "save"
        if dialog.choice == "open":
            if self.is_dirty() and QMessageBox.question(
                    self, self.tr("Open the existing record"),
                    self.tr("Close this editor without saving what you typed, and open the existing record?"),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
                return "stay"
            self.open_record_requested.emit(dialog.selected)
            super().reject()
            return "done"
        return self._merge_with(dialog.selected, data)

    def _merge_with(self, existing_uid: str, data: RecordData) -> str:
        existing = self.catalogue.record(existing_uid)
        mine = data if self.is_new else replace(data, uid=self.uid, version=self.original.version,
                                                 added_at=self.original.added_at)
        dialog = MergeDialog(existing, mine, self, catalogue=self.catalogue)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return "stay"
        merged = dialog.merged_record()
        steps: list[tuple[Changes, type]] = []
        try:
            if self.is_new:   # the draft's values go into the existing record; no new record
                steps.append((run_write(lambda: editing.update(self.catalogue, existing.uid, merged, existing.version),
                                        self.catalogue), EditCommand))
            else:             # save what was typed first, so history and the loser keep it
                version = self.original.version
                if self.is_dirty():
                    saved = run_write(lambda: editing.update(self.catalogue, self.uid, data, version), self.catalogue)
                    steps.append((saved, EditCommand))
                    version = editing.versions(saved).get(self.uid, version)
                versions = {existing.uid: existing.version, self.uid: version}
                steps.append((run_write(lambda: duplicates.merge(self.catalogue, dialog.survivor_uid, dialog.loser_uid,
                                                                 merged, versions), self.catalogue), MergeCommand))
        except (editing.VersionConflict, editing.ValidationFailed) as exc:
            self._record(steps)
            if steps:   # what was typed is saved; the editor now stands on that version
                self.original = steps[0][0].after[self.uid]
            reason = (self.tr("one of the records changed meanwhile") if isinstance(exc, editing.VersionConflict)
                      else localized(exc))
            QMessageBox.warning(self, self.tr("Not merged"), self.tr("Nothing was merged: %1.").replace("%1", reason))
            return "stay"
        self._record(steps)
        self._close_saved(steps[-1][0])
        return "done"

    def _resolve_conflict(self, conflict: editing.VersionConflict, data: RecordData) -> bool:
        dialog = VersionConflictDialog(data, conflict.theirs, conflict.expected_version, conflict.stored_version,
                                       self, catalogue=self.catalogue)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
            return False
        if dialog.choice == "theirs":
            self.original = conflict.theirs
            self.form.set_record(conflict.theirs)
            self._touched.clear()
            self._update_title()
            self._show_validation()
            return False
        if conflict.theirs is None:   # removed for good: save as a new record
            self.original = replace(self.original, uid="", version=0, added_at="", updated_at="")
            return self._write(replace(data, uid=""), 0)
        return self._write(data, conflict.stored_version)

    # ---- closing -----------------------------------------------------------------------------------
    def maybe_close(self) -> bool:
        """Ask Save / Discard / Cancel if something changed; True if the editor may close."""
        if not self.is_dirty():
            return True
        self.raise_()
        self.activateWindow()
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", self.form.title.text()[:60] or self.tr("untitled")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc, Cancel and the window's close button (QDialog.closeEvent calls this)."""
        if self.maybe_close():
            super().reject()

    def accept(self) -> None:
        self.save()
