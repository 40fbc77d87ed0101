"""File › Import… (and, from ui/transfer/export_dialog.py, File › Export…): options, preview, work off the GUI thread.

ImportDialog: choose a file -> the detected format and encoding (each can be changed) -> a
preview of the records as they will be stored, with each one's action and problems -> for CSV
and Excel, the column mapping -> what to do with records already in the catalogue, and a reading
list -> Import (progress, Cancel) -> a summary whose problems can be saved as CSV.

ExportDialog: what (whole catalogue, current result, selection, a reading list; each with its
count) -> format -> file -> Export (progress, Cancel).

What an import (or a conflict resolved on its summary) writes reaches the window through the job
runner's ``report`` (the window's apply_changes), as every other write does.
"""
from __future__ import annotations

import html
from collections.abc import Callable

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QRadioButton, QStackedWidget, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.transfer import service as transfer
from app.changes import Changes
from app.transfer.formats import FORMATS
from app.transfer.formats.detect import ENCODING_CHOICES
from ui.transfer.column_mapping import ColumnMappingTable, remember, remembered
from ui.transfer.export_dialog import ExportDialog
from ui.jobs import Job, JobRunner, WriteGuard, one_line, run_write
from ui import accessibility
from ui.i18n import QT_TRANSLATE_NOOP, localized, number, translate
from ui.report_text import import_summary

__all__ = ["ExportDialog", "ImportDialog"]   # File › Export… is opened from this module too

PREVIEW_ROWS = 200
_ACTIONS = {"add": QT_TRANSLATE_NOOP("ImportDialog", "New"), "update": QT_TRANSLATE_NOOP("ImportDialog", "Update"),
            "skip": QT_TRANSLATE_NOOP("ImportDialog", "Skip"), "fail": QT_TRANSLATE_NOOP("ImportDialog", "Cannot import"),
            "conflict": QT_TRANSLATE_NOOP("ImportDialog", "Conflict")}
# Problem.kind as app.transfer.importing writes it -> how the problems table says it.
_KINDS = {"failed": QT_TRANSLATE_NOOP("ImportDialog", "failed"), "skipped": QT_TRANSLATE_NOOP("ImportDialog", "skipped"),
          "warning": QT_TRANSLATE_NOOP("ImportDialog", "warning"), "conflict": QT_TRANSLATE_NOOP("ImportDialog", "conflict"),
          "resolved": QT_TRANSLATE_NOOP("ImportDialog", "resolved")}
_DELIMITERS = ((QT_TRANSLATE_NOOP("ImportDialog", "Detect"), None), (QT_TRANSLATE_NOOP("ImportDialog", "Comma ,"), ","),
               (QT_TRANSLATE_NOOP("ImportDialog", "Semicolon ;"), ";"), (QT_TRANSLATE_NOOP("ImportDialog", "Tab"), "\t"),
               (QT_TRANSLATE_NOOP("ImportDialog", "Bar |"), "|"))
_DUPLICATE_LABELS = {"skip": QT_TRANSLATE_NOOP("ImportDialog", "Skip it"),
                     "update": QT_TRANSLATE_NOOP("ImportDialog", "Update it with the file's values"),
                     "new": QT_TRANSLATE_NOOP("ImportDialog", "Add it as a new record")}
IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Reference files (*.csv *.tsv *.txt *.xlsx *.ris *.bib *.json *.yml *.yaml "
                                                  "*.zip);;"
                 "All files (*)")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list], widths: dict[int, int] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            table.setItem(r, c, item)
    for c in range(table.columnCount() - 1):
        if widths and c in widths:
            table.setColumnWidth(c, widths[c])
        else:
            table.resizeColumnToContents(c)


