"""Start the desktop window: the QApplication, the catalogue to open, the main window."""
from __future__ import annotations

import os
import sys

from app.locations import ENV_VAR
from ui.i18n import translate

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
        QMessageBox.critical(None, translate("App", "Resource Catalogue"), f"Cannot open the catalogue:\n{message}")


def _application_icon():
    from PySide6.QtGui import QIcon

    from app.bundle import bundle_dir
    icon = QIcon()
    for png in sorted((bundle_dir() / "ui" / "assets" / "icons").glob("*/resource-catalogue.png")):
        icon.addFile(str(png))
    return icon


def _utf8_locale() -> None:
    """Started with no locale at all (``env -i``, some service managers), Qt switches to C.UTF-8 itself
    but prints four lines about it; do the same quietly."""
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"


def run_gui(db_location: str | None, import_package: str | None = None) -> int:
    """The window on a catalogue; with ``import_package`` (a .zip given on the command line, as a file
    manager does) the import dialog starts on it once the window is up."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.process_memory import return_freed_memory
    from db.errors import CatalogueError
    from ui.fonts import register_missing_fonts
    from ui.sync.sync_commands import open_with_password
    from ui.window_state import APPLICATION, ORGANIZATION

    return_freed_memory()   # (main.py did it already; here for callers that start the window directly)
    _utf8_locale()
    if import_package and not os.path.isfile(import_package):
        print(f"error: no such file: {import_package}", file=sys.stderr)
        return EXIT_FAILURE
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("resource-catalogue")  # matches the entry --install-desktop-entry writes
    app.setWindowIcon(_application_icon())
    register_missing_fonts()
    settings = QSettings()
    from ui.i18n.language import chosen_locale, install
    install(app, chosen_locale(settings))
    try:
        catalogue = open_with_password(None, choose_location(db_location, settings))
    except CatalogueError as exc:
        _report(str(exc))
        return EXIT_FAILURE
    if catalogue is None:
        print("error: no password given for the shared catalogue", file=sys.stderr)   # the command line stays English
        return EXIT_FAILURE

    from app.write_turns import set_default_waiter
    from ui.main_window import MainWindow
    from ui.write_wait_dialog import WaitForWriterDialog
    set_default_waiter(WaitForWriterDialog())   # a save that waits for another writer shows it, with Cancel
    from ui import write_failures
    write_failures.install()                    # a full disk during a delete or a merge: said, not only logged
    window = MainWindow(catalogue, settings)
    window.show()
    from ui import first_paint
    if first_paint.wanted():
        first_paint.QuitAfterPaint(window)      # the window (its Qt parent) keeps it; nothing set on the window
    if import_package:
        from ui.file_commands import import_dialog
        QTimer.singleShot(0, lambda: import_dialog(window, os.path.abspath(import_package)))
    try:
        return app.exec()
    finally:
        catalogue.close()
