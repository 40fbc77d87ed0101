"""The librarian's and the trainer's features, wired into the main window: the editing
controller, the Library dock (places and reading lists), the detail pane's Attachments and
History tabs, and the Library's counts (trash, quality lists), read on the window's worker.

Kept apart from main_window.py so the window file stays about the table, the search and layout.
"""
from __future__ import annotations

from typing import Any, Protocol, TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from app import editing, quality
from app.changes import Changes
from ui.detail.detail_tabs import DetailTabs
from ui.editing.editing_controller import EditingController
from ui.lists.library_panel import LibraryPanel
from ui.i18n import translate
from ui.jobs import WorkFailed, run_with_progress
from ui.lists.places import DUPLICATES
from ui.preferences_dialog import PreferencesDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from app.catalogue import Catalogue
    from collections.abc import Callable
    from ui.detail.detail_pane import DetailPane
    from ui.jobs import TaskRunner
    from ui.relations.feature import RelationsFeature
    from ui.search_controller import SearchController

COUNTS_KIND = "library"     # the worker request that counts the trash and the quality lists
COUNTS_AHEAD_KIND = "counts ahead"   # the sidebar's counts with no criteria, begun before the worker asks
COUNTS_DELAY_MS = 300       # several writes in a row (undo, redo...) are counted once


class FeaturesWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    apply_changes: Callable[[Changes], None]
    background: TaskRunner
    catalogue: Catalogue
    catalogue_changed: SignalInstance
    close_checks: list[Callable[[], bool]]
    controller: SearchController
    detail: DetailPane
    relations: RelationsFeature
    set_place: Callable[..., Any]
    settings: QSettings
    undo_stack: QUndoStack
    def addDockWidget(self, *args: Any, **kwargs: Any) -> Any: ...
    def place(self, *args: Any, **kwargs: Any) -> Any: ...
    def show_record(self, *args: Any, **kwargs: Any) -> Any: ...
    def statusBar(self, *args: Any, **kwargs: Any) -> Any: ...


class Features:
    def __init__(self, window: FeaturesWindow):
        self.window = w = window
        self.editing = EditingController(w.catalogue, w.undo_stack, w)
        self.library = LibraryPanel(w.undo_stack, w)
        self.library_dock = QDockWidget(translate("Features", "Library"), w)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library)
        self.library_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                          | Qt.DockWidgetArea.RightDockWidgetArea)
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.tabs = DetailTabs(w.detail, w.catalogue, w.undo_stack, w.apply_changes)
        w.close_checks.append(self.editing.maybe_close_editors)
        self._counts_timer = QTimer(w, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)

    def connect(self) -> None:
        w = self.window
        self.editing.changes_made.connect(w.apply_changes)
        self.editing.open_record_requested.connect(w.show_record)
        self.library.place_selected.connect(w.set_place)
        self.library.empty_trash_requested.connect(self.editing.empty_trash)
        self.library.find_duplicates_requested.connect(self.find_duplicates)
        panel = self.library.reading_lists
        panel.changes.connect(w.apply_changes)
        panel.items.activated.connect(lambda index: w.show_record(panel.model.uid_at(index.row())))
        w.background.finished.connect(self._on_finished)
        w.catalogue_changed.connect(self.set_catalogue)

    # ---- counts in the Library ---------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Count on the window's background runner (0.25 s at 100k, seconds at 1M: never in the way
        of a search)."""
        self._counts_timer.stop()
        catalogue = self.window.catalogue
        self.window.background.submit(COUNTS_KIND, lambda: (len(editing.trashed(catalogue)),
                                                        quality.counts(catalogue, include_slow=False)))

    def count_everything_ahead(self) -> None:
        """After the Library's counts, the sidebar's counts with no criteria on the same background
        thread: on a first open of a big catalogue the search worker is still reading the whole
        order then, and takes these when it comes to its counts (1,000,000 records, nothing kept:
        rows and every count 2,720 -> 2,155 ms with the per-value counts; bench/RESULTS.md, "Issue
        17, session 10")."""
        self.window.background.submit(COUNTS_AHEAD_KIND, self.window.catalogue.count_everything_ahead)

    def counts_pending(self) -> bool:
        return self._counts_timer.isActive()

    def _on_finished(self, kind: str, result) -> None:
        if kind == COUNTS_KIND:
            self.library.set_counts(*result)

    # ---- the window fans writes out here ------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if changes.records or changes.vocabularies:
            self._counts_timer.start()
        if changes.reading_lists or changes.records:
            self.library.reading_lists.apply_changes(changes)

    def compare_duplicates(self) -> bool:
        """Compare the whole catalogue for the "Likely duplicates" list, off the GUI thread with
        progress and Cancel; the searches then use the answer. False if cancelled."""
        catalogue = self.window.catalogue
        try:
            finished, _ids = run_with_progress(
                self.window, translate("WindowFeatures", "Looking for likely duplicates…"),
                lambda _progress, cancelled: catalogue.quality_ids("duplicates", cancelled, refresh=True),
                catalogue)
        except WorkFailed as exc:
            self.window.statusBar().showMessage(
                translate("WindowFeatures", "Could not compare the records: %1").replace("%1", str(exc)), 8000)
            return False
        return finished

    def find_duplicates(self) -> None:
        """Tools › Find duplicates; pairs may then have been merged or marked "not duplicates", so
        the duplicates list is compared again if it is shown."""
        self.editing.find_duplicates()
        if self.window.place() == DUPLICATES and self.compare_duplicates():
            self.window.controller.refresh()

    def show_preferences(self) -> None:
        if PreferencesDialog(self.window.settings, self.window).exec():
            self.window.relations.preferences_changed()

    def set_catalogue(self, catalogue) -> None:
        self.editing.set_catalogue(catalogue)
        self.tabs.set_catalogue(catalogue)
        self.library.reading_lists.refresh()
        self.refresh_counts()
        self.count_everything_ahead()
