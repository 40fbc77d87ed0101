"""File › Export…: what (whole catalogue, current result, selection, a reading list; each with
its count) -> format -> file -> Export, on a worker thread; closing the dialog cancels it and no
file is written."""
from __future__ import annotations

import html

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QVBoxLayout,
)

from app.transfer import service as transfer
from app.transfer.formats import EXPORT_FORMATS, FORMATS, xlsx
from ui.jobs import Job, JobRunner, one_line
from ui import accessibility
from ui.i18n import QT_TRANSLATE_NOOP, localized, number, translate
from ui.report_text import export_summary

CARRIES = {
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "Every field, one column each; opens in Excel with every script (UTF-8)."),
    "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Every field, one column each, as an Excel workbook."),
    "ris": QT_TRANSLATE_NOOP("ExportDialog", "For Zotero, EndNote, Mendeley: every field; countries, regions and themes "
                                             "as tagged keywords."),
    "bibtex": QT_TRANSLATE_NOOP("ExportDialog", "For JabRef and LaTeX: every field (ours in extra fields), "
                                                "LaTeX-escaped, unique keys."),
    "csljson": QT_TRANSLATE_NOOP("ExportDialog", "For Zotero, pandoc and citeproc: every field (ours in the item's "
                                                 "custom data)."),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "Everything, including UUIDs, history and reading lists: for another "
                                              "Resource Catalogue."),
    "package": QT_TRANSLATE_NOOP("ExportDialog", "Everything plus the attached files, as one .zip: for a colleague's "
                                                 "catalogue."),
}
SCOPE_LABELS = {"all": QT_TRANSLATE_NOOP("ExportDialog", "The whole catalogue"),
                "result": QT_TRANSLATE_NOOP("ExportDialog", "The current result"),
                "selection": QT_TRANSLATE_NOOP("ExportDialog", "The selected records"),
                "list": QT_TRANSLATE_NOOP("ExportDialog", "A reading list:")}

