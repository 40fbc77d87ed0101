"""Render the application icon (ui/assets/resource-catalogue.svg) to the PNG sizes desktops want.

    python tools/render_icon.py

Writes ui/assets/icons/NxN/resource-catalogue.png (the hicolor theme's layout, which
--install-desktop-entry copies). Run it again after changing the SVG; the PNGs are checked in.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "ui" / "assets"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (painting needs one)
    renderer = QSvgRenderer(str(ASSETS / "resource-catalogue.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ASSETS / "icons" / f"{size}x{size}" / "resource-catalogue.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        print(out.relative_to(ASSETS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
