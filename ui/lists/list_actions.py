"""Reading-list and bibliography actions of the main window: the Lists menu, the "Add to list ▾"
toolbar button, "Remove from this list", bibliographies of a list / the selection / the result,
and File › Print and Print preview of the formatted list.

What a bibliography holds: the reading list when the table shows one; else the selected rows when
there are several; else the current result. A long selection or result is read off the GUI thread
with progress and Cancel.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from app import bibliography as bibl
from app import reading_lists as rl
from ui.jobs import WorkFailed, run_with_progress
from ui.editing.edit_actions import make_action
from ui.i18n import translate
from ui.icons import icon
from ui.lists.places import LIST, place_title
from ui.lists.reading_list_menu import fill_add_menu
from ui.lists.reading_list_undo import run_undoable

READ_IN_BACKGROUND = 200    # records; a longer source is read on a worker thread with progress


class ListActionsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    apply_changes: Any
    catalogue: Any
    library: Any
    model: Any
    table: Any
    undo_stack: Any
    def current_criteria(self, *args: Any, **kwargs: Any) -> Any: ...
    def place(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_count(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_ids(self, *args: Any, **kwargs: Any) -> Any: ...
    def selected_uids(self, *args: Any, **kwargs: Any) -> Any: ...
    def statusBar(self, *args: Any, **kwargs: Any) -> Any: ...


class ListActions:
    def __init__(self, window: ListActionsWindow):
        self.window = w = window
        self.new_list = make_action(w, translate("ListActions", "&New reading list…"), lambda: w.library.reading_lists.new_list(),
                                    "playlist-plus", "Ctrl+Shift+N", translate("ListActions", "Create a reading list"))
        self.add_menu = QMenu(translate("ListActions", "&Add to reading list"), w)
        self.add_menu.setIcon(icon("playlist-plus"))
        self.add_menu.setToolTipsVisible(True)
        fill_add_menu(self.add_menu, w.selected_uids, w.undo_stack, w.apply_changes)
        self.add_button = QToolButton(w)
        self.add_button.setText(translate("ListActions", "Add to list"))
        self.add_button.setIcon(icon("playlist-plus"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(self.add_menu)
        self.add_button.setToolTip(translate("ListActions",
                                             "Add the selected resources to a reading list (or drag them onto one)"))
        self.add_button.setAccessibleName(translate("ListActions", "Add to reading list"))
        self.remove_from_list = make_action(w, translate("ListActions", "&Remove from this list"), self.remove_selected_from_list,
                                            "playlist-remove", "Ctrl+Del",
                                            translate("ListActions", "Take the selected resources out of this reading list; the "
                                                                     "records stay"))
        self.remove_from_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.table.addAction(self.remove_from_list)
        self.bibliography = make_action(w, translate("ListActions", "Export &bibliography…"), lambda: self.open_bibliography(),
                                        "format-list-numbered", "Ctrl+Shift+B",
                                        translate("ListActions", "A formatted list (APA, Chicago, Harvard) of this reading "
                                                                 "list, the "
                                        "selection or the result, as DOCX, PDF, HTML, Markdown, text, RIS, BibTeX"))
        self.bibliography_selection = make_action(w, translate("ListActions", "Bibliography of the &selection…"),
                                                  lambda: self.open_bibliography("selection"),
                                                  "format-list-numbered",
                                                  tip=translate("ListActions", "A formatted list of the selected resources"))
        self.print = make_action(w, translate("ListActions", "&Print…"), self.print_list, "printer-outline",
                                 QKeySequence.StandardKey.Print,
                                 translate("ListActions", "Print the formatted reading list (or the selection, or the result)"))
        self.print_preview = make_action(w, translate("ListActions", "Print pre&view…"), self.preview_list, "printer-eye",
                                         "Ctrl+Shift+P", translate("ListActions", "See the printed pages first"))

    def build_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_list)
        menu.addMenu(self.add_menu)
        menu.addAction(self.remove_from_list)
        menu.addSeparator()
        menu.addActions([self.bibliography, self.bibliography_selection])
        menu.aboutToShow.connect(self.update)

    def update(self) -> None:
        place = self.window.place()
        count = self.window.selected_count()
        in_list = place.kind == LIST
        self.remove_from_list.setVisible(in_list)
        self.remove_from_list.setEnabled(in_list and count >= 1)
        self.add_button.setEnabled(count >= 1)
        self.bibliography_selection.setEnabled(count >= 1)
        self.bibliography.setEnabled(in_list or self.window.model.rowCount() > 0)

    # ---- list membership ---------------------------------------------------------------------------
    def remove_selected_from_list(self) -> None:
        place, uids = self.window.place(), self.window.selected_uids()
        if place.kind != LIST or not uids:
            return
        try:
            run_undoable(self.window.undo_stack, [place.key], lambda: rl.remove_items(place.key, uids),
                         self.window.apply_changes, self._warn)
        except rl.ReadingListError as exc:
            self._warn(str(exc))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, translate("ListActions", "Reading lists"), text)

    # ---- bibliographies ----------------------------------------------------------------------------
    def source(self, which: str = "auto") -> bibl.Source | None:
        """The records to format (None if the user cancelled reading a long result)."""
        w = self.window
        place = w.place()
        if which == "auto" and place.kind == LIST:
            return bibl.source_for_list(place.key)
        if which == "selection" or (which == "auto" and w.selected_count() > 1):
            return self._read(translate("ListActions", "Selection"), w.selected_ids())
        criteria = w.current_criteria()
        title = place_title(place)
        if not criteria.is_empty():
            title = f"{title}: {criteria.to_query()}"
        return self._read(title, list(w.model.ids()))

    def _read(self, title: str, ids: list[int]) -> bibl.Source | None:
        if len(ids) <= READ_IN_BACKGROUND:
            return bibl.source_for_ids(ids, title)
        catalogue = self.window.catalogue

        def read(progress, cancelled) -> bibl.Source | None:
            entries = []
            for n, rid in enumerate(ids):
                if n % 100 == 0:
                    if cancelled():
                        return None
                    progress(n, len(ids))
                record = catalogue.record_by_id(rid)
                if record is not None:
                    entries.append(bibl.SourceEntry(record))
            return bibl.Source(title, "", entries)
        try:
            finished, source = run_with_progress(self.window, _ListTexts().reading(len(ids)), read,
                                                 catalogue)
        except WorkFailed as exc:
            self._warn(translate("ListActions", "Could not read the resources: %1").replace("%1", str(exc)))
            return None
        return source if finished else None

    def _dialog(self, which: str = "auto", preview: bool = True):
        from ui.lists.bibliography_dialog import BibliographyDialog
        source = self.source(which)
        if source is None:
            return None
        if not source.entries:
            QMessageBox.information(self.window, translate("ListActions", "Bibliography"),
                                    translate("ListActions", "There is nothing to format: the list is empty."))
            return None
        dialog = BibliographyDialog(source, self.window, preview=preview)
        dialog.exported.connect(lambda path: self.window.statusBar().showMessage(
            translate("ListActions", "Wrote %1").replace("%1", str(path)), 8000))
        return dialog

    def open_bibliography(self, which: str = "auto") -> None:
        self._run_dialog(lambda dialog: dialog.exec(), which)

    def print_list(self) -> None:
        self._run_dialog(lambda dialog: dialog.print_interactively(), preview=False)

    def preview_list(self) -> None:
        self._run_dialog(lambda dialog: dialog.print_preview(), preview=False)

    def _run_dialog(self, action, which: str = "auto", preview: bool = True) -> None:
        dialog = self._dialog(which, preview=preview)
        if dialog is not None:
            action(dialog)
            dialog.done(0)      # stops the dialog's worker
            dialog.deleteLater()


class _ListTexts(QObject):
    """Plural phrases (lupdate marks plural forms only in a class's tr())."""

    def reading(self, count: int) -> str:
        return self.tr("Reading %Ln resource(s)…", "", count)
