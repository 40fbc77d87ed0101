"""The active criteria as removable chips above the table, and "Clear all" beside them.

With no criteria it says what is shown and how to narrow it, so a new user knows where to start.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

from app.catalogue import FACET_TITLES
from app.criteria import FACET_FIELDS, And, Criteria, Node, Not, Or, QueryError, Term, parse_expression
from ui.i18n import QT_TRANSLATE_NOOP, localized

EMPTY_HINT = QT_TRANSLATE_NOOP("ChipsBar", "Showing all resources. Type in Search or tick values under Criteria "
                                           "to narrow them.")
PLACE_HINT = QT_TRANSLATE_NOOP("ChipsBar", "Type in Search or tick values under Criteria to narrow them.")
MAX_CHIP_TEXT = 48
MAX_EXPRESSION_TEXT = 140   # a chip for a whole OR group: long, but whole
CHIP_STYLE = """
QToolButton#chip { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 8px;
                   background: palette(alternate-base); }
QToolButton#chip:hover, QToolButton#chip:focus { border-color: palette(highlight); }
"""


class ChipsBar(QScrollArea):
    chip_removed = Signal(str, str)    # kind, value (as in Criteria.chips)
    clear_all = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chipsBar")
        self.setAccessibleName(self.tr("Active criteria"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setStyleSheet(CHIP_STYLE)
        self._label_for: Callable[[str, str], str] = lambda facet, value: value
        inner = QWidget(self)
        self._layout = QHBoxLayout(inner)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(6)
        self.setWidget(inner)
        self._place = ""
        self._place_hint = self.tr(PLACE_HINT)
        self.place_label = QLabel(inner)
        self.place_label.setObjectName("placeLabel")
        self.place_label.setAccessibleName(self.tr("Place"))
        self.place_label.hide()
        self.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.set_criteria(Criteria())

    def set_label_function(self, label_for: Callable[[str, str], str]) -> None:
        """How to name a facet value on a chip (e.g. country 'TH' -> 'Thailand')."""
        self._label_for = label_for

    def set_place(self, title: str, hint: str = "") -> None:
        """Name the place the table shows ("Trash", a reading list's name) and what can be done
        there; "" for all resources."""
        self._place = title
        self._place_hint = hint or self.tr(PLACE_HINT)
        self.place_label.setText(f"<b>{html.escape(title)}</b>" if title else "")
        self.place_label.setVisible(bool(title))

    def chips(self) -> list[QToolButton]:
        return self.widget().findChildren(QToolButton, "chip")

    def set_criteria(self, criteria: Criteria) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is self.place_label:
                continue
            if item.widget():
                item.widget().hide()   # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self._layout.addWidget(self.place_label)
        items = criteria.chips()
        if not items:
            hint = QLabel(self.tr(EMPTY_HINT) if not self._place else self._place_hint, self.widget())
            hint.setEnabled(False)
            self._layout.addWidget(hint)
        for kind, value, label in items:
            self._layout.addWidget(self._chip(kind, value, self._text(kind, value, label)))
        if items:
            clear = QToolButton(self.widget())
            clear.setText(self.tr("Clear all"))
            clear.setAutoRaise(True)
            clear.setAccessibleName(self.tr("Clear all criteria"))
            clear.setToolTip(self.tr("Remove every criterion (Esc in the search box clears it too)"))
            clear.clicked.connect(self.clear_all)
            self._layout.addWidget(clear)
        self._layout.addStretch(1)

    def _text(self, kind: str, value: str, label: str) -> str:
        if kind in FACET_TITLES and kind != "year":
            label = self.tr("%1: %2").replace("%1", localized(FACET_TITLES[kind])).replace(
                "%2", self._label_for(kind, value))
        elif kind in ("word", "phrase"):
            label = self.tr("Search: %1").replace("%1", label)
        elif kind == "excluded":
            label = self.tr("Leave out: %1").replace("%1", value)
        elif kind == "year":
            label = localized(FACET_TITLES["year"]) + label[4:]
        elif kind.startswith("-") and kind[1:] in FACET_TITLES:
            label = self.tr("not %1").replace("%1", self._label_for(kind[1:], value))
        elif kind == "term":
            try:
                node = parse_expression(value)
            except QueryError:
                node = None
            label = self.describe(node) if node is not None else value
            limit = MAX_EXPRESSION_TEXT
            return label if len(label) <= limit else label[:limit - 1] + "…"
        return label if len(label) <= MAX_CHIP_TEXT else label[:MAX_CHIP_TEXT - 1] + "…"

    def describe(self, node: Node, inner: bool = False) -> str:
        """An expression in words: (Country: Thailand or Region: GCC), not Type: Strategy."""
        if isinstance(node, Not):
            inner = node.node
            if isinstance(inner, Term) and inner.field in ("has", "no"):   # -has:doi: "without doi"
                return self._describe_term(Term("no" if inner.field == "has" else "has", inner.values))
            return self.tr("not %1").replace("%1", self.describe(inner, True))
        if isinstance(node, (And, Or)):
            joiner = self.tr(" or ") if isinstance(node, Or) else self.tr(" and ")
            text = joiner.join(self.describe(n, True) for n in node.nodes)
            return f"({text})" if inner or isinstance(node, Or) else text
        return self._describe_term(node)

    def _describe_term(self, term: Term) -> str:
        kind, value = term.field, term.value
        if kind in FACET_FIELDS:
            values = self.tr(" or ").join(self._label_for(kind, v) for v in term.values)
            return self.tr("%1: %2").replace("%1", localized(FACET_TITLES[kind])).replace("%2", values)
        if kind == "word":
            return value
        if kind == "phrase":
            return f"“{value}”"
        if kind in ("text", "text_phrase"):
            return self.tr("document text: %1").replace("%1", value)
        if kind == "year":
            return self.tr("%1: %2").replace("%1", localized(FACET_TITLES["year"])).replace("%2", value)
        if kind == "added":
            return self.tr("added %1").replace("%1", value)
        if kind == "updated":
            return self.tr("changed %1").replace("%1", value)
        if kind == "has":
            return self.tr("with %1").replace("%1", value)
        if kind == "no":
            return self.tr("without %1").replace("%1", value)
        if kind == "is":
            return self.tr("in the trash") if value == "trash" else self.tr("likely duplicates")
        if kind == "in":
            return self.tr("on the list “%1”").replace("%1", value)
        return value

    def _chip(self, kind: str, value: str, text: str) -> QToolButton:
        chip = QToolButton(self.widget())
        chip.setObjectName("chip")
        chip.setText(f"{text}  ✕")
        chip.setToolTip(self.tr("Remove “%1”").replace("%1", value if kind == "term" else text))
        chip.setAccessibleName(self.tr("Remove %1").replace("%1", text))
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.clicked.connect(lambda: self.chip_removed.emit(kind, value))
        return chip