class ExportDialog(QDialog):
    exported = Signal(object)         # the ExportReport
    failed = Signal(str)

    def __init__(self, catalogue, criteria=None, selected_uids=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.catalogue = catalogue
        self.criteria = criteria
        self.selected_uids = list(selected_uids or [])
        self.jobs = JobRunner(catalogue, self)
        self.job: Job | None = None
        self.report: transfer.ExportReport | None = None
        from app import reading_lists
        self.lists = [info.name for info in reading_lists.all_lists()]

        scope_box = QGroupBox(self.tr("Export"))
        self.scope_group = QButtonGroup(self)
        scopes = QVBoxLayout(scope_box)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key, label in SCOPE_LABELS.items():
            button = QRadioButton(self.tr(label))
            self.scope_buttons[key] = button
            self.scope_group.addButton(button)
            if key == "list":
                self.list_combo = QComboBox()
                self.list_combo.addItems(self.lists)
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.list_combo, 1)
                scopes.addLayout(row)
            else:
                scopes.addWidget(button)
        has_result = criteria is not None and not criteria.is_empty()
        self.scope_buttons["result"].setEnabled(has_result)
        self.scope_buttons["selection"].setEnabled(bool(self.selected_uids))
        self.scope_buttons["list"].setEnabled(bool(self.lists))
        self.list_combo.setEnabled(bool(self.lists))
        (self.scope_buttons["selection"] if self.selected_uids else
         self.scope_buttons["result"] if has_result else self.scope_buttons["all"]).setChecked(True)
        self.scope_group.buttonToggled.connect(lambda *_: self._update_count())
        self.list_combo.currentIndexChanged.connect(self._update_count)

        self.format_combo = QComboBox()
        for name in EXPORT_FORMATS:
            self.format_combo.addItem(translate("Formats", FORMATS[name].label), name)
        self.format_combo.currentIndexChanged.connect(self._update_count)
        self.file_edit = QLineEdit()
        accessibility.name(self.file_edit, self.tr("File to write"))
        self.file_edit.setPlaceholderText(self.tr("Choose where to save"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("File:"), file_row)
        self.carries = QLabel()
        self.carries.setWordWrap(True)
        form.insertRow(1, "", self.carries)
        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_count()

    def scope(self) -> transfer.ExportScope:
        if self.scope_buttons["selection"].isChecked():
            return transfer.ExportScope(uids=self.selected_uids)
        if self.scope_buttons["list"].isChecked():
            return transfer.ExportScope(reading_list=self.list_combo.currentText())
        if self.scope_buttons["result"].isChecked():
            return transfer.ExportScope(criteria=self.criteria)
        return None

    def format(self) -> str:
        return self.format_combo.currentData()

    def count(self) -> int:
        scope = self.scope() or transfer.ExportScope(include_trash=self.format() in ("json", "package"))
        return transfer.export_count(self.catalogue, scope)

    def _update_count(self) -> None:
        for key, button in self.scope_buttons.items():
            if button.isEnabled() and key != "list":
                scope = {"all": None, "result": transfer.ExportScope(criteria=self.criteria),
                         "selection": transfer.ExportScope(uids=self.selected_uids)}[key]
                button.setText(f"{self.tr(SCOPE_LABELS[key])} ({number(transfer.export_count(self.catalogue, scope))})")
        self.carries.setText(self.tr(CARRIES[self.format()]))
        n = self.count()
        too_many = self.format() == "xlsx" and n > xlsx.MAX_ROWS - 1
        if too_many:
            self.count_label.setText(self.tr("<b>%1</b> records: more than an Excel sheet holds "
                                             "(%2 below its header). Choose CSV, or fewer records.").replace(
                "%1", number(n)).replace("%2", number(xlsx.MAX_ROWS - 1)))
        else:
            self.count_label.setText(self.tr("<b>%Ln</b> record(s) will be exported.", "", n))
        self.export_button.setEnabled(n > 0 and not too_many)
        if self.file_edit.text():
            self.file_edit.setText(str(Path(self.file_edit.text()).with_suffix(self._suffix())))

    def _suffix(self) -> str:
        return {"csv": ".csv", "xlsx": ".xlsx", "ris": ".ris", "bibtex": ".bib", "csljson": ".json",
                "json": ".json", "package": ".zip"}[self.format()]

    def choose_file(self) -> None:
        start = self.catalogue.path.parent if self.catalogue.path else Path.home()
        suggested = str(start / f"{self.catalogue.path.stem if self.catalogue.path else 'export'}{self._suffix()}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, f"*{self._suffix()}")
        if path:
            self.file_edit.setText(path)

    def start_export(self) -> None:
        if not self.file_edit.text():
            self.choose_file()
            if not self.file_edit.text():
                return
        path, fmt, scope = Path(self.file_edit.text()), self.format(), self.scope()
        self.export_button.setEnabled(False)
        self.progress.show()
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.job = self.jobs.start(
            lambda progress, cancelled: transfer.export(self.catalogue, path, fmt, scope, progress, cancelled),
            self._done, lambda exc: self._failed(one_line(exc)), self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, report: transfer.ExportReport) -> None:
        self.report = report
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        shown = report.warnings[:10]
        more = len(report.warnings) - len(shown)
        self.status.setText(html.escape(export_summary(report)) + "".join(f"<br>{html.escape(localized(w))}" for w in shown)
                            + (self.tr("<br>… and %n more", "", more) if more > 0 else ""))
        self.exported.emit(report)

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if message == "ExportCancelled":
            message = self.tr("cancelled")
        self.status.setText(self.tr("<b>The export did not finish; no file was written:</b> %1").replace("%1", message))
        self.failed.emit(message)

    def reject(self) -> None:
        self.jobs.stop_all()   # a running export is cancelled: no file is written
        super().reject()
