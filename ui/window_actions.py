"""The main window's actions, menus and toolbar, built in one place so the window file stays wiring.

Later features add their own entries: ``window.menu("edit")`` returns a menu (creating one before
Help if it is new, e.g. "Lists" or "Tools"), and ``window.toolbar`` is the main toolbar.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from ui import file_commands as files
from ui.icons import icon


def _action(window, text: str, slot, icon_name: str | None = None, shortcut=None, tip: str = "") -> QAction:
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


class WindowActions:
    def __init__(self, window):
        w = window
        self.new_catalogue = _action(w, "&New catalogue…", lambda: files.new_catalogue_dialog(w),
                                     "database-plus-outline", tip="Create a catalogue in a new file")
        self.open_catalogue = _action(w, "&Open catalogue…", lambda: files.open_catalogue_dialog(w),
                                      "folder-open-outline", QKeySequence.StandardKey.Open,
                                      "Open another catalogue file")
        self.open_catalogue.setIconText("Open")
        self.import_ = _action(w, "&Import…", lambda: files.import_dialog(w), "tray-arrow-down",
                               tip="Add resources from a file (CSV, RIS, BibTeX, JSON, Excel)")
        self.import_.setIconText("Import")
        self.export = _action(w, "&Export…", lambda: files.export_dialog(w), "tray-arrow-up",
                              tip="Save the shown or selected resources to a file")
        self.export.setIconText("Export")
        self.quit = _action(w, "&Quit", w.close, "exit-to-app", QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = w.undo_stack.createUndoAction(w, "&Undo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setIcon(icon("undo"))
        self.redo = w.undo_stack.createRedoAction(w, "&Redo")
        self.redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(icon("redo"))
        self.find = _action(w, "&Search", w.focus_search, "magnify", QKeySequence.StandardKey.Find,
                            "Go to the search box (Ctrl+F)")
        self.clear_criteria = _action(w, "&Clear all criteria", w.clear_criteria, "filter-remove-outline",
                                      QKeySequence("Ctrl+Shift+Backspace"),
                                      "Remove every criterion and show all resources")
        self.clear_criteria.setIconText("Clear criteria")

        self.show_criteria = w.criteria_dock.toggleViewAction()
        self.show_criteria.setText("&Criteria")
        self.show_criteria.setIcon(icon("dock-right"))
        self.show_criteria.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.show_criteria.setToolTip("Show or hide the criteria (Ctrl+Shift+C)")
        self.show_detail = QAction("&Detail pane", w)
        self.show_detail.setCheckable(True)
        self.show_detail.setChecked(True)
        self.show_detail.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.show_detail.toggled.connect(w.detail.setVisible)

        self.syntax = _action(w, "Search &syntax", w.show_syntax_help, "help-circle-outline",
                              QKeySequence.StandardKey.HelpContents, "How to write a search (F1)")
        self.syntax.setIconText("Help")
        self.about = _action(w, "&About Resource Catalogue", lambda: files.show_about(w), "information-outline")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def build_menus(self, window) -> dict[str, QMenu]:
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}
        file_menu = menus["file"] = bar.addMenu("&File")
        file_menu.addActions([self.new_catalogue, self.open_catalogue])
        window.recent_menu = file_menu.addMenu("&Recent catalogues")
        window.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(window, window.recent_menu))
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.export])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = menus["edit"] = bar.addMenu("&Edit")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.clear_criteria])

        view = menus["view"] = bar.addMenu("&View")
        view.addActions([self.show_criteria, self.show_detail, window.toolbar.toggleViewAction()])
        view.addSeparator()
        columns = view.addMenu("C&olumns")
        columns.setIcon(icon("view-column-outline"))
        columns.aboutToShow.connect(lambda: self._fill_columns(window, columns))

        help_menu = menus["help"] = bar.addMenu("&Help")
        help_menu.addActions([self.syntax, self.about])
        return menus

    @staticmethod
    def _fill_columns(window, menu: QMenu) -> None:
        menu.clear()
        for action in window.table.column_actions(menu):
            menu.addAction(action)

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_catalogue)
        toolbar.addSeparator()
        toolbar.addActions([self.import_, self.export])
        toolbar.addSeparator()
        toolbar.addAction(self.clear_criteria)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.show_criteria, self.syntax])
