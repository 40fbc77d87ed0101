"""File › Add documents… and files dropped on the window: a preview of what each file would
become, field by field, before anything is stored (like the import preview).

Each row is a file: whether it is added, its suggested title (editable), and the other suggested
values with where they came from. Ticks above the table choose which kinds of suggestion are
used; files already in the catalogue (same SHA-256) are shown and left out.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from app import reading_lists as rl
from app.documents import adding
from ui.detail.documents_section import reason_text
from ui.i18n import localized
from ui.plural import english_plural

FIELDS = ("title", "authors", "year", "organizations", "languages", "doi", "isbn", "issn", "keywords", "summary")
COLUMNS = ("file", "title", "year", "organizations", "languages", "identifiers", "authors", "state")


class AddDocumentsDialog(QDialog):
    def __init__(self, items: list[adding.FileToAdd], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addDocumentsDialog")
        self.setWindowTitle(self.tr("Add documents"))
        self.items = items
        self.resize(1000, 520)
        addable = [i for i in items if i.addable]
        summary = QLabel(english_plural(
            self.tr("%n file(s) will become new records with the file attached.", "", len(addable)), len(addable)))
        skipped = len(items) - len(addable)
        if skipped:
            summary.setText(summary.text() + " " + english_plural(
                self.tr("%n file(s) are left out (see the last column).", "", skipped), skipped))
        summary.setWordWrap(True)
        self.labels = labels = {
            "title": self.tr("Title"), "authors": self.tr("Authors"), "year": self.tr("Year"),
            "organizations": self.tr("Organizations"), "languages": self.tr("Languages"),
            "doi": self.tr("DOI"), "isbn": self.tr("ISBN"), "issn": self.tr("ISSN"),
            "keywords": self.tr("Keywords"), "summary": self.tr("Summary (from the file's subject)")}
        self.field_boxes: dict[str, QCheckBox] = {}
        ticks = QGridLayout()
        ticks.addWidget(QLabel(self.tr("Use the suggested:")), 0, 0)
        for n, name in enumerate(FIELDS):
            box = QCheckBox(labels[name])
            box.setChecked(True)
            box.setToolTip(self.tr("Untick to leave this field empty in the new records: %1").replace(
                "%1", labels[name]))
            self.field_boxes[name] = box
            ticks.addWidget(box, n // 5, 1 + n % 5)

        self.table = QTableWidget(len(items), len(COLUMNS), self)
        self.table.setObjectName("addDocumentsTable")
        self.table.setAccessibleName(self.tr("Files to add"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Add file"), self.tr("Title"), self.tr("Year"), self.tr("Organizations"), self.tr("Languages"),
            self.tr("DOI / ISBN / ISSN"), self.tr("Authors"), self.tr("Notes")])
        for row, item in enumerate(items):
            self._fill_row(row, item)
        if items:
            self.table.setCurrentCell(0, 1)
        self.table.resizeColumnsToContents()
        for col, width in ((0, 200), (1, 320), (3, 180)):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 80), width))
        self.table.horizontalHeader().setStretchLastSection(True)
        # Where each value of the selected file came from, field by field.
        self.sources = QTextBrowser(self)
        self.sources.setObjectName("addDocumentsSources")
        self.sources.setAccessibleName(self.tr("Where the suggestions come from"))
        self.sources.setMaximumHeight(130)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_sources(row))
        self._show_sources(self.table.currentRow())

        self.list_box = QComboBox(self)
        self.list_box.setEditable(True)
        self.list_box.setAccessibleName(self.tr("Reading list for the new records"))
        self.list_box.addItem("")
        self.list_box.addItems([info.name for info in rl.all_lists()])
        self.list_box.lineEdit().setPlaceholderText(self.tr("none"))
        list_row = QHBoxLayout()
        list_row.addWidget(QLabel(self.tr("Also put them on the reading list:")))
        list_row.addWidget(self.list_box, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(
            english_plural(self.tr("Add %n document(s)", "", len(addable)), len(addable)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(bool(addable))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sources)
        layout.addLayout(list_row)
        layout.addWidget(buttons)

    def _fill_row(self, row: int, item: adding.FileToAdd) -> None:
        s = item.suggestion
        check = QTableWidgetItem(item.path.name)
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if item.addable else Qt.CheckState.Unchecked)
        if not item.addable:
            check.setFlags(Qt.ItemFlag.NoItemFlags)
        check.setToolTip(str(item.path))
        self.table.setItem(row, 0, check)
        values = ["", "", "", "", "", ""]
        if s is not None:
            ids = [f"DOI {s.doi}" if s.doi else "", f"ISBN {s.isbn}" if s.isbn else "",
                   f"ISSN {s.issn}" if s.issn else ""]
            values = [s.title, str(s.year or ""), "; ".join(s.organizations), ", ".join(s.languages),
                      " ".join(i for i in ids if i), "; ".join(s.authors)]
        for col, value in enumerate(values, start=1):
            cell = QTableWidgetItem(value)
            if col != 1 or not item.addable:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if s is not None:
                key = ("title", "year", "organizations", "languages", "doi", "authors")[col - 1]
                source = s.sources.get(key) or (s.sources.get("isbn") or s.sources.get("issn") if key == "doi" else "")
                if source:
                    cell.setToolTip(value + "\n" + self.tr("From: %1").replace("%1", localized(source)))
            self.table.setItem(row, col, cell)
        if item.problem:
            note = localized(item.problem)
        elif item.existing:
            note = self.tr("already in the catalogue (same file)")
        elif item.repeated:
            note = self.tr("the same file is listed earlier")
        else:
            note = self._note(item)
        self.table.setItem(row, 7, QTableWidgetItem(note))

    def _note(self, item: adding.FileToAdd) -> str:
        said, detail = reason_text(item.note)
        if not said:
            return ""
        return self.tr("added, but its text cannot be read: %1").replace("%1", said + (f" ({detail})" if detail else ""))

    def _show_sources(self, row: int) -> None:
        """The selected file's suggestions, field by field, each with where it came from."""
        if not 0 <= row < len(self.items):
            self.sources.clear()
            return
        item = self.items[row]
        s = item.suggestion
        lines = [f"<b>{html.escape(str(item.path))}</b>"]
        if s is not None:
            for name, value, source in s.fields():
                label = self.labels.get(name, name)
                where = self.tr("from %1").replace("%1", localized(source)) if source else ""
                lines.append(f"{html.escape(label)}: {html.escape(value)} <span style='color:#666'>"
                             f"{html.escape(where)}</span>")
        note = self.table.item(row, 7).text() if self.table.item(row, 7) is not None else ""
        if note:
            lines.append(f"<i>{html.escape(note)}</i>")
        self.sources.setHtml("<br>".join(lines))

    # ---- answers ----------------------------------------------------------------------------------
    def accepted_fields(self) -> set[str]:
        return {name for name, box in self.field_boxes.items() if box.isChecked()}

    def chosen(self) -> list[adding.FileToAdd]:
        """The ticked files, with the titles as edited."""
        out = []
        for row, item in enumerate(self.items):
            if not item.addable or self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            if item.suggestion is not None:
                item.suggestion.title = self.table.item(row, 1).text().strip() or item.suggestion.title
            out.append(item)
        return out

    def list_name(self) -> str | None:
        return self.list_box.currentText().strip() or None
