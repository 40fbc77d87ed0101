"""What the screenshot tools share: their arguments, a Qt application named as the app's, a main window
on a throwaway catalogue and settings file, and waiting for the window to settle."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    return parser.parse_args()


def application():
    """The QApplication, with the app's organisation and name (so QSettings keys match the app's)."""
    from PySide6.QtWidgets import QApplication

    from ui.window_state import APPLICATION, ORGANIZATION
    app = QApplication.instance() or QApplication(["resource-catalogue"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    return app


def open_window(catalogue, settings_folder: Path, args: argparse.Namespace):
    """A shown main window over ``catalogue`` with its own settings file, sized as asked."""
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    window = MainWindow(catalogue, QSettings(str(settings_folder / "ui.ini"), QSettings.Format.IniFormat))
    window.resize(args.width, args.height)
    window.show()
    return window


def wait(app, condition, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.005)
