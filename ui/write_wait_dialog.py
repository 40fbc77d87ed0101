"""While a save on the window's thread waits for another writer: a progress dialog with Cancel.

db.write_wait polls for the write lock and calls the waiter between polls; on the GUI thread this
waiter shows (after the first poll, ~0.2 s) a modal busy dialog and keeps the window painting.
Cancel stops waiting: the save fails with a one-line message and the editor keeps what was typed.
Worker threads have their own waiter (ui.jobs), so this one ignores them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui.i18n import translate


class WaitForWriterDialog:
    """Callable waiter for db.write_wait.set_default_waiter."""

    def __init__(self):
        self._dialog: QProgressDialog | None = None

    def __call__(self, elapsed: float) -> bool:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return True
        if self._dialog is None:
            dialog = QProgressDialog(translate("WaitForWriterDialog", "Waiting for another import to finish…"),
                                     translate("WaitForWriterDialog", "Cancel"), 0, 0, QApplication.activeWindow())
            dialog.setWindowTitle(translate("WaitForWriterDialog", "Catalogue busy"))
            dialog.setAccessibleName(translate("WaitForWriterDialog", "Waiting for another import to finish"))
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.show()
            self._dialog = dialog
        QApplication.processEvents()
        return not self._dialog.wasCanceled()

    def finished(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
