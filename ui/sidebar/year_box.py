"""The Year box: a from/to range, and the records without a year (counted, selectable alone)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.sidebar.collapsible import CollapsibleBox


def _year(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


class YearBox(CollapsibleBox):
    range_edited = Signal(object, object, bool)   # year_from, year_to (None = open), undated only

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Year", parent)
        self.setObjectName("yearBox")
        self.from_edit = self._year_edit("From year")
        self.to_edit = self._year_edit("To year")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("From", self.body))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("to", self.body))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        self.body_layout.addLayout(row)

        self.summary = QLabel(self.body)
        self.summary.setEnabled(False)  # muted: a hint, not a control
        self.body_layout.addWidget(self.summary)

        self.undated = QCheckBox("Only resources without a year", self.body)
        self.undated.setAccessibleName("Only resources without a year")
        self.undated.toggled.connect(self._on_undated)
        self.body_layout.addWidget(self.undated)
        self._shown: tuple[int | None, int | None, bool] = (None, None, False)

    def _year_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.body)
        edit.setValidator(QIntValidator(0, 9999, edit))
        edit.setMaxLength(4)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00000") + 16)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(False)
        edit.editingFinished.connect(self._on_edited)
        return edit

    def set_range(self, year_from: int | None, year_to: int | None, undated: bool) -> None:
        """Show the criteria's range (without emitting)."""
        self._shown = (year_from, year_to, undated)
        for edit, year in ((self.from_edit, year_from), (self.to_edit, year_to)):
            if not edit.hasFocus() or _year(edit.text()) != year:
                edit.setText("" if year is None else str(year))
        self.undated.blockSignals(True)
        self.undated.setChecked(undated)
        self.undated.blockSignals(False)
        self.from_edit.setEnabled(not undated)
        self.to_edit.setEnabled(not undated)
        self.set_active(int(year_from is not None or year_to is not None or undated))

    def set_counts(self, years: list[tuple[int, int]], undated: int) -> None:
        """``years``: (year, count) pairs of the results (ignoring the year range)."""
        if years:
            first, last = min(y for y, _ in years), max(y for y, _ in years)
            span = (f"Years in these results: {first}–{last}" if first != last
                    else f"Year in these results: {first}")
            self.from_edit.setPlaceholderText(str(first))
            self.to_edit.setPlaceholderText(str(last))
        else:
            span = "No dated resources in these results"
            self.from_edit.setPlaceholderText("")
            self.to_edit.setPlaceholderText("")
        self.summary.setText(span)
        self.undated.setText(f"Only resources without a year ({undated:,})")

    def _on_edited(self) -> None:
        wanted = (_year(self.from_edit.text()), _year(self.to_edit.text()), False)
        if wanted != self._shown:
            self._shown = wanted
            self.range_edited.emit(*wanted)

    def _on_undated(self, checked: bool) -> None:
        if checked:
            wanted = (None, None, True)
        else:
            wanted = (_year(self.from_edit.text()), _year(self.to_edit.text()), False)
        self._shown = wanted
        self.range_edited.emit(*wanted)
