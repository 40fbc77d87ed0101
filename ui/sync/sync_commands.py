"""The File menu's shared-catalogue commands: open a PostgreSQL catalogue (asking for its password
when the server wants one), make an offline copy, sync it, and the "last synced" status line.
Kept out of main_window.py so the window file stays wiring; each function takes the window."""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from app.sync import service as sync
from app.catalogue import Catalogue
from db.errors import PasswordRequired
from app.locations import is_server_address
from ui.sync import sync_dialog
from ui.i18n import translate


class SyncCommandsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    actions: Any
    catalogue: Any
    library: Any
    sync_label: Any
    write_guard: Any
    def apply_changes(self, *args: Any, **kwargs: Any) -> Any: ...
    def open_catalogue(self, *args: Any, **kwargs: Any) -> Any: ...


def open_with_password(parent, location, **kwargs) -> Catalogue | None:
    """Catalogue.open, asking for the password while the server wants one (a refused one is
    asked again); None if the librarian cancels. The password is only passed on, never kept."""
    password = None
    while True:
        try:
            return Catalogue.open(location, password=password, **kwargs)
        except PasswordRequired as exc:
            password = sync_dialog.ask_password(parent, str(exc))
            if password is None:
                return None


def open_shared_dialog(window: SyncCommandsWindow) -> None:
    """File › Open shared catalogue…: a postgresql:// address (without its password)."""
    current = window.catalogue.opened.location if window.catalogue.opened.is_server else ""
    address, ok = QInputDialog.getText(window, translate("SyncCommands", "Open shared catalogue"),
                                       translate("SyncCommands", "Address of the shared catalogue (postgresql://user@host:5432/name):"),
                                       QLineEdit.EchoMode.Normal, current)
    address = address.strip()
    if not ok or not address:
        return
    if not is_server_address(address):
        QMessageBox.warning(window, translate("SyncCommands", "Open shared catalogue"),
                            translate("SyncCommands", "The address must start with postgresql://"))
        return
    window.open_catalogue(address)


def make_copy_dialog(window: SyncCommandsWindow) -> None:
    dialog = sync_dialog.MakeCopyDialog(window.catalogue, window, guard=window.write_guard)
    dialog.copy_made.connect(lambda path: _offer_copy(window, dialog, path))
    dialog.exec()


def _offer_copy(window: SyncCommandsWindow, dialog, path: str) -> None:
    answer = QMessageBox.question(dialog, translate("SyncCommands", "Offline copy made"),
                                  translate("SyncCommands", "Open the offline copy %1 now?").replace("%1", str(path)))
    if answer == QMessageBox.StandardButton.Yes:
        dialog.accept()
        window.open_catalogue(path)


def sync_dialog_for(window: SyncCommandsWindow, pull_only: bool = False) -> None:
    def report(changes) -> None:
        window.apply_changes(changes)
        refresh_sync_status(window)
    dialog = sync_dialog.SyncDialog(window.catalogue, window, pull_only=pull_only,
                                    guard=window.write_guard, report=report)
    dialog.exec()
    refresh_sync_status(window)


def refresh_sync_status(window: SyncCommandsWindow) -> None:
    """The "last synced" line (status bar and Library sidebar) and the Sync actions."""
    is_copy = sync.status(window.catalogue) is not None
    text = sync_dialog.last_synced_text(window.catalogue) if is_copy else ""
    window.sync_label.setText(text)
    window.sync_label.setVisible(is_copy)
    window.library.set_sync_text(text)
    window.actions.sync_now.setEnabled(is_copy)
    window.actions.sync_pull.setEnabled(is_copy)
