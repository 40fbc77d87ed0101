"""One serial worker thread for database reads the GUI must not wait for (searches, facet counts).

Each request has a *kind* ("search", "facets", ...). Submitting a request of a kind supersedes
the older one of that kind: if it has not started it is dropped, not queued; if it is running,
its result is thrown away when it ends (a per-kind generation counter decides). So typing fast
in the keyword box runs at most one stale search, never a backlog.

peewee gives this thread its own connection to the catalogue file (WAL mode: readers never wait
for the writer). Results come back to the GUI thread through a queued signal.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

# Kinds run in this order when several are waiting: the table before the counts.
PRIORITY = ("search", "facets")


class TaskRunner(QObject):
    """Runs callables on one worker thread; ``finished``/``failed`` arrive in the GUI thread."""

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
                error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                traceback.print_exc()
            with self._cond:
                self._running = None
            if kind != "_sync":  # stale results travel too, so the GUI learns when all is idle
                try:
                    self._done.emit(kind, generation, result, error)
                except RuntimeError:  # the runner was deleted while the app quits
                    return
