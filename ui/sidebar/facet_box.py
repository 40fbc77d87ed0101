"""One facet box of the criteria sidebar: each value with a checkbox and its live count.

A click anywhere on a value (or Space/Enter on it) ticks or unticks it; Ctrl-click (or Ctrl+Space,
or "Exclude" in its context menu) excludes it: the third state of its box, struck through, and
its count then says how many records it leaves out. The box only reports the wish
(``value_toggled``, ``value_excluded``) and shows it at once, and the counts that come back from
the worker set the truth. Long lists (countries, organizations) get a filter field.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QLabel, QLineEdit, QMenu, QTreeView, QWidget,
)

from app.catalogue import FacetValue
from ui.sidebar.collapsible import CollapsibleBox
from ui.colours import muted_colour
from ui.i18n import number

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
        if selected:
            self._values[row].excluded = False
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def set_excluded(self, row: int, excluded: bool) -> None:
        self._values[row].excluded = excluded
        if excluded:
            self._values[row].selected = False
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
                if value.excluded:
                    return Qt.CheckState.PartiallyChecked
                return Qt.CheckState.Checked if value.selected else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                if value.excluded:
                    return self.tr("%1 is left out: %Ln resource(s) fewer", "", value.count).replace(
                        "%1", value.label)
                return self.tr("%1: %Ln resource(s)", "", value.count).replace("%1", value.label)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if value.excluded:
                    return self.tr("%1, excluded, %2").replace("%1", value.label).replace("%2", number(value.count))
                return f"{value.label}, {number(value.count)}"
            if role == Qt.ItemDataRole.FontRole and value.excluded:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.FontRole and value.excluded:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            return number(value.count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            # Counts are secondary information: a muted colour, as in the design notes.
            return QColor(muted_colour(QPalette()))   # muted, yet AA contrast (ui.colours)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not ItemIsUserCheckable: the box toggles on a click anywhere on the row, by itself.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FacetBox(CollapsibleBox):
    value_toggled = Signal(str, str, bool)   # facet, value, ticked
    value_excluded = Signal(str, str, bool)  # facet, value, excluded

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
            self.filter_edit.setPlaceholderText(self.tr("Filter: %1").replace("%1", title))
            self.filter_edit.setAccessibleName(self.tr("Filter the values of %1").replace("%1", title))
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.textChanged.connect(self._on_filter)
            self.body_layout.addWidget(self.filter_edit)

        self.view = QTreeView(self.body)
        self.view.setObjectName(f"facetList_{facet}")
        self.view.setAccessibleName(self.tr("Values of %1").replace("%1", title))
        self.view.setAccessibleDescription(self.tr("Space or Enter ticks or unticks the current value; "
                                                   "Ctrl+Space or Ctrl-click excludes it"))
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
        self.view.clicked.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.installEventFilter(self)
        self.body_layout.addWidget(self.view)

        self.empty_label = QLabel(self.tr("No values in these results"), self.body)
        self.empty_label.setEnabled(False)
        self.body_layout.addWidget(self.empty_label)
        self.empty_label.hide()

    # ---- contents ------------------------------------------------------------------------------
    def set_values(self, values: list[FacetValue]) -> None:
        current = self.view.currentIndex().data(VALUE_ROLE)
        self.model.set_values(values)
        self.set_active(sum(1 for v in values if v.selected or v.excluded))
        if current is not None:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(VALUE_ROLE) == current:
                    self.view.setCurrentIndex(index)
                    break
        self._fit_height()

    def selected_values(self) -> list[str]:
        return [v.value for v in self.model.values() if v.selected]

    def excluded_values(self) -> list[str]:
        return [v.value for v in self.model.values() if v.excluded]

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
    def _clicked(self, index: QModelIndex) -> None:
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self._toggle_excluded(index)
        else:
            self._toggle(index)

    def _toggle(self, index: QModelIndex) -> None:
        """Tick or untick (an excluded value: back to neither)."""
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        value = self.model.values()[source.row()]
        if value.excluded:
            self.model.set_excluded(source.row(), False)
            self.value_excluded.emit(self.facet, value.value, False)
            return
        ticked = not value.selected
        self.model.set_selected(source.row(), ticked)
        self.value_toggled.emit(self.facet, value.value, ticked)

    def _include(self, index: QModelIndex) -> None:
        """Tick a value (excluded or not), or untick a ticked one."""
        source = self.proxy.mapToSource(index)
        value = self.model.values()[source.row()]
        ticked = not value.selected
        self.model.set_selected(source.row(), ticked)
        self.value_toggled.emit(self.facet, value.value, ticked)

    def _toggle_excluded(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        value = self.model.values()[source.row()]
        excluded = not value.excluded
        self.model.set_excluded(source.row(), excluded)
        self.value_excluded.emit(self.facet, value.value, excluded)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        value = self.model.values()[self.proxy.mapToSource(index).row()]
        menu = QMenu(self.view)
        include = menu.addAction(self.tr("Remove from the search") if value.selected else self.tr("Include"))
        include.triggered.connect(lambda: self._include(index))
        exclude = menu.addAction(self.tr("Include again") if value.excluded else self.tr("Exclude"))
        exclude.setObjectName("excludeAction")
        exclude.triggered.connect(lambda: self._toggle_excluded(index))
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._menu = menu   # kept for tests

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self._toggle_excluded(self.view.currentIndex())
                else:
                    self._toggle(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)
