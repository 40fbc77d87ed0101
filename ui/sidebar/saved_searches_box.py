"""The saved-searches box of the sidebar: save the current criteria under a name, apply one with a
click (or Enter), rename and delete. The work is done by app.saved_searches; this box asks for
names and reports the resulting Changes so the main window can fan them out."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QWidget,
)

from app import saved_searches
from app.changes import Changes
from app.criteria import Criteria, QueryError
from ui.sidebar.collapsible import CollapsibleBox
from ui.i18n import translate
from ui.icons import icon
from ui.jobs import run_write


class SavedSearchesBox(CollapsibleBox):
    apply_requested = Signal(str)      # the saved query text
    changed = Signal(object)           # app.changes.Changes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("SavedSearchesBox", "Saved searches"), parent, clearable=False)
        self.setObjectName("savedSearchesBox")
        self._catalogue = None
        self._criteria = Criteria()

        self.list = QListWidget(self.body)
        self.list.setObjectName("savedSearchList")
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setAccessibleDescription(self.tr("Enter or a click applies the saved search"))
        self.list.itemClicked.connect(self._apply_item)
        self.list.itemActivated.connect(self._apply_item)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.body_layout.addWidget(self.list)

        self.hint = QLabel(self.tr("Save the current criteria to come back to them with one click."), self.body)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.body_layout.addWidget(self.hint)

        self.save_button = QPushButton(icon("content-save-outline"), self.tr("Save…"), self.body)
        self.save_button.setToolTip(self.tr("Save the current criteria under a name"))
        self.save_button.setAccessibleName(self.tr("Save the current criteria"))
        self.rename_button = QPushButton(self.tr("Rename…"), self.body)
        self.rename_button.setAccessibleName(self.tr("Rename the selected saved search"))
        self.delete_button = QPushButton(self.tr("Delete"), self.body)
        self.delete_button.setAccessibleName(self.tr("Delete the selected saved search"))
        self.save_button.clicked.connect(self._ask_save)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self._update_buttons()

    # ---- state from the window -----------------------------------------------------------------
    def set_catalogue(self, catalogue) -> None:
        self._catalogue = catalogue
        self.reload()

    def set_criteria(self, criteria: Criteria) -> None:
        self._criteria = criteria
        self._update_buttons()

    def reload(self) -> None:
        current = self.current_name()
        self.list.clear()
        for search in saved_searches.list_searches(self._catalogue) if self._catalogue else []:
            item = QListWidgetItem(search.name)
            item.setToolTip(search.query or self.tr("(all resources)"))
            item.setData(Qt.ItemDataRole.UserRole, search.query)
            self.list.addItem(item)
            if search.name == current:
                self.list.setCurrentItem(item)
        count = self.list.count()
        self.list.setVisible(count > 0)
        self.hint.setVisible(count == 0)
        if count:
            self.list.setFixedHeight(min(count, 6) * max(self.list.sizeHintForRow(0), 18) + 6)
        self._update_buttons()

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item else None

    # ---- actions (dialog-free, so tests and other callers can use them) --------------------------
    def save_current(self, name: str, replace: bool = False) -> Changes:
        changes = run_write(lambda: saved_searches.save(self._catalogue, name, self._criteria, replace=replace),
                            self._catalogue)
        self.changed.emit(changes)
        return changes

    def rename(self, old: str, new: str) -> Changes:
        changes = run_write(lambda: saved_searches.rename(self._catalogue, old, new), self._catalogue)
        self.changed.emit(changes)
        return changes

    def delete(self, name: str) -> Changes:
        changes = run_write(lambda: saved_searches.delete(self._catalogue, name), self._catalogue)
        self.changed.emit(changes)
        return changes

    def apply(self, name: str) -> None:
        found = saved_searches.get(self._catalogue, name)
        if found is not None:
            self.apply_requested.emit(found.query)

    # ---- slots ---------------------------------------------------------------------------------
    def _apply_item(self, item: QListWidgetItem) -> None:
        self.apply_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.save_button.setEnabled(self._catalogue is not None)

    def _ask_save(self) -> None:
        suggestion = self._criteria.to_query()[:60] if not self._criteria.is_empty() else self.tr("All resources")
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name for these criteria:"), text=suggestion)
        if not ok or not name.strip():
            return
        replace = False
        if name.strip() in self.names():
            answer = QMessageBox.question(
                self, self.tr("Save search"),
                self.tr("A saved search called “%1” exists. Replace its criteria?").replace("%1", name.strip()))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        self._run(lambda: self.save_current(name, replace=replace))

    def _ask_rename(self) -> None:
        old = self.current_name()
        if old is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename saved search"), self.tr("New name:"), text=old)
        if ok and new.strip():
            self._run(lambda: self.rename(old, new))

    def _ask_delete(self) -> None:
        name = self.current_name()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete saved search"),
                                      self.tr("Delete the saved search “%1”?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.delete(name))

    def _run(self, action) -> None:
        try:
            action()
        except (saved_searches.SavedSearchError, QueryError) as exc:
            QMessageBox.warning(self, self.tr("Saved searches"), str(exc))
