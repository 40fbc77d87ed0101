"""The one job runner: work the window must not wait for, off the GUI thread (after Anki's
``aqt.operations``: CollectionOp for writes, QueryOp for reads).

The work is always a plain function from app/ (architecture principle 7); this module owns the
thread, the progress, Cancel, the errors, the write-lock wait and the thread's own connection:

- :class:`JobRunner` (a dialog's or the window's): ``start(fn, on_success, ...)`` runs
  ``fn(progress(done, total), cancelled() -> bool)`` on its own thread and calls back on the GUI
  thread; a *write* job disables the window's conflicting actions while it runs (:class:`WriteGuard`)
  and hands the ``Changes`` it returns to the window (``apply_changes``), so the panes refresh.
  Imports, exports, previews, web pages and syncs run here.
- :func:`run_with_progress`: wait for such a function with a progress dialog that appears after
  half a second and can be cancelled (duplicates, bibliographies, reading many records, adding
  documents); the window keeps painting. Cancel returns at once; work that cannot stop part-way
  ends in the background and its result is dropped. An exception becomes :class:`WorkFailed`.
- :func:`run_write`: one single write (save, delete, restore, undo, redo, a reading list change)
  done on the writer thread while the caller waits with the window painting and its input held;
  if another program holds the catalogue's write lock, a dialog says so and Cancel stops waiting
  (the write then raises WaitCancelled, as on the GUI thread). The exception, if any, is raised
  again in the caller, so callers keep their ``try/except`` exactly as before.
- :class:`TaskRunner`: the serial reader (searches, counts): a newer request of a kind supersedes
  the older one, so typing fast runs at most one stale search.
- :func:`show_error`: the one place a job's failure is shown, one line in a message box.

Every thread here closes its own connection to the catalogue when its work ends (peewee keeps one
per thread), except the writer thread, which keeps it for the next write until :func:`release`.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.changes import Changes
from app.write_turns import waiter_for_this_thread
from db.errors import STORAGE_ERRORS, explain
from ui.i18n import localized, translate

SHOW_AFTER_MS = 500
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its class name; a full disk or a folder that
    cannot be written is named by its cause (db.errors.explain). A message app/ marked (app.text:
    a file that cannot be imported, an import that failed) is said in the window's language."""
    from app.text import Message, Source
    marked = bool(exc.args) and isinstance(exc.args[0], (Message, Source))
    if isinstance(exc, (OSError, *STORAGE_ERRORS)):
        said = explain(exc)
        if not (marked and said == str(exc).strip().splitlines()[0]):
            return said              # a full disk, a damaged catalogue: said by its cause
    text = localized(exc) if marked else str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


def show_error(parent: QWidget | None, title: str, exc: BaseException | str) -> None:
    """The one place a failed job is shown: its first line in a warning box."""
    text = exc if isinstance(exc, str) else (localized(exc) or one_line(exc))
    QMessageBox.warning(parent, title, text.splitlines()[0] if text else text)


class WorkFailed(RuntimeError):
    """The background work raised; the message is one line for the user."""


