"""Running an import, export or preview on its own thread, with progress and a Cancel flag.

The work is a plain function ``fn(progress, cancelled)`` from app/ (architecture principle 7);
this thread only calls it and reports back through queued signals. peewee gives the thread its
own connection to the catalogue file; it is closed when the work ends.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal

from app.write_turns import waiter_for_this_thread
from db.errors import STORAGE_ERRORS, explain


class TransferJob(QThread):
    progressed = Signal(int, int)      # done, total
    succeeded = Signal(object)         # the function's result
    failed = Signal(str)               # one line for the librarian
    waiting = Signal()                 # another program is writing: this job waits its turn (Cancel works)

    def __init__(self, catalogue, fn, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        told = []

        def waiter(elapsed: float) -> bool:
            if not told:
                told.append(elapsed)
                self.waiting.emit()
            return not self._cancel.is_set()

        try:
            with waiter_for_this_thread(waiter):
                result = self.fn(self.progressed.emit, self._cancel.is_set)
        except (OSError, *STORAGE_ERRORS) as exc:   # a full disk, a folder that cannot be written: its cause
            self.failed.emit(explain(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user; the app layer rolled back
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        else:
            self.succeeded.emit(result)
        finally:
            self.catalogue.close_thread_connection()


class Jobs:
    """The worker threads a dialog started; closing the dialog waits for them (a QThread must not
    be destroyed while it runs)."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.running: set[TransferJob] = set()

    def start(self, fn, on_success, on_failure, on_progress=None, on_waiting=None) -> TransferJob:
        job = TransferJob(self.catalogue, fn)
        if on_waiting is not None:
            job.waiting.connect(on_waiting)
        job.succeeded.connect(on_success)
        job.failed.connect(on_failure)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        job.finished.connect(lambda: self.running.discard(job))
        self.running.add(job)
        job.start()
        return job

    def stop_all(self) -> None:
        for job in list(self.running):
            job.cancel()
            job.wait()
        self.running.clear()
