"""File › Make offline copy…, File › Sync now, and the "last synced" line (Qt only; app/sync/service.py works).

- :class:`MakeCopyDialog`: the shared catalogue's address and where to save the copy; makes (or
  refreshes) the copy on a worker thread with progress and Cancel; ``copy_made(path)`` lets the
  window offer to open it.
- :class:`SyncDialog`: syncs the open offline copy on a worker thread, shows what moved and lists
  the conflicts, each resolved by keeping this copy's version, the server's, or a field-by-field
  merge (:class:`ConflictMergeDialog`); ``changed(Changes)`` for the window to fan out.
- :func:`last_synced_text`: "Offline copy of … · last synced …" for the status bar or sidebar.
- :func:`ask_password`: the password prompt (never stored; QSettings never sees it).
"""
from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QRadioButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from app.sync import service as sync
from app.change_log import TRACKED_FIELDS, field_value
from app.history import FIELD_LABELS
from db.postgres import PasswordRequired
from db.postgres_url import is_server_url, parse_server_url
from db.records import RecordData
from ui.detail.history_widget import field_text, local_time


def ask_password(parent: QWidget | None, message: str) -> str | None:
    """Ask for the server's password (hidden as typed); None if the librarian cancels."""
    text, ok = QInputDialog.getText(parent, "Password", f"{message}.\nPassword:", QLineEdit.EchoMode.Password)
    return text if ok else None


def last_synced_text(catalogue) -> str:
    """One line about the offline copy ("" if the catalogue is not one)."""
    state = sync.status(catalogue)
    if state is None:
        return ""
    try:
        where = parse_server_url(state.remote).display()
    except ValueError:
        where = state.remote
    when = f"last synced {local_time(state.last_synced)}" if state.last_synced else "never synced"
    if state.last_run in ("failed", "interrupted", "cancelled"):
        when += f" (last attempt {state.last_run})"
    conflicts = f" · {state.conflicts} conflict{'s' if state.conflicts != 1 else ''}" if state.conflicts else ""
    return f"Offline copy of {where} · {when}{conflicts}"


class _Worker(QThread):
    """Runs ``fn(progress, cancelled)``; the exception itself goes back (a password may be wanted)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn, database=None, parent=None):
        super().__init__(parent)
        self.fn, self.database = fn, database
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - shown to the librarian, one line
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if self.database is not None:
                self.database.close()   # this thread's connection only


class _RunningDialog(QDialog):
    """A dialog that runs one sync job at a time, with a progress bar and a password retry."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker: _Worker | None = None
        self.password: str | None = None
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _run(self, fn, database, on_success) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.worker = _Worker(fn, database, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(on_success)
        self.worker.failed.connect(lambda exc: self._failed(exc, fn, database, on_success))
        self.worker.finished.connect(self._idle)
        self._busy(True)
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Exception, fn, database, on_success) -> None:
        if isinstance(exc, PasswordRequired):
            self.worker.wait()
            password = ask_password(self, str(exc))
            if password is not None:
                self.password = password
                self._run(fn, database, on_success)
                return
        self.status.setText(f"Not done: {exc}")

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

    def __init__(self, catalogue, parent=None, suggested_folder: str | Path | None = None):
        super().__init__(parent)
        self.setWindowTitle("Make offline copy")
        self.catalogue = catalogue
        self.address = QLineEdit(catalogue.opened.location if catalogue.opened.is_server else "")
        self.address.setPlaceholderText("postgresql://user@host:5432/catalogue")
        self.address.setToolTip("The shared catalogue. Leave the password out: you will be asked for it, "
                                "or it comes from ~/.pgpass or PGPASSWORD. It is never saved.")
        self.path = QLineEdit(str(self._suggested(suggested_folder)))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Shared catalogue:", self.address)
        form.addRow("Save the copy as:", row)
        intro = QLabel("An offline copy holds every record, reading list and attachment of the shared "
                       "catalogue, and is fully editable without a network. Sync it when you are back "
                       "online: your changes are sent, everyone else's arrive. If the file is already a "
                       "copy of this catalogue, it is synced instead.")
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton("&Make copy", QDialogButtonBox.ButtonRole.AcceptRole)
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
            name = f"{parse_server_url(self.catalogue.opened.location).dbname or 'catalogue'}-offline"
        if folder is None:
            from platformdirs import user_documents_path
            folder = user_documents_path()
        return Path(folder) / f"{name}.db"

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the offline copy as", self.path.text(), "Catalogues (*.db)")
        if path:
            self.path.setText(path)

    def _busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy)

    def start(self) -> None:
        address, path = self.address.text().strip(), self.path.text().strip()
        if not is_server_url(address):
            self.status.setText("Give the shared catalogue's address, starting with postgresql://")
            return
        if not path:
            self.status.setText("Choose where to save the copy")
            return
        self.status.setText("Copying…")
        self._run(lambda progress, cancelled: sync.make_offline_copy(address, path, self.password, progress,
                                                                     cancelled),
                  None, lambda report: self._done(report, path))

    def _done(self, report: sync.SyncReport, path: str) -> None:
        verb = "Made" if report.created_copy else "Refreshed"
        self.status.setText(f"{verb} the offline copy {path}: {report.summary()}.")
        self.copy_made.emit(path)


