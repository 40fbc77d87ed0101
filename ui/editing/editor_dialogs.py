"""The editor's two questions: "this looks like a duplicate" and "this record changed meanwhile"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.change_log import TRACKED_FIELDS, field_value
from app.duplicates import DuplicateMatch
from app.catalogue import Catalogue
from app.history import FIELD_LABELS
from db.records import RecordData
from ui.detail.history_widget import field_text


class DuplicateWarning(QDialog):
    """Likely duplicates of the record being saved. ``choice`` is "open", "merge", "save" or ""
    (go back), and ``selected`` the existing record chosen."""

    def __init__(self, matches: list[DuplicateMatch], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Possible duplicate")
        self.choice = ""
        self.matches = matches
        text = QLabel("This resource looks like one already in the catalogue. "
                      "Open the existing record, merge the two, or save anyway.")
        text.setWordWrap(True)
        self.list = QListWidget()
        for match in matches:
            year = f" ({match.year})" if match.year else ""
            item = QListWidgetItem(f"{match.title}{year}\n    {'; '.join(match.reasons)}")
            item.setData(Qt.ItemDataRole.UserRole, match.uid)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton("&Open existing", QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = buttons.addButton("&Merge…", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton("&Save anyway", QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton("&Back to editing", QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(lambda: self._choose("open"))
        self.merge_button.clicked.connect(lambda: self._choose("merge"))
        self.save_button.clicked.connect(lambda: self._choose("save"))
        back.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._choose("open"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 300)

    @property
    def selected(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self.matches[0].uid

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def differing_fields(mine: RecordData, theirs: RecordData) -> list[str]:
    return [name for name in TRACKED_FIELDS if name != "deleted_at"
            and field_value(mine, name) != field_value(theirs, name)]


class VersionConflictDialog(QDialog):
    """Both versions side by side, the differing fields only. ``choice`` is "mine" (save mine
    over theirs), "theirs" (load the stored version into the editor) or "" (back to editing)."""

    def __init__(self, mine: RecordData, theirs: RecordData | None, expected: int, stored: int | None,
                 parent: QWidget | None = None, catalogue: Catalogue | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle("This record changed while you were editing it")
        self.choice = ""
        if theirs is None:
            intro = ("The record was removed for good while you were editing it. "
                     "You can save what you typed as a new record.")
        else:
            intro = (f"You opened version {expected}; version {stored} was saved since (in another window "
                     f"or program). Nothing has been overwritten. Choose which version to keep; "
                     f"history keeps the other.")
        text = QLabel(intro)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        if theirs is not None:
            self.table = self._table(mine, theirs)
            layout.addWidget(self.table)
            self.mine_button = buttons.addButton("Keep &mine", QDialogButtonBox.ButtonRole.AcceptRole)
            self.theirs_button = buttons.addButton("Use the &saved version", QDialogButtonBox.ButtonRole.ActionRole)
            self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        else:
            self.mine_button = buttons.addButton("Save as &new record", QDialogButtonBox.ButtonRole.AcceptRole)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        back: QPushButton = buttons.addButton("&Back to editing", QDialogButtonBox.ButtonRole.RejectRole)
        back.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _table(self, mine: RecordData, theirs: RecordData) -> QTableWidget:
        fields = differing_fields(mine, theirs)
        table = QTableWidget(len(fields), 3)
        table.setHorizontalHeaderLabels(["Field", "Yours (not saved)", "Saved meanwhile"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        highlight = QBrush(QColor(255, 196, 0, 50))
        for row, name in enumerate(fields):
            table.setItem(row, 0, QTableWidgetItem(FIELD_LABELS.get(name, name)))
            for column, record in ((1, mine), (2, theirs)):
                item = QTableWidgetItem(field_text(self.catalogue, name, field_value(record, name)))
                item.setBackground(highlight)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
