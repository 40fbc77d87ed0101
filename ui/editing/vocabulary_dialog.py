"""The vocabulary manager: add, rename, merge and retire values of the controlled lists (types,
themes, regions, organizations). Each change is one undo step; renames and merges change every
record using the value."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QSortFilterProxyModel, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableView, QTabBar, QVBoxLayout, QWidget,
)

from app import vocabularies
from app.catalogue import Catalogue
from app.changes import Changes, VocabularyEdit
from app.vocabularies import MANAGED, TITLES, Option, VocabularyError, VocabularyValue
from ui import accessibility
from ui.i18n import QT_TRANSLATE_NOOP, localized, translate
from ui.undo_commands import VocabularyCommand, warn_in
from ui.editing.value_picker import ValueField
from ui.jobs import run_write

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_LABELS = {"region": QT_TRANSLATE_NOOP("VocabularyDialog", "Code"),
                "organization": QT_TRANSLATE_NOOP("VocabularyDialog", "Acronym")}


def _edit(changes: Changes) -> VocabularyEdit:
    """The vocabulary edit a write reports (every app.vocabularies write has one)."""
    if changes.vocabulary is None:
        raise ValueError("not the changes of a vocabulary edit")
    return changes.vocabulary


class _NameDialog(QDialog):
    """A name, and an acronym or code for the lists that have one."""

    def __init__(self, title: str, facet: str, name: str = "", short: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name)
        self.short = QLineEdit(short)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        if facet in SHORT_LABELS:
            form.addRow("&" + translate("VocabularyDialog", SHORT_LABELS[facet]), self.short)
        else:
            self.short.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(440, self.sizeHint().height())


class _MergeTargetDialog(QDialog):
    def __init__(self, source: VocabularyValue, choices: list[Option], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into…"))
        text = QLabel(self.tr("Every record using “%1” (%Ln resource(s)) will use the value you choose instead, "
                              "and “%1” leaves the list. This can be undone.", "", source.count).replace("%1", source.name))
        text.setWordWrap(True)
        self.target = ValueField(choices)
        self.target.setPlaceholderText(self.tr("Type to find the value to keep…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.target)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class VocabularyDialog(QDialog):
    """``changed(Changes)`` after each change (already reported and on the undo stack if given)."""
    changed = Signal(object)

    def __init__(self, catalogue: Catalogue, *, undo_stack: QUndoStack | None = None,
                 report: Callable[[Changes], None] | None = None, facet: str = "theme",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.report = report
        self.setWindowTitle(self.tr("Vocabularies"))
        self.tabs = QTabBar()
        for key in MANAGED:
            self.tabs.addTab(localized(TITLES[key]))
        self.filter = QLineEdit()
        accessibility.name(self.filter, self.tr("Filter the values"))
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Short form"), self.tr("Used by"), self.tr("Status")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        accessibility.name(self.view, self.tr("Values of the vocabulary"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.merge_button = QPushButton(self.tr("&Merge into…"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        hint = QLabel(self.tr("Retired values stay on their records but are no longer offered in the editor."))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.tabs)
        left.addWidget(self.filter)
        left.addWidget(self.view, 1)
        left.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.rename())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.tabs.setCurrentIndex(MANAGED.index(facet))
        self.reload()
        self.resize(760, 560)

    @property
    def facet(self) -> str:
        return MANAGED[self.tabs.currentIndex()]

    def reload(self, select: str | None = None) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.model.setHeaderData(1, Qt.Orientation.Horizontal,
                                 self.tr(SHORT_LABELS[self.facet]) if self.facet in SHORT_LABELS else "")
        self.view.setColumnHidden(1, self.facet not in SHORT_LABELS)
        for value in vocabularies.values(self.catalogue, self.facet):
            name = QStandardItem(value.name)
            name.setData(value, VALUE_ROLE)
            count = QStandardItem()
            count.setData(value.count, Qt.ItemDataRole.DisplayRole)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QStandardItem(self.tr("retired") if value.retired else "")
            self.model.appendRow([name, QStandardItem(value.short), count, status])
        self.proxy.sort(-1)
        if select:
            matches = self.model.findItems(select)
            if matches:
                index = self.proxy.mapFromSource(matches[0].index())
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        self._update_buttons()

    def selected(self) -> VocabularyValue | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.index(index.row(), 0).data(VALUE_ROLE)

    def select(self, name: str) -> None:
        self.reload(select=name)

    def _update_buttons(self) -> None:
        value = self.selected()
        for button in (self.rename_button, self.merge_button, self.retire_button):
            button.setEnabled(value is not None)
        self.retire_button.setText(self.tr("Bring &back") if value is not None and value.retired else self.tr("Re&tire"))

    # ---- actions -------------------------------------------------------------------------------------
    def _done(self, changes: Changes, kind: str, select: str | None, **details) -> None:
        report = self.report or (lambda _c: None)
        if self.undo_stack is not None:
            self.undo_stack.push(VocabularyCommand(self.catalogue, changes, report, warn_in(self.parentWidget()),
                                                   kind=kind, **details))
        report(changes)
        self.changed.emit(changes)
        self.reload(select=select)

    def _fail(self, exc: Exception) -> None:
        said = localized(exc)
        QMessageBox.warning(self, self.tr("Vocabularies"), said[:1].upper() + said[1:] + ".")

    def add(self) -> None:
        dialog = _NameDialog(self.tr("Add to the list: %1").replace("%1", localized(TITLES[self.facet])), self.facet, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            name, short_label = dialog.name.text(), dialog.short.text()
            changes = run_write(lambda: vocabularies.add_value(self.catalogue, self.facet, name, short_label),
                                self.catalogue)
        except VocabularyError as exc:
            self._fail(exc)
            return
        self._done(changes, "add", _edit(changes).name, short=dialog.short.text())

    def rename(self) -> None:
        value = self.selected()
        if value is None:
            return
        dialog = _NameDialog(self.tr("Rename “%1”").replace("%1", value.name), self.facet, value.name, value.short, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        short = dialog.short.text() if self.facet in SHORT_LABELS else None
        if dialog.name.text().strip() == value.name and (short is None or short.strip() == value.short):
            return
        try:
            new_name = dialog.name.text()
            changes = run_write(lambda: vocabularies.rename_value(self.catalogue, self.facet, value.name, new_name, short),
                                self.catalogue)
        except VocabularyError as exc:
            self._fail(exc)
            return
        self._done(changes, "rename", _edit(changes).new, short=short)

    def merge(self) -> None:
        value = self.selected()
        if value is None:
            return
        choices = [o for o in vocabularies.options(self.catalogue, self.facet) if o.value != value.name]
        dialog = _MergeTargetDialog(value, choices, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = dialog.target.value()
        if target is None:
            self._fail(VocabularyError(self.tr("choose the value to merge into from the suggestions")))
            return
        try:
            changes = run_write(lambda: vocabularies.merge_values(self.catalogue, self.facet, value.name, target),
                                self.catalogue)
        except VocabularyError as exc:
            self._fail(exc)
            return
        self._done(changes, "merge", target, source=value.name, target=target)

    def toggle_retired(self) -> None:
        value = self.selected()
        if value is None:
            return
        changes = run_write(lambda: vocabularies.retire_value(self.catalogue, self.facet, value.name,
                                                             retired=not value.retired), self.catalogue)
        self._done(changes, "unretire" if value.retired else "retire", value.name)
