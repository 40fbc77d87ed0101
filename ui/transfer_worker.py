"""Running an import, export or preview on its own thread, with progress and a Cancel flag.

The work is a plain function ``fn(progress, cancelled)`` from app/ (architecture principle 7);
this thread only calls it and reports back through queued signals. peewee gives the thread its
own connection to the catalogue file; it is closed when the work ends.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread, Signal


class TransferJob(QThread):
    progressed = Signal(int, int)      # done, total
    succeeded = Signal(object)         # the function's result
    failed = Signal(str)               # one line for the librarian

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
        try:
            result = self.fn(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the app layer rolled back
            self.failed.emit(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        else:
            self.succeeded.emit(result)
        finally:
            self.catalogue.database.close()   # this thread's connection only
