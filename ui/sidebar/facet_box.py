"""One facet box of the criteria sidebar: each value with a checkbox and its live count.

A click anywhere on a value (or Space/Enter on it) ticks or unticks it; the box only reports
the wish (``value_toggled``) and shows the tick at once, and the counts that come back from the
worker set the truth. Long lists (countries, organizations) get a filter field.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTreeView, QWidget

from app.catalogue import FacetValue
from ui.sidebar.collapsible import CollapsibleBox

MAX_VISIBLE_ROWS = 9
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class FacetListModel(QAbstractTableModel):
    """Two columns: the value (checkable) and its count."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._values: list[FacetValue] = []

    def set_values(self, values: list[FacetValue]) -> None:
        self.beginResetModel()
        self._values = list(values)
        self.endResetModel()

    def values(self) -> list[FacetValue]:
        return self._values

    def set_selected(self, row: int, selected: bool) -> None:
        self._values[row].selected = selected
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._values[index.row()]
        if role == VALUE_ROLE:
            return value.value
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return value.label
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value.selected else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{value.label}: {value.count} resources"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{value.label}, {value.count}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value.count:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            # Counts are secondary information: a muted colour, as in the design notes.
            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not ItemIsUserCheckable: the box toggles on a click anywhere on the row, by itself.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FacetBox(CollapsibleBox):
    value_toggled = Signal(str, str, bool)   # facet, value, ticked

    def __init__(self, facet: str, title: str, filterable: bool = False, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.facet = facet
        self.setObjectName(f"facetBox_{facet}")
        self.model = FacetListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)

        self.filter_edit: QLineEdit | None = None
        if filterable:
            self.filter_edit = QLineEdit(self.body)
            self.filter_edit.setPlaceholderText(f"Filter {title.lower()} values")
            self.filter_edit.setAccessibleName(f"Filter {title.lower()} values")
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.textChanged.connect(self._on_filter)
            self.body_layout.addWidget(self.filter_edit)

        self.view = QTreeView(self.body)
        self.view.setObjectName(f"facetList_{facet}")
        self.view.setAccessibleName(f"{title} values")
        self.view.setAccessibleDescription("Space or Enter ticks or unticks the current value")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setItemsExpandable(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QTreeView.Shape.NoFrame)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._toggle)
        self.view.installEventFilter(self)
        self.body_layout.addWidget(self.view)

        self.empty_label = QLabel("No values in these results", self.body)
        self.empty_label.setEnabled(False)
        self.body_layout.addWidget(self.empty_label)
        self.empty_label.hide()

    # ---- contents ------------------------------------------------------------------------------
    def set_values(self, values: list[FacetValue]) -> None:
        current = self.view.currentIndex().data(VALUE_ROLE)
        self.model.set_values(values)
        self.set_active(sum(1 for v in values if v.selected))
        if current is not None:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(VALUE_ROLE) == current:
                    self.view.setCurrentIndex(index)
                    break
        self._fit_height()

    def selected_values(self) -> list[str]:
        return [v.value for v in self.model.values() if v.selected]

    def _fit_height(self) -> None:
        rows = self.proxy.rowCount()
        self.empty_label.setVisible(rows == 0)
        self.view.setVisible(rows > 0)
        if rows:
            row_height = self.view.sizeHintForRow(0)
            if row_height <= 0:  # not laid out yet
                row_height = self.view.fontMetrics().height() + 4
            shown = min(rows, MAX_VISIBLE_ROWS)
            self.view.setFixedHeight(shown * row_height + 2 * self.view.frameWidth() + 2)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._fit_height()

    # ---- ticking -------------------------------------------------------------------------------
    def _toggle(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        value = self.model.values()[source.row()]
        ticked = not value.selected
        self.model.set_selected(source.row(), ticked)
        self.value_toggled.emit(self.facet, value.value, ticked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
                self._toggle(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)
