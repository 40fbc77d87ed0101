"""A change made in the window that the storage refuses (a full disk, a read-only or damaged file,
another program holding the catalogue too long, Cancel while waiting): one message naming the cause.

Every write runs in one transaction, so such a failure changes nothing. Without this, an error
raised in a slot (a delete, a bulk edit, a merge, emptying the trash) reached only stderr and
the window looked as if it had done the work. Other exceptions keep the previous hook.
"""
from __future__ import annotations

import sys

from db.errors import STORAGE_ERRORS, CatalogueError, explain
from ui.i18n import translate


def message(exc: BaseException) -> str:
    """The cause in a person's words, saying what was kept."""
    text = str(exc) if isinstance(exc, CatalogueError) else explain(exc)
    return text if "nothing was" in text.lower() else translate("WriteFailures", "%1; nothing was changed").replace("%1", text)


def install() -> None:
    """Show storage failures of the window's own work in a message box (and one line on stderr)."""
    previous = sys.excepthook

    def hook(kind, exc, tb):
        if not isinstance(exc, (CatalogueError, *STORAGE_ERRORS)):
            previous(kind, exc, tb)
            return
        text = message(exc)
        print(f"error: {text}", file=sys.stderr)
        from PySide6.QtWidgets import QApplication, QMessageBox
        QMessageBox.warning(QApplication.activeWindow(), translate("WriteFailures", "Not done"), text)

    sys.excepthook = hook
