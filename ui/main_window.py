"""The main window: builds the table, the criteria sidebar and the detail pane, wires their signals,
and fans out what changed (app.changes.Changes) to each of them.

Public surface for other features: ``catalogue``, ``undo_stack``, ``toolbar``, ``menu(name)``,
``detail`` (``add_tab``), ``current_criteria()``, ``set_criteria()``, ``place()``, ``set_place()``,
``selected_uids()``, ``current_uid()``, ``apply_changes()`` and the ``criteria_changed`` /
``catalogue_changed`` signals. Editing, the Library dock and the detail tabs are wired by
ui.window_features; the menus and toolbar are laid out by ui.window_actions.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from app.catalogue import Catalogue
from app.changes import Changes
from app.criteria import Criteria
from db.errors import CatalogueError
from ui import file_commands as files
from ui.sync import sync_commands as syncs
from ui import window_state as state
from ui.table.chips_bar import ChipsBar
from ui.sidebar.criteria_sidebar import CriteriaSidebar
from ui.detail.detail_pane import DetailPane
from ui.table.empty_state import EmptyState
from ui.lists.places import ALL, DUPLICATES, Place, empty_text, place_hint, place_of, place_title, status_text, with_place
from ui.preferences_dialog import apply_saved_user_name
from ui.table.resource_table import ResourceTable
from ui.search_controller import Counts, FirstPage, Results, SearchController
from ui.table.table_model import UID_ROLE, ResourceTableModel
from ui import icons, jobs
from ui.jobs import TaskRunner, WriteGuard
from ui.window_actions import WindowActions
from ui.window_features import Features

KEEP_SELECTION_MAX = 5000   # above this, a new result clears the selection instead of restoring it
BUSY_DELAY_MS = 300         # "Searching…" appears only if an answer takes longer than this


class MainWindow(QMainWindow):
    criteria_changed = Signal(object)      # Criteria
    catalogue_changed = Signal(object)     # Catalogue

    def __init__(self, catalogue: Catalogue, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.catalogue = catalogue
        self.settings = settings if settings is not None else QSettings()
        self.undo_stack = QUndoStack(self)
        # The actions that must not start while a write runs (an import, a sync): ui.jobs disables them.
        self.write_guard = WriteGuard(self)
        self.runner = TaskRunner(self)
        # Slow whole-catalogue reads the table never waits for (the Library's quality counts:
        # seconds at 1,000,000 records) run on their own thread, so a search is never queued behind them.
        self.background = TaskRunner(self)
        self.controller = SearchController(catalogue, self.runner, self)
        # Callables asked before the catalogue is closed or switched (e.g. "save the open editors?");
        # any False keeps things as they are.
        self.close_checks: list[Callable[[], bool]] = []
        self._results: Results | None = None
        self._first_page = None    # the head of the answer the table shows until the whole of it comes
        self._counts: Counts | None = None
        self._closed = False
        self._focus_results_on_answer = False
        apply_saved_user_name(self.settings)
        self._build()
        self._connect()
        self._restore_settings()
        self._set_catalogue_ui()
        # The icon font (qtawesome, 0.2-0.4 s to load) once the rows are on screen: ui/icons.py.
        icons.load_after_paint(self.table.viewport(), lambda: self.model.rowCount() > 0)
        self.controller.refresh(first_page=True)
        self.features.refresh_counts()
        self.features.count_everything_ahead()
        self.actions.update()

    # ---- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.model = ResourceTableModel(self.catalogue, self)
        self.table = ResourceTable(self.model, self)
        self.chips = ChipsBar(self)
        self.chips.set_label_function(lambda facet, value: self.catalogue.facet_label(facet, value))
        self.empty = EmptyState(self)
        self.results_stack = QStackedWidget(self)
        self.results_stack.addWidget(self.table)
        self.results_stack.addWidget(self.empty)
        self.detail = DetailPane(self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.chips)
        top_layout.addWidget(self.results_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.sidebar = CriteriaSidebar(self)
        self.criteria_dock = QDockWidget(self.tr("Criteria"), self)
        self.criteria_dock.setObjectName("criteriaDock")
        self.criteria_dock.setWidget(self.sidebar)
        areas = Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        self.criteria_dock.setAllowedAreas(areas)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.criteria_dock)

        self.features = Features(self)
        self.editing = self.features.editing
        self.library, self.library_dock = self.features.library, self.features.library_dock
        self.toolbar = self.addToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.actions = WindowActions(self)
        self.actions.build_toolbar(self.toolbar)
        self.menus = self.actions.build_menus(self)
        self.write_guard.add(self.actions.write_actions())

        self.status_label = QLabel(self)
        self.status_label.setObjectName("resultCount")
        self.status_label.setAccessibleName(self.tr("Result count"))
        self.catalogue_label = QLabel(self)
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("lastSynced")
        self.sync_label.setAccessibleName(self.tr("Last synced"))
        self.busy_label = QLabel(self.tr("Searching…"), self)
        self.busy_label.setAccessibleName(self.tr("Searching"))
        self.busy_label.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.catalogue_label)
        from ui.documents.feature import DocumentsFeature
        self.documents = DocumentsFeature(self)
        from ui.relations.feature import RelationsFeature
        self.relations = RelationsFeature(self)
        self.setMinimumSize(800, 500)
        self.resize(1280, 800)

    def _connect(self) -> None:
        # Holding an arrow key in the table renders each record once the key rests, not on every row.
        self._detail_timer = QTimer(self, singleShot=True, interval=40)
        self._detail_timer.timeout.connect(self._update_detail)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_label.show)
        self.runner.busy_changed.connect(self._on_busy)
        c = self.controller
        self.sidebar.criteria_edited.connect(c.set_criteria)
        self.sidebar.help_requested.connect(self.show_syntax_help)
        self.sidebar.results_requested.connect(self.focus_results)
        self.sidebar.saved.changed.connect(self.apply_changes)
        self.chips.chip_removed.connect(lambda kind, value: c.set_criteria(c.criteria.without_chip(kind, value)))
        self.chips.clear_all.connect(self.clear_criteria)
        self.empty.clear_requested.connect(self.clear_criteria)
        self.detail.filter_requested.connect(self.filter_by)
        self.table.sort_requested.connect(c.set_sort)
        c.criteria_changed.connect(self._on_criteria)
        c.results_ready.connect(self._on_results)
        c.first_page_ready.connect(self._on_first_page)
        c.facets_ready.connect(self._on_counts)
        c.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._detail_timer.start())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._detail_timer.start())
        self.model.modelReset.connect(lambda: self._detail_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.actions.update())
        self.model.modelReset.connect(self.actions.update)
        self.features.connect()

    # ---- public API ----------------------------------------------------------------------------
    def current_criteria(self) -> Criteria:
        return self.controller.criteria

    def set_criteria(self, criteria: Criteria) -> None:
        self.controller.set_criteria(criteria)

    def clear_criteria(self) -> None:
        self.controller.set_criteria(self.controller.criteria.cleared_all())

    def filter_by(self, facet: str, value: str) -> None:
        """Show only records with this value (other criteria stay): a click in the detail pane.
        A reading list the record is in ("reading_list", uid) opens that list instead."""
        if facet == "reading_list":
            self.set_place(Place("list", value))
            return
        self.controller.set_criteria(self.controller.criteria.with_values(facet, [value]))

    def place(self) -> Place:
        """Where the table looks: all resources, a reading list, the trash, a quality list."""
        return place_of(self.controller.criteria)

    def set_place(self, place: Place) -> None:
        if place == DUPLICATES and place != self.place() and not self.features.compare_duplicates():
            self.library.show_place(self.place())     # cancelled: stay where we were
            return
        self.controller.set_criteria(with_place(self.controller.criteria, place))

    def selected_rows(self) -> list[int]:
        rows: list[int] = []
        for r in self.table.selectionModel().selection():
            rows.extend(range(r.top(), r.bottom() + 1))
        return sorted(set(rows))

    def selected_count(self) -> int:
        """How many rows are selected, without listing them (called on every selection change)."""
        ranges = self.table.selectionModel().selection()
        count = sum(r.height() for r in ranges)
        return len(self.selected_rows()) if 1 < len(ranges) and count < 1000 else count

    def selected_ids(self) -> list[int]:
        return [rid for rid in (self.model.id_at(r) for r in self.selected_rows()) if rid is not None]

    def selected_uids(self) -> list[str]:
        return [row.uid for row in self.model.rows_data(self.selected_rows())]

    def current_uid(self) -> str | None:
        """The record under the keyboard focus in the table, if it is selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.data(index, UID_ROLE)

    def show_record(self, uid: str) -> None:
        """Show one record: selected in the table if it is on screen, else in the detail pane alone."""
        row = self.model.cached_row_for_uid(uid)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return
        self.table.clearSelection()
        self._detail_timer.stop()
        self.detail.show_record(self.catalogue.record(uid))

    def menu(self, name: str) -> QMenu:
        """A top-level menu by key ("file", "edit", "view", "help", or a new one such as "lists")."""
        if name not in self.menus:
            menu = QMenu(f"&{name.capitalize()}", self)   # named by its key: the feature that asks may retitle it
            self.menuBar().insertMenu(self.menus["help"].menuAction(), menu)
            self.menus[name] = menu
        return self.menus[name]

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what a write touched: results and counts, the shown record, the saved searches."""
        if changes.vocabularies:
            self.catalogue.invalidate_vocabularies()
        if changes.affects_results:
            self.model.refresh_rows()
            self.controller.refresh()
        shown = self.detail.record()
        if shown is not None and shown.uid in changes.records:
            self._update_detail()
        elif shown is not None and changes.reading_lists:
            self._update_detail()          # the "Reading lists" line of the shown record
        if changes.saved_searches:
            self.sidebar.saved.reload()
        if changes.attachments:
            self.documents.indexer.wake()    # read the new files' text in the background
        self.features.apply_changes(changes)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.hide()

    # ---- results -------------------------------------------------------------------------------
    def _on_criteria(self, criteria: Criteria) -> None:
        self.sidebar.set_criteria(criteria)
        place = place_of(criteria)
        self.library.show_place(place)
        self.chips.set_place(place_title(place) if place.kind != ALL else "", place_hint(place))
        self.chips.set_criteria(criteria)
        self.actions.update()
        self.criteria_changed.emit(criteria)

    def _on_first_page(self, page: FirstPage) -> None:
        """The head of the answer to a catalogue just opened (every record, newest first), painted
        while the whole order is worked out; the answer then adds the rows below it (_on_results).
        With no criteria every live record matches, so the catalogue's total, when it is known
        without counting, is already the right count to show."""
        if (page.criteria != self.controller.criteria or not page.result.ids or self.model.rowCount()
                or self._results is not None):
            return   # the table shows something already: it waits for the whole answer as before
        self._first_page = page.result.ids
        self.model.set_ids(page.result.ids)
        if page.total is not None:   # else the count comes with the whole answer: never a wrong one meanwhile
            self.status_label.setText(status_text(place_of(page.criteria), page.total, page.total, page.total))
        self.results_stack.setCurrentWidget(self.table)
        # Painted now, not when the event loop comes round: with counts kept from an earlier start
        # the whole answer and the counts arrive in the same turn, and the sidebar's new widgets
        # (and the warm-up thread they start) would be laid out and run first, ~150 ms at 1,000,000
        # records (bench/RESULTS.md, "Issue 17, session 8").
        self.table.viewport().repaint()

    def _on_results(self, results: Results) -> None:
        if results.criteria != self.controller.criteria:
            return  # an answer to criteria already replaced; the newer one is on its way
        first_answer, self._results = self._results is None, results
        head, self._first_page = self._first_page, None
        if head is not None and self.model.ids() is head and results.result.ids[:len(head)] == head:
            # The rows below the head shown so far are added after it: the selection, the current
            # row, the scroll position and the rows read stay as they are.
            self.model.extend_ids(results.result.ids)
        else:
            keep = self.selected_ids() if len(self.selected_rows()) <= KEEP_SELECTION_MAX else []
            current = self.model.id_at(self.table.currentIndex().row())
            self.model.set_ids(results.result.ids)
            self._restore_selection(keep, current)
        shown, place = results.result.total, place_of(results.criteria)
        self.status_label.setText(status_text(place, shown, results.place_total, results.total))
        if shown:
            self.results_stack.setCurrentWidget(self.table)
            if first_answer and head is None:
                self.table.viewport().repaint()   # the first rows of a catalogue just opened: as _on_first_page
        elif results.place_total == 0 and results.criteria.is_empty():
            self.empty.show_empty_place(*empty_text(place))
            self.results_stack.setCurrentWidget(self.empty)
        else:
            self.empty.show_no_match(results.result.warnings)
            self.results_stack.setCurrentWidget(self.empty)
        self.sidebar.show_warnings(results.result.warnings)
        if self._focus_results_on_answer:
            self._focus_results_on_answer = False
            self.focus_results()

    def _restore_selection(self, ids: list[int], current: int | None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        # One search of the new id list for all of them (the model keeps no id -> row map).
        rows = self.model.rows_for_ids([*ids, current] if current is not None else ids)
        for rid in ids:
            row = rows.get(rid)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        row = rows.get(current) if current is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def _on_counts(self, counts: Counts) -> None:
        if counts.criteria == self.controller.criteria:
            self._counts = counts
            self.sidebar.set_facets(counts.facets)

    def is_settled(self) -> bool:
        """True when the table and the counts both answer the current criteria (tests, tools)."""
        criteria = self.controller.criteria
        return (not self.sidebar.keyword.is_pending() and not self.controller.search_pending
                and self._results is not None
                and self._results.criteria == criteria and self._counts is not None
                and self._counts.criteria == criteria and not self.runner.is_busy()
                and not self.background.is_busy()
                and not self._detail_timer.isActive() and not self.features.counts_pending())

    def refresh_detail(self) -> None:
        """Show the selected record again (its documents were read meanwhile)."""
        self._update_detail()

    def _update_detail(self) -> None:
        rows = self.selected_rows()
        if len(rows) > 1:
            self.detail.show_many(len(rows))
        elif len(rows) == 1:
            rid = self.model.id_at(rows[0])
            self.detail.show_record(self.catalogue.record_by_id(rid) if rid is not None else None)
        else:
            self.detail.show_none()

    # ---- catalogues ----------------------------------------------------------------------------
    def _set_catalogue_ui(self) -> None:
        name = self.catalogue.display_name
        self.setWindowTitle(self.tr("%1 – Resource Catalogue").replace("%1", name))
        path = self.catalogue.path
        self.catalogue_label.setText(self.tr("Catalogue: %1").replace("%1", name))
        self.catalogue_label.setToolTip(str(path) if path else name)
        self.sidebar.set_catalogue(self.catalogue)
        self.detail.set_catalogue(self.catalogue)
        syncs.refresh_sync_status(self)
        state.remember_catalogue(self.settings, path)

    def open_catalogue(self, location: str | Path) -> bool:
        """Switch to another catalogue; on failure, say why and keep the current one."""
        if not all(check() for check in self.close_checks):
            return False
        try:
            new = syncs.open_with_password(self, location)
        except CatalogueError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the catalogue"), str(exc))
            return False
        if new is None:
            return False      # the librarian cancelled the password prompt
        old = self.catalogue
        self.runner.cancel()
        self.controller.release_catalogue()
        self.background.cancel()
        self.background.run_and_wait(old.close_thread_connection)
        self.runner.run_and_wait(old.close_thread_connection)   # the worker's own connection to the old file
        jobs.release(old)                                       # and the writer thread's
        old.close()
        self.catalogue = new
        self.controller.set_catalogue(new)
        self.model.set_catalogue(new)
        self.undo_stack.clear()
        self._results, self._first_page = None, None   # the old catalogue's answer
        self._set_catalogue_ui()
        self.controller.set_criteria(Criteria())
        self.controller.refresh(first_page=True)
        self.catalogue_changed.emit(new)
        return True

    def focus_search(self) -> None:
        if not self.criteria_dock.isVisible():
            self.criteria_dock.show()
        self.sidebar.focus_keyword()

    def focus_library(self) -> None:
        if not self.library_dock.isVisible():
            self.library_dock.show()
        self.library.focus()

    def focus_results(self) -> None:
        """Put the keyboard in the table, on the current row or else the first one."""
        if self.controller.search_pending:
            self._focus_results_on_answer = True  # the table still shows the previous results
            return
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def show_syntax_help(self) -> None:
        files.show_syntax_help(self)

    # ---- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        state.restore_window(self)

    def save_settings(self) -> None:
        state.save_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        if not all(check() for check in self.close_checks):
            event.ignore()
            return
        self._closed = True
        self.save_settings()
        self.documents.stop()
        self.runner.cancel()
        self.controller.warmer.stop()
        self.background.cancel()
        self.background.run_and_wait(self.catalogue.close_thread_connection)
        self.background.shutdown()
        self.runner.run_and_wait(self.catalogue.close_thread_connection)
        self.runner.shutdown()
        jobs.release(self.catalogue)
        super().closeEvent(event)
