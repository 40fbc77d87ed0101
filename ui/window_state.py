"""What the window remembers between runs, in QSettings: layout, columns, the last and recent
catalogues. Catalogue-wide choices live in the catalogue itself, not here."""
from __future__ import annotations

from typing import Any, Protocol

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

ORGANIZATION = "ResourceCatalogue"
APPLICATION = "Resource Catalogue"
MAX_RECENT = 8

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LIBRARY_SPLITTER = "window/library_splitter"
DETAIL_VISIBLE = "window/detail_visible"
HEADER = "table/header"
BOXES = "sidebar/boxes"
HISTORY = "sidebar/search_history"
LAST = "catalogue/last"
RECENT = "catalogue/recent"


class WindowStateWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    actions: Any
    catalogue: Any
    controller: Any
    criteria_dock: Any
    library: Any
    library_dock: Any
    settings: Any
    sidebar: Any
    splitter: Any
    table: Any
    def resize(self, *args: Any, **kwargs: Any) -> Any: ...
    def resizeDocks(self, *args: Any, **kwargs: Any) -> Any: ...
    def restoreGeometry(self, *args: Any, **kwargs: Any) -> Any: ...
    def restoreState(self, *args: Any, **kwargs: Any) -> Any: ...
    def saveGeometry(self, *args: Any, **kwargs: Any) -> Any: ...
    def saveState(self, *args: Any, **kwargs: Any) -> Any: ...


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def recent_catalogues(settings: QSettings) -> list[str]:
    """Recently opened catalogue files that still exist, newest first."""
    return [p for p in _list(settings.value(RECENT)) if Path(p).exists()]


def remember_catalogue(settings: QSettings, path: Path | str | None) -> None:
    if not path:
        return
    path = str(Path(path).resolve())
    recent = [p for p in _list(settings.value(RECENT)) if p != path]
    settings.setValue(RECENT, [path, *recent][:MAX_RECENT])
    settings.setValue(LAST, path)


def last_catalogue(settings: QSettings) -> str | None:
    """The catalogue open when the app last closed, if its file still exists."""
    last = settings.value(LAST)
    return str(last) if last and Path(str(last)).exists() else None


def save_boxes(settings: QSettings, state: dict[str, bool]) -> None:
    settings.setValue(BOXES, json.dumps(state))


def load_boxes(settings: QSettings) -> dict[str, bool]:
    try:
        value = json.loads(settings.value(BOXES) or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


# ---- the window's layout ------------------------------------------------------------------------

def restore_window(window: WindowStateWindow) -> None:
    """Geometry, docks, splitters, columns and sort, open boxes, detail pane: as last time, or a
    first-run layout (Library 270 px on the left, Criteria as wide as its contents on the right)."""
    s = window.settings
    if s.value(GEOMETRY) is not None:
        window.restoreGeometry(s.value(GEOMETRY))
    else:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            window.resize(min(1280, area.width()), min(800, area.height()))
    if s.value(STATE) is not None:
        window.restoreState(s.value(STATE))
    else:
        window.resizeDocks([window.library_dock, window.criteria_dock],
                           [270, window.sidebar.sizeHint().width()], Qt.Orientation.Horizontal)
    if s.value(SPLITTER) is not None:
        window.splitter.restoreState(s.value(SPLITTER))
    if s.value(LIBRARY_SPLITTER) is not None:
        window.library.splitter.restoreState(s.value(LIBRARY_SPLITTER))
    if window.table.restore_state(s.value(HEADER)):
        window.controller.sort, window.controller.descending = window.table.sort_key()
    window.sidebar.restore_expanded_state(load_boxes(s))
    window.sidebar.set_search_history(_list(s.value(HISTORY)))
    window.actions.show_detail.setChecked(str(s.value(DETAIL_VISIBLE, "true")).lower() != "false")


def save_window(window: WindowStateWindow) -> None:
    s = window.settings
    s.setValue(GEOMETRY, window.saveGeometry())
    s.setValue(STATE, window.saveState())
    s.setValue(SPLITTER, window.splitter.saveState())
    s.setValue(LIBRARY_SPLITTER, window.library.splitter.saveState())
    s.setValue(HEADER, window.table.save_state())
    s.setValue(DETAIL_VISIBLE, window.actions.show_detail.isChecked())
    save_boxes(s, window.sidebar.expanded_state())
    s.setValue(HISTORY, window.sidebar.search_history())
    remember_catalogue(s, window.catalogue.path)
    s.sync()
