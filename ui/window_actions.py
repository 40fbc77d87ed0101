"""The main window's actions, menus and toolbar, built in one place so the window file stays wiring.

The editing actions (ui.edit_actions) and the reading-list actions (ui.list_actions) are made
here too, so every menu and the toolbar are laid out in one place, as UX.md sketches them:
File Edit View Lists Tools Help; [New] [Edit] [Delete] | [Import] [Export] | [Add to list ▾].
Later features may still add entries: ``window.menu(name)`` returns a menu (a new one goes
before Help), and ``window.toolbar`` is the main toolbar.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from ui import file_commands as files
from ui.sync import sync_commands as syncs
from ui.editing.edit_actions import EditActions
from ui.i18n import translate
from ui.icons import icon
from ui.lists.list_actions import ListActions


class WindowActionsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    clear_criteria: Any
    close: Any
    criteria_dock: Any
    detail: Any
    focus_library: Any
    focus_results: Any
    focus_search: Any
    library_dock: Any
    show_syntax_help: Any
    table: Any
    toolbar: Any
    undo_stack: Any
    def menuBar(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_count(self, *args: Any, **kwargs: Any) -> Any: ...


def _action(window: WindowActionsWindow, text: str, slot, icon_name: str | None = None, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class StackAction(QAction):
    """Undo or Redo named after the step ("Undo: add theme Housing to 12 resources"), plain
    "Undo" when there is nothing to undo (Qt's own action would say "Undo:")."""

    def __init__(self, stack, redo: bool, parent):
        super().__init__(parent)
        self._label = self.tr("&Redo") if redo else self.tr("&Undo")
        text_changed, can_changed = ((stack.redoTextChanged, stack.canRedoChanged) if redo
                                     else (stack.undoTextChanged, stack.canUndoChanged))
        text_changed.connect(self._set_text)
        can_changed.connect(self.setEnabled)
        self.triggered.connect(stack.redo if redo else stack.undo)
        self._set_text(stack.redoText() if redo else stack.undoText())
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())

    def _set_text(self, text: str) -> None:
        self.setText(f"{self._label}: {text}" if text else self._label)


