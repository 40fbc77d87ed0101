"""The background document indexer's driver: a low-priority thread reading one attached file at a
time (app.documents.indexer), and its place in the status bar with a pause button.

The thread sleeps when nothing waits and is woken when files are attached. Pausing takes effect
between documents (the one being read is finished); the pause is remembered (QSettings), and
since what is left is worked out from the catalogue, a restart carries on where it stopped.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QSettings, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.documents import indexer

PAUSED_KEY = "documents/indexing_paused"
IDLE_POLL_S = 30.0       # also look for work now and then (another window or computer attached files)


class _IndexThread(QThread):
    read = Signal(object, int)          # Outcome, how many still wait
    idle = Signal()

    def __init__(self, catalogue):
        super().__init__()
        self.catalogue = catalogue
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.paused = threading.Event()

    def run(self) -> None:
        indexer.lower_thread_priority()
        database = self.catalogue.database
        try:
            from app.documents import thumbnails
            indexer.forget_orphans(self.catalogue)
            thumbnails.fill_missing(self.catalogue, self._should_stop)
            while not self.stopping.is_set():
                if self.paused.is_set():
                    self.wake.wait(IDLE_POLL_S)
                    self.wake.clear()
                    continue
                outcomes = indexer.index_pending(self.catalogue, cancelled=self._should_stop, limit=1,
                                                 forget_orphans=False)
                if outcomes:
                    self.read.emit(outcomes[0], indexer.pending_count(self.catalogue))
                    continue
                self.idle.emit()
                self.wake.wait(IDLE_POLL_S)
                self.wake.clear()
        except Exception:  # noqa: BLE001 - the catalogue was closed or lost; the window goes on
            pass
        finally:
            database.close()     # this thread's own connection

    def _should_stop(self) -> bool:
        return self.stopping.is_set() or self.paused.is_set()


class DocumentIndexer(QObject):
    """Owns the indexing thread for the open catalogue and the status-bar widget."""
    document_read = Signal(object)      # Outcome: the window refreshes what shows that record

    def __init__(self, catalogue, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.widget = IndexerStatus(self)
        self._thread: _IndexThread | None = None
        self._done = 0
        self.set_catalogue(catalogue)

    def set_catalogue(self, catalogue) -> None:
        self.stop()
        self._done = 0
        self._thread = _IndexThread(catalogue)
        if self.is_paused():
            self._thread.paused.set()
        self._thread.read.connect(self._on_read)
        self._thread.idle.connect(self._on_idle)
        self._waiting = indexer.pending_count(catalogue)
        self.widget.show_state(self._done, self._waiting, self.is_paused())
        self._thread.start(QThread.Priority.LowestPriority)

    def is_paused(self) -> bool:
        return self.settings.value(PAUSED_KEY, False, type=bool)

    def set_paused(self, paused: bool) -> None:
        self.settings.setValue(PAUSED_KEY, bool(paused))
        if self._thread is not None:
            (self._thread.paused.set if paused else self._thread.paused.clear)()
            self._thread.wake.set()
        self.widget.show_state(self._done, self._waiting, paused)

    def wake(self) -> None:
        """Files were attached: look for work now."""
        if self._thread is not None:
            self._waiting = indexer.pending_count(self._thread.catalogue)
            self.widget.show_state(self._done, self._waiting, self.is_paused())
            self._thread.wake.set()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stopping.set()
            thread.wake.set()
            thread.wait(30000)

    def _on_read(self, outcome, waiting: int) -> None:
        self._done += 1
        self._waiting = waiting
        self.widget.show_state(self._done, waiting, self.is_paused(), outcome)
        self.document_read.emit(outcome)

    def _on_idle(self) -> None:
        self._waiting = 0
        self.widget.show_state(self._done, 0, self.is_paused())


class IndexerStatus(QWidget):
    """"Reading documents: 3 read, 9 waiting" and a pause / resume button; hidden when idle."""

    def __init__(self, driver: DocumentIndexer):
        super().__init__()
        self.setObjectName("documentIndexer")
        self.driver = driver
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("documentIndexerLabel")
        self.label.setAccessibleName(self.tr("Document reading progress"))
        self.button = QToolButton(self)
        self.button.setObjectName("documentIndexerPause")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(lambda: driver.set_paused(not driver.is_paused()))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.hide()

    def show_state(self, done: int, waiting: int, paused: bool, last=None) -> None:
        if waiting == 0 and not paused:
            self.hide()
            return
        if paused:
            text = self.tr("Reading documents paused: %n waiting", "", waiting)
        else:
            text = self.tr("Reading documents: %n waiting", "", waiting)
        self.label.setText(text)
        if last is not None:
            self.label.setToolTip(self.tr("Last read: %1").replace("%1", last.file_name))
        self.button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.button.setToolTip(self.tr("Go on reading the text of attached documents") if paused
                               else self.tr("Stop reading documents for now (searching is not affected)"))
        self.button.setAccessibleName(self.button.text())
        self.show()
