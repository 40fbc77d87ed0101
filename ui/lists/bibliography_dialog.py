"""Export a formatted bibliography: options on the left, a preview of exactly what will be
written on the right, and Export, Print and Print preview.

The caller passes an app.bibliography.Source (a reading list: source_for_list(uid); the selection
or the current result: source_for_ids(ids, title)). HTML, DOCX and PDF preview as the rendered
page (DOCX and PDF carry the same content and styling); Markdown, text, RIS, BibTeX and CSL-JSON
preview as the exact text of the file. Printing paginates exactly as the PDF does.

citeproc-py formats about 80 references a second, so nothing formats on the GUI thread while the
dialog is used: the preview is rebuilt on the dialog's worker (a newer request supersedes an older
one), and exporting or printing a long source formats it on a worker with progress and Cancel.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMarginsF, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QMessageBox, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from app import bibliography as bibl
from app.bibliography_formats import references
from app.bibliography_formats.html_page import to_html
from app.bibliography_formats.pdf_file import layout_document, paint_pages
from ui.i18n import QT_TRANSLATE_NOOP, number, translate
from ui.jobs import TaskRunner, WorkFailed, run_with_progress

# citeproc-py formats about 80 references a second: beyond this many, the preview shows the first
# ones and Export / Print format them all.
PREVIEW_LIMIT = 150
# citeproc-py keeps state on its (cached) style objects: one formatting at a time, whichever thread.
_CITEPROC = threading.Lock()


def build(source: bibl.Source, options: bibl.BibliographyOptions) -> bibl.Bibliography:
    with _CITEPROC:
        return bibl.build(source, options)

PREVIEW_LABELS = {
    "html": QT_TRANSLATE_NOOP("BibliographyDialog", "Preview: the page as it will be written"),
    "docx": QT_TRANSLATE_NOOP("BibliographyDialog", "Preview: the document's content and styling "
                                                    "(Word lays out the pages)"),
    "pdf": QT_TRANSLATE_NOOP("BibliographyDialog", "Preview: the document's content; Print preview shows "
                                                   "the PDF's pages"),
}
EXACT_TEXT = QT_TRANSLATE_NOOP("BibliographyDialog", "Preview: the exact text of the file")


class BibliographyDialog(QDialog):
    exported = Signal(str)          # the path written
    preview_ready = Signal()        # the preview shows the current options

    def __init__(self, source: bibl.Source, parent: QWidget | None = None, preview: bool = True):
        """``preview=False`` for printing straight away (File › Print): nothing is formatted until
        something asks for it."""
        super().__init__(parent)
        self.setObjectName("bibliographyDialog")
        self.setWindowTitle(self.tr("Export bibliography — %1").replace("%1", source.title))
        self.source = source
        self.bibliography: bibl.Bibliography | None = None   # what the preview shows
        self._built_with: bibl.BibliographyOptions | None = None
        self._full: tuple[bibl.BibliographyOptions, bibl.Bibliography] | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_built)
        self.runner.failed.connect(lambda _kind, message: self.preview_label.setText(
            self.tr("Cannot preview: %1").replace("%1", message)))
        self._reference_formats = references.available()

        self.format_box = QComboBox(self)
        for key, label in bibl.FORMAT_LABELS.items():
            self.format_box.addItem(translate("Bibliography", label), key)
        for key, (_, _, label) in self._reference_formats.items():
            self.format_box.addItem(label, key)
        self.format_box.setCurrentIndex(self.format_box.findData("docx"))
        self.style_box = self._combo(bibl.STYLES, "apa")
        self.group_box = self._combo(bibl.GROUPS, "none")
        self.sort_box = self._combo(bibl.SORTS, "list")
        self.summaries_check = QCheckBox(self.tr("Include &summaries"), self)
        self.notes_check = QCheckBox(self.tr("Include the list's &notes"), self)
        self.notes_check.setChecked(True)
        self.notes_check.setEnabled(any(e.note for e in source.entries))

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Citation style:"), self.style_box)
        form.addRow(self.tr("&Group by:"), self.group_box)
        form.addRow(self.tr("S&ort by:"), self.sort_box)
        form.addRow(self.summaries_check)
        form.addRow(self.notes_check)
        count = len(source.entries)
        self.summary_label = QLabel(self.tr("%Ln resource(s) from “%1”", "", count).replace("%1", source.title), self)
        self.summary_label.setWordWrap(True)
        form.addRow(self.summary_label)
        options = QWidget(self)
        options_layout = QVBoxLayout(options)
        options_layout.addLayout(form)
        options_layout.addStretch(1)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("bibliographyPreview")
        self.preview.setAccessibleName(self.tr("Preview of the exported bibliography"))
        self.preview.setOpenLinks(False)
        self.preview.document().setDocumentMargin(12)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setEnabled(False)   # muted: it explains, it does not act
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addWidget(self.preview, 1)
        splitter = QSplitter(self)
        splitter.addWidget(options)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 560])

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.preview_button = QPushButton(self.tr("Print pre&view…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_interactively)
        self.print_button.clicked.connect(self.print_interactively)
        self.preview_button.clicked.connect(self.print_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(900, 600)

        # Options change quickly (arrow keys in a combo): rebuild once they settle.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.request_preview)
        for box in (self.format_box, self.style_box, self.group_box, self.sort_box):
            box.currentIndexChanged.connect(self._timer.start)
        for check in (self.summaries_check, self.notes_check):
            check.toggled.connect(self._timer.start)
        if preview:
            self.request_preview()

    def _combo(self, choices: dict[str, str], current: str) -> QComboBox:
        box = QComboBox(self)
        for key, label in choices.items():
            box.addItem(translate("Bibliography", label), key)
        box.setCurrentIndex(box.findData(current))
        return box

    # ---- state ----
    def fmt(self) -> str:
        return self.format_box.currentData()

    def options(self) -> bibl.BibliographyOptions:
        return bibl.BibliographyOptions(
            style=self.style_box.currentData(), include_summaries=self.summaries_check.isChecked(),
            include_notes=self.notes_check.isChecked(), group_by=self.group_box.currentData(),
            sort=self.sort_box.currentData())

    def is_reference_format(self) -> bool:
        return self.fmt() in self._reference_formats

    def is_truncated(self) -> bool:
        return len(self.source.entries) > PREVIEW_LIMIT

    def _preview_source(self) -> bibl.Source:
        if not self.is_truncated():
            return self.source
        return bibl.Source(self.source.title, self.source.description, self.source.entries[:PREVIEW_LIMIT])

    def _has_full(self) -> bool:
        options = self.options()
        if self._full is not None and self._full[0] == options:
            return True
        return not self.is_truncated() and self.bibliography is not None and self._built_with == options

    def full_bibliography(self) -> bibl.Bibliography:
        """Every reference, formatted with the current options (the preview may hold only the first
        PREVIEW_LIMIT). Formats here unless format_in_background() already did."""
        options = self.options()
        if self._full is not None and self._full[0] == options:
            return self._full[1]
        if self._has_full():
            return self.bibliography
        self._full = (options, build(self.source, options))
        return self._full[1]

    def format_in_background(self) -> bool:
        """Format every reference on a worker with progress and Cancel; False if cancelled."""
        if self._has_full():
            return True
        options = self.options()
        source = self.source
        try:
            finished, result = run_with_progress(self, self.tr("Formatting %Ln reference(s)…", "", len(source.entries)),
                                                 lambda _progress, cancelled: build(source, options))
        except WorkFailed as exc:
            QMessageBox.warning(self, self.tr("Bibliography"),
                                self.tr("Could not format the references: %1").replace("%1", str(exc)))
            return False
        if finished:
            self._full = (options, result)
        return finished

    def preview_text(self) -> str:
        """What the preview shows: the file's text, or for html/docx/pdf the HTML page."""
        fmt = self.fmt()
        if self.is_reference_format():
            return references.render_references(fmt, [e.record for e in self._preview_source().entries])
        if fmt in ("md", "txt"):
            return bibl.render(self.bibliography, fmt)
        return to_html(self.bibliography, screen=False)

    def request_preview(self) -> None:
        """Rebuild the preview on the worker (the options just changed)."""
        self._timer.stop()
        source, options, fmt = self._preview_source(), self.options(), self.fmt()
        self.preview_label.setText(self.tr("Formatting the preview…"))
        self.runner.submit("preview", lambda: (options, fmt, build(source, options)))

    def _on_built(self, kind: str, result) -> None:
        options, fmt, bibliography = result
        if kind == "preview" and options == self.options() and fmt == self.fmt():
            self._show_preview(bibliography)

    def update_preview(self) -> None:
        """Rebuild the preview now, on this thread (tests, and callers that need it at once)."""
        self._timer.stop()
        self.runner.cancel("preview")
        self._show_preview(build(self._preview_source(), self.options()))

    def _show_preview(self, bibliography: bibl.Bibliography) -> None:
        self.bibliography = bibliography
        self._built_with = self.options()
        reference = self.is_reference_format()
        for widget in (self.style_box, self.group_box, self.sort_box, self.summaries_check):
            widget.setEnabled(not reference)
        self.print_button.setEnabled(not reference)
        self.preview_button.setEnabled(not reference)
        text = self.preview_text()
        label = self.tr(PREVIEW_LABELS.get(self.fmt(), EXACT_TEXT))
        if self.is_truncated():
            label += self.tr(" — the first %1 of %Ln references; all are written", "", len(self.source.entries)).replace(
                "%1", number(PREVIEW_LIMIT))
        self.preview_label.setText(label)
        if self.fmt() in ("html", "docx", "pdf"):
            self.preview.document().setDefaultFont(QFont())
            self.preview.setHtml(text)
        else:
            self.preview.document().setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.preview.setPlainText(text)
        self.preview_ready.emit()

    # ---- export ----
    def suffix(self) -> str:
        fmt = self.fmt()
        return self._reference_formats[fmt][1] if self.is_reference_format() else bibl.FORMATS[fmt]

    def export_to(self, path) -> Path:
        """Write the current choice to ``path`` (atomically) and announce it."""
        path = Path(path)
        if self.is_reference_format():
            references.write_references(self.fmt(), [e.record for e in self.source.entries], path)
        else:
            bibl.write(self.full_bibliography(), self.fmt(), path)
        self.exported.emit(str(path))
        return path

    def export_interactively(self) -> None:
        default = bibl.default_file_name(self.source.title, "txt")[:-4] + self.suffix()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bibliography"), default,
                                              f"{self.format_box.currentText()} (*{self.suffix()})")
        if not path:
            return
        if not path.endswith(self.suffix()):
            path += self.suffix()
        if not self.is_reference_format() and not self.format_in_background():
            return     # cancelled: nothing written
        try:
            self.export_to(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export bibliography"),
                                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.runner.cancel()
        self.runner.shutdown(0)     # a preview still formatting ends on its own; its result is dropped
        super().done(result)

    # ---- printing ----
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(self.source.title)
        return printer

    def paint_on(self, printer) -> int:
        """Draw the bibliography on ``printer`` as the PDF would be; returns the page count."""
        bibliography = self.full_bibliography()
        document = layout_document(bibliography, printer)
        return paint_pages(document, printer, bibliography.title)

    def print_interactively(self) -> None:
        if not self.format_in_background():
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.paint_on(printer)

    def print_preview(self) -> None:
        if not self.format_in_background():
            return
        printer = self.make_printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self.paint_on)
        dialog.exec()