class SyncDialog(_RunningDialog):
    changed = Signal(object)     # app.changes.Changes: what the sync or a resolution changed here

    def __init__(self, catalogue, parent=None, pull_only: bool = False, start: bool = True):
        super().__init__(parent)
        self.setWindowTitle("Sync")
        self.catalogue = catalogue
        self.pull_only = pull_only
        self.heading = QLabel(last_synced_text(catalogue) or "This catalogue is not an offline copy.")
        self.heading.setWordWrap(True)
        self.conflict_list = QListWidget()
        self.conflict_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton("&Sync now", QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self.start)
        self.mine_button = buttons.addButton("Keep &this copy's", QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button = buttons.addButton("Take the &server's", QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = buttons.addButton("&Merge field by field…", QDialogButtonBox.ButtonRole.ActionRole)
        self.mine_button.clicked.connect(lambda: self.resolve("local"))
        self.theirs_button.clicked.connect(lambda: self.resolve("remote"))
        self.merge_button.clicked.connect(self.merge)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(QLabel("Changed on both sides since the last sync (nothing was overwritten):"))
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
        self.status.setText("Syncing…")
        self._run(lambda progress, cancelled: sync.sync(self.catalogue, None, self.password, self.pull_only,
                                                        progress, cancelled),
                  self.catalogue.database, self._done)

    def _done(self, report: sync.SyncReport) -> None:
        self.status.setText(("Pulled only: " if report.pull_only else "Synced: ") + report.summary() + ".")
        self.heading.setText(last_synced_text(self.catalogue))
        self._fill_conflicts()
        if not report.changes.is_empty():
            self.changed.emit(report.changes)

    def _fill_conflicts(self) -> None:
        self.conflict_list.clear()
        self.conflicts = {c.uid: c for c in sync.conflicts(self.catalogue)}
        for conflict in self.conflicts.values():
            title = (conflict.local or conflict.remote).title
            item = QListWidgetItem(f"{title}  —  this copy: version {conflict.local.version if conflict.local else '—'}, "
                                   f"server: version {conflict.remote.version}")
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
        changes = sync.resolve_conflict(self.catalogue, conflict.uid, keep)
        self.status.setText("Resolved: the choice is sent at the next sync.")
        self.heading.setText(last_synced_text(self.catalogue))
        self._fill_conflicts()
        if not changes.is_empty():
            self.changed.emit(changes)

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
        self.setWindowTitle("Merge field by field")
        self.local, self.remote = local, remote
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel("<b>This copy</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Shared catalogue</b>"), 0, 2)
        fields = [n for n in TRACKED_FIELDS if field_value(local, n) != field_value(remote, n)]
        top = Qt.AlignmentFlag.AlignTop
        for row, name in enumerate(fields, start=1):
            grid.addWidget(QLabel(f"<b>{FIELD_LABELS.get(name, name)}</b>"), row, 0, top)
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
        intro = QLabel("Both changed this record since the last sync. Choose, field by field, the value to "
                       "keep; the result is sent at the next sync and history keeps both versions.")
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
