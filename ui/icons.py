"""Icons from one qtawesome family (Material Design Icons 6), coloured from the palette.

Only that one icon font is loaded (qtawesome's own ``qtawesome.icon`` would load its eleven bundled
fonts and their character maps first), so the field build ships that one font and leaves the other
ten (about 5 MB) out.

qtawesome costs 0.2-0.4 s to import (it brings qtpy, which makes every Qt enum), more than anything
else in building the window; so the font is not loaded while the window is built and first
painted (issue 17). ``icon()`` hands out an icon at once that draws nothing until the font is
loaded; the window has it loaded once its table has been painted with rows (:func:`load_after_paint`;
else two seconds after the first icon was asked for), then every widget is repainted and from then
on each icon draws its glyph.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

PREFIX = "mdi6"
FALLBACK_MS = 2000   # the font loads by then even if no window ever asks (a dialog alone, no rows)

_state = {"loaded": False, "scheduled": False, "fallback": False}


@lru_cache(maxsize=1)
def _font():
    """qtawesome's IconicFont holding Material Design Icons 6 alone."""
    import qtawesome  # lazily: see the module docstring
    from qtawesome.iconic_font import IconicFont

    spec = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == PREFIX)   # noqa: SLF001 - the file names
    return IconicFont(spec)


@lru_cache(maxsize=None)
def _glyph(name: str) -> QIcon:
    palette = QApplication.palette()
    return _font().icon(
        f"{PREFIX}.{name}",
        color=palette.color(QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    )


def load() -> None:
    """Load the icon font now (if not yet) and repaint what shows icons."""
    if _state["loaded"]:
        return
    _font()
    _state["loaded"] = True
    app = QApplication.instance()
    if app is not None:
        for widget in QApplication.allWidgets():
            widget.update()


def load_soon() -> None:
    """Load the icon font once the events waiting now (a first paint of rows) are done."""
    if not _state["loaded"] and not _state["scheduled"]:
        _state["scheduled"] = True
        QTimer.singleShot(0, load)


class _AfterPaint(QObject):
    """Calls load_soon() after ``widget`` has been painted while ``ready()`` holds."""

    def __init__(self, widget: QWidget, ready):
        super().__init__(widget)
        self.ready = ready
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self.ready():
            obj.removeEventFilter(self)
            load_soon()
        return False


def load_after_paint(widget: QWidget, ready) -> None:
    """Load the font once ``widget`` has been painted while ``ready()`` holds (the result table,
    with rows in it): what the window opens for is on screen before the font is loaded."""
    if not _state["loaded"]:
        _AfterPaint(widget, ready)


class _GlyphEngine(QIconEngine):
    """Draws the named glyph once the font is loaded; nothing before (see the module docstring)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if _state["loaded"]:
            _glyph(self.name).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if _state["loaded"]:
            return _glyph(self.name).pixmap(size, mode, state)
        blank = QPixmap(size)
        blank.fill(Qt.GlobalColor.transparent)
        return blank

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.name)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """An icon by its Material Design name without prefix, e.g. ``icon("folder-open-outline")``."""
    if not _state["loaded"] and not _state["fallback"] and QApplication.instance() is not None:
        _state["fallback"] = True
        QTimer.singleShot(FALLBACK_MS, load)
    return QIcon(_GlyphEngine(name))

