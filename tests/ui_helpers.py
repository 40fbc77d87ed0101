"""Shared helpers for the Qt tests (not a test module)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def make_window(qtbot, catalogue, settings_path) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(catalogue, settings)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return window


def settle(qtbot, window, timeout: int = 5000) -> None:
    """Wait until the table and the counts answer the current criteria."""
    qtbot.waitUntil(window.is_settled, timeout=timeout)


def click_value(qtbot, window, facet: str, label: str) -> None:
    """Click a value's row in a facet box, as a user would."""
    box = window.sidebar.boxes[facet]
    box.set_expanded(True)
    for row in range(box.proxy.rowCount()):
        index = box.proxy.index(row, 0)
        if index.data() == label:
            box.view.scrollTo(index)
            rect = box.view.visualRect(index)
            qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{label} is not listed under {facet}")


def facet_counts(window, facet: str) -> dict[str, int]:
    return {v.label: v.count for v in window.sidebar.boxes[facet].model.values()}


def click_header(qtbot, window, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def when_modal(handler) -> list:
    """Run ``handler(dialog)`` once a modal dialog is open (the code under test waits in exec()).
    Returns the dialogs seen; a failing handler closes its dialog and its error is raised by
    ``check(seen)``, so a broken test never leaves a dialog waiting forever."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test by check()
            seen.append(exc)
            dialog.close()
    QTimer.singleShot(0, poll)
    return seen


def check(seen: list) -> None:
    assert seen, "no dialog was shown"
    for item in seen:
        if isinstance(item, BaseException):
            raise item
