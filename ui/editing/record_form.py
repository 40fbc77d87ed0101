"""The record form: one widget per field of RecordData, with a message line under each.

The editor (ui/editing/editor.py) adds saving, prompts and dialogs around it; the form only turns a
RecordData into widgets and back, and shows validation messages at their fields.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Catalogue
from app.vocabularies import Option, options
from db.records import RecordData
from ui.editing.value_picker import OrganizationPicker, ValuePicker
from ui import accessibility
from ui.colours import error_colour
from ui.i18n import localized



def _text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class RecordForm(QWidget):
    """Every field of a record. ``changed`` fires on any edit, naming the field."""
    changed = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self._messages: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self._build()

    # ---- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        cat = self.catalogue
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Required"))
        self.type = QComboBox()
        self.type.addItem(self.tr("(no type)"), None)
        for option in options(cat, "type"):
            self.type.addItem(option.label, option.value)
        self.year = QLineEdit()
        self.year.setValidator(QIntValidator(0, 9999, self))
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("00000") + 24)
        self.month = QComboBox()
        self.month.addItem(self.tr("(month)"), None)
        for number in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(number), number)
        self.day = QSpinBox()
        self.day.setRange(0, 31)
        self.day.setSpecialValueText(self.tr("(day)"))
        accessibility.name(self.year, self.tr("Year"))
        accessibility.name(self.month, self.tr("Month"))
        accessibility.name(self.day, self.tr("Day"))
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.year, self.month, self.day):
            date_row.addWidget(w)
        date_row.addStretch(1)
        date_box = QWidget()
        date_box.setLayout(date_row)
        self.authors = ValuePicker([], free=True, placeholder=self.tr("Family, Given — Enter to add"))
        self.organizations = OrganizationPicker(options(cat, "organization"))
        self.countries = ValuePicker(options(cat, "country"), placeholder=self.tr("Type a country name or code…"))
        self.regions = ValuePicker(options(cat, "region"), placeholder=self.tr("Type a region…"))
        self.themes = ValuePicker(options(cat, "theme"), placeholder=self.tr("Type a theme…"))
        self.languages = ValuePicker(options(cat, "language"), placeholder=self.tr("Type a language or code…"))
        self.keywords = ValuePicker(self._keyword_options(), free=True,
                                    placeholder=self.tr("Free keywords — Enter to add"))
        self.summary = _text_edit(7)
        self.container_title = QLineEdit()
        self.container_title.setPlaceholderText(self.tr("Journal, book or series"))
        self.volume, self.issue, self.pages = QLineEdit(), QLineEdit(), QLineEdit()
        for w, hint in ((self.volume, self.tr("Volume")), (self.issue, self.tr("Issue")), (self.pages, self.tr("Pages"))):
            w.setPlaceholderText(hint)
            accessibility.name(w, hint)
        numbers = QHBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        for w in (self.volume, self.issue, self.pages):
            numbers.addWidget(w)
        numbers_box = QWidget()
        numbers_box.setLayout(numbers)
        self.publisher_ref = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://…"))
        self.isbn = QLineEdit()
        self.doi = QLineEdit()
        self.doi.setPlaceholderText("10.1234/…")
        self.notes = _text_edit(3)

        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(10)
        self._row(left, self.tr("&Title"), "title", self.title)
        self._row(left, self.tr("T&ype"), "type", self.type)
        self._row(left, self.tr("&Date"), "year", date_box, extra_messages=("month", "day"))
        self._row(left, self.tr("&Authors"), "authors", self.authors)
        self._row(left, self.tr("&Organizations"), "organizations", self.organizations)
        self._row(left, self.tr("&Countries"), "countries", self.countries)
        self._row(left, self.tr("&Regions"), "regions", self.regions)
        self._row(left, self.tr("T&hemes"), "themes", self.themes)
        self._row(left, self.tr("&Languages"), "languages", self.languages)
        self._row(left, self.tr("&Keywords"), "keywords", self.keywords)
        self._row(right, self.tr("&Summary"), "summary", self.summary)
        self._row(right, self.tr("&Published in"), "container_title", self.container_title)
        self._row(right, "", "volume", numbers_box)
        self._row(right, self.tr("Publisher's r&ef."), "publisher_ref", self.publisher_ref)
        self._row(right, self.tr("&URL"), "url", self.url)
        self._row(right, self.tr("IS&BN"), "isbn", self.isbn)
        self._row(right, self.tr("DO&I"), "doi", self.doi)
        self._row(right, self.tr("&Notes"), "notes", self.notes)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self._connect()

    def _keyword_options(self) -> list[Option]:
        return [Option(row["name"], row["name"], "", (row["name"].casefold(),))
                for row in self.catalogue.vocabulary("keyword")]

    def _row(self, form: QFormLayout, label: str, field: str, widget: QWidget, extra_messages=()) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for name in (field, *extra_messages):
            message = QLabel()
            message.setWordWrap(True)
            message.setStyleSheet(f"color: {error_colour(self.palette())};")   # a field needs attention
            message.setObjectName(f"message_{name}")
            message.hide()
            column.addWidget(message)
            self._messages[name] = message
        form.addRow(label, box)
        if label:
            form.labelForField(box).setBuddy(getattr(widget, "input", widget))
            accessibility.name(widget, label)
        self.widgets[field] = widget

    def _connect(self) -> None:
        for name in ("title", "year", "container_title", "volume", "issue", "pages", "publisher_ref", "url",
                     "isbn", "doi"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self.changed.emit(n))
        for name in ("summary", "notes"):
            getattr(self, name).textChanged.connect(lambda n=name: self.changed.emit(n))
        self.type.currentIndexChanged.connect(lambda _i: self.changed.emit("type"))
        self.month.currentIndexChanged.connect(lambda _i: self.changed.emit("month"))
        self.day.valueChanged.connect(lambda _v: self.changed.emit("day"))
        for name in ("authors", "organizations", "countries", "regions", "themes", "languages", "keywords"):
            getattr(self, name).changed.connect(lambda n=name: self.changed.emit(n))

    # ---- data in and out --------------------------------------------------------------------------
    def set_record(self, record: RecordData) -> None:
        widgets = (self.title, self.year, self.container_title, self.volume, self.issue, self.pages,
                   self.publisher_ref, self.url, self.isbn, self.doi, self.summary, self.notes, self.type,
                   self.month, self.day)
        for w in widgets:
            w.blockSignals(True)
        try:
            for name in ("title", "container_title", "volume", "issue", "pages", "publisher_ref", "url", "isbn",
                         "doi"):
                getattr(self, name).setText(getattr(record, name) or "")
                getattr(self, name).setCursorPosition(0)   # a long title shows its beginning
            self.summary.setPlainText(record.summary or "")
            self.notes.setPlainText(record.notes or "")
            self.year.setText("" if record.year is None else str(record.year))
            index = self.type.findData(record.type) if record.type else 0
            if index < 0:   # a retired type: still shown so saving keeps it
                self.type.addItem(record.type, record.type)
                index = self.type.count() - 1
            self.type.setCurrentIndex(index)
            self.month.setCurrentIndex(self.month.findData(record.month) if record.month else 0)
            self.day.setValue(record.day or 0)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.authors.set_values(record.authors)
        self.organizations.set_organizations(record.organizations)
        for name in ("countries", "regions", "themes", "languages", "keywords"):
            getattr(self, name).set_values(getattr(record, name))

    def record(self, base: RecordData) -> RecordData:
        """``base`` (uid, dates, version) with every field as the form shows it."""
        year_text = self.year.text().strip()
        return replace(
            base, title=self.title.text(), type=self.type.currentData(),
            year=int(year_text) if year_text else None, month=self.month.currentData(),
            day=self.day.value() or None, summary=self.summary.toPlainText(), notes=self.notes.toPlainText(),
            container_title=self.container_title.text(), volume=self.volume.text(), issue=self.issue.text(),
            pages=self.pages.text(), publisher_ref=self.publisher_ref.text(), url=self.url.text(),
            isbn=self.isbn.text(), doi=self.doi.text(), authors=self.authors.values(),
            organizations=self.organizations.organizations(), countries=self.countries.values(),
            regions=self.regions.values(), themes=self.themes.values(), languages=self.languages.values(),
            keywords=self.keywords.values())

    def pickers(self) -> dict[str, ValuePicker]:
        return {name: getattr(self, name) for name in ("authors", "organizations", "countries", "regions",
                                                       "themes", "languages", "keywords")}

    # ---- messages -----------------------------------------------------------------------------------
    def show_messages(self, errors: dict[str, str]) -> None:
        for name, label in self._messages.items():
            text = localized(errors.get(name, ""))
            label.setText(text)
            label.setVisible(bool(text))

    def message(self, field: str) -> str:
        label = self._messages.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def focus_field(self, field: str) -> None:
        widget = {"year": self.year, "month": self.month, "day": self.day}.get(field) or self.widgets.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
