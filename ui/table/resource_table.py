"""The resource table view: fixed row height fit for the region's scripts, database-side sorting
through the header, a header menu that shows and hides columns, and its state saved as bytes."""
from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.i18n import translate
from ui.table.table_model import ADDED_COLUMN, COLUMNS, ResourceTableModel, column_for_sort

# Latin with descenders, Thai (marks above and below), Khmer (subscript consonants), Burmese
# (tall stacked vowels): the row must hold the tallest of these without clipping.
SCRIPT_SAMPLE = "Ágy ผู้ใหญ่ ក្រសួង ကြွေးမြီ 移民"


def row_height_for(font: QFont) -> int:
    """A row height that fits every script in SCRIPT_SAMPLE, measured with the fallback fonts
    Qt would actually use (QTextLayout), never by resizing rows to their contents."""
    layout = QTextLayout(SCRIPT_SAMPLE, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    tallest = max(QFontMetrics(font).height(), math.ceil(line.height()))
    return tallest + 6


def saved_section_count(state: QByteArray) -> int:
    """How many columns a saved header state knows (QHeaderView's stream: magic, version,
    orientation, sort order, sort section, indicator shown, visual and logical indices, hidden
    bits, hidden sizes, length, section count); a large number when it cannot be read."""
    unknown = 1_000_000
    stream = QDataStream(state, QIODevice.OpenModeFlag.ReadOnly)
    for _ in range(5):
        stream.readInt32()
    stream.readBool()
    for _ in range(2):
        n = stream.readInt32()
        if not 0 <= n <= 1000:
            return unknown
        for _ in range(n):
            stream.readInt32()
    stream.skipRawData((min(stream.readUInt32(), 8000) + 7) // 8)
    pairs = stream.readUInt32()
    if pairs > 1000:
        return unknown
    for _ in range(pairs * 2):
        stream.readInt32()
    stream.readInt32()
    count = stream.readInt32()
    return count if stream.status() == QDataStream.Status.Ok and 0 < count <= 1000 else unknown


class ResourceTable(QTableView):
    """Emits ``sort_requested(sort, descending)`` when the user clicks a sortable header."""

    sort_requested = Signal(str, bool)
    columns_changed = Signal()

    def __init__(self, model: ResourceTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("resourceTable")
        self.setAccessibleName(self.tr("Resources"))
        self.setAccessibleDescription(self.tr("The resources that match the criteria; select one to read it below."))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        # Selected rows drag onto a reading list in the Library (they are never moved or removed).
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(row_height_for(self.font()))

        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
            if column.hidden:
                self.setColumnHidden(i, True)
        model.thumbnail_height = max(12, vertical.defaultSectionSize() - 4)
        header.setSortIndicator(ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        self._sort = (ADDED_COLUMN, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(lambda *_: self.columns_changed.emit())
        header.sectionMoved.connect(lambda *_: self.columns_changed.emit())

    # ---- sorting -----------------------------------------------------------------------------
    def sort_key(self) -> tuple[str, bool]:
        section, order = self._sort
        return COLUMNS[section].sort or "latest", order == Qt.SortOrder.DescendingOrder

    def set_sort(self, sort: str, descending: bool) -> None:
        """Show ``sort`` in the header without asking for a new search."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._sort = (column_for_sort(sort), order)
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sort)
        header.blockSignals(False)

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if not 0 <= section < len(COLUMNS) or COLUMNS[section].sort is None:
            # Lists of names cannot be sorted by the database: keep the current sort.
            self.set_sort(*self.sort_key())
            return
        self._sort = (section, order)
        self.sort_requested.emit(*self.sort_key())

    # ---- columns -----------------------------------------------------------------------------
    def column_actions(self, parent) -> list[QAction]:
        """Checkable show/hide actions, one per column (for the header menu and View › Columns)."""
        actions = []
        for i, column in enumerate(COLUMNS):
            action = QAction(translate("Columns", column.title), parent)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(i))
            # The title column is the row's name: it cannot be hidden.
            action.setEnabled(column.key != "title")
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
            actions.append(action)
        return actions

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.setColumnHidden(column, not visible)
        if visible and self.columnWidth(column) < 20:
            self.setColumnWidth(column, COLUMNS[column].width)
        self.columns_changed.emit()

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for action in self.column_actions(menu):
            menu.addAction(action)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    # ---- state -------------------------------------------------------------------------------
    def save_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_state(self, state) -> bool:
        """Restore widths, order, hidden columns and the sort; True if the state was usable."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        ok = bool(state) and header.restoreState(QByteArray(state))
        header.blockSignals(False)
        if not ok:
            return False
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if not 0 <= section < len(COLUMNS) or COLUMNS[section].sort is None:
            section, order = ADDED_COLUMN, Qt.SortOrder.DescendingOrder
        self._sort = (section, order)
        self.set_sort(*self.sort_key())
        self.setColumnHidden(0, False)
        known = saved_section_count(QByteArray(state))
        for i, column in enumerate(COLUMNS):
            if column.hidden and i >= known:
                self.setColumnHidden(i, True)      # a column added since: hidden until chosen, as new
        return True
