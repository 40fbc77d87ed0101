"""The File and Help menu commands that open dialogs: new/open/recent catalogue, import, export,
about. Kept out of main_window.py so the window file stays wiring; each takes the window."""
from __future__ import annotations

from typing import Any, Protocol

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ui import window_state as state
from ui.i18n import QT_TRANSLATE_NOOP, translate

CATALOGUE_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Catalogues (*.db *.sqlite *.sqlite3);;All files (*)")


class FileCommandsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    apply_changes: Any
    catalogue: Any
    settings: Any
    write_guard: Any
    def current_criteria(self, *args: Any, **kwargs: Any) -> Any: ...
    def findChild(self, *args: Any, **kwargs: Any) -> Any: ...
    def open_catalogue(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_uids(self, *args: Any, **kwargs: Any) -> Any: ...


def _start_folder(window: FileCommandsWindow) -> str:
    return str(window.catalogue.path.parent) if window.catalogue.path else ""


def open_catalogue_dialog(window: FileCommandsWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, translate("FileCommands", "Open catalogue"), _start_folder(window),
                                          translate("FileCommands", CATALOGUE_FILTER))
    if path:
        window.open_catalogue(path)


def new_catalogue_dialog(window: FileCommandsWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(window, translate("FileCommands", "New catalogue"), _start_folder(window),
                                          translate("FileCommands", "Catalogues (*.db)"))
    if not path:
        return
    if not Path(path).suffix:
        path += ".db"
    if Path(path).exists():
        # Never replace a file: an existing catalogue is opened, anything else is refused by open.
        QMessageBox.information(window, translate("FileCommands", "New catalogue"),
                                translate("FileCommands", "%1 already exists: it is opened instead of being "
                                                          "replaced.").replace("%1", str(path)))
    window.open_catalogue(path)


def fill_recent_menu(window: FileCommandsWindow, menu: QMenu) -> None:
    menu.clear()
    current = str(window.catalogue.path) if window.catalogue.path else None
    recent = [p for p in state.recent_catalogues(window.settings) if p != current]
    for path in recent:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: window.open_catalogue(p))
    if not recent:
        menu.addAction(translate("FileCommands", "No other catalogues yet")).setEnabled(False)


def import_dialog(window: FileCommandsWindow, path: str | None = None) -> None:
    """The import dialog; with ``path`` it starts on that file (a package opened from the file manager)."""
    def make(cls):
        dialog = cls(window.catalogue, window, report=window.apply_changes, guard=window.write_guard)
        if path:
            dialog.set_path(path)
        return dialog
    _run_feature_dialog(window, "ImportDialog", make)


def export_dialog(window: FileCommandsWindow) -> None:
    _run_feature_dialog(window, "ExportDialog", lambda cls: cls(
        window.catalogue, window.current_criteria(), window.selected_uids(), window))


def publish_dialog(window: FileCommandsWindow) -> None:
    """File › Export as web page…: the catalogue, the current result or a reading list as a page."""
    from ui.transfer.publish_dialog import PublishDialog
    PublishDialog(window.catalogue, window.current_criteria(), window).exec()


def _run_feature_dialog(window: FileCommandsWindow, class_name: str, make) -> None:
    """Open a dialog from ui.import_export_dialog (written separately; absent in some builds)."""
    try:
        from ui.transfer import import_export_dialog
        dialog_class = getattr(import_export_dialog, class_name)
    except (ImportError, AttributeError):
        QMessageBox.information(window, translate("FileCommands", "Not available"),
                                translate("FileCommands", "Import and export are not available in this version."))
        return
    make(dialog_class).exec()


def show_syntax_help(window: FileCommandsWindow) -> None:
    """F1: the query syntax, in a window that stays open beside the main one (one at a time)."""
    from ui.syntax_help import SyntaxHelpDialog
    dialog = window.findChild(SyntaxHelpDialog)        # Qt keeps it as the window's child: no attribute set
    if dialog is None:
        dialog = SyntaxHelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def about_text(window: FileCommandsWindow) -> str:
    """Help > About: what the app is, its version and build date, and where the catalogue is."""
    from html import escape

    from app.bundle import build_info
    info = build_info()
    built = (translate("About", "Built %1 for %2").replace("%1", info.build_date).replace("%2", info.platform or "")
             if info.build_date else translate("About", "Running from the source code"))
    location = str(window.catalogue.path or window.catalogue.display_name)
    summary = translate("About", "An offline catalogue of documents on labour migration: search, filter, "
                                 "read, edit, import and export, without a network.")
    version = translate("About", "Version %1").replace("%1", info.version)
    fonts = translate("About", "The Noto fonts shipped with it are under the SIL Open Font License.")
    return (f"<h3>{escape(translate('About', 'Resource Catalogue'))}</h3><p>{escape(summary)}</p>"
            f"<p>{escape(version)}<br>{escape(built)}</p>"
            f"<p>{escape(translate('About', 'Catalogue file:'))}<br><code>{escape(location)}</code></p>"
            f"<p><small>{escape(fonts)}</small></p>")


def show_about(window: FileCommandsWindow) -> None:
    QMessageBox.about(window, translate("About", "About Resource Catalogue"), about_text(window))
