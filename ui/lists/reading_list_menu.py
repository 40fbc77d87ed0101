"""The "Add to reading list ▸" menu for the toolbar button and the table's context menu.

    menu = QMenu("Add to reading list", window)
    fill_add_menu(menu, window.selected_uids, window.undo_stack, window.apply_changes)

The menu is rebuilt each time it opens (aboutToShow), so it always lists the current lists; the
last entry makes a new list holding the selection. Every addition is one undo step.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from app import reading_lists as rl
from app.changes import Changes
from ui.lists.reading_list_undo import run_undoable
from ui.lists.reading_list_views import ListPropertiesDialog
from ui.i18n import translate


def ask_new_list(parent) -> tuple[str, str] | None:
    dialog = ListPropertiesDialog(translate("ReadingListMenu", "New reading list with the selection"), parent=parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def fill_add_menu(menu: QMenu, selected_uids: Callable[[], list[str]], undo_stack,
                  notify: Callable[[Changes], None], ask: Callable = ask_new_list) -> None:
    """Make ``menu`` offer every list; choosing one adds ``selected_uids()`` to it."""

    def warn(text: str) -> None:
        QMessageBox.warning(menu.parentWidget(), translate("ReadingListMenu", "Reading lists"), text)

    def add(list_uid: str) -> None:
        uids = selected_uids()
        if uids:
            try:
                run_undoable(undo_stack, [list_uid], lambda: rl.add_items(list_uid, uids), notify, warn)
            except rl.ReadingListError as exc:
                warn(str(exc))

    def new_list() -> None:
        uids = selected_uids()
        values = ask(menu.parentWidget())
        if values is None:
            return

        def call() -> Changes:
            created = rl.create_list(*values)
            return created | rl.add_items(created.uid, uids)
        try:
            run_undoable(undo_stack, [], call, notify, warn)
        except rl.ReadingListError as exc:
            warn(str(exc))

    def rebuild() -> None:
        menu.clear()
        has_selection = bool(selected_uids())
        for info in rl.all_lists():
            action = menu.addAction(f"{info.name}  ({info.count})")
            action.setEnabled(has_selection)
            action.triggered.connect(lambda _=False, uid=info.uid: add(uid))
        if menu.actions():
            menu.addSeparator()
        menu.addAction(translate("ReadingListMenu", "New list with the selection…")).triggered.connect(new_list)

    menu.aboutToShow.connect(rebuild)
    rebuild()
