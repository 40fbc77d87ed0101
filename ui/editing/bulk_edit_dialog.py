"""Bulk edit on the selection: add or remove a value, set the type or language, or find and
replace in a text field, with a live preview of what changes. Applying is one transaction and
one undo step ("add theme Housing and living conditions to 12 resources")."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QSizePolicy, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app import bulk_edit
from app.bulk_edit import AddValue, BulkEditError, RemoveValue, ReplaceText, SetValue
from app.catalogue import Catalogue
from app.changes import Changes
from app.editing import resources
from app.history import FIELD_LABELS
from app.vocabularies import Option, options
from db.records import ORGANIZATION_ROLES
from ui.undo_commands import BulkEditCommand, warn_in
from ui.editing.value_picker import ValueField

PREVIEW_DELAY_MS = 250
PREVIEW_ROWS = 500       # rows shown; the count covers every record
MAX_LINES = 4            # a long summary shows its first lines; the tooltip has it all

_MANY = [("theme", "Theme"), ("country", "Country"), ("region", "Region"), ("language", "Language"),
         ("organization", "Organization"), ("keyword", "Keyword")]
_SETTABLE = [("type", "Type"), ("language", "Language")]
OPERATIONS = [("add", "Add a value"), ("remove", "Remove a value"), ("set", "Set"), ("replace", "Find and replace")]


class BulkEditDialog(QDialog):
    """Bulk edit ``uids``. ``applied(Changes)`` fires after the write (already reported and
    pushed on the undo stack when those were given)."""
    applied = Signal(object)

    def __init__(self, catalogue: Catalogue, uids: list[str], *, undo_stack: QUndoStack | None = None,
                 report: Callable[[Changes], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.uids = list(uids)
        self.undo_stack = undo_stack
        self.report = report
        self.changes: Changes | None = None
        self._options: dict[str, list[Option]] = {}
        self._rows: list[bulk_edit.PreviewRow] = []
        self.setWindowTitle(f"Bulk edit {resources(len(self.uids))}")
        self.operation = QComboBox()
        for key, text in OPERATIONS:
            self.operation.addItem(text, key)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._value_page())
        self.pages.addWidget(self._set_page())
        self.pages.addWidget(self._replace_page())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Title", "Before", "After"])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow("&Change", self.operation)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self.refresh_preview)
        self.operation.currentIndexChanged.connect(self._on_operation)
        self._on_operation()
        self.resize(900, 560)

    # ---- pages ---------------------------------------------------------------------------------------
    def _value_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.value_facet = QComboBox()
        for key, text in _MANY:
            self.value_facet.addItem(text, key)
        self.value = ValueField([])
        self.value.setPlaceholderText("Type to find a value…")
        self.role = QComboBox()
        self.role.addItems(ORGANIZATION_ROLES)
        value_box = QWidget()
        row = QHBoxLayout(value_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.role)
        form.addRow("&Field", self.value_facet)
        form.addRow("&Value", value_box)
        form.labelForField(value_box).setBuddy(self.value)
        self.value_facet.currentIndexChanged.connect(self._on_value_facet)
        self.value.value_changed.connect(self._schedule)
        self.role.currentIndexChanged.connect(self._schedule)
        return page

    def _set_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.set_facet = QComboBox()
        for key, text in _SETTABLE:
            self.set_facet.addItem(text, key)
        self.set_value = ValueField([])
        self.set_value.setPlaceholderText("Type to find a value (empty type: no type)…")
        form.addRow("&Field", self.set_facet)
        form.addRow("&To", self.set_value)
        self.set_facet.currentIndexChanged.connect(self._on_set_facet)
        self.set_value.value_changed.connect(self._schedule)
        return page

    def _replace_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.text_field = QComboBox()
        for name in bulk_edit.TEXT_FIELDS:
            self.text_field.addItem(FIELD_LABELS.get(name, name), name)
        self.find = QLineEdit()
        self.replacement = QLineEdit()
        self.regex = QCheckBox("Regular e&xpression (\\1 in the replacement is the first group)")
        self.case = QCheckBox("&Match case")
        form.addRow("&Field", self.text_field)
        form.addRow("F&ind", self.find)
        form.addRow("&Replace with", self.replacement)
        form.addRow("", self.regex)
        form.addRow("", self.case)
        for w in (self.find, self.replacement):
            w.textChanged.connect(self._schedule)
        for w in (self.regex, self.case):
            w.toggled.connect(self._schedule)
        self.text_field.currentIndexChanged.connect(self._schedule)
        return page

    def _options_for(self, facet: str) -> list[Option]:
        if facet not in self._options:
            if facet == "keyword":
                self._options[facet] = [Option(r["name"], r["name"], "", (r["name"].casefold(),))
                                        for r in self.catalogue.vocabulary("keyword")]
            else:
                self._options[facet] = options(self.catalogue, facet)
        return self._options[facet]

    def _on_operation(self) -> None:
        key = self.operation.currentData()
        current = {"add": 0, "remove": 0, "set": 1, "replace": 2}[key]
        for index in range(self.pages.count()):   # the stack takes the height of the page shown
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            self.pages.widget(index).setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.setCurrentIndex(current)
        self.pages.adjustSize()
        self._on_value_facet()
        self._on_set_facet()

    def _on_value_facet(self) -> None:
        facet = self.value_facet.currentData()
        self.value.set_options(self._options_for(facet))
        self.value.free = facet in ("organization", "keyword") and self.operation.currentData() == "add"
        self.role.setVisible(facet == "organization" and self.operation.currentData() == "add")
        self._schedule()

    def _on_set_facet(self) -> None:
        self.set_value.set_options(self._options_for(self.set_facet.currentData()))
        self._schedule()

    # ---- preview and apply -----------------------------------------------------------------------------
    def operation_value(self):
        """The bulk_edit operation the form describes (may raise BulkEditError)."""
        key = self.operation.currentData()
        if key in ("add", "remove"):
            facet = self.value_facet.currentData()
            value = self.value.value()
            if value is None:
                raise BulkEditError("choose a value from the suggestions" if self.value.text().strip()
                                    else "type the value to " + key)
            return AddValue(facet, value, self.role.currentText()) if key == "add" else RemoveValue(facet, value)
        if key == "set":
            facet = self.set_facet.currentData()
            value = self.set_value.value()
            if value is None and self.set_value.text().strip():
                raise BulkEditError("choose a value from the suggestions")
            return SetValue(facet, value)
        return ReplaceText(self.text_field.currentData(), self.find.text(), self.replacement.text(),
                           regex=self.regex.isChecked(), case_sensitive=self.case.isChecked())

    def _schedule(self, *_args) -> None:
        self.apply_button.setEnabled(False)
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        self.table.setRowCount(0)
        self._rows = []
        try:
            self._rows = bulk_edit.preview(self.catalogue, self.uids, self.operation_value())
        except BulkEditError as exc:
            self.summary.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            self.apply_button.setEnabled(False)
            return
        bad = [r for r in self._rows if r.error]
        shown = self._rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            cells = (item.title, item.before, item.error or item.after)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        tallest = self.table.fontMetrics().lineSpacing() * MAX_LINES + 8
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, min(self.table.rowHeight(row), tallest))
        changing = len(self._rows) - len(bad)
        text = f"{resources(changing)} of {len(self.uids)} will change."
        if bad:
            text += f" {resources(len(bad))} would become invalid (shown in the After column): fix the change first."
        elif not self._rows:
            text = "Nothing to change: every selected resource already has this."
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(self._rows) and not bad)

    def apply(self) -> None:
        if self._timer.isActive():
            self.refresh_preview()
        if not self.apply_button.isEnabled():
            return
        try:
            changes = bulk_edit.apply(self.catalogue, self.uids, self.operation_value())
        except BulkEditError as exc:
            QMessageBox.warning(self, "Bulk edit", str(exc))
            return
        self.changes = changes
        if not changes.is_empty():
            report = self.report or (lambda _c: None)
            if self.undo_stack is not None:
                self.undo_stack.push(BulkEditCommand(self.catalogue, changes, report, warn_in(self.parentWidget())))
            report(changes)
            self.applied.emit(changes)
        self.accept()

    def preview_rows(self) -> list[bulk_edit.PreviewRow]:
        return list(self._rows)
