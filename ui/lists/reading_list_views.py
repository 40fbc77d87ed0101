"""The views of the reading-list panel: the lists (a drop target), the items (move and remove
keys) and the name-and-description dialog."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLineEdit, QPlainTextEdit,
    QTreeView, QTreeWidget, QTreeWidgetItem,
)

from app import reading_lists as rl
from ui.lists.reading_list_items import UIDS_MIME, uids_from_mime

UID_ROLE = Qt.ItemDataRole.UserRole


class ListPropertiesDialog(QDialog):
    """Name and description of a list (for New and Edit)."""

    def __init__(self, title: str, name: str = "", description: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setMaxLength(rl.MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText("e.g. Workshop February")
        self.description_edit = QPlainTextEdit(description, self)
        self.description_edit.setPlaceholderText("What the list is for (optional)")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout(self)
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Description:", self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(name.strip()))

    def values(self) -> tuple[str, str]:
        return self.name_edit.text(), self.description_edit.toPlainText()


class ListsView(QTreeWidget):
    """The lists, one row each with its size; resources dropped on a row are added to it."""
    uids_dropped = Signal(str, list)   # list uid, resource uids

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _target(self, event) -> QTreeWidgetItem | None:
        if not event.mimeData().hasFormat(UIDS_MIME):
            return None
        return self.itemAt(event.position().toPoint())

    def dragEnterEvent(self, event):
        if event.mimeData().hasFormat(UIDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        item = self._target(event)
        if item is None:
            event.ignore()
            return
        self.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dropEvent(self, event):
        item = self._target(event)
        uids = uids_from_mime(event.mimeData())
        if item is None or not uids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.uids_dropped.emit(item.data(0, UID_ROLE), uids)


class ItemsView(QTreeView):
    """The items of the selected list; Alt+Up / Alt+Down move the selection, Delete removes it."""
    move_requested = Signal(int)       # -1 up, +1 down
    remove_requested = Signal()

    def keyPressEvent(self, event):
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
