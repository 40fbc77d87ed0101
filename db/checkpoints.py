"""The write-ahead log copied back into the catalogue file off the writer's path.

In WAL mode each commit is appended to the catalogue's -wal file, and by default the connection
whose commit takes the log past 1,000 pages copies the log back into the file (a checkpoint, with
its fsyncs) before that commit returns. A bulk edit of 10,000 records ends with such a checkpoint
most times: 15-20% of its time (bench/bench_speed17.py bulk; bench/RESULTS.md, "Issue 17, session 9").

Here a writer's commit asks a thread of this catalogue's for a checkpoint instead, which runs a
moment later (one for a burst of commits) on a short-lived connection of its own, PASSIVE: it
never waits for readers or writers, nor holds them up; what it cannot copy yet it copies next
time. A writer still checkpoints itself once the log passes WRITER_CHECKPOINT_PAGES (the
``wal_autocheckpoint`` pragma db.connection sets), so the log stays bounded if the thread falls
behind or a process ends first; the last connection to close a catalogue checkpoints it whole, as
before. Nothing changes in what is kept: a commit is in the log, readable by every reader, before
it returns; a crash or power cut can lose what synchronous=NORMAL could always lose.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

# The writer's own checkpoint past this many pages of log (256 MB at 4 KB pages). A bulk edit of
# 10,000 records logs ~17,000 pages (pages spilled from the cache mid-transaction are logged again
# at commit), so 16,384 would still put a checkpoint inside most such edits.
WRITER_CHECKPOINT_PAGES = 65_536
# The log file is cut back to this size when it starts again from the beginning (a big import
# leaves no 256 MB file behind).
LOG_SIZE_LIMIT = 64 * 1024 * 1024
DELAY_SECONDS = 0.2                # after a commit, wait this long for more before checkpointing
IDLE_SECONDS = 10.0                # the thread ends after this long with nothing to do


class Checkpointer:
    """Checkpoints of one catalogue file, on a thread that starts when asked and ends when idle
    or when the catalogue is closed."""

    def __init__(self, path: str | Path):
        self.uri = Path(path).resolve().as_uri() + "?mode=rw"   # never creates a file that went away
        self._wanted = threading.Event()
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._busy = False
        self.done = 0          # checkpoints run (tests read it)

    def wanted(self) -> None:
        """A commit has added to the log: checkpoint soon."""
        if self._closed.is_set():
            return
        self._wanted.set()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="catalogue-checkpoint", daemon=True)
                self._thread.start()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no checkpoint is wanted or running (benchmarks and tests)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                idle = self._thread is None or (not self._wanted.is_set() and not self._busy)
            if idle:
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        """No more checkpoints from here (the catalogue is closing: its last connection checkpoints
        it whole); one running is waited for."""
        self._closed.set()
        self._wanted.set()
        with self._lock:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5.0)

    def _run(self) -> None:
        while True:
            if not self._wanted.wait(IDLE_SECONDS):
                with self._lock:
                    if not self._wanted.is_set():
                        self._thread = None
                        return
                continue
            with self._lock:
                self._busy = True
            try:
                # More commits may follow: one checkpoint for them all. A close ends the wait.
                if self._closed.wait(DELAY_SECONDS):
                    return
                self._wanted.clear()
                self.checkpoint()
            finally:
                with self._lock:
                    self._busy = False
                    if self._closed.is_set():
                        self._thread = None

    def checkpoint(self) -> tuple[int, int, int] | None:
        """One PASSIVE checkpoint now: (busy, pages in the log, pages copied), None if it could not run
        (the file gone, locked or read-only: the next one, or the writer's own, will do it)."""
        try:
            connection = sqlite3.connect(self.uri, uri=True, timeout=1.0, check_same_thread=False)
            try:
                result = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                connection.close()
        except sqlite3.Error as exc:
            log.debug("checkpoint of %s not run: %s", self.uri, exc)
            return None
        self.done += 1
        return tuple(result) if result else None
