"""The column mapping of a CSV or Excel import: each column, an example value, and where it goes.

The mapping chosen for a set of headers is remembered (QSettings, keyed by the headers), so the
colleague's spreadsheet that arrives every month maps itself the second time.
"""
from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from app.transfer.formats.columns import TARGETS

SETTINGS_KEY = "import/mappings/"


def _key(columns: list[str]) -> str:
    return SETTINGS_KEY + hashlib.sha1(json.dumps(columns, ensure_ascii=False).encode()).hexdigest()[:16]


def remembered(settings: QSettings, columns: list[str]) -> dict[str, str] | None:
    raw = settings.value(_key(columns))
    if not raw:
        return None
    try:
        mapping = json.loads(str(raw))
    except ValueError:
        return None
    if set(mapping) != set(columns) or not set(mapping.values()) <= set(TARGETS):
        return None
    return mapping


def remember(settings: QSettings, columns: list[str], mapping: dict[str, str]) -> None:
    settings.setValue(_key(columns), json.dumps(mapping, ensure_ascii=False))


class ColumnMappingTable(QTableWidget):
    """Column | Example | Store as (a combo per row)."""
    mapping_changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(["Column in the file", "Example", "Store as"])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self._columns: list[str] = []
        self._filling = False

    def set_columns(self, columns: list[str], mapping: dict[str, str], examples: dict[str, str]) -> None:
        self._filling = True
        self._columns = list(columns)
        self.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self.setItem(row, 0, QTableWidgetItem(column))
            example = (examples.get(column) or "").replace("\n", " ")
            self.setItem(row, 1, QTableWidgetItem(example[:120]))
            combo = QComboBox()
            for target, label in TARGETS.items():
                combo.addItem(label, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, "other"))))
            combo.currentIndexChanged.connect(self._changed)
            self.setCellWidget(row, 2, combo)
        self.resizeColumnToContents(0)
        self.setColumnWidth(2, 230)
        self._filling = False

    def mapping(self) -> dict[str, str]:
        return {column: self.cellWidget(row, 2).currentData() for row, column in enumerate(self._columns)}

    def set_target(self, column: str, target: str) -> None:
        combo = self.cellWidget(self._columns.index(column), 2)
        combo.setCurrentIndex(combo.findData(target))

    def _changed(self) -> None:
        if not self._filling:
            self.mapping_changed.emit(self.mapping())