# ---- one job on its own thread ---------------------------------------------------------------------
class Job(QThread):
    """Runs ``fn(progress, cancelled)`` once. ``failed`` carries the exception itself (a sync may
    want a password; a dialog its first line)."""

    progressed = Signal(int, int)      # done, total
    succeeded = Signal(object)         # the function's result
    failed = Signal(object)            # the exception
    waiting = Signal()                 # another program is writing: this job waits its turn (Cancel works)

    def __init__(self, fn: Work, catalogue=None, parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.catalogue = catalogue
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        told: list[float] = []

        def waiter(elapsed: float) -> bool:
            if not told:
                told.append(elapsed)
                self.waiting.emit()
            return not self._cancel.is_set()

        try:
            with waiter_for_this_thread(waiter):
                result = self.fn(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the app layer rolled back
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            if self.catalogue is not None:
                self.catalogue.close_thread_connection()   # this thread's own connection only


# ---- what a write disables -------------------------------------------------------------------------
class WriteGuard(QObject):
    """The window's actions that must not start while a write runs (another import, a sync,
    editing): disabled from the first write's start to the last one's end, then put back as
    they were."""

    writing_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._actions: list[QAction] = []
        self._writes = 0
        self._disabled: list[QAction] = []

    def add(self, actions: Iterable[QAction]) -> None:
        self._actions.extend(actions)

    def is_writing(self) -> bool:
        return self._writes > 0

    def begin(self) -> None:
        self._writes += 1
        if self._writes == 1:
            self._disabled = [a for a in self._actions if a.isEnabled()]
            for action in self._disabled:
                action.setEnabled(False)
            self.writing_changed.emit(True)

    def end(self) -> None:
        if self._writes == 0:
            return
        self._writes -= 1
        if self._writes == 0:
            for action in self._disabled:
                action.setEnabled(True)
            self._disabled = []
            self.writing_changed.emit(False)


class JobRunner(QObject):
    """The jobs a dialog (or the window) started; closing the dialog waits for them (a QThread
    must not be destroyed while it runs).

    ``guard`` and ``report`` are the window's: a write job disables the guard's actions while it
    runs and, when it succeeds, ``report`` receives the ``Changes`` it returned (``changes_of``
    picks them out of a richer result, such as an import's report)."""

    def __init__(self, catalogue=None, parent: QObject | None = None, guard: WriteGuard | None = None,
                 report: Callable[[Changes], None] | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.guard = guard
        self.report = report
        self.running: set[Job] = set()

    def start(self, fn: Work, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
              on_progress: Progress | None = None, on_waiting: Callable[[], None] | None = None, *,
              writes: bool = False, changes_of: Callable[[Any], Changes | None] | None = None,
              catalogue=None, priority: QThread.Priority = QThread.Priority.InheritPriority) -> Job:
        job = Job(fn, catalogue if catalogue is not None else self.catalogue)
        if on_waiting is not None:
            job.waiting.connect(on_waiting)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        if writes and self.guard is not None:
            self.guard.begin()
            job.finished.connect(self.guard.end)

        def succeeded(result) -> None:
            if writes and self.report is not None:
                changes = changes_of(result) if changes_of is not None else result
                if isinstance(changes, Changes) and not changes.is_empty():
                    self.report(changes)
            on_success(result)
        job.succeeded.connect(succeeded)
        job.failed.connect(on_failure)
        job.finished.connect(lambda: self._forget(job))
        self.running.add(job)
        job.start(priority)
        return job

    def _forget(self, job: Job) -> None:
        job.wait()      # ``finished`` comes just before the thread ends: let it end before the object can go
        self.running.discard(job)

    def is_busy(self) -> bool:
        return any(job.isRunning() for job in self.running)

    def stop_all(self) -> None:
        for job in list(self.running):
            job.cancel()
            job.wait()
        self.running.clear()


# ---- waiting for a job with a progress dialog --------------------------------------------------------
_abandoned: set[Job] = set()     # cancelled jobs still running: kept alive until they end


def run_with_progress(parent: QWidget | None, label: str, fn: Work, catalogue=None,
                      show_after_ms: int = SHOW_AFTER_MS) -> tuple[bool, Any]:
    """Run ``fn(progress, cancelled)`` on a job thread and wait for it without freezing the
    window. Returns (True, result), or (False, None) if the user cancelled; raises WorkFailed."""
    job = Job(fn, catalogue)
    dialog = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("Background", "Working"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)   # nothing else happens meanwhile
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.hide()
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_done(result=None, error: BaseException | None = None) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def on_cancel() -> None:
        if "result" in outcome:
            return                          # finished meanwhile: keep the result
        job.cancel()
        outcome["cancelled"] = True
        loop.quit()

    queued = Qt.ConnectionType.QueuedConnection     # delivered in this thread, by the local loop
    job.succeeded.connect(lambda result: on_done(result), queued)
    job.failed.connect(lambda exc: on_done(error=exc), queued)
    job.progressed.connect(on_progress, queued)
    dialog.canceled.connect(on_cancel)      # the Cancel button
    dialog.rejected.connect(on_cancel)      # Esc
    timer = QTimer(singleShot=True, interval=show_after_ms)
    timer.timeout.connect(dialog.show)
    timer.start()
    job.start()
    loop.exec()
    timer.stop()
    dialog.hide()
    dialog.deleteLater()
    if outcome.get("cancelled"):
        if job.isRunning():
            _abandoned.add(job)
            job.finished.connect(lambda: (job.wait(), _abandoned.discard(job)))
        return False, None
    job.wait()
    if outcome.get("error") is not None:
        raise WorkFailed(one_line(outcome["error"]))
    return True, outcome.get("result")


# ---- single writes on the writer thread ------------------------------------------------------------
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
                    QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu, QEvent.Type.Drop, QEvent.Type.Close})


class _HoldInput(QObject):
    """While a write runs, the window paints but takes no clicks or keys (except the wait dialog's),
    so nothing starts a second write or reads half a change."""

    def __init__(self):
        super().__init__()
        self.allowed: QWidget | None = None

    def eventFilter(self, watched, event) -> bool:   # noqa: N802 - Qt's name
        if event.type() not in _INPUT:
            return False
        allowed = self.allowed
        if allowed is not None and isinstance(watched, QWidget) and (watched is allowed or allowed.isAncestorOf(watched)):
            return False
        if event.type() == QEvent.Type.Close and not (isinstance(watched, QWidget) and watched.isWindow()):
            return False
        event.ignore()
        return True


class _Writer:
    """One long-lived thread for single writes: it keeps its connection between writes (no new
    connection per save, which on a server would be a login each time)."""

    def __init__(self):
        self._pool: ThreadPoolExecutor | None = None
        self._last = None       # the catalogue whose connection the thread holds (writer thread only)
        self.depth = 0          # > 0 while a caller waits for a write

    def submit(self, fn: Callable[[], Any], catalogue=None) -> Future:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="catalogue-writer")
        return self._pool.submit(self._run, fn, catalogue)

    def _run(self, fn: Callable[[], Any], catalogue) -> Any:
        if catalogue is not None and self._last is not None and catalogue is not self._last:
            self._close_last()      # at most one catalogue's connection is kept
        if catalogue is not None:
            self._last = catalogue
        return fn()

    def _close_last(self) -> None:
        last, self._last = self._last, None
        if last is not None:
            try:
                last.close_thread_connection()
            except Exception:  # noqa: BLE001 - a catalogue already closed or lost
                pass

    def release(self, catalogue=None) -> None:
        """Close the thread's connection to ``catalogue`` (also when reading-list writes, which reach
        it through the models' binding, opened it), or to whichever catalogue it holds."""
        if self._pool is not None:
            def close():
                if catalogue is None or catalogue is self._last:
                    self._close_last()
                if catalogue is not None:
                    try:
                        catalogue.close_thread_connection()
                    except Exception:  # noqa: BLE001 - already closed or lost
                        pass
            self._pool.submit(close).result(30)


