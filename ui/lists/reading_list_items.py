"""The items of one reading list as a Qt model: position, title, year and an editable note.

Drag and drop speak one mime type, "application/x-resource-uids" (newline-separated uids), the
same the resource table drags: rows dragged out of this view can be dropped on another list,
rows dropped in from the table are added where they land, and rows dragged within the view are
moved there. The model never writes: it emits ``drop_requested`` / ``note_edited`` and the panel
runs the undoable service call, then reloads the model.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app import reading_lists as rl

UIDS_MIME = "application/x-resource-uids"
SOURCE_LIST_MIME = "application/x-reading-list-uid"   # set when rows come from a reading list

COLUMNS = ("#", "Title", "Year", "Note")
NOTE_COLUMN = 3


def uids_from_mime(data: QMimeData) -> list[str]:
    if not data.hasFormat(UIDS_MIME):
        return []
    text = bytes(data.data(UIDS_MIME)).decode("utf-8", "replace")
    return [line.strip() for line in text.splitlines() if line.strip()]


def mime_for_uids(uids: list[str], source_list: str = "") -> QMimeData:
    data = QMimeData()
    data.setData(UIDS_MIME, "\n".join(uids).encode("utf-8"))
    data.setText("\n".join(uids))
    if source_list:
        data.setData(SOURCE_LIST_MIME, source_list.encode("utf-8"))
    return data


class ListItemsModel(QAbstractTableModel):
    drop_requested = Signal(list, int, bool)   # uids, row to insert before (-1: end), moved within
    note_edited = Signal(str, str)             # resource uid, new note

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_uid = ""
        self.items: list[rl.ListItem] = []

    # ---- loading ----
    def load(self, list_uid: str) -> None:
        self.beginResetModel()
        self.list_uid = list_uid or ""
        self.items = rl.items(list_uid) if list_uid and rl.get_list(list_uid) else []
        self.endResetModel()

    def uid_at(self, row: int) -> str:
        return self.items[row].resource_uid

    def row_of(self, uid: str) -> int:
        for row, item in enumerate(self.items):
            if item.resource_uid == uid:
                return row
        return -1

    # ---- reading ----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return item.title + ("  (in the trash)" if item.in_trash else "")
            if column == 2:
                return str(item.year) if item.year else ""
            return item.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NOTE_COLUMN:
                return item.note or "Double-click (or F2) to add a note, e.g. “read chapter 3 first”"
            return item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (item.in_trash or column == 0):
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled   # drops land between rows, never on one
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == NOTE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE_COLUMN:
            return False
        note = str(value or "").strip()
        if note != self.items[index.row()].note:
            self.note_edited.emit(self.items[index.row()].resource_uid, note)
        return True

    # ---- drag and drop ----
    def supportedDragActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [UIDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return mime_for_uids([self.items[r].resource_uid for r in rows], self.list_uid)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(self.list_uid) and data.hasFormat(UIDS_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        uids = uids_from_mime(data)
        if not uids or not self.list_uid:
            return False
        if row < 0 and parent.isValid():
            row = parent.row()
        moved = bytes(data.data(SOURCE_LIST_MIME)).decode("utf-8") == self.list_uid
        self.drop_requested.emit(uids, row, moved)
        # Never let the view remove the dragged rows itself: the panel reloads from the catalogue.
        return False
