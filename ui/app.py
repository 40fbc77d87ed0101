"""Start the desktop window: the QApplication, the catalogue to open, the main window."""
from __future__ import annotations

import os
import sys

from db.connection import ENV_VAR

EXIT_OK, EXIT_FAILURE = 0, 1


def choose_location(db_location: str | None, settings) -> str | None:
    """--db wins; then $RESOURCE_CATALOGUE_DB; then the catalogue open last time, if it still
    exists; else None (the default catalogue in the user data folder)."""
    if db_location:
        return db_location
    if os.environ.get(ENV_VAR):
        return None
    from ui.window_state import last_catalogue
    return last_catalogue(settings)


def _report(message: str) -> None:
    """One line on stderr, and a message box when there is a screen to show it on."""
    print(f"error: {message}", file=sys.stderr)
    from PySide6.QtGui import QGuiApplication
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.critical(None, "Resource Catalogue", f"Cannot open the catalogue:\n{message}")


def run_gui(db_location: str | None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.errors import CatalogueError
    from ui.sync.sync_commands import open_with_password
    from ui.window_state import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings()
    try:
        catalogue = open_with_password(None, choose_location(db_location, settings))
    except CatalogueError as exc:
        _report(str(exc))
        return EXIT_FAILURE
    if catalogue is None:
        print("error: no password given for the shared catalogue", file=sys.stderr)
        return EXIT_FAILURE

    from ui.main_window import MainWindow
    window = MainWindow(catalogue, settings)
    window.show()
    try:
        return app.exec()
    finally:
        catalogue.close()
