"""Long work off the GUI thread, waited for with a progress dialog that appears after half a
second and can be cancelled (architecture principle 7).

    finished, result = run_with_progress(parent, "Finding duplicates…", lambda progress, cancelled: ...)

The work is a plain function ``fn(progress(done, total), cancelled() -> bool)``; it runs on its own
thread while a local event loop keeps the window painting. Cancel returns at once with
``finished=False``; work that cannot stop part-way (citeproc formatting) ends in the background
and its result is dropped. An exception in the work is raised again here as WorkFailed.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from ui.i18n import translate

SHOW_AFTER_MS = 500
_abandoned: set["_Worker"] = set()     # cancelled threads still running: kept alive until they end


class WorkFailed(RuntimeError):
    """The background work raised; the message is one line for the user."""


class _Worker(QThread):
    progressed = Signal(int, int)
    done = Signal(object, str)       # result, error ("" if none)

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any], database=None):
        super().__init__()
        self.fn = fn
        self.database = database
        self.cancel_flag = threading.Event()

    def run(self) -> None:
        try:
            result = self.fn(self.progressed.emit, self.cancel_flag.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the caller in the GUI thread
            self.done.emit(None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        else:
            self.done.emit(result, "")
        finally:
            if self.database is not None:
                self.database.close()    # this thread's own connection only


def run_with_progress(parent: QWidget | None, label: str, fn, database=None,
                      show_after_ms: int = SHOW_AFTER_MS) -> tuple[bool, Any]:
    """Run ``fn(progress, cancelled)`` on a worker thread and wait for it without freezing the
    window. Returns (True, result), or (False, None) if the user cancelled."""
    worker = _Worker(fn, database)
    dialog = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("Background", "Working"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)   # nothing else happens meanwhile
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.hide()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_done(result, error: str) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def on_cancel() -> None:
        if "result" in outcome:
            return                          # finished meanwhile: keep the result
        worker.cancel_flag.set()
        outcome["cancelled"] = True
        loop.quit()

    queued = Qt.ConnectionType.QueuedConnection     # delivered in this thread, by the local loop
    worker.done.connect(on_done, queued)
    worker.progressed.connect(on_progress, queued)
    dialog.canceled.connect(on_cancel)      # the Cancel button
    dialog.rejected.connect(on_cancel)      # Esc
    timer = QTimer(singleShot=True, interval=show_after_ms)
    timer.timeout.connect(dialog.show)
    timer.start()
    worker.start()
    loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if outcome.get("cancelled"):
        if worker.isRunning():
            _abandoned.add(worker)
            worker.finished.connect(lambda: _abandoned.discard(worker))
        return False, None
    worker.wait()
    if outcome.get("error"):
        raise WorkFailed(outcome["error"])
    return True, outcome.get("result")
