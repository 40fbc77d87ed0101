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
from app.catalogue import Catalogue, FACET_TITLES
from app.changes import Changes
from app.history import FIELD_LABELS
from app.vocabularies import Option, options
from db.records import ORGANIZATION_ROLES
from ui import accessibility
from ui.i18n import QT_TRANSLATE_NOOP, fill_roles, localized, number
from ui.undo_commands import BulkEditCommand, warn_in
from ui.editing.value_picker import ValueField
from ui.jobs import run_write

PREVIEW_DELAY_MS = 250
PREVIEW_ROWS = 500       # rows shown; the count covers every record
MAX_LINES = 4            # a long summary shows its first lines; the tooltip has it all

_MANY = [(key, FACET_TITLES[key]) for key in ("theme", "country", "region", "language", "organization", "keyword")]
_SETTABLE = [("type", FACET_TITLES["type"]), ("language", FACET_TITLES["language"])]
OPERATIONS = [("add", QT_TRANSLATE_NOOP("BulkEditDialog", "Add a value")),
              ("remove", QT_TRANSLATE_NOOP("BulkEditDialog", "Remove a value")),
              ("set", QT_TRANSLATE_NOOP("BulkEditDialog", "Set")),
              ("replace", QT_TRANSLATE_NOOP("BulkEditDialog", "Find and replace"))]


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
        self.setWindowTitle(self.tr("Bulk edit %Ln resource(s)", "", len(self.uids)))
        self.operation = QComboBox()
        for key, text in OPERATIONS:
            self.operation.addItem(self.tr(text), key)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._value_page())
        self.pages.addWidget(self._set_page())
        self.pages.addWidget(self._replace_page())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        accessibility.name(self.table, self.tr("Preview of the change"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Before"), self.tr("After")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column in range(3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("&Change"), self.operation)
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
            self.value_facet.addItem(localized(text), key)
        self.value = ValueField([])
        accessibility.name(self.value, self.tr("Value"))
        self.value.setPlaceholderText(self.tr("Type to find a value…"))
        self.role = QComboBox()
        fill_roles(self.role, ORGANIZATION_ROLES)
        value_box = QWidget()
        row = QHBoxLayout(value_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.value, 1)
        row.addWidget(self.role)
        form.addRow(self.tr("&Field"), self.value_facet)
        form.addRow(self.tr("&Value"), value_box)
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
            self.set_facet.addItem(localized(text), key)
        self.set_value = ValueField([])
        accessibility.name(self.set_value, self.tr("Value"))
        self.set_value.setPlaceholderText(self.tr("Type to find a value (empty type: no type)…"))
        form.addRow(self.tr("&Field"), self.set_facet)
        form.addRow(self.tr("&To"), self.set_value)
        self.set_facet.currentIndexChanged.connect(self._on_set_facet)
        self.set_value.value_changed.connect(self._schedule)
        return page

    def _replace_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.text_field = QComboBox()
        for name in bulk_edit.TEXT_FIELDS:
            self.text_field.addItem(localized(FIELD_LABELS.get(name, name)), name)
        self.find = QLineEdit()
        self.replacement = QLineEdit()
        self.regex = QCheckBox(self.tr("Regular e&xpression (\\1 in the replacement is the first group)"))
        self.case = QCheckBox(self.tr("&Match case"))
        form.addRow(self.tr("&Field"), self.text_field)
        form.addRow(self.tr("F&ind"), self.find)
        form.addRow(self.tr("&Replace with"), self.replacement)
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
                raise BulkEditError(self.tr("choose a value from the suggestions") if self.value.text().strip()
                                    else self.tr("type the value to add") if key == "add"
                                    else self.tr("type the value to remove"))
            return AddValue(facet, value, self.role.currentData()) if key == "add" else RemoveValue(facet, value)
        if key == "set":
            facet = self.set_facet.currentData()
            value = self.set_value.value()
            if value is None and self.set_value.text().strip():
                raise BulkEditError(self.tr("choose a value from the suggestions"))
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
            said = localized(exc)
            self.summary.setText(said[:1].upper() + said[1:] + ".")
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
        text = self.tr("%Ln resource(s) of %1 will change.", "", changing).replace("%1", number(len(self.uids)))
        if bad:
            text += " " + self.tr("%Ln resource(s) would become invalid (shown in the After column): "
                                  "fix the change first.", "", len(bad))
        elif not self._rows:
            text = self.tr("Nothing to change: every selected resource already has this.")
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(self._rows) and not bad)

    def apply(self) -> None:
        if self._timer.isActive():
            self.refresh_preview()
        if not self.apply_button.isEnabled():
            return
        try:
            value = self.operation_value()
            changes = run_write(lambda: bulk_edit.apply(self.catalogue, self.uids, value), self.catalogue)
        except BulkEditError as exc:
            QMessageBox.warning(self, self.tr("Bulk edit"), str(exc))
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
