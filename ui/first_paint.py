"""Quit once the result table has been painted with rows: for the build's smoke test and the
start-up benchmark (bench/bench_build.py), which time a real start from the outside.

Switched on by the environment, not by a visible option:
RESOURCE_CATALOGUE_QUIT_AFTER_PAINT=1. Prints "painted N rows" on stderr before quitting, then a
line with the menu bar's titles, the layout direction and how many translation files were loaded
(the app's and Qt's own: "menus: File | Edit | ... (ltr, 1 translations)"), and the
title of a dialog open at that moment ("dialog: Import ..."), so the build's test can see that the
translations were found and that a package given on the command line opened the import dialog.
"""
from __future__ import annotations

from typing import Any, Protocol

import os
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

ENV_VAR = "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT"
EMPTY_TIMEOUT_MS = 15_000   # an empty catalogue never paints rows: quit after this long anyway


class FirstPaintWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    model: Any
    table: Any
    def menuBar(self, *args: Any, **kwargs: Any) -> Any: ...


def wanted() -> bool:
    return os.environ.get(ENV_VAR, "") not in ("", "0")


class QuitAfterPaint(QObject):
    def __init__(self, window: FirstPaintWindow):
        super().__init__(window)
        self.window = window
        self.done = False
        window.table.viewport().installEventFilter(self)
        QTimer.singleShot(EMPTY_TIMEOUT_MS, lambda: self._quit("no rows to paint"))

    def eventFilter(self, obj, event) -> bool:  # Qt names it
        if event.type() == QEvent.Type.Paint and self.window.model.rowCount() > 0:
            QTimer.singleShot(0, lambda: self._quit(f"painted {self.window.model.rowCount()} rows"))
        return False

    def _quit(self, message: str) -> None:
        if self.done:
            return
        self.done = True
        print(message, file=sys.stderr, flush=True)
        titles = " | ".join(a.text().replace("&", "") for a in self.window.menuBar().actions() if a.text())
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        loaded = len(getattr(QApplication.instance(), "_resource_catalogue_translators", []))   # ui/i18n
        print(f"menus: {titles} ({'rtl' if rtl else 'ltr'}, {loaded} translations)", file=sys.stderr, flush=True)
        modal = QApplication.activeModalWidget()
        if modal is not None:
            print(f"dialog: {modal.windowTitle()}", file=sys.stderr, flush=True)
        QApplication.instance().quit()
