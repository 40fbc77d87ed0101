"""What the window remembers between runs, in QSettings: layout, columns, the last and recent
catalogues. Catalogue-wide choices live in the catalogue itself, not here."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "ResourceCatalogue"
APPLICATION = "Resource Catalogue"
MAX_RECENT = 8

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
DETAIL_VISIBLE = "window/detail_visible"
HEADER = "table/header"
BOXES = "sidebar/boxes"
LAST = "catalogue/last"
RECENT = "catalogue/recent"


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
