"""A record's attachments for the detail pane: open with the system viewer, add, remove
(undoable). A missing or changed file is flagged in the list."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from app import attachments
from app.attachments import STATUS_CHANGED, STATUS_MISSING, AttachmentError, AttachmentInfo
from app.catalogue import Catalogue
from app.changes import Changes
from app.documents import status as doc_status
from ui.detail.documents_section import state_text, state_tip
from ui.detail.record_panel import RecordPanel
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.undo_commands import AttachmentRemovalCommand, warn_in

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = QT_TRANSLATE_NOOP("AttachmentsWidget", "Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt *.xls *.xlsx *.ppt *.pptx "
                                                     "*.epub);;All files (*)")


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def item_text(info: AttachmentInfo) -> str:
    flag = {STATUS_MISSING: translate("AttachmentsWidget", " — missing from the attachments folder"),
            STATUS_CHANGED: translate("AttachmentsWidget", " — changed on disk since it was attached")}.get(info.status, "")
    return f"{info.file_name} ({size_text(info.size)}){flag}"


def text_state(state) -> str:
    """The attachment's text as the indexer left it: pages read, waiting, no text, or why not."""
    return state_text(state)


class AttachmentsWidget(RecordPanel, QWidget):
    """``changed(Changes)`` after an add or remove (already reported / on the undo stack if given)."""
    changed = Signal(object)

    def __init__(self, catalogue: Catalogue, *, undo_stack: QUndoStack | None = None,
                 report: Callable[[Changes], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.report = report
        self.uid: str | None = None
        self.list = QListWidget()
        self.list.setIconSize(QSize(40, 56))     # first-page thumbnails of PDFs
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No attachments. Add a PDF or other file to keep a copy with the catalogue."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.add_button = QPushButton(self.tr("&Attach file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.set_record(None)

    def refresh(self) -> None:
        self.list.clear()
        infos = attachments.list_for(self.catalogue, self.uid) if self.uid else []
        states = doc_status.of_attachments(self.catalogue, infos)
        for info, state in zip(infos, states):
            item = QListWidgetItem(item_text(info) + " — " + text_state(state))
            item.setData(INFO_ROLE, info)
            detail = state_tip(state)
            item.setToolTip(str(info.path) + ("\n" + detail if detail else ""))
            if state.thumbnail is not None:
                item.setIcon(QIcon(str(state.thumbnail)))
            self.list.addItem(item)
        self.list.setVisible(bool(infos))
        self.empty.setVisible(not infos)
        self.add_button.setEnabled(self.uid is not None and self.catalogue.path is not None)
        if infos:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> AttachmentInfo | None:
        item = self.list.currentItem()
        return item.data(INFO_ROLE) if item else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.open_button.setEnabled(info is not None and info.status != STATUS_MISSING)
        self.remove_button.setEnabled(info is not None)

    def _emit(self, changes: Changes) -> None:
        if self.report is not None:
            self.report(changes)
        self.changed.emit(changes)
        self.refresh()

    def add_files(self, paths: list[str] | None = None) -> None:
        if self.uid is None:
            return
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()),
                                                    translate("AttachmentsWidget", FILE_FILTER))
        for path in paths:
            try:
                self._emit(attachments.add(self.catalogue, self.uid, path))
            except (AttachmentError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Cannot attach"), f"{Path(path).name}: {exc}")

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            path = attachments.path_of(self.catalogue, info.uid)
        except AttachmentError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        changes = attachments.remove(self.catalogue, info.uid)
        if self.undo_stack is not None:
            self.undo_stack.push(AttachmentRemovalCommand(self.catalogue, changes, self.report or (lambda c: None),
                                                          warn_in(self.window())))
        self._emit(changes)
