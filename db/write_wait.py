"""Writers wait their turn on a catalogue file; readers never wait.

SQLite lets one writer at a time hold the write lock. A deferred transaction (plain BEGIN) takes it
at its first write, and if another process holds it then, the transaction fails at once with
"database is locked" (a busy wait cannot help a deferred transaction that has already read). So every
write transaction here starts with BEGIN IMMEDIATE, which takes the lock first and, while another
writer holds it, waits: in short polls, telling whoever listens that it is waiting (the command line
prints a line on stderr, the window shows a progress dialog with Cancel), for up to WAIT_SECONDS.
Read snapshots ask for DEFERRED explicitly (db.dialect.read_snapshot); in WAL mode they never wait.

On PostgreSQL writers queue on an advisory lock (db.postgres.lock_writes): :func:`take_turn` tries it
in the same short polls, with the same notice, Cancel and limit; readers never take it.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from collections.abc import Callable

from peewee import OperationalError, SqliteDatabase

from db.errors import CatalogueError

WAIT_SECONDS = 600.0          # how long a writer waits for another one (an import of 1,000,000 takes minutes)
BUSY_TIMEOUT_MS = 120_000     # a stray write outside a transaction waits this long, silently
_POLL_MS = 200

# waiter(elapsed_seconds) -> bool: called while waiting (first after one poll, then every poll);
# False means the person asked to stop waiting (Cancel). A waiter with a ``finished()`` method
# hears when the wait is over (to close its dialog).
Waiter = Callable[[float], bool]
_local = threading.local()
_default: list[Waiter | None] = [None]


class CatalogueBusyError(CatalogueError):
    """Another program kept the catalogue's write lock for longer than we wait."""


class WaitCancelled(CatalogueError):
    """The person stopped waiting for another writer; nothing was written."""


def set_default_waiter(waiter: Waiter | None) -> None:
    """The waiter for threads that have none of their own (the command line sets one)."""
    _default[0] = waiter


@contextmanager
def waiter_for_this_thread(waiter: Waiter):
    """Use ``waiter`` for the writes of this thread inside the block (a worker or a dialog)."""
    previous = getattr(_local, "waiter", None)
    _local.waiter = waiter
    try:
        yield
    finally:
        _local.waiter = previous


def _current_waiter() -> Waiter | None:
    return getattr(_local, "waiter", None) or _default[0]


def _is_busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class WaitingSqliteDatabase(SqliteDatabase):
    """SqliteDatabase whose transactions are IMMEDIATE unless asked otherwise, waiting their turn."""

    def __init__(self, database, **kwargs):
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, **kwargs)
        self.checkpointer = None          # db.checkpoints.Checkpointer, set by db.connection
        self._changes_seen: dict[int, int] = {}

    def commit(self):
        """Commit; if the transaction wrote, the checkpointer copies the log back soon (db.checkpoints)."""
        connection = self.connection()
        result = super().commit()
        if self.checkpointer is not None:
            changes = connection.total_changes
            if self._changes_seen.get(id(connection)) != changes:
                self._changes_seen[id(connection)] = changes
                self.checkpointer.wanted()
        return result

    def rollback(self):
        """Roll back, unless SQLite already did: after "database or disk is full" it ends the
        transaction itself, and peewee's own rollback would then replace that clear error with
        "cannot rollback - no transaction is active"."""
        try:
            super().rollback()
        except OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise

    def execute_sql(self, sql, params=None, *args, **kwargs):
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except OperationalError as exc:
            # The same for a savepoint inside a transaction SQLite has already rolled back.
            if (str(sql).startswith("ROLLBACK TO SAVEPOINT") and "no such savepoint" in str(exc)
                    and not self.connection().in_transaction):
                return None
            raise

    def begin(self, lock_type=None):
        lock_type = (lock_type or self._lock_type or "").upper()
        if lock_type not in ("IMMEDIATE", "EXCLUSIVE"):
            return super().begin(lock_type or None)
        cursor = self.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_POLL_MS}")
        try:
            self._begin_waiting(cursor, lock_type)
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _begin_waiting(self, cursor, lock_type: str) -> None:
        waited: list[Waiter] = []
        try:
            self._poll(cursor, lock_type, waited)
        finally:
            finished = getattr(waited[0], "finished", None) if waited else None
            if finished is not None:
                finished()

    def _poll(self, cursor, lock_type: str, waited: list) -> None:
        start = time.monotonic()
        while True:
            try:
                cursor.execute(f"BEGIN {lock_type}")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
            _still_waiting(start, waited)


def _still_waiting(start: float, waited: list) -> None:
    """One turn of a wait for another writer: over WAIT_SECONDS raises CatalogueBusyError; the
    waiter (noted in ``waited`` the first time) is told how long, and its Cancel raises WaitCancelled."""
    elapsed = time.monotonic() - start
    if elapsed >= WAIT_SECONDS:
        raise CatalogueBusyError(
            f"another program has been writing to the catalogue for {int(WAIT_SECONDS // 60)} minutes; "
            f"nothing was changed: try again when it has finished")
    waiter = _current_waiter()
    if waiter is not None and not waited:
        waited.append(waiter)
    if waiter is not None and not waiter(elapsed):
        raise WaitCancelled("stopped waiting for the other writer; nothing was changed")


def take_turn(try_lock: Callable[[], bool], pause: float = _POLL_MS / 1000) -> None:
    """Take a write lock with ``try_lock`` (True once taken), waiting as a file's writers do: a poll
    every ``pause`` seconds, the waiter told (it may Cancel), at most WAIT_SECONDS."""
    if try_lock():
        return
    start = time.monotonic()
    waited: list[Waiter] = []
    try:
        while True:
            _still_waiting(start, waited)
            time.sleep(pause)
            if try_lock():
                return
    finally:
        finished = getattr(waited[0], "finished", None) if waited else None
        if finished is not None:
            finished()