class WindowActions:
    def __init__(self, window: WindowActionsWindow):
        w = self._window = window
        self.new_catalogue = _action(w, translate("WindowActions", "&New catalogue…"), lambda: files.new_catalogue_dialog(w),
                                     "database-plus-outline", tip=translate("WindowActions", "Create a catalogue in a new file"))
        self.open_catalogue = _action(w, translate("WindowActions", "&Open catalogue…"), lambda: files.open_catalogue_dialog(w),
                                      "folder-open-outline", QKeySequence.StandardKey.Open,
                                      translate("WindowActions", "Open another catalogue file"))
        self.open_catalogue.setIconText(translate("WindowActions", "Open"))
        self.open_shared = _action(w, translate("WindowActions", "Open &shared catalogue…"), lambda: syncs.open_shared_dialog(w),
                                   "database-outline", tip=translate("WindowActions", "Open a catalogue on a PostgreSQL server"))
        self.make_copy = _action(w, translate("WindowActions", "Make offline &copy…"), lambda: syncs.make_copy_dialog(w),
                                 "content-copy",
                                 tip=translate("WindowActions", "Copy a shared catalogue to this computer, to work without a "
                                                                "network"))
        self.sync_now = _action(w, translate("WindowActions", "S&ync now"), lambda: syncs.sync_dialog_for(w), "sync",
                                tip=translate("WindowActions", "Send this copy's changes to the shared catalogue and take "
                                                               "everyone else's"))
        self.sync_pull = _action(w, translate("WindowActions", "Sync (pu&ll only)"),
                                 lambda: syncs.sync_dialog_for(w, pull_only=True), "sync",
                                 tip=translate("WindowActions",
                                               "Take the shared catalogue's changes without sending this copy's"))
        self.import_ = _action(w, translate("WindowActions", "&Import…"), lambda: files.import_dialog(w), "tray-arrow-down",
                               tip=translate("WindowActions", "Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)"))
        self.import_.setIconText(translate("WindowActions", "Import"))
        self.export = _action(w, translate("WindowActions", "&Export…"), lambda: files.export_dialog(w), "tray-arrow-up",
                              tip=translate("WindowActions", "Save the shown or selected resources to a file"))
        self.export.setIconText(translate("WindowActions", "Export"))
        self.publish_web = _action(
            w, translate("WindowActions", "Export as &web page…"), lambda: files.publish_dialog(w),
            "web", tip=translate("WindowActions", "Publish the catalogue, the result or a reading list as a page that "
                                                   "opens in any browser, offline"))
        self.quit = _action(w, translate("WindowActions", "&Quit"), w.close, "exit-to-app", QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.export_selection = _action(w, translate("WindowActions", "Export &selection…"), lambda: files.export_dialog(w),
                                        "tray-arrow-up",
                                        tip=translate("WindowActions", "Save the selected resources to a file (CSV, RIS, "
                                                                       "BibTeX, JSON, Excel)"))
        self.undo = StackAction(w.undo_stack, False, w)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = StackAction(w.undo_stack, True, w)
        self.redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(icon("redo"))
        self.find = _action(w, translate("WindowActions", "&Search"), w.focus_search, "magnify", QKeySequence.StandardKey.Find,
                            translate("WindowActions", "Go to the search box (Ctrl+F)"))
        self.clear_criteria = _action(w, translate("WindowActions", "&Clear all criteria"), w.clear_criteria,
                                      "filter-remove-outline",
                                      QKeySequence("Ctrl+Shift+Backspace"),
                                      translate("WindowActions", "Remove every criterion and show all resources"))
        self.clear_criteria.setIconText(translate("WindowActions", "Clear criteria"))

        self.show_criteria = w.criteria_dock.toggleViewAction()
        self.show_criteria.setText(translate("WindowActions", "&Criteria"))
        self.show_criteria.setIcon(icon("dock-right"))
        self.show_criteria.setIconText(translate("WindowActions", "Criteria"))   # the toolbar: no "(&C)"
        self.show_criteria.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.show_criteria.setToolTip(translate("WindowActions", "Show or hide the criteria (Ctrl+Shift+C)"))
        self.show_library = w.library_dock.toggleViewAction()
        self.show_library.setText(translate("WindowActions", "&Library"))
        self.show_library.setIcon(icon("dock-left"))
        self.show_library.setIconText(translate("WindowActions", "Library"))
        self.show_library.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.show_library.setToolTip(translate("WindowActions", "Show or hide the library: all resources, reading lists, trash "
                                                                "(Ctrl+Shift+L)"))
        self.go_library = _action(w, translate("WindowActions", "&Go to the library"), w.focus_library, "bookshelf",
                                  QKeySequence("Ctrl+L"),
                                  translate("WindowActions", "Put the keyboard in the library's places (Ctrl+L)"))
        self.go_results = _action(w, translate("WindowActions", "Go to the &results"), w.focus_results, "table",
                                  QKeySequence("Ctrl+T"),
                                  translate("WindowActions", "Put the keyboard in the table of resources (Ctrl+T)"))
        self.show_detail = QAction(translate("WindowActions", "&Detail pane"), w)
        self.show_detail.setCheckable(True)
        self.show_detail.setChecked(True)
        self.show_detail.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.show_detail.toggled.connect(w.detail.setVisible)

        self.syntax = _action(w, translate("WindowActions", "Search &syntax"), w.show_syntax_help, "help-circle-outline",
                              QKeySequence.StandardKey.HelpContents, translate("WindowActions", "How to write a search (F1)"))
        self.syntax.setIconText(translate("WindowActions", "Help"))
        self.about = _action(w, translate("WindowActions", "&About Resource Catalogue"), lambda: files.show_about(w),
                             "information-outline")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.edit = EditActions(w)
        self.lists = ListActions(w)

    def write_actions(self) -> list[QAction]:
        """What writes to the catalogue or replaces it: disabled while a write job runs (ui.jobs.WriteGuard).
        Undo and Redo follow the undo stack's own state."""
        e, lists = self.edit, self.lists
        return [self.new_catalogue, self.open_catalogue, self.open_shared, self.make_copy, self.sync_now,
                self.sync_pull, self.import_, e.new, e.edit, e.duplicate, e.delete, e.restore, e.empty_trash,
                e.bulk_edit, e.merge, e.find_duplicates, e.vocabularies, lists.new_list, lists.remove_from_list]

    def update(self) -> None:
        """Enable what makes sense for the selection and the place."""
        self.edit.update()
        self.lists.update()
        self.export_selection.setEnabled(bool(self._window.selected_count()))

    def build_menus(self, window: WindowActionsWindow) -> dict[str, QMenu]:
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}
        file_menu = menus["file"] = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.addActions([self.new_catalogue, self.open_catalogue, self.open_shared])
        self.recent_menu = file_menu.addMenu(translate("WindowActions", "&Recent catalogues"))
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(window, self.recent_menu))
        file_menu.addSeparator()
        file_menu.addActions([self.make_copy, self.sync_now, self.sync_pull])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.export, self.publish_web, self.lists.bibliography])
        file_menu.addSeparator()
        file_menu.addActions([self.lists.print, self.lists.print_preview])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        e = self.edit
        edit = menus["edit"] = bar.addMenu(translate("WindowActions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([e.new, e.edit, e.duplicate, e.delete, e.restore])
        edit.addSeparator()
        edit.addActions([e.bulk_edit, e.merge])
        edit.addSeparator()
        edit.addActions([self.find, self.clear_criteria])
        edit.addSeparator()
        edit.addAction(e.preferences)
        edit.aboutToShow.connect(self.update)

        view = menus["view"] = bar.addMenu(translate("WindowActions", "&View"))
        view.addActions([self.show_library, self.show_criteria, self.show_detail, window.toolbar.toggleViewAction()])
        view.addSeparator()
        view.addActions([self.go_library, self.go_results])
        view.addSeparator()
        columns = view.addMenu(translate("WindowActions", "C&olumns"))
        columns.setIcon(icon("view-column-outline"))
        columns.aboutToShow.connect(lambda: self._fill_columns(window, columns))

        menus["lists"] = bar.addMenu(translate("WindowActions", "&Lists"))
        self.lists.build_menu(menus["lists"])
        tools = menus["tools"] = bar.addMenu(translate("WindowActions", "&Tools"))
        tools.addActions([e.vocabularies, e.find_duplicates])
        tools.addSeparator()
        tools.addAction(e.empty_trash)

        help_menu = menus["help"] = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.addActions([self.syntax, self.about])
        return menus

    @staticmethod
    def _fill_columns(window: WindowActionsWindow, menu: QMenu) -> None:
        menu.clear()
        for action in window.table.column_actions(menu):
            menu.addAction(action)

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.edit.new, self.edit.edit, self.edit.delete, self.edit.restore])
        toolbar.addSeparator()
        toolbar.addActions([self.import_, self.export])
        toolbar.addSeparator()
        toolbar.addWidget(self.lists.add_button)
        toolbar.addSeparator()
        toolbar.addAction(self.clear_criteria)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.show_library, self.show_criteria, self.syntax])
