"""The reading-list panel: the lists with their sizes, and the items of the selected list.

Create, edit (name and description), duplicate and delete lists; drop resources (mime type
"application/x-resource-uids", newline-separated uids) on a list to add them; reorder items by
drag and drop or with Alt+Up / Alt+Down; Delete removes items from the list (never the records);
notes are edited in place. Every write goes through app.reading_lists via run_undoable, so with
an undo stack (set_undo_stack) all of it can be undone.

Signals: list_selected(uid) ("" when no list is selected) and changes(Changes) after each write,
for the main window to fan out. The window calls refresh() / apply_changes() when lists change
elsewhere (e.g. "Add to reading list" from the table).
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QSplitter, QToolButton,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app import reading_lists as rl
from app.changes import Changes
from ui.i18n import number
from ui.icons import icon
from ui.lists.reading_list_items import ListItemsModel
from ui.lists.reading_list_undo import run_undoable
from ui.lists.reading_list_views import UID_ROLE, ItemsView, ListPropertiesDialog, ListsView
from ui.jobs import run_write


class ReadingListPanel(QWidget):
    list_selected = Signal(str)        # the selected list's uid, "" for none
    changes = Signal(object)           # app.changes.Changes after each write

    def __init__(self, parent: QWidget | None = None, undo_stack=None):
        super().__init__(parent)
        self.setObjectName("readingListPanel")
        self.undo_stack = undo_stack
        self._current = ""

        self.lists = ListsView(self)
        self.lists.setObjectName("readingLists")
        self.lists.setAccessibleName(self.tr("Reading lists"))
        self.lists.setAccessibleDescription(self.tr("Select a list to see its resources; drop resources on a list to add them"))
        self.lists.itemSelectionChanged.connect(self._on_list_selection)
        self.lists.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.lists.uids_dropped.connect(self.add_to_list)

        self.new_button = self._tool("playlist-plus", self.tr("New reading list…"), self.new_list)
        self.edit_button = self._tool("pencil-outline", self.tr("Rename or describe the list…"), self.edit_current)
        self.duplicate_button = self._tool("content-copy", self.tr("Duplicate the list"), self.duplicate_current)
        self.delete_button = self._tool("delete-outline", self.tr("Delete the list (its resources stay in the catalogue)"),
                                        self.delete_current)
        title = QLabel(self.tr("Reading lists"), self)
        title.setObjectName("panelTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(title, 1)
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            header.addWidget(button)

        self.empty_hint = self._muted(self.tr("No reading lists yet. Click + to create one, then drag resources onto it."))
        self.description = self._muted("")
        self.description.setObjectName("listDescription")

        self.model = ListItemsModel(self)
        self.model.drop_requested.connect(self._on_items_dropped)
        self.model.note_edited.connect(self.set_note)
        self.items = ItemsView(self)
        self.items.setObjectName("readingListItems")
        self.items.setAccessibleName(self.tr("Resources in the reading list"))
        self.items.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move the selected resources; Delete removes them from the list; F2 edits the note"))
        self.items.setModel(self.model)
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setDragDropOverwriteMode(False)
        self.items.setDropIndicatorShown(True)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Narrow enough for the Library dock: the title takes what the number, year and note leave.
        header_view = self.items.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.items.setColumnWidth(3, 90)
        self.items.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.items_hint = self._muted("")

        self.up_button = self._tool("arrow-up", self.tr("Move up (Alt+Up)"), lambda: self.move_selected(-1))
        self.down_button = self._tool("arrow-down", self.tr("Move down (Alt+Down)"), lambda: self.move_selected(+1))
        self.remove_button = self._tool("playlist-remove", self.tr("Remove from the list (Delete); the record stays"),
                                        self.remove_selected)
        item_buttons = QHBoxLayout()
        item_buttons.setContentsMargins(0, 0, 0, 0)
        item_buttons.addWidget(self.items_hint, 1)
        for button in (self.up_button, self.down_button, self.remove_button):
            item_buttons.addWidget(button)
        self.items.move_requested.connect(self.move_selected)
        self.items.remove_requested.connect(self.remove_selected)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(header)
        top_layout.addWidget(self.lists)
        top_layout.addWidget(self.empty_hint)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.description)
        bottom_layout.addWidget(self.items, 1)
        bottom_layout.addLayout(item_buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([140, 400])     # a few lists; the chosen list's items need the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.refresh()

    # ---- small builders ----
    def _tool(self, icon_name: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(tip.rstrip("…"))
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
        label.setPalette(palette)
        return label

    # ---- state ----
    def set_undo_stack(self, stack) -> None:
        self.undo_stack = stack

    def current_list_uid(self) -> str:
        return self._current

    def selected_resource_uids(self) -> list[str]:
        rows = sorted({i.row() for i in self.items.selectionModel().selectedRows()})
        return [self.model.uid_at(r) for r in rows]

    def select_list(self, uid: str) -> None:
        for n in range(self.lists.topLevelItemCount()):
            item = self.lists.topLevelItem(n)
            if item.data(0, UID_ROLE) == uid:
                self.lists.setCurrentItem(item)
                return

    def clear_list_selection(self) -> None:
        """Select no list (the window moved to another place); list_selected("") is emitted."""
        self.lists.clearSelection()
        self.lists.setCurrentItem(None)
        self._on_list_selection()

    def refresh(self) -> None:
        """Reload the lists and the selected list's items (keeping the selection)."""
        keep_items = self.selected_resource_uids()
        current = self._current
        self.lists.blockSignals(True)
        self.lists.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        selected_item = None
        for info in rl.all_lists():
            item = QTreeWidgetItem([info.name, number(info.count)])
            item.setData(0, UID_ROLE, info.uid)
            item.setToolTip(0, info.description or info.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, muted)
            item.setIcon(0, icon("playlist-play"))
            self.lists.addTopLevelItem(item)
            if info.uid == current:
                selected_item = item
        if selected_item is not None:
            self.lists.setCurrentItem(selected_item)
        self.lists.blockSignals(False)
        self.empty_hint.setVisible(self.lists.topLevelItemCount() == 0)
        if selected_item is None and current:
            self._current = ""
            self.list_selected.emit("")
        self._load_items(keep_items)

    def apply_changes(self, changes: Changes) -> None:
        """React to a write made elsewhere (lists, or records whose titles or trash state changed)."""
        if changes.reading_lists or changes.records:
            self.refresh()

    def _on_list_selection(self) -> None:
        items = self.lists.selectedItems()
        uid = items[0].data(0, UID_ROLE) if items else ""
        if uid != self._current:
            self._current = uid
            self._load_items([])
            self.list_selected.emit(uid)
        self._update_buttons()

    def _load_items(self, keep_selected: list[str]) -> None:
        self.model.load(self._current)
        info = rl.get_list(self._current) if self._current else None
        self.description.setText(info.description if info else "")
        self.description.setVisible(bool(info and info.description))
        self.splitter.widget(1).setVisible(info is not None)   # a list's items only once one is chosen
        if info is None:
            self.items_hint.setText(self.tr("Select a list to see its resources.") if self.lists.topLevelItemCount() else "")
        elif not self.model.items:
            self.items_hint.setText(self.tr("Empty: drag resources here or onto the list's name."))
        else:
            self.items_hint.setText(self.tr("%Ln resource(s)", "", info.count))
        selection = self.items.selectionModel()
        for uid in keep_selected:
            row = self.model.row_of(uid)
            if row >= 0:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                selection.setCurrentIndex(self.model.index(row, 1), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_list = bool(self._current)
        has_items = bool(self.items.selectionModel().selectedRows())
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has_list)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_items)

    # ---- writes ----
    def _write(self, list_uids, call) -> Changes | None:
        """Run a reading-list write undoably; show a refusal (a duplicate name...) as a message."""
        try:
            changes = run_undoable(self.undo_stack, list_uids, call, self._after_write,
                                   lambda text: QMessageBox.warning(self.window(), self.tr("Reading lists"), text))
        except rl.ReadingListError as exc:
            QMessageBox.warning(self, self.tr("Reading lists"), str(exc))
            return None
        return changes

    def _after_write(self, changes: Changes) -> None:
        self.refresh()
        self.changes.emit(changes)

    def ask_properties(self, title: str, name: str = "", description: str = "") -> tuple[str, str] | None:
        """Ask for a name and description; None if cancelled (tests replace this method)."""
        dialog = ListPropertiesDialog(title, name, description, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_list(self) -> None:
        values = self.ask_properties(self.tr("New reading list"))
        if values is not None:
            changes = self._write([], lambda: rl.create_list(*values))
            if changes is not None:
                self.select_list(changes.uid)

    def edit_current(self) -> None:
        info = rl.get_list(self._current) if self._current else None
        if info is None:
            return
        values = self.ask_properties(self.tr("Reading list"), info.name, info.description)
        if values is None:
            return
        name, description = values

        def call() -> Changes:
            changes = Changes()
            if name.strip() != info.name:
                changes = run_write(lambda: rl.rename_list(info.uid, name))
            if description.strip() != info.description:
                changes = changes | run_write(lambda: rl.set_description(info.uid, description))
            return changes
        self._write([info.uid], call)

    def duplicate_current(self) -> None:
        if self._current:
            changes = self._write([self._current], lambda: rl.duplicate_list(self._current))
            if changes is not None:
                self.select_list(changes.uid)

    def delete_current(self) -> None:
        info = rl.get_list(self._current) if self._current else None
        if info is None:
            return
        if self.undo_stack is None and QMessageBox.question(
                self, self.tr("Delete reading list"),
                self.tr("Delete the reading list “%1”? Its %Ln resource(s) stay in the catalogue.", "",
                        info.count).replace("%1", info.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        self._write([info.uid], lambda: rl.delete_list(info.uid))

    def add_to_list(self, list_uid: str, uids: list[str], index: int | None = None) -> None:
        self._write([list_uid], lambda: rl.add_items(list_uid, uids, index))

    def remove_selected(self) -> None:
        uids = self.selected_resource_uids()
        if self._current and uids:
            self._write([self._current], lambda: rl.remove_items(self._current, uids))

    def move_selected(self, offset: int) -> None:
        uids = self.selected_resource_uids()
        if self._current and uids:
            self._write([self._current], lambda: rl.shift_items(self._current, uids, offset))

    def set_note(self, resource_uid: str, note: str) -> None:
        if self._current:
            self._write([self._current], lambda: rl.set_note(self._current, resource_uid, note))

    def _on_items_dropped(self, uids: list[str], row: int, moved: bool) -> None:
        list_uid = self._current
        if moved:
            at = len(self.model.items) if row < 0 else row
            self._write([list_uid], lambda: rl.move_items(list_uid, uids, at))
        else:
            self.add_to_list(list_uid, uids, None if row < 0 else row)
