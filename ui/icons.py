"""Icons from one qtawesome family (Material Design Icons 6), coloured from the palette.

qtawesome costs about 0.1 s to import, so it is imported on the first icon, not at start-up,
and icons are cached (other helpers call ``icon(...)`` too). Only that one icon font is loaded
(qtawesome's own ``qtawesome.icon`` would load its eleven bundled fonts and their character maps
first), so the field build ships that one font and leaves the other ten (about 5 MB) out.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

PREFIX = "mdi6"


@lru_cache(maxsize=1)
def _font():
    """qtawesome's IconicFont holding Material Design Icons 6 alone."""
    import qtawesome  # lazily: see the module docstring
    from qtawesome.iconic_font import IconicFont

    spec = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == PREFIX)   # noqa: SLF001 - the file names
    return IconicFont(spec)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """An icon by its Material Design name without prefix, e.g. ``icon("folder-open-outline")``."""
    palette = QApplication.palette()
    return _font().icon(
        f"{PREFIX}.{name}",
        color=palette.color(QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    )
