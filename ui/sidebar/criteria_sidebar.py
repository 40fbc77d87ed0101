"""The criteria sidebar (docked on the right, as on the original site): the keyword box, one box per
facet with live counts, the year range, "Clear all" and the saved searches.

The sidebar never owns the criteria: every edit becomes a new Criteria value sent out through
``criteria_edited``; the window answers with ``set_criteria`` (and later ``set_facets``), so the
query text, the ticks and the chips above the table are three views of one value.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.catalogue import FACET_TITLES, SIDEBAR_FACETS, Facets
from app.criteria import Criteria, QueryError, format_node, parse_query
from ui.sidebar.facet_box import FacetBox
from ui.i18n import localized
from ui.icons import icon
from ui.sidebar.keyword_box import KeywordBox
from ui.sidebar.saved_searches_box import SavedSearchesBox
from ui.sidebar.year_box import YearBox

FILTERABLE = ("country", "organization")
COLLAPSED_AT_FIRST = ("region", "language", "organization")


class CriteriaSidebar(QScrollArea):
    criteria_edited = Signal(object)     # Criteria
    help_requested = Signal()
    results_requested = Signal()         # Down in the keyword box: go to the results

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("criteriaSidebar")
        self.setAccessibleName(self.tr("Criteria"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self._catalogue = None
        self._criteria = Criteria()

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)

        self.keyword = KeywordBox(inner)
        self.keyword.query_edited.connect(self._on_query)
        self.keyword.help_requested.connect(self.help_requested)
        self.keyword.down_pressed.connect(self.results_requested)
        self.keyword.query_committed.connect(self._remember)
        self.keyword.set_value_source(self._suggest_values)
        layout.addWidget(self.keyword)

        # An OR across fields, a NOT of a group: said, rather than shown simplified by the boxes.
        self.expression_notice = QLabel(inner)
        self.expression_notice.setObjectName("expressionNotice")
        self.expression_notice.setWordWrap(True)
        self.expression_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expression_notice.hide()
        layout.addWidget(self.expression_notice)

        self.clear_all_button = QPushButton(icon("filter-remove-outline"), self.tr("Clear all"), inner)
        self.clear_all_button.setToolTip(self.tr("Remove every criterion and show all resources"))
        self.clear_all_button.setAccessibleName(self.tr("Clear all criteria"))
        self.clear_all_button.clicked.connect(self.clear_all)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_all_button)
        layout.addLayout(row)

        self.boxes: dict[str, FacetBox] = {}
        for facet in SIDEBAR_FACETS:
            box = FacetBox(facet, localized(FACET_TITLES[facet]), filterable=facet in FILTERABLE, parent=inner)
            box.value_toggled.connect(self._on_toggled)
            box.value_excluded.connect(self._on_excluded)
            box.clear_requested.connect(lambda facet=facet: self._emit(self._criteria.cleared(facet)))
            box.set_expanded(facet not in COLLAPSED_AT_FIRST)
            self.boxes[facet] = box
            layout.addWidget(box)

        self.year_box = YearBox(inner)
        self.year_box.range_edited.connect(
            lambda a, b, undated: self._emit(self._criteria.with_years(a, b, undated)))
        self.year_box.clear_requested.connect(lambda: self._emit(self._criteria.cleared("year")))
        layout.addWidget(self.year_box)

        self.saved = SavedSearchesBox(inner)
        self.saved.apply_requested.connect(self._on_query_applied)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.setWidget(inner)
        # Never narrower than the content plus the scroll bar: nothing is cut off, whatever the language.
        self.setMinimumWidth(max(260, inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()))
        self._update_clear_all()

    def sizeHint(self) -> QSize:
        # Room for the contents and the vertical scroll bar, so nothing is cut on the right.
        inner = self.widget().sizeHint()
        return QSize(max(inner.width(), 300) + self.verticalScrollBar().sizeHint().width() + 2, inner.height())

    # ---- from the window -----------------------------------------------------------------------
    def set_catalogue(self, catalogue) -> None:
        self._catalogue = catalogue
        self.saved.set_catalogue(catalogue)

    def criteria(self) -> Criteria:
        return self._criteria

    def search_history(self) -> list[str]:
        return list(self.keyword.history)

    def set_search_history(self, queries) -> None:
        self.keyword.set_history(queries)

    def _remember(self, text: str) -> None:
        """A search to keep in the history: one that can be read."""
        try:
            parse_query(text)
        except QueryError:
            return
        self.keyword.remember(text)

    def _suggest_values(self, field: str, prefix: str) -> list[str]:
        if self._catalogue is None:
            return []
        if field == "in":
            from app.reading_lists import all_lists
            from db.textfold import fold
            key = fold(prefix)
            return [r.name for r in all_lists() if fold(r.name).startswith(key)]
        return self._catalogue.suggest_values(field, prefix)

    def set_criteria(self, criteria: Criteria) -> None:
        """Show ``criteria``: the query text (unless the text already means it), year range, Clear."""
        self._criteria = criteria
        try:
            same = parse_query(self.keyword.text(), criteria) == criteria
        except QueryError:
            same = False
        if not same:
            self.keyword.set_text(criteria.to_query())
            self.keyword.show_message("")
        self.year_box.set_range(criteria.year_from, criteria.year_to, criteria.undated)
        self.saved.set_criteria(criteria)
        hidden = criteria.hidden_from_sidebar()
        self.expression_notice.setText(
            self.tr("The boxes below cannot show all of this search: %1. The chips above the results "
                    "show it whole.").replace("%1", "  ".join(format_node(t, top=True) for t in hidden))
            if hidden else "")
        self.expression_notice.setVisible(bool(hidden))
        self._update_clear_all()

    def set_facets(self, facets: Facets) -> None:
        for facet, box in self.boxes.items():
            box.set_values(facets.values.get(facet, []))
        self.year_box.set_counts(facets.years, facets.undated)

    def show_warnings(self, warnings: list[str]) -> None:
        self.keyword.show_message("; ".join(w[:1].upper() + w[1:] for w in map(localized, warnings)))

    def focus_keyword(self) -> None:
        self.ensureWidgetVisible(self.keyword)
        self.keyword.focus()

    def clear_all(self) -> None:
        self._emit(self._criteria.cleared_all())

    # ---- box open/closed state, for QSettings ----------------------------------------------------
    def expanded_state(self) -> dict[str, bool]:
        boxes = {**self.boxes, "year": self.year_box, "saved": self.saved}
        return {name: box.is_expanded() for name, box in boxes.items()}

    def restore_expanded_state(self, state: dict) -> None:
        boxes = {**self.boxes, "year": self.year_box, "saved": self.saved}
        for name, expanded in (state or {}).items():
            if name in boxes:
                boxes[name].set_expanded(str(expanded).lower() in ("true", "1"))

    # ---- edits -----------------------------------------------------------------------------------
    def _emit(self, criteria: Criteria) -> None:
        if criteria != self._criteria:
            self.criteria_edited.emit(criteria)

    def _on_query(self, text: str) -> None:
        try:
            criteria = parse_query(text, self._criteria)
        except QueryError as exc:
            said = localized(exc)
            self.keyword.show_message(said[:1].upper() + said[1:], error=True)
            return
        self.keyword.show_message("")
        self._emit(criteria)

    def _on_query_applied(self, text: str) -> None:
        """A saved search: show its text and search it at once."""
        self.keyword.set_text(text)
        self._on_query(text)

    def _on_toggled(self, facet: str, value: str, ticked: bool) -> None:
        criteria = self._criteria
        if ticked:
            # An excluded value ticked is no longer left out, whatever name the query gave it.
            left_out = [v for v in criteria.excluded_values(facet) if not self._same_value(facet, v, value)]
            self._emit(criteria.with_excluded_values(facet, left_out).with_value(facet, value))
            return
        # The query may name the value differently (country:TH for Thailand): drop every alias.
        kept = [v for v in criteria.values(facet) if not self._same_value(facet, v, value)]
        self._emit(criteria.with_values(facet, kept))

    def _on_excluded(self, facet: str, value: str, excluded: bool) -> None:
        criteria = self._criteria
        if excluded:
            kept = [v for v in criteria.values(facet) if not self._same_value(facet, v, value)]
            self._emit(criteria.with_values(facet, kept).with_excluded(facet, value))
            return
        kept = [v for v in criteria.excluded_values(facet) if not self._same_value(facet, v, value)]
        self._emit(criteria.with_excluded_values(facet, kept))

    def _same_value(self, facet: str, typed: str, value: str) -> bool:
        if typed.casefold() == value.casefold():
            return True
        return self._catalogue is not None and self._catalogue.canonical_value(facet, typed) == value

    def _update_clear_all(self) -> None:
        self.clear_all_button.setEnabled(not self._criteria.is_empty())
