"""Holds the current criteria and sort, and asks the worker for results and facet counts.

The window and its widgets never query the catalogue for a search themselves: they change the
criteria here, and the results come back through ``results_ready`` / ``facets_ready``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.catalogue import Facets, SearchResult
from app.warmup import OrderWarmer
from app.criteria import Criteria
from ui.jobs import TaskRunner


@dataclass
class Results:
    result: SearchResult
    total: int          # live records in the catalogue, for "Showing 12 of 20 resources"
    criteria: Criteria
    seconds: float      # time spent in the worker
    place_total: int = 0  # records in the place (a reading list, the trash...) before other criteria


@dataclass
class FirstPage:
    """The head of an answer, shown while the whole of it is worked out (opening a big catalogue)."""
    result: SearchResult   # the first FIRST_PAGE_ROWS ids of the answer, in its order
    total: int | None      # live records in the catalogue (with no criteria, also how many match), if known
    criteria: Criteria
    sort: str
    descending: bool


# Ids in the head of the answer painted before the whole order is known: a few screens (a multiple of
# the table's page of rows, so the pages it reads are whole).
FIRST_PAGE_ROWS = 200


@dataclass
class Counts:
    facets: Facets
    criteria: Criteria
    seconds: float


class SearchController(QObject):
    criteria_changed = Signal(object)    # Criteria
    results_ready = Signal(object)       # Results
    first_page_ready = Signal(object)    # FirstPage: the head of the pending search's answer
    facets_ready = Signal(object)        # Counts
    failed = Signal(str)

    def __init__(self, catalogue, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._runner = runner
        self._criteria = Criteria()
        self.sort = "latest"
        self.descending = True
        self.search_pending = False   # a search was asked for and its answer has not come yet
        self.one_per_work = False     # View › One row per work (app/works.py), in these languages first
        self.preferred: tuple[str, ...] = ()
        self.warmer = OrderWarmer()   # sort orders worked out in the background after each answer
        self._counting = False        # counts were asked for and have not come yet
        self._opening = False         # the first answer after opening a catalogue is on its way
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    def set_catalogue(self, catalogue) -> None:
        self._runner.cancel()
        self.release_catalogue()
        self._catalogue = catalogue

    def release_catalogue(self, timeout: float = 5.0) -> None:
        """Stop warming the current catalogue's orders (before it is closed)."""
        self.warmer.cancel()
        self.warmer.idle.wait(timeout)

    def set_criteria(self, criteria: Criteria) -> None:
        if criteria == self._criteria:
            return
        self._criteria = criteria
        self.criteria_changed.emit(criteria)
        self.refresh()

    def set_sort(self, sort: str, descending: bool) -> None:
        if (sort, descending) == (self.sort, self.descending):
            return
        self.sort, self.descending = sort, descending
        self.search()

    def set_one_per_work(self, on: bool, preferred: tuple[str, ...] = ()) -> None:
        if (on, preferred) != (self.one_per_work, self.preferred):
            self.one_per_work, self.preferred = on, tuple(preferred)
            self.refresh()

    def refresh(self, first_page: bool = False) -> None:
        """Search and count again (criteria changed, or the catalogue did). ``first_page``: when the
        whole order is not at hand, read its head first and send it (first_page_ready) before the
        answer (results_ready), for a window that shows nothing yet (it has just opened a catalogue)."""
        self._opening = self._opening or first_page
        self.search(first_page)
        self.count()

    def search(self, first_page: bool = False) -> None:
        catalogue, criteria, sort, descending = self._catalogue, self._criteria, self.sort, self.descending
        works, preferred = self.one_per_work, self.preferred
        asked_descending = descending
        if sort == "latest" and descending:
            descending = None  # the default order: inside a reading list, that is the list's own order

        def head() -> FirstPage | None:
            found = catalogue.first_page(criteria, sort, descending, FIRST_PAGE_ROWS)
            if found is None:
                return None
            return FirstPage(found, catalogue.known_total(), criteria, sort, asked_descending)
        if first_page and not works:
            self._runner.submit("first page", head)   # runs before the search (ui.jobs.PRIORITY)
        else:
            self._runner.cancel("first page")

        def job() -> Results:
            start = time.perf_counter()
            result = catalogue.search(criteria, sort, descending, one_per_work=works, preferred=preferred)
            total = catalogue.total()
            place = criteria.cleared_all()
            place_total = catalogue.count(place) if place != Criteria() else total
            return Results(result, total, criteria, time.perf_counter() - start, place_total)
        self.search_pending = True
        self._runner.submit("search", job)

    def count(self) -> None:
        catalogue, criteria, works = self._catalogue, self._criteria, self.one_per_work

        def job() -> Counts:
            start = time.perf_counter()
            facets = catalogue.facets(criteria, one_per_work=works)
            return Counts(facets, criteria, time.perf_counter() - start)
        self._counting = True
        self._runner.submit("facets", job)

    def _on_failed(self, kind: str, message: str) -> None:
        if kind == "first page":
            return   # the whole answer follows, and says so if it fails too
        if kind == "search":
            self.search_pending = False
        elif kind == "facets":
            self._counting = False
        self.failed.emit((self.tr("The search failed: %1") if kind == "search"
                          else self.tr("Counting failed: %1")).replace("%1", message))

    def _on_finished(self, kind: str, result: object) -> None:
        if kind == "first page":
            if (isinstance(result, FirstPage) and self.search_pending and result.criteria == self._criteria
                    and (result.sort, result.descending) == (self.sort, self.descending)):
                self.first_page_ready.emit(result)
        elif kind == "search":
            self.search_pending = False
            self.results_ready.emit(result)
            if not self._counting:
                self._warm()
        elif kind == "facets":
            self._counting = False
            self.facets_ready.emit(result)
            if not self.search_pending:
                # Once the rows and the counts are in: the warm-up (the facet index, seconds at
                # 1,000,000 records) never competes with the first counts for the processor.
                self._warm()

    def _warm(self) -> None:
        """Ask the warmer for the orders and the facet index: at once after opening a catalogue (the
        first keyword then finds the index loaded sooner), else once requests pause."""
        self.warmer.request(self._catalogue, now=self._opening)
        self._opening = False
