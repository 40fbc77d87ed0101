"""Find duplicates: likely pairs in the whole catalogue, to merge or to mark "not duplicates"
(remembered, never shown again)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app import duplicates
from app.catalogue import Catalogue
from app.duplicates import DuplicatePair
from ui import accessibility
from ui.jobs import run_with_progress, run_write

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesDialog(QDialog):
    """Lists pairs; the merge itself is asked of ``merge_requested(uid_a, uid_b)`` (the editing
    controller opens the merge dialog), "open" of ``open_record_requested(uid)``."""
    merge_requested = Signal(str, str)
    open_record_requested = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Find duplicates"))
        self.summary = QLabel()
        self.table = QTableWidget(0, 3)
        accessibility.name(self.table, self.tr("Likely duplicate pairs"))
        self.table.setHorizontalHeaderLabels([self.tr("First record"), self.tr("Second record"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Compare and &merge…"))
        self.not_button = QPushButton(self.tr("&Not duplicates"))
        self.open_button = QPushButton(self.tr("&Open first"))
        self.open_second_button = QPushButton(self.tr("Open &second"))
        for button in (self.merge_button, self.not_button, self.open_button, self.open_second_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._merge)
        self.not_button.clicked.connect(self.mark_not_duplicates)
        self.open_button.clicked.connect(lambda: self._open(0))
        self.open_second_button.clicked.connect(lambda: self._open(1))
        self.table.itemActivated.connect(lambda _i: self._merge())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.reload()

    def reload(self) -> bool:
        """Compare the whole catalogue again (seconds on a big one: off the GUI thread, with
        Cancel). False if cancelled; the list then stays as it was."""
        catalogue = self.catalogue
        finished, pairs = run_with_progress(
            self.parentWidget() if not self.isVisible() else self, self.tr("Looking for likely duplicates…"),
            lambda _progress, cancelled: duplicates.find_pairs(catalogue, cancelled), catalogue)
        self.cancelled = not finished
        if not finished:
            return False
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            for column, text in enumerate((pair.title_a, pair.title_b, "; ".join(pair.reasons))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(PAIR_ROLE, pair)
                self.table.setItem(row, column, item)
        self.summary.setText(self.tr("%Ln likely duplicate pair(s).", "", len(pairs)) if pairs
                             else self.tr("No likely duplicates. Pairs marked “not duplicates” are not shown."))
        if pairs:
            self.table.selectRow(0)
        self._update_buttons()
        return True

    def selected_pair(self) -> DuplicatePair | None:
        items = self.table.selectedItems()
        return items[0].data(PAIR_ROLE) if items else None

    def _update_buttons(self) -> None:
        enabled = self.selected_pair() is not None
        for button in (self.merge_button, self.not_button, self.open_button, self.open_second_button):
            button.setEnabled(enabled)

    def _merge(self) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.merge_requested.emit(pair.uid_a, pair.uid_b)

    def _open(self, side: int) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.open_record_requested.emit(pair.uid_b if side else pair.uid_a)

    def mark_not_duplicates(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        row = self.table.currentRow()
        run_write(lambda: duplicates.mark_not_duplicate(self.catalogue, pair.uid_a, pair.uid_b), self.catalogue)
        self.reload()
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
