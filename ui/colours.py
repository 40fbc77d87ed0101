"""The few colours the app sets itself, chosen for the palette in use (light or dark) so that each
keeps WCAG AA contrast (4.5:1 for text) against the background it is drawn on; tests/test_a11y.py
computes the ratios for both palettes."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# An error message under a field or the search box (the one colour with a meaning).
ERROR_LIGHT, ERROR_DARK = "#b3261e", "#ffb4ab"
# Secondary text (a hint under "Select a resource…"), on the view's base colour.
MUTED_LIGHT, MUTED_DARK = "#696969", "#a8a8a8"
# Fields that differ between two versions of a record: a tint under normal text.
DIFF_LIGHT, DIFF_DARK = QColor(255, 196, 0, 50), QColor(255, 196, 0, 60)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def error_colour(palette: QPalette | None = None) -> str:
    return ERROR_DARK if is_dark(palette) else ERROR_LIGHT


def muted_colour(palette: QPalette | None = None) -> str:
    return MUTED_DARK if is_dark(palette) else MUTED_LIGHT


def diff_colour(palette: QPalette | None = None) -> QColor:
    return DIFF_DARK if is_dark(palette) else DIFF_LIGHT


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio; a translucent foreground is first laid over the background."""
    def blend(fg: QColor, bg: QColor) -> QColor:
        a = fg.alphaF()
        return QColor.fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                               fg.blueF() * a + bg.blueF() * (1 - a))

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    light, dark = sorted((luminance(blend(foreground, background)), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
