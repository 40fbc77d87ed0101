"""File › Export as web page…: what will be published (the whole catalogue, the current result or a
reading list, with its count, and which kinds of text), where, then Publish on a worker thread with
progress and Cancel. The work is app.publish.publish; a cancelled run leaves no folder behind."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app import publish as pub
from app import reading_lists
from ui.transfer.transfer_worker import Jobs, TransferJob


class PublishDialog(QDialog):
    published = Signal(object)       # the PublishReport
    failed = Signal(str)

    def __init__(self, catalogue, criteria=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export as web page"))
        self.setAccessibleName(self.tr("Export as web page"))
        self.catalogue = catalogue
        self.criteria = criteria
        self.jobs = Jobs(catalogue)
        self.job: TransferJob | None = None
        self.report: pub.PublishReport | None = None
        self.lists = reading_lists.all_lists()

        intro = QLabel(self.tr("A folder with index.html that opens in any browser, with no network: from "
                               "a USB stick, a shared drive or a plain web host. It has the keyword box "
                               "and the criteria boxes, and works on phones."))
        intro.setWordWrap(True)

        scope_box = QGroupBox(self.tr("Publish"))
        scopes = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key in ("all", "result", "list"):
            button = QRadioButton()
            self.scope_buttons[key] = button
            self.scope_group.addButton(button)
            if key == "list":
                self.list_combo = QComboBox()
                self.list_combo.setAccessibleName(self.tr("Reading list to publish"))
                for info in self.lists:
                    self.list_combo.addItem(info.name, info.uid)
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.list_combo, 1)
                scopes.addLayout(row)
            else:
                scopes.addWidget(button)
        current_list = getattr(criteria, "reading_list", None)
        has_result = criteria is not None and not criteria.is_empty() and not criteria.trash
        self.scope_buttons["result"].setEnabled(has_result)
        self.scope_buttons["list"].setEnabled(bool(self.lists))
        self.list_combo.setEnabled(bool(self.lists))
        if current_list and self.list_combo.findData(current_list) >= 0:
            self.list_combo.setCurrentIndex(self.list_combo.findData(current_list))
            self.scope_buttons["list"].setChecked(True)
        else:
            (self.scope_buttons["result"] if has_result else self.scope_buttons["all"]).setChecked(True)
        self.scope_group.buttonToggled.connect(lambda *_: self._update())
        self.list_combo.currentIndexChanged.connect(lambda *_: self._update())

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Page title"))
        self.title_edit.setPlaceholderText(pub.DEFAULT_TITLE)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder to write"))
        self.folder_edit.setPlaceholderText(self.tr("A new or empty folder"))
        self.folder_edit.textChanged.connect(lambda *_: self._update_button())
        browse = QPushButton(self.tr("&Choose folder…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.with_files = QCheckBox(self.tr("Copy the attached &files, so a click on one opens it"))
        self.include_notes = QCheckBox(self.tr("Include the internal &notes"))
        self.include_notes.setToolTip(self.tr("Notes are for the librarians; they stay out unless ticked"))
        for box in (self.with_files, self.include_notes):
            box.toggled.connect(lambda *_: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow("", self.with_files)
        form.addRow("", self.include_notes)

        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setAccessibleName(self.tr("What will be published"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.publish_button = self.buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Open in browser"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.hide()
        self.publish_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_page)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.what)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()

    @staticmethod
    def _plural(text: str, n: int) -> str:
        """A ``tr`` text with a count: English "(s)" resolved here until a translation file does it."""
        return text.replace("(s)", "" if n == 1 else "s")

    # ---- choices ---------------------------------------------------------------------------------
    def scope(self) -> pub.PublishScope:
        if self.scope_buttons["list"].isChecked() and self.list_combo.count():
            return pub.PublishScope(reading_list=self.list_combo.currentText())
        if self.scope_buttons["result"].isChecked():
            return pub.PublishScope(criteria=self.criteria)
        return pub.PublishScope()

    def options(self) -> pub.PublishOptions:
        return pub.PublishOptions(title=self.title_edit.text(), with_files=self.with_files.isChecked(),
                                  include_notes=self.include_notes.isChecked())

    def count(self) -> int:
        return pub.publish_count(self.catalogue, self.scope())

    def _update(self) -> None:
        everything = pub.publish_count(self.catalogue)
        labels = {"all": self._plural(self.tr("The whole catalogue (%Ln record(s))", "", everything), everything),
                  "result": self.tr("The current result"), "list": self.tr("A reading list:")}
        if self.scope_buttons["result"].isEnabled():
            result = pub.publish_count(self.catalogue, pub.PublishScope(criteria=self.criteria))
            labels["result"] = self._plural(self.tr("The current result (%Ln record(s))", "", result), result)
        for key, button in self.scope_buttons.items():
            button.setText(labels[key])
        scope = self.scope()
        if scope.reading_list:
            self.title_edit.setPlaceholderText(scope.reading_list)
        else:
            self.title_edit.setPlaceholderText(pub.DEFAULT_TITLE)
        n = self.count()
        parts = [self._plural(self.tr("<b>%Ln record(s)</b> will be published: titles, summaries, dates, types, "
                                      "organizations, authors, countries, regions, themes, languages, keywords "
                                      "and links", "", n), n)]
        if self.with_files.isChecked():
            parts.append(self.tr(", with the attached files"))
        if self.include_notes.isChecked():
            parts.append(self.tr(", <b>and the internal notes</b>. History and the trash stay out."))
        else:
            parts.append(self.tr(". Internal notes, history and the trash stay out."))
        self.what.setText("".join(parts))
        self._update_button()

    def _update_button(self) -> None:
        running = self.job is not None
        self.publish_button.setEnabled(not running and self.count() > 0)

    def choose_folder(self) -> None:
        start = str(self.catalogue.path.parent) if self.catalogue.path else str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Publish into folder"), start)
        if not path:
            return
        folder = Path(path)
        if any(folder.iterdir()) and not (folder / pub.MARKER).exists():
            # A folder with other files (a USB stick's top): the page goes in a new folder inside it.
            folder = folder / "catalogue-web"
        self.folder_edit.setText(str(folder))

    # ---- the work --------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.folder_edit.text().strip():
            self.choose_folder()
            if not self.folder_edit.text().strip():
                return
        folder, scope, options = Path(self.folder_edit.text().strip()), self.scope(), self.options()
        self.report = None
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Publishing…"))
        self.cancel_button.show()
        self.close_button.setEnabled(False)
        self.job = self.jobs.start(
            lambda progress, cancelled: pub.publish(self.catalogue, folder, scope, options, progress, cancelled),
            self._done, self._failed, self._progress)
        self._update_button()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.close_button.setEnabled(True)
        self._update_button()

    def _done(self, report: pub.PublishReport) -> None:
        self._finish()
        self.report = report
        n, files, missing = report.records, report.files, len(report.missing_files)
        text = self._plural(self.tr("%Ln record(s) published to %1.", "", n), n).replace(
            "%1", str(report.folder / "index.html"))
        if files:
            text += " " + self._plural(self.tr("%Ln attached file(s) copied.", "", files), files)
        if missing:
            text += " " + self._plural(
                self.tr("%Ln attached file(s) missing on this computer were left out.", "", missing), missing)
        self.status.setText(text)
        self.open_button.show()
        self.published.emit(report)

    def _failed(self, message: str) -> None:
        self._finish()
        if message == "PublishCancelled":
            self.status.setText(self.tr("Cancelled; nothing was written."))
        else:
            self.status.setText(self.tr("The page was not published: %1").replace("%1", message))
        self.failed.emit(message)

    def open_page(self) -> None:
        if self.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.folder / "index.html")))

    def reject(self) -> None:
        self.jobs.stop_all()   # a running publish is cancelled; the folder is left as it was
        super().reject()
