"""The Library dock on the left: where the table looks (as Zotero's collection tree).

Top: All resources, Trash (count) and the Quality lists with their counts. Below: the reading
lists (ui.reading_list_panel), whose selected list is a place too. Exactly one place is selected
at a time; choosing one emits ``place_selected(Place)`` and the window moves its criteria there.
The window answers every criteria change with ``show_place`` (no signal), so the tree always
shows where the table is, whichever way the place changed.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMenu, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app import quality
from ui.i18n import localized, number
from ui.icons import icon
from ui.lists.places import ALL, LIST, QUALITY, TRASH, Place
from ui.lists.reading_list_panel import ReadingListPanel

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryPanel(QWidget):
    place_selected = Signal(object)        # Place
    empty_trash_requested = Signal()
    find_duplicates_requested = Signal()

    def __init__(self, undo_stack=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setAccessibleName(self.tr("Library"))
        self._place = Place(ALL)
        self._quiet = False        # True while show_place selects a list: nothing to announce
        self._items: dict[Place, QTreeWidgetItem] = {}

        self.places = QTreeWidget(self)
        self.places.setObjectName("libraryPlaces")
        self.places.setAccessibleName(self.tr("Library places"))
        self.places.setAccessibleDescription(self.tr("All resources, the trash and the quality lists; "
                                             "the table shows the selected one"))
        self.places.setColumnCount(2)
        self.places.setHeaderHidden(True)
        self.places.setRootIsDecorated(False)
        self.places.setIndentation(14)
        self.places.setUniformRowHeights(True)
        self.places.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.places.header().setStretchLastSection(False)
        self.places.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.places.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.places.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.places.customContextMenuRequested.connect(self._context_menu)
        self._fill_places()
        self.places.currentItemChanged.connect(self._on_place_item)
        self.places.itemClicked.connect(lambda item, _c: self._on_place_item(item))

        self.reading_lists = ReadingListPanel(self, undo_stack)
        self.reading_lists.list_selected.connect(self._on_list)

        self._top = top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addWidget(self.places, 1)
        # An offline copy says here when it last met the shared catalogue (hidden otherwise).
        self.sync_status = QLabel(top)
        self.sync_status.setObjectName("librarySyncStatus")
        self.sync_status.setAccessibleName(self.tr("Last synced"))
        self.sync_status.setWordWrap(True)
        self.sync_status.setVisible(False)
        top_layout.addWidget(self.sync_status)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.reading_lists)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.splitter.setSizes([1000, 1000])    # the places take what they need (showEvent), the lists the rest
        self.show_place(Place(ALL))

    def set_sync_text(self, text: str) -> None:
        """Show when this offline copy last synced; an empty text hides the line."""
        self.sync_status.setText(text)
        self.sync_status.setVisible(bool(text))

    # ---- building ----------------------------------------------------------------------------------
    def _item(self, parent, text: str, icon_name: str, place: Place | None, tip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, ""])
        item.setIcon(0, icon(icon_name))
        item.setToolTip(0, tip)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        item.setForeground(1, muted)
        if place is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)     # a heading: not a place
        else:
            item.setData(0, PLACE_ROLE, place)
            self._items[place] = item
        return item

    def _fill_places(self) -> None:
        self._item(self.places, self.tr("All resources"), "bookshelf", Place(ALL),
                   self.tr("Every resource in the catalogue"))
        self._item(self.places, self.tr("Trash"), "delete-outline", Place(TRASH),
                   self.tr("Deleted resources: restore them, or delete them for good"))
        heading = self._item(self.places, self.tr("Needs attention"), "clipboard-check-outline", None,
                             self.tr("Records a librarian should complete; each list opens in the table"))
        for check in quality.CHECKS:
            self._item(heading, localized(check.label), "alert-circle-outline", Place(QUALITY, check.key),
                       localized(check.hint))
        heading.setExpanded(True)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Tall enough for every place, no taller (rows are measured once the style is set).
        height = self.places.viewportSizeHint().height() + 2 * self.places.frameWidth()
        height += self._top.layout().contentsMargins().top()
        self._top.setMaximumHeight(height)
        sizes = self.splitter.sizes()
        if sizes[0] > height:                   # QSplitter keeps a slot taller than its widget: give it back
            self.splitter.setSizes([height, sum(sizes) - height])

    # ---- from the window -----------------------------------------------------------------------------
    def place(self) -> Place:
        return self._place

    def show_place(self, place: Place) -> None:
        """Select ``place`` in the tree (or the reading list) without announcing it."""
        self._place = place
        self.places.blockSignals(True)
        item = self._items.get(place)
        if item is not None:
            self.places.setCurrentItem(item)
        else:
            self.places.clearSelection()
            self.places.setCurrentItem(None)
        self.places.blockSignals(False)
        panel = self.reading_lists
        self._quiet = True
        try:
            if place.kind == LIST:
                if panel.current_list_uid() != place.key:
                    panel.select_list(place.key)
            elif panel.current_list_uid():
                panel.clear_list_selection()
        finally:
            self._quiet = False

    def set_counts(self, trash: int, counts: dict[str, int]) -> None:
        """Trash size and quality-list sizes (a list missing from ``counts`` shows no number:
        the duplicates list compares the whole catalogue, so it is counted when opened)."""
        self._items[Place(TRASH)].setText(1, number(trash) if trash else "")
        for check in quality.CHECKS:
            item = self._items[Place(QUALITY, check.key)]
            n = counts.get(check.key)
            item.setText(1, "" if n is None else number(n))
            muted = n == 0
            font = item.font(0)
            font.setItalic(muted)
            item.setFont(0, font)

    def focus(self) -> None:
        tree = self.reading_lists.lists if self._place.kind == LIST else self.places
        tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---- choosing a place ----------------------------------------------------------------------------
    def _on_place_item(self, item: QTreeWidgetItem | None, *_args) -> None:
        place = item.data(0, PLACE_ROLE) if item is not None else None
        if place is None or place == self._place:
            return
        self._choose(place)

    def _on_list(self, uid: str) -> None:
        if self._quiet:
            return
        if uid:
            self._choose(Place(LIST, uid))
        elif self._place.kind == LIST:
            self._choose(Place(ALL))       # the list was deleted or unselected: back to everything

    def _choose(self, place: Place) -> None:
        self.show_place(place)
        self.place_selected.emit(place)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.places.itemAt(pos) or self.places.currentItem()
        place = item.data(0, PLACE_ROLE) if item is not None else None
        menu = QMenu(self)
        if place == Place(TRASH):
            menu.addAction(icon("delete-forever-outline"), self.tr("Empty trash…"), self.empty_trash_requested.emit)
        elif place == Place(QUALITY, "duplicates"):
            menu.addAction(icon("content-duplicate"), self.tr("Find duplicates…"), self.find_duplicates_requested.emit)
        if not menu.actions():
            return
        menu.exec(self.places.viewport().mapToGlobal(pos))
