"""The File and Help menu commands that open dialogs: new/open/recent catalogue, import, export,
about. Kept out of main_window.py so the window file stays wiring; each takes the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.changes import Changes
from ui import window_state as state

CATALOGUE_FILTER = "Catalogues (*.db *.sqlite *.sqlite3);;All files (*)"


def _start_folder(window) -> str:
    return str(window.catalogue.path.parent) if window.catalogue.path else ""


def open_catalogue_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open catalogue", _start_folder(window), CATALOGUE_FILTER)
    if path:
        window.open_catalogue(path)


def new_catalogue_dialog(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "New catalogue", _start_folder(window), "Catalogues (*.db)")
    if not path:
        return
    if not Path(path).suffix:
        path += ".db"
    if Path(path).exists():
        # Never replace a file: an existing catalogue is opened, anything else is refused by open.
        QMessageBox.information(window, "New catalogue",
                                f"{path} already exists: it is opened instead of being replaced.")
    window.open_catalogue(path)


def fill_recent_menu(window, menu: QMenu) -> None:
    menu.clear()
    current = str(window.catalogue.path) if window.catalogue.path else None
    recent = [p for p in state.recent_catalogues(window.settings) if p != current]
    for path in recent:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _=False, p=path: window.open_catalogue(p))
    if not recent:
        menu.addAction("No other catalogues yet").setEnabled(False)


def import_dialog(window) -> None:
    _run_feature_dialog(window, "ImportDialog", lambda cls: cls(window.catalogue, window))


def export_dialog(window) -> None:
    _run_feature_dialog(window, "ExportDialog", lambda cls: cls(
        window.catalogue, window.current_criteria(), window.selected_uids(), window))


def _run_feature_dialog(window, class_name: str, make) -> None:
    """Open a dialog from ui.import_export_dialog (written separately; absent in some builds)."""
    try:
        from ui.transfer import import_export_dialog
        dialog_class = getattr(import_export_dialog, class_name)
    except (ImportError, AttributeError):
        QMessageBox.information(window, "Not available", "Import and export are not available in this version.")
        return
    dialog = make(dialog_class)
    for name in ("changes_made", "changed"):
        signal = getattr(dialog, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(window.apply_changes)
            break
    dialog.exec()
    changes = getattr(dialog, "changes", None)
    if isinstance(changes, Changes) and not changes.is_empty():
        window.apply_changes(changes)


def show_syntax_help(window) -> None:
    """F1: the query syntax, in a window that stays open beside the main one (one at a time)."""
    from ui.syntax_help import SyntaxHelpDialog
    if getattr(window, "_syntax_dialog", None) is None:
        window._syntax_dialog = SyntaxHelpDialog(window)
    window._syntax_dialog.show()
    window._syntax_dialog.raise_()
    window._syntax_dialog.activateWindow()


def show_about(window) -> None:
    QMessageBox.about(
        window, "About Resource Catalogue",
        "<h3>Resource Catalogue</h3><p>An offline catalogue of documents on labour migration: "
        "search, filter, read, edit, import and export, without a network.</p>"
        f"<p>Catalogue: {window.catalogue.path or window.catalogue.display_name}</p>")