class ImportDialog(QDialog):
    preview_ready = Signal()
    finished_import = Signal(object)     # the ImportReport (also when cancelled)

    def __init__(self, catalogue, parent=None, settings: QSettings | None = None,
                 report: Callable[[Changes], None] | None = None, guard: WriteGuard | None = None):
        """``report`` receives the Changes of each write (the import, a conflict resolved); ``guard``
        is the window's: its write actions wait while the import runs."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 640)
        self.catalogue = catalogue
        self.settings = settings or getattr(parent, "settings", None) or QSettings()
        self.path: Path | None = None
        self.preview: transfer.Preview | None = None
        self.report: transfer.ImportReport | None = None
        self.jobs = JobRunner(catalogue, self, guard=guard, report=report)
        self.import_job: Job | None = None
        self._generation = 0
        self._mapping: dict[str, str] | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._summary_page())
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)

    # ---- building ----
    def _options_page(self) -> QWidget:
        page = QWidget()
        self.file_edit = QLineEdit()
        accessibility.name(self.file_edit, self.tr("File to import"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a file to import"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Detect"), None)
        for name, fmt in FORMATS.items():
            self.format_combo.addItem(translate("Formats", fmt.label), name)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect"), None)
        for codec, label in ENCODING_CHOICES:
            self.encoding_combo.addItem(translate("Formats", label), codec)
        self.delimiter_combo = QComboBox()
        for label, value in _DELIMITERS:
            self.delimiter_combo.addItem(self.tr(label), value)
        self.sheet_combo = QComboBox()
        for combo in (self.format_combo, self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.currentIndexChanged.connect(self.refresh_preview)
        self.detected = QLabel()
        self.status = QLabel(self.tr("No file chosen."))
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.file_edit, 1)
        top.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Text encoding:"), self.encoding_combo)
        form.addRow(self.tr("CSV delimiter:"), self.delimiter_combo)
        form.addRow(self.tr("Excel sheet:"), self.sheet_combo)

        self.preview_table = _table([self.tr("Line"), self.tr("Action"), self.tr("Title"), self.tr("Year"),
                                     self.tr("Authors / organizations"), self.tr("Problems")])
        accessibility.name(self.preview_table, self.tr("Preview of the records in the file"))
        self.mapping_table = ColumnMappingTable()
        self.mapping_table.mapping_changed.connect(self._mapping_changed)
        self.tabs = QTabWidget()
        accessibility.name(self.tabs, self.tr("Preview and columns"))
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self.mapping_table, self.tr("Columns"))

        options = QGroupBox(self.tr("Options"))
        self.duplicate_group = QButtonGroup(self)
        box = QVBoxLayout(options)
        box.addWidget(QLabel(self.tr("A record already in the catalogue (same UUID, DOI, ISBN or URL, or a "
                                     "near-identical title):")))
        row = QHBoxLayout()
        for i, (policy, label) in enumerate(_DUPLICATE_LABELS.items()):
            button = QRadioButton(self.tr(label))
            button.setProperty("policy", policy)
            button.setChecked(i == 0)
            self.duplicate_group.addButton(button)
            row.addWidget(button)
        self.duplicate_group.buttonToggled.connect(lambda _b, on: on and self.refresh_preview())
        box.addLayout(row)
        self.list_combo = QComboBox()
        accessibility.name(self.list_combo, self.tr("Reading list for the imported records"))

        self.list_combo.setEditable(True)
        self.list_combo.addItem("")
        from app import reading_lists
        for info in reading_lists.all_lists():
            self.list_combo.addItem(info.name)
        self.list_combo.lineEdit().setPlaceholderText(self.tr("none (type a name to create a list)"))
        accessibility.name(self.list_combo.lineEdit(), self.tr("Reading list for the imported records"))
        lists = QFormLayout()
        lists.addRow(self.tr("Put the imported records in the reading list:"), self.list_combo)
        box.addLayout(lists)

        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.running = QWidget()
        self.running.setLayout(running)
        self.running.hide()

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(options)
        layout.addWidget(self.running)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_table = _table([self.tr("Record"), self.tr("Line"), self.tr("Title"), self.tr("Kind"), self.tr("Problem")])
        accessibility.name(self.problems_table, self.tr("Problems"))
        self.save_problems_button = QPushButton(self.tr("&Save problems as CSV…"))
        self.save_problems_button.clicked.connect(self.save_problems)
        self.keep_local_button = QPushButton(self.tr("Keep this catalogue's version"))
        self.keep_remote_button = QPushButton(self.tr("Take the package's version"))
        self.keep_local_button.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_remote_button.clicked.connect(lambda: self.resolve_selected("remote"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_problems_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.keep_remote_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_table, 1)
        layout.addLayout(buttons)
        return page

    # ---- choosing and previewing ----
    def choose_file(self) -> None:
        start = str(self.catalogue.path.parent) if self.catalogue.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from"), start, self.tr(IMPORT_FILTER))
        if path:
            self.set_path(path)

    def set_path(self, path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self._mapping = None
        for combo in (self.format_combo, self.encoding_combo, self.delimiter_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        self.refresh_preview()

    def options(self) -> transfer.ImportOptions:
        policy = next((b.property("policy") for b in self.duplicate_group.buttons() if b.isChecked()), "skip")
        return transfer.ImportOptions(
            format=self.format_combo.currentData(), encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(), mapping=self._mapping,
            sheet=self.sheet_combo.currentText() or None, on_duplicate=policy,
            reading_list=self.list_combo.currentText().strip() or None)

    def refresh_preview(self) -> None:
        if self.path is None or self.import_job is not None:
            return
        self._generation += 1
        generation, path, options = self._generation, self.path, self.options()
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Reading the file…"))
        self.jobs.start(lambda progress, cancelled: transfer.preview(self.catalogue, path, options),
                        lambda result, g=generation: self._show_preview(g, result),
                        lambda exc, g=generation: self._preview_failed(g, one_line(exc)))

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.preview = None
        self.preview_table.setRowCount(0)
        self.status.setText(self.tr("<b>This file cannot be imported as it is:</b> %1").replace("%1", message))
        self.preview_ready.emit()

    def _show_preview(self, generation: int, preview: transfer.Preview) -> None:
        if generation != self._generation:
            return
        if preview.columns and self._mapping is None:
            saved = remembered(self.settings, preview.columns)
            if saved is not None and saved != preview.mapping:
                self._mapping = saved
                self.refresh_preview()
                return
        self.preview = preview
        label = translate("Formats", FORMATS[preview.format].label)
        details = [self.tr("Detected: <b>%1</b>").replace("%1", label)]
        if preview.encoding:
            details.append(self.tr("encoding <b>%1</b>").replace("%1", preview.encoding))
        if preview.delimiter:
            details.append(self.tr("delimiter <b>%1</b>").replace(
                "%1", {"\t": self.tr("tab")}.get(preview.delimiter, preview.delimiter)))
        self.detected.setText(", ".join(details))
        for combo, found in ((self.format_combo, label), (self.encoding_combo, preview.encoding),
                             (self.delimiter_combo, {"\t": "tab"}.get(preview.delimiter or "", preview.delimiter))):
            combo.setItemText(0, self.tr("Detect (found: %1)").replace("%1", found) if found else self.tr("Detect"))
        self._fill_sheets(preview.sheets)
        rows = []
        for step in preview.steps[:PREVIEW_ROWS]:
            data = step.parsed.data
            people = "; ".join(data.authors[:3] + [o.name for o in data.organizations[:2]])
            problems = "; ".join(localized(p) for p in ([step.reason] if step.reason else []) + step.parsed.problems)
            rows.append([step.parsed.line or "", self.tr(_ACTIONS[step.action]), data.title, data.year or "", people, problems])
        _fill(self.preview_table, rows, {2: 320, 4: 160})
        with_problems = sum(1 for s in preview.steps if s.parsed.problems)
        counts = [self.tr("%Ln record(s)", "", preview.total), self.tr("%Ln new", "", preview.count("add")),
                  self.tr("%Ln to update", "", preview.count("update")), self.tr("%Ln to skip", "", preview.count("skip")),
                  self.tr("%Ln cannot be imported", "", preview.count("fail"))]
        if preview.count("conflict"):
            counts.append(self.tr("%Ln conflict(s)", "", preview.count("conflict")))
        shown = (self.tr(" (the first %1 are shown)").replace("%1", number(PREVIEW_ROWS))
                 if preview.total > PREVIEW_ROWS else "")
        self.status.setText(", ".join(counts) + self.tr("; %Ln with problems", "", with_problems) + shown + "." +
                            "".join(f"<br>{html.escape(localized(w))}" for w in preview.warnings))
        self.tabs.setTabEnabled(1, bool(preview.columns))
        if preview.columns:
            examples = self._examples(preview)
            self.mapping_table.set_columns(preview.columns, self._mapping or preview.mapping, examples)
        self.delimiter_combo.setEnabled(preview.format in ("csv", "tsv"))
        self.encoding_combo.setEnabled(preview.encoding is not None)
        # A package is always worth importing: it records that the two sides met, and its
        # conflicts are settled on the summary page.
        self.import_button.setEnabled(preview.format == "package" or preview.count("add") + preview.count("update") > 0)
        self.preview_ready.emit()

    def _examples(self, preview: transfer.Preview) -> dict[str, str]:
        from app.transfer.formats import columns as cols
        from app.transfer.formats import open_source
        try:
            source = open_source(self.path, preview.format, preview.encoding, preview.delimiter)
            if preview.format == "xlsx":
                from app.transfer.formats.xlsx import read_table
                header, rows, _ = read_table(source.path, self.sheet_combo.currentText() or None)
            else:
                from app.transfer.formats.csv_tsv import read_table
                header, rows = read_table(source.text, preview.delimiter or ",")
        except transfer.FormatError:
            return {}
        first = rows[0][1] if rows else []
        return {h: cols.unquote_formula(v) for h, v in zip(header, first)}

    def _fill_sheets(self, sheets: list[str]) -> None:
        if [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())] == sheets:
            return
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(bool(sheets))

    def _mapping_changed(self, mapping: dict) -> None:
        self._mapping = dict(mapping)
        self.refresh_preview()

    # ---- importing ----
    def start_import(self) -> None:
        if self.preview is None or self.path is None:
            return
        options = self.options()
        if self.preview.columns:
            remember(self.settings, self.preview.columns, self.mapping_table.mapping())
        path = self.path
        self.import_button.setEnabled(False)
        self.running.show()
        self.progress.setRange(0, max(1, self.preview.total))
        self.progress.setValue(0)
        self.progress.resetFormat()
        self.import_job = self.jobs.start(
            lambda progress, cancelled: transfer.import_file(self.catalogue, path, options, progress, cancelled),
            self._imported, lambda exc: self._import_failed(one_line(exc)), self._progress, self._waiting,
            writes=True, changes_of=lambda report: report.changes)

    def _waiting(self) -> None:
        """Another import (or another program) is writing: this one starts when it has finished."""
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Waiting for another import to finish…"))
        self.progress.setToolTip(self.tr("Another import or edit is writing to this catalogue; "
                                         "this import starts as soon as it has finished. Cancel stops waiting."))

    def _progress(self, done: int, total: int) -> None:
        self.progress.resetFormat()
        self.progress.setToolTip("")
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _import_failed(self, message: str) -> None:
        self.import_job = None
        self.running.hide()
        self.import_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import failed"), message)

    def _imported(self, report: transfer.ImportReport) -> None:
        self.import_job = None
        self.report = report
        self.running.hide()
        self.import_button.hide()
        lines = [html.escape(import_summary(report))] + [html.escape(localized(w)) for w in report.warnings]
        if report.backup:
            lines.append(self.tr("The catalogue was backed up first: %1").replace("%1", str(report.backup)))
        if report.reading_list and not report.cancelled:
            lines.append(self.tr("Reading list: %1").replace("%1", str(report.reading_list)))
        self.summary_label.setText("<br>".join(lines))
        _fill(self.problems_table, [[p.record, p.line or "", p.title, self._kind(p.kind), localized(p.message)]
                                    for p in report.problems], {2: 300})
        self.save_problems_button.setEnabled(bool(report.problems))
        for button in (self.keep_local_button, self.keep_remote_button):
            button.setVisible(bool(report.conflict_records))
        self.pages.setCurrentIndex(1)
        self.finished_import.emit(report)

    def _kind(self, kind: str) -> str:
        """A problem's kind ("failed", "skipped"...) in the window's language."""
        return self.tr(_KINDS[kind]) if kind in _KINDS else kind

    def save_problems(self, path=None) -> None:
        if self.report is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save problems"), "import-problems.csv", self.tr("CSV (*.csv)"))
        if path:
            try:
                transfer.save_problems_csv(self.report, path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Problems not saved"), str(exc))

    def resolve_selected(self, keep: str) -> None:
        from app.transfer.packages import resolve_conflict
        if self.report is None:
            return
        row = self.problems_table.currentRow()
        problem = self.report.problems[row] if 0 <= row < len(self.report.problems) else None
        conflict = next((c for c in self.report.conflict_records
                         if problem is not None and problem.kind == "conflict" and c.record == problem.record), None)
        if conflict is None:
            QMessageBox.information(self, self.tr("Conflicts"), self.tr("Select a conflict in the list first."))
            return
        changes = run_write(lambda: resolve_conflict(self.catalogue, conflict, keep), self.catalogue)
        self.report.conflict_records.remove(conflict)
        problem.kind = "resolved"
        self.problems_table.item(row, 3).setText(self._kind("resolved"))
        if not changes.is_empty() and self.jobs.report is not None:
            self.jobs.report(changes)

    def reject(self) -> None:
        if self.import_job is not None:
            self.cancel_import()
            return   # the summary page appears when the worker has rolled back
        self.jobs.stop_all()
        super().reject()
