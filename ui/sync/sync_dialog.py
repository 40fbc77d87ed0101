"""File › Make offline copy…, File › Sync now, and the "last synced" line (Qt only; app/sync/service.py works).

- :class:`MakeCopyDialog`: the shared catalogue's address and where to save the copy; makes (or
  refreshes) the copy on a job runner (ui.jobs) with progress and Cancel; ``copy_made(path)`` lets the
  window offer to open it.
- :class:`SyncDialog`: syncs the open offline copy through the job runner, shows what moved and lists
  the conflicts, each resolved by keeping this copy's version, the server's, or a field-by-field
  merge (:class:`ConflictMergeDialog`); ``changed(Changes)`` for the window to fan out.
- :func:`last_synced_text`: "Offline copy of … · last synced …" for the status bar or sidebar.
- :func:`ask_password`: the password prompt (never stored; QSettings never sees it).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QRadioButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from app.sync import service as sync
from app.change_log import TRACKED_FIELDS, field_value
from app.changes import Changes
from app.history import FIELD_LABELS
from db.errors import PasswordRequired
from app.locations import is_server_address, server_database_name, server_display
from db.records import RecordData
from ui.detail.history_widget import field_text, local_time
from ui import accessibility
from ui.i18n import localized, translate
from ui.report_text import sync_summary
from ui.jobs import Job, JobRunner, WriteGuard, run_write


def ask_password(parent: QWidget | None, message: str) -> str | None:
    """Ask for the server's password (hidden as typed); None if the librarian cancels."""
    text, ok = QInputDialog.getText(parent, translate("SyncDialog", "Password"),
                                    translate("SyncDialog", "%1.\nPassword:").replace("%1", message), QLineEdit.EchoMode.Password)
    return text if ok else None


def last_synced_text(catalogue) -> str:
    """One line about the offline copy ("" if the catalogue is not one)."""
    state = sync.status(catalogue)
    if state is None:
        return ""
    try:
        where = server_display(state.remote)
    except ValueError:
        where = state.remote
    when = (translate("SyncDialog", "last synced %1").replace("%1", local_time(state.last_synced))
            if state.last_synced else translate("SyncDialog", "never synced"))
    if state.last_run in ("failed", "interrupted", "cancelled"):
        attempt = {"failed": translate("SyncDialog", "failed"), "interrupted": translate("SyncDialog", "interrupted"),
                   "cancelled": translate("SyncDialog", "cancelled")}[state.last_run]
        when += translate("SyncDialog", " (last attempt %1)").replace("%1", attempt)
    conflicts = " · " + _SyncTexts().conflicts(state.conflicts) if state.conflicts else ""
    return translate("SyncDialog", "Offline copy of %1 · %2").replace("%1", where).replace("%2", when) + conflicts


class _SyncTexts(QObject):
    """Plural phrases (lupdate marks plural forms only in a class's tr())."""

    def conflicts(self, count: int) -> str:
        return self.tr("%Ln conflict(s)", "", count)


class _RunningDialog(QDialog):
    """A dialog that runs one sync job at a time, with a progress bar and a password retry."""

    def __init__(self, parent=None, guard: WriteGuard | None = None,
                 report: Callable[[Changes], None] | None = None):
        super().__init__(parent)
        # guard: the window's write actions, off while a job runs; report: where the Changes go
        self.jobs = JobRunner(None, self, guard=guard, report=report)
        self.worker: Job | None = None
        self.password: str | None = None
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _run(self, fn, catalogue, on_success) -> None:
        """Run ``fn(progress, cancelled)`` through the job runner; ``catalogue``'s connection on the
        job's thread is closed when it ends."""
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._busy(True)
        self.worker = self.jobs.start(fn, on_success, lambda exc: self._failed(exc, fn, catalogue, on_success),
                                      self._progressed, writes=True, catalogue=catalogue,
                                      changes_of=lambda result: getattr(result, "changes", None))
        self.worker.finished.connect(self._idle)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Exception, fn, catalogue, on_success) -> None:
        if isinstance(exc, PasswordRequired):
            if self.worker is not None:
                self.worker.wait()
            password = ask_password(self, str(exc))
            if password is not None:
                self.password = password
                self._run(fn, catalogue, on_success)
                return
        self.status.setText(self.tr("Not done: %1").replace("%1", localized(exc)))

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        """Enable or disable the dialog's own buttons while a job runs."""

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()
        super().reject()