_writer = _Writer()


class _Delivery(QObject):
    done = Signal()
    waiting = Signal()


def release(catalogue=None) -> None:
    """Close the writer thread's connection to ``catalogue`` (before it is closed or replaced)."""
    _writer.release(catalogue)


def run_write(fn: Callable[[], Any], catalogue=None, parent: QWidget | None = None) -> Any:
    """Do ``fn()`` (one write through app/ on ``catalogue``) on the writer thread and return its
    result, the window painting meanwhile; its exception, if any, is raised here. Called again
    from inside a wait (a timer, a nested dialog), it writes on the calling thread as before."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or _writer.depth:
        return fn()
    cancel = threading.Event()
    delivery = _Delivery()
    told: list[float] = []

    def waiter(elapsed: float) -> bool:
        if not told:
            told.append(elapsed)
            delivery.waiting.emit()
        return not cancel.is_set()

    def work():
        with waiter_for_this_thread(waiter):
            return fn()

    loop = QEventLoop()
    dialog: list[QProgressDialog] = []
    hold = _HoldInput()

    def show_wait() -> None:
        """Another program holds the write lock: say so, with Cancel (as the GUI-thread waiter did)."""
        box = QProgressDialog(translate("WaitForWriterDialog", "Waiting for another import to finish…"),
                              translate("WaitForWriterDialog", "Cancel"), 0, 0, parent or QApplication.activeWindow())
        box.setWindowTitle(translate("WaitForWriterDialog", "Catalogue busy"))
        box.setAccessibleName(translate("WaitForWriterDialog", "Waiting for another import to finish"))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setMinimumDuration(0)
        box.canceled.connect(cancel.set)      # the Cancel button
        box.rejected.connect(cancel.set)      # Esc
        hold.allowed = box
        box.show()
        dialog.append(box)

    queued = Qt.ConnectionType.QueuedConnection
    delivery.done.connect(loop.quit, queued)
    delivery.waiting.connect(show_wait, queued)
    _writer.depth += 1
    app.installEventFilter(hold)
    try:
        future = _writer.submit(work, catalogue)
        future.add_done_callback(lambda _f: delivery.done.emit())
        if not future.done():
            loop.exec()
        return future.result()
    finally:
        app.removeEventFilter(hold)
        _writer.depth -= 1
        for box in dialog:
            box.close()
            box.deleteLater()


# ---- the serial reader (searches, counts) ------------------------------------------------------------
# Kinds run in this order when several are waiting: the table before the counts.
PRIORITY = ("first page", "search", "facets")


class TaskRunner(QObject):
    """Runs callables on one worker thread; ``finished``/``failed`` arrive in the GUI thread.

    Each request has a *kind* ("search", "facets", ...). Submitting a request of a kind supersedes
    the older one of that kind: if it has not started it is dropped, not queued; if it is running,
    its result is thrown away when it ends (a per-kind generation counter decides). peewee gives
    this thread its own connection to the catalogue file (WAL mode: readers never wait for the
    writer)."""

    _done = Signal(str, int, object, str)   # kind, generation, result, error text ("" if none)
    finished = Signal(str, object)            # kind, result (current requests only)
    failed = Signal(str, str)                 # kind, one-line message
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cond = threading.Condition()
        self._pending: dict[str, tuple[int, Callable[[], Any]]] = {}
        self._generation: dict[str, int] = {}
        self._running: str | None = None
        self._stopping = False
        self._done.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name="catalogue-worker", daemon=True)
        self._thread.start()

    # ---- GUI thread ------------------------------------------------------------------------------
    def submit(self, kind: str, fn: Callable[[], Any]) -> int:
        """Run ``fn()`` on the worker; supersedes any earlier request of ``kind``. Returns its generation."""
        with self._cond:
            generation = self._generation.get(kind, 0) + 1
            self._generation[kind] = generation
            self._pending[kind] = (generation, fn)
            self._cond.notify()
        self.busy_changed.emit(True)
        return generation

    def cancel(self, kind: str | None = None) -> None:
        """Drop pending requests (of one kind, or all) and ignore the results of running ones."""
        with self._cond:
            kinds = [kind] if kind else list(self._generation)
            for k in kinds:
                self._generation[k] = self._generation.get(k, 0) + 1
                self._pending.pop(k, None)

    def is_busy(self) -> bool:
        with self._cond:
            return bool(self._pending) or self._running is not None

    def run_and_wait(self, fn: Callable[[], Any], timeout: float = 10.0) -> None:
        """Run ``fn`` on the worker thread and wait for it (e.g. to close its connection)."""
        done = threading.Event()

        def job():
            try:
                fn()
            finally:
                done.set()
        with self._cond:
            self._pending["_sync"] = (0, job)
            self._cond.notify()
        done.wait(timeout)

    def shutdown(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._cond.notify()
        self._thread.join(timeout)

    @Slot(str, int, object, str)
    def _deliver(self, kind: str, generation: int, result: object, error: str) -> None:
        # Checked again here: a newer request may have been submitted while this one travelled.
        with self._cond:
            current = self._generation.get(kind) == generation
            idle = not self._pending and self._running is None
        if current:
            if error:
                self.failed.emit(kind, error)
            else:
                self.finished.emit(kind, result)
        if idle:
            self.busy_changed.emit(False)

    # ---- worker thread -----------------------------------------------------------------------------
    def _next(self) -> tuple[str, int, Callable[[], Any]] | None:
        with self._cond:
            while not self._pending and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            kind = next((k for k in ("_sync", *PRIORITY) if k in self._pending), next(iter(self._pending)))
            generation, fn = self._pending.pop(kind)
            self._running = kind
            return kind, generation, fn

    def _loop(self) -> None:
        while True:
            job = self._next()
            if job is None:
                return
            kind, generation, fn = job
            result, error = None, ""
            try:
                result = fn()
            except Exception as exc:  # noqa: BLE001 - reported to the GUI, never kills the worker
                error = one_line(exc)
                traceback.print_exc()
            with self._cond:
                self._running = None
            if kind != "_sync":  # stale results travel too, so the GUI learns when all is idle
                try:
                    self._done.emit(kind, generation, result, error)
                except RuntimeError:  # the runner was deleted while the app quits
                    return
