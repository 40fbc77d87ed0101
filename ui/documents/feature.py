"""Documents in the window: the background indexer in the status bar, File › Add documents…,
files and folders dropped on the window (new records) or on a row (attached to that record), and
the detail pane's Documents section with passages."""
from __future__ import annotations

from typing import Any, Protocol

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import attachments
from app.documents import adding
from ui.detail import documents_section
from ui.jobs import WorkFailed, run_with_progress, run_write
from ui.documents.indexer_status import DocumentIndexer
from ui.documents.open_page import open_at_page
from ui.i18n import localized
from ui.plural import english_plural

REFRESH_DELAY_MS = 1500     # documents read in a burst refresh the results once


class DocumentsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    actions: Any
    catalogue: Any
    catalogue_changed: Any
    controller: Any
    criteria_changed: Any
    detail: Any
    features: Any
    model: Any
    settings: Any
    table: Any
    def apply_changes(self, *args: Any, **kwargs: Any) -> Any: ...
    def current_criteria(self, *args: Any, **kwargs: Any) -> Any: ...
    def installEventFilter(self, *args: Any, **kwargs: Any) -> Any: ...
    def menu(self, *args: Any, **kwargs: Any) -> Any: ...
    def refresh_detail(self, *args: Any, **kwargs: Any) -> Any: ...
    def setAcceptDrops(self, *args: Any, **kwargs: Any) -> Any: ...
    def statusBar(self, *args: Any, **kwargs: Any) -> Any: ...


class DocumentsFeature(QObject):
    def __init__(self, window: DocumentsWindow):
        super().__init__(window)
        self.window = w = window
        self.indexer = DocumentIndexer(w.catalogue, w.settings, self)
        w.statusBar().addPermanentWidget(self.indexer.widget)
        self.indexer.document_read.connect(self._on_read)
        self._read_uids: set[str] = set()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_after_reading)

        self.add_action = QAction(self.tr("Add &documents…"), w)
        self.add_action.setObjectName("addDocumentsAction")
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.add_action.setStatusTip(self.tr("Make a record for each PDF, Word, OpenDocument, EPUB, HTML or text "
                                             "file, with the file attached and its metadata suggested"))
        self.add_action.triggered.connect(self.choose_files)
        menu = w.menu("file")
        menu.insertAction(w.actions.import_, self.add_action)

        w.detail.add_section(self._section, {"page": self._open_page})
        w.catalogue_changed.connect(self._on_catalogue)
        # The passages follow the search words: show the record again when they change.
        w.criteria_changed.connect(lambda _criteria: w.detail.record() is not None and w.refresh_detail())
        w.setAcceptDrops(True)
        w.installEventFilter(self)
        w.table.viewport().setAcceptDrops(True)
        w.table.viewport().installEventFilter(self)

    # ---- the indexer ----------------------------------------------------------------------------
    def _on_catalogue(self, catalogue) -> None:
        self.indexer.set_catalogue(catalogue)

    def stop(self) -> None:
        self.indexer.stop()

    def _on_read(self, outcome) -> None:
        self._read_uids.add(outcome.record_uid)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_after_reading(self) -> None:
        uids, self._read_uids = self._read_uids, set()
        w = self.window
        if w.current_criteria().has_text():
            w.controller.refresh()          # new text can bring records into the results
        shown = w.detail.record()
        if shown is not None and shown.uid in uids:
            w.refresh_detail()
        w.features.refresh_counts()         # the "No searchable text" and "Unreadable" lists

    # ---- detail pane -----------------------------------------------------------------------------
    def _section(self, record):
        return documents_section.render(self.window.catalogue, record, self.window.current_criteria())

    def _open_page(self, target: str) -> None:
        uid, _, page = target.partition("\t")
        try:
            path = attachments.path_of(self.window.catalogue, uid)
        except attachments.AttachmentError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open"), localized(exc))
            return
        if not open_at_page(path, int(page or 0) or None):
            QMessageBox.warning(self.window, self.tr("Cannot open"),
                                self.tr("No program is set up to open %1").replace("%1", path.name))

    # ---- adding ------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Add documents"), str(Path.home()),
            self.tr("Documents (*.pdf *.docx *.odt *.epub *.html *.htm *.txt);;All files (*)"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths, to_record: str | None = None) -> None:
        """Preview ``paths`` (files or folders) off the GUI thread, then add what the librarian
        accepts: new records, or attachments of ``to_record``."""
        w = self.window
        catalogue = w.catalogue
        try:
            finished, items = run_with_progress(
                w, self.tr("Reading the files…"),
                lambda progress, cancelled: adding.preview(catalogue, paths, cancelled, progress),
                catalogue)
        except WorkFailed as exc:
            QMessageBox.warning(w, self.tr("Cannot add the documents"), localized(exc))
            return
        if not finished:
            return
        if not items:
            QMessageBox.information(w, self.tr("Add documents"),
                                    self.tr("No PDF, Word, OpenDocument, EPUB, HTML or text files were found there."))
            return
        if to_record:
            self._attach(items, to_record)
            return
        from ui.documents.add_dialog import AddDocumentsDialog
        dialog = AddDocumentsDialog(items, w)
        if dialog.exec() != AddDocumentsDialog.DialogCode.Accepted:
            return
        chosen, fields, list_name = dialog.chosen(), dialog.accepted_fields(), dialog.list_name()
        try:
            changes = run_write(lambda: adding.add(catalogue, chosen, list_name=list_name, accepted=fields), catalogue)
        except (attachments.AttachmentError, OSError) as exc:
            QMessageBox.warning(w, self.tr("Cannot add the documents"), localized(exc))
            return
        self._report(changes)

    def _attach(self, items, record_uid: str) -> None:
        w = self.window
        addable = [i for i in items if i.addable]
        skipped = [i for i in items if not i.addable]
        if skipped:
            already = self.tr("already in the catalogue")
            names = "\n".join(f"{i.path.name}: {localized(i.problem) if i.problem else already}"
                              for i in skipped[:10])
            QMessageBox.information(w, self.tr("Some files are left out"), names)
        if not addable:
            return
        try:
            changes = run_write(lambda: adding.add(w.catalogue, addable, to_record=record_uid), w.catalogue)
        except (attachments.AttachmentError, OSError) as exc:
            QMessageBox.warning(w, self.tr("Cannot attach"), localized(exc))
            return
        self._report(changes)

    def _report(self, changes) -> None:
        w = self.window
        w.apply_changes(changes)
        added = len(changes.added_files)
        w.statusBar().showMessage(english_plural(
            self.tr("%n document(s) added; their text is read in the background", "", added), added), 8000)
        self.indexer.wake()

    # ---- drag and drop -------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        if kind == QEvent.Type.Drop and self._local_files(event):
            paths = self._local_files(event)
            target = None
            if watched is self.window.table.viewport():
                index = self.window.table.indexAt(event.position().toPoint())
                if index.isValid():
                    target = self.window.model.index(index.row(), 0).data(self._uid_role())
            event.acceptProposedAction()
            # After the drop returns: a modal dialog inside a drop handler blocks the source application.
            QTimer.singleShot(0, lambda: self.add_paths(paths, target))
            return True
        return False

    @staticmethod
    def _uid_role():
        from ui.table.table_model import UID_ROLE
        return UID_ROLE

    @staticmethod
    def _local_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