class MakeCopyDialog(_RunningDialog):
    copy_made = Signal(str)     # the copy's path: the window may offer to open it

    def __init__(self, catalogue, parent=None, suggested_folder: str | Path | None = None,
                 guard: WriteGuard | None = None):
        super().__init__(parent, guard)
        self.setWindowTitle(self.tr("Make offline copy"))
        self.catalogue = catalogue
        self.address = QLineEdit(catalogue.opened.location if catalogue.opened.is_server else "")
        self.address.setPlaceholderText(self.tr("postgresql://user@host:5432/catalogue"))
        self.address.setToolTip(self.tr("The shared catalogue. Leave the password out: you will be asked for it, "
                                "or it comes from ~/.pgpass or PGPASSWORD. It is never saved."))
        self.path = QLineEdit(str(self._suggested(suggested_folder)))
        accessibility.name(self.path, self.tr("Save the copy as:"))
        accessibility.name(self.address, self.tr("Shared catalogue:"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Shared catalogue:"), self.address)
        form.addRow(self.tr("Save the copy as:"), row)
        intro = QLabel(self.tr("An offline copy holds every record, reading list and attachment of the shared "
                       "catalogue, and is fully editable without a network. Sync it when you are back "
                       "online: your changes are sent, everyone else's arrive. If the file is already a "
                       "copy of this catalogue, it is synced instead."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(self.tr("&Make copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.clicked.connect(self.start)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 260)

    def _suggested(self, folder) -> Path:
        name = "offline-copy"
        if self.catalogue.opened.is_server:
            name = f"{server_database_name(self.catalogue.opened.location) or 'catalogue'}-offline"
        if folder is None:
            from platformdirs import user_documents_path
            folder = user_documents_path()
        return Path(folder) / f"{name}.db"

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the offline copy as"), self.path.text(),
                                              self.tr("Catalogues (*.db)"))
        if path:
            self.path.setText(path)

    def _busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy)

    def start(self) -> None:
        address, path = self.address.text().strip(), self.path.text().strip()
        if not is_server_address(address):
            self.status.setText(self.tr("Give the shared catalogue's address, starting with postgresql://"))
            return
        if not path:
            self.status.setText(self.tr("Choose where to save the copy"))
            return
        self.status.setText(self.tr("Copying…"))
        self._run(lambda progress, cancelled: sync.make_offline_copy(address, path, self.password, progress,
                                                                     cancelled),
                  None, lambda report: self._done(report, path))

    def _done(self, report: sync.SyncReport, path: str) -> None:
        text = (self.tr("Made the offline copy %1: %2.") if report.created_copy
                else self.tr("Refreshed the offline copy %1: %2."))
        self.status.setText(text.replace("%1", str(path)).replace("%2", sync_summary(report)))
        self.copy_made.emit(path)


class SyncDialog(_RunningDialog):
    """Sync now, and the conflicts left: what a sync or a resolution changes here goes to ``report``."""

    def __init__(self, catalogue, parent=None, pull_only: bool = False, start: bool = True,
                 guard: WriteGuard | None = None, report: Callable[[Changes], None] | None = None):
        super().__init__(parent, guard, report)
        self.setWindowTitle(self.tr("Sync"))
        self.catalogue = catalogue
        self.pull_only = pull_only
        self.heading = QLabel(last_synced_text(catalogue) or self.tr("This catalogue is not an offline copy."))
        self.heading.setWordWrap(True)
        self.conflict_list = QListWidget()
        self.conflict_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(self.tr("&Sync now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.start)
        self.mine_button = buttons.addButton(self.tr("Keep &this copy's"), QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button = buttons.addButton(self.tr("Take the &server's"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = buttons.addButton(self.tr("&Merge field by field…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.mine_button.clicked.connect(lambda: self.resolve("local"))
        self.theirs_button.clicked.connect(lambda: self.resolve("remote"))
        self.merge_button.clicked.connect(self.merge)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Changed on both sides since the last sync (nothing was overwritten):")))
        layout.addWidget(self.conflict_list, 1)
        layout.addWidget(buttons)
        self.resize(700, 440)
        self._fill_conflicts()
        if start and sync.status(catalogue) is not None:
            self.start()

    def _busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and sync.status(self.catalogue) is not None)
        self._update_buttons(busy)

    def _update_buttons(self, busy: bool = False) -> None:
        chosen = self.conflict_list.currentItem() is not None and not busy
        for button in (self.mine_button, self.theirs_button, self.merge_button):
            button.setEnabled(chosen)

    def start(self) -> None:
        self.status.setText(self.tr("Syncing…"))
        self._run(lambda progress, cancelled: sync.sync(self.catalogue, None, self.password, self.pull_only,
                                                        progress, cancelled),
                  self.catalogue, self._done)

    def _done(self, report: sync.SyncReport) -> None:
        self.status.setText((self.tr("Pulled only: %1.") if report.pull_only else self.tr("Synced: %1.")).replace(
            "%1", sync_summary(report)))
        self.heading.setText(last_synced_text(self.catalogue))
        self._fill_conflicts()

    def _fill_conflicts(self) -> None:
        self.conflict_list.clear()
        self.conflicts = {c.uid: c for c in sync.conflicts(self.catalogue)}
        for conflict in self.conflicts.values():
            title = (conflict.local or conflict.remote).title
            item = QListWidgetItem(self.tr("%1  —  this copy: version %2, server: version %3").replace("%1", title).replace(
                "%2", str(conflict.local.version) if conflict.local else "—").replace("%3", str(conflict.remote.version)))
            item.setData(256, conflict.uid)
            self.conflict_list.addItem(item)
        self._update_buttons()

    def _current(self) -> sync.SyncConflictInfo | None:
        item = self.conflict_list.currentItem()
        return self.conflicts.get(item.data(256)) if item is not None else None

    def resolve(self, keep) -> None:
        conflict = self._current()
        if conflict is None:
            return
        changes = run_write(lambda: sync.resolve_conflict(self.catalogue, conflict.uid, keep), self.catalogue)
        self.status.setText(self.tr("Resolved: the choice is sent at the next sync."))
        self.heading.setText(last_synced_text(self.catalogue))
        self._fill_conflicts()
        if not changes.is_empty() and self.jobs.report is not None:
            self.jobs.report(changes)

    def merge(self) -> None:
        conflict = self._current()
        if conflict is None or conflict.local is None:
            return
        dialog = ConflictMergeDialog(conflict.local, conflict.remote, self, self.catalogue)
        if dialog.exec():
            self.resolve(dialog.merged_record())


class ConflictMergeDialog(QDialog):
    """This copy's and the server's version side by side, a choice per differing field."""

    def __init__(self, local: RecordData, remote: RecordData, parent=None, catalogue=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge field by field"))
        self.local, self.remote = local, remote
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(self.tr("<b>This copy</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Shared catalogue</b>")), 0, 2)
        fields = [n for n in TRACKED_FIELDS if field_value(local, n) != field_value(remote, n)]
        top = Qt.AlignmentFlag.AlignTop
        for row, name in enumerate(fields, start=1):
            grid.addWidget(QLabel(f"<b>{localized(FIELD_LABELS.get(name, name))}</b>"), row, 0, top)
            group = QButtonGroup(self)
            for side, record in ((0, local), (1, remote)):
                grid.addWidget(self._choice(field_text(catalogue, name, field_value(record, name)) or "(empty)",
                                            group, side), row, side + 1, top)
            group.button(0).setChecked(True)
            self.groups[name] = group
        grid.setRowStretch(len(fields) + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Both changed this record since the last sync. Choose, field by field, the value to "
                       "keep; the result is sent at the next sync and history keeps both versions."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    @staticmethod
    def _choice(text: str, group: QButtonGroup, side: int) -> QWidget:
        """A radio button with its value wrapped beside it; clicking the value picks it too."""
        radio = QRadioButton()
        group.addButton(radio, side)
        label = QLabel(text)
        label.setWordWrap(True)
        label.mousePressEvent = lambda _event: radio.setChecked(True)
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        return widget

    def choose(self, field: str, side: int) -> None:
        """Pick this copy's (0) or the server's (1) value of a field."""
        self.groups[field].button(side).setChecked(True)

    def merged_record(self) -> RecordData:
        values = {name: getattr(self.local if group.checkedId() == 0 else self.remote, name)
                  for name, group in self.groups.items()}
        return replace(self.local, **values)
