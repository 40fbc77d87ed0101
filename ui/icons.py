"""Icons from one qtawesome family (Material Design Icons 6), coloured from the palette.

qtawesome costs about 0.1 s to import, so it is imported on the first icon, not at start-up,
and icons are cached (other helpers call ``icon(...)`` too).
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """An icon by its Material Design name without prefix, e.g. ``icon("folder-open-outline")``."""
    import qtawesome  # lazily: see the module docstring

    palette = QApplication.palette()
    return qtawesome.icon(
        f"mdi6.{name}",
        color=palette.color(QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    )
