"""The librarian's actions in the main window: new, edit, duplicate, delete / restore, bulk edit,
merge, duplicates, vocabularies, preferences, and the table's context menu.

Each action asks the window what is selected and where the table is (a place: the trash turns
Delete into "Delete for good"), then calls the EditingController, whose Changes come back to
``window.apply_changes``. Enabled states follow the selection and the place.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.i18n import translate
from ui.icons import icon
from ui.lists.places import TRASH
from ui.table.table_model import UID_ROLE


class EditActionsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    actions: Any
    editing: Any
    features: Any
    model: Any
    table: Any
    def current_uid(self, *args: Any, **kwargs: Any) -> Any: ...
    def place(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_count(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_rows(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_uids(self, *args: Any, **kwargs: Any) -> Any: ...


def make_action(parent, text: str, slot, icon_name: str | None = None, shortcut=None, tip: str = "",
                icon_text: str = "") -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.setStatusTip(tip)
    if icon_text:
        action.setIconText(icon_text)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class EditActions:
    def __init__(self, window: EditActionsWindow):
        self.window = w = window
        ed = window.editing
        self.new = make_action(w, translate("EditActions", "&New resource…"), ed.new_record, "plus", "Ctrl+N",
                               translate("EditActions", "Create a resource"), translate("EditActions", "New"))
        self.edit = make_action(w, translate("EditActions", "&Edit resource…"), self.edit_current, "pencil-outline", "Ctrl+E",
                                translate("EditActions", "Edit the selected resource (or press Enter on it)"),
                                translate("EditActions", "Edit"))
        self.duplicate = make_action(w, translate("EditActions", "Dupl&icate resource…"),
                                     lambda: ed.duplicate_record(self._one()),
                                     "content-copy", "Ctrl+D",
                                     translate("EditActions", "Open an unsaved copy of the selected resource"))
        self.delete = make_action(w, translate("EditActions", "&Delete"), self.delete_selected, "delete-outline",
                                  QKeySequence.StandardKey.Delete,
                                  translate("EditActions", "Move the selected resources to the trash"),
                                  translate("EditActions", "Delete"))
        # Delete belongs to the table: in the reading-list items or a text box the key does its own job.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.table.addAction(self.delete)
        self.restore = make_action(w, translate("EditActions", "Res&tore from trash"), self.restore_selected, "delete-restore",
                                   "Ctrl+R",
                                   translate("EditActions", "Bring the selected resources back from the trash"),
                                   translate("EditActions", "Restore"))
        self.empty_trash = make_action(w, translate("EditActions", "E&mpty trash…"), ed.empty_trash, "delete-forever-outline",
                                       tip=translate("EditActions", "Remove every resource in the trash for good (asks first)"))
        self.bulk_edit = make_action(w, translate("EditActions", "&Bulk edit…"), lambda: ed.bulk_edit(w.selected_uids()),
                                     "playlist-edit", "Ctrl+B",
                                     translate("EditActions", "Add or remove a value, set a field, or find and replace in the "
                                                              "selected resources"))
        self.merge = make_action(w, translate("EditActions", "&Merge the two resources…"), self.merge_selected, "call-merge",
                                 "Ctrl+M",
                                 translate("EditActions", "Compare the two selected resources side by side and merge them"))
        self.find_duplicates = make_action(w, translate("EditActions", "Find &duplicates…"), w.features.find_duplicates,
                                           "content-duplicate",
                                           tip=translate("EditActions", "List likely duplicate pairs in the whole catalogue"))
        self.vocabularies = make_action(w, translate("EditActions", "&Vocabularies…"), ed.manage_vocabularies,
                                        "format-list-bulleted-type",
                                        tip=translate("EditActions", "Add, rename, merge or retire types, themes, regions and "
                                                                     "organizations"))
        self.preferences = make_action(w, translate("EditActions", "&Preferences…"), w.features.show_preferences, "cog-outline",
                                       QKeySequence.StandardKey.Preferences,
                                       translate("EditActions", "Your name in the history, and more"))
        if self.preferences.shortcut().isEmpty():
            self.preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        w.table.activated.connect(lambda index: ed.edit_record(w.model.data(index, UID_ROLE)))
        w.table.customContextMenuRequested.connect(self._table_menu)

    # ---- what the actions work on ----------------------------------------------------------------
    def _one(self) -> str | None:
        uid = self.window.current_uid()
        if uid:
            return uid
        uids = self.window.selected_uids()
        return uids[0] if len(uids) == 1 else None

    def in_trash(self) -> bool:
        return self.window.place().kind == TRASH

    def edit_current(self) -> None:
        self.window.editing.edit_record(self._one())

    def delete_selected(self) -> None:
        uids = self.window.selected_uids()
        if not uids:
            return
        if self.in_trash():
            self.window.editing.purge_records(uids)
        else:
            self.window.editing.delete_records(uids)

    def restore_selected(self) -> None:
        uids = self.window.selected_uids()
        if uids and self.in_trash():
            self.window.editing.restore_records(uids)

    def merge_selected(self) -> None:
        """The older record on the left: it is kept unless the librarian chooses the other."""
        rows = self.window.model.rows_data(self.window.selected_rows())
        if len(rows) == 2 and not self.in_trash():
            older, newer = sorted(rows, key=lambda row: row.added_at or "")
            self.window.editing.merge_records(older.uid, newer.uid)

    # ---- state -----------------------------------------------------------------------------------
    def update(self) -> None:
        """Enable what makes sense for the selection and the place."""
        count = self.window.selected_count()
        trash = self.in_trash()
        self.edit.setEnabled(count >= 1)
        self.duplicate.setEnabled(count == 1 and not trash)
        self.delete.setEnabled(count >= 1)
        self.delete.setText(translate("EditActions", "&Delete for good…") if trash else translate("EditActions", "&Delete"))
        self.delete.setStatusTip(translate("EditActions", "Remove the selected resources for good (asks first)") if trash
                                 else translate("EditActions", "Move the selected resources to the trash (can be undone)"))
        self.delete.setToolTip(self.delete.statusTip() + " (Del)")
        self.delete.setIconText(translate("EditActions", "Delete for good") if trash else translate("EditActions", "Delete"))
        self.restore.setEnabled(trash and count >= 1)
        self.restore.setVisible(trash)
        self.bulk_edit.setEnabled(count >= 1 and not trash)
        self.merge.setEnabled(count == 2 and not trash)

    # ---- the table's context menu ------------------------------------------------------------------
    def fill_context_menu(self, menu: QMenu) -> None:
        self.update()
        lists = self.window.actions.lists
        if self.in_trash():
            menu.addActions([self.restore, self.delete])
            return
        menu.addActions([self.edit, self.duplicate, self.delete])
        menu.addSeparator()
        menu.addAction(self.bulk_edit)
        if self.window.selected_count() == 2:
            menu.addAction(self.merge)
        menu.addSeparator()
        menu.addMenu(lists.add_menu)
        if lists.remove_from_list.isVisible():
            menu.addAction(lists.remove_from_list)
        menu.addSeparator()
        menu.addActions([self.window.actions.export_selection, lists.bibliography_selection])

    def _table_menu(self, pos: QPoint) -> None:
        table = self.window.table
        if not self.window.selected_count():
            return
        menu = QMenu(table)
        self.fill_context_menu(menu)
        menu.exec(table.viewport().mapToGlobal(pos))
