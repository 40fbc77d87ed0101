"""Working out the catalogue's sort orders in the background, before the user clicks a column.

A whole-catalogue order costs one index scan (~0.1 s at 100,000 records, ~0.5-1.5 s at
1,000,000); once made it is cached until a record changes (db.search_plan.SearchPlanner._cached). The window asks
this thread to warm the orders after each answer it shows; the thread waits until requests stop
for ``delay`` seconds (typing, a burst of edits) and then fills in the orders the current
generation lacks, one at a time, stopping early when a newer request or stop() comes. It has its
own database connection (peewee keeps one per thread), so the worker that answers searches never
waits for it (on a 2-core laptop the two run side by side); it closes that connection after each
warm-up, so it never holds a catalogue file open while idle.

Plain threading, no Qt: the domain layer owns it, and the command line or a test can use it.
"""
from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class OrderWarmer:
    def __init__(self, delay: float = 0.3):
        self.delay = delay
        self._wait = delay         # the wait before the pending request: delay, or 0 for request(now=True)
        self._cond = threading.Condition()
        self._catalogue = None
        self._token = 0            # bumped by each request: a running warm-up stops for a newer one
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.warmed = 0             # orders computed so far (for tests and the status line)
        self.idle = threading.Event()
        self.idle.set()

    def request(self, catalogue, now: bool = False) -> None:
        """Warm ``catalogue``'s orders once requests have stopped for ``delay`` seconds; with
        ``now``, at once (a catalogue just opened: nothing is being typed yet)."""
        with self._cond:
            if self._stopping:
                return
            self._catalogue = catalogue
            self._wait = 0.0 if now else self.delay
            self._token += 1
            self.idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="order-warmer", daemon=True)
                self._thread.start()
            self._cond.notify()

    def cancel(self) -> None:
        """Drop the pending request (e.g. before the catalogue is closed)."""
        with self._cond:
            self._catalogue = None
            self._token += 1
            self._cond.notify()

    def stop(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._stopping = True
            self._catalogue = None
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout)

    # ---- the thread --------------------------------------------------------------------------------
    def _next(self):
        """Wait for a request and for ``delay`` seconds without a newer one; (catalogue, token)."""
        with self._cond:
            while True:
                if self._stopping:
                    return None
                if self._catalogue is None:
                    self.idle.set()
                    self._cond.wait()
                    continue
                token = self._token
                self._cond.wait(self._wait)
                if self._stopping:
                    return None
                if token == self._token and self._catalogue is not None:
                    catalogue, self._catalogue = self._catalogue, None
                    return catalogue, token

    def _loop(self) -> None:
        while (job := self._next()) is not None:
            catalogue, token = job
            try:
                self.warmed += catalogue.warm_orders(cancelled=lambda t=token: self._stopping or self._token != t)
            except Exception:  # noqa: BLE001 - a closed or vanished catalogue: the next request starts afresh
                log.debug("warming the sort orders failed", exc_info=True)
            finally:
                try:
                    catalogue.database.close()   # this thread's connection only (peewee keeps one a thread)
                except Exception:  # noqa: BLE001 - already closed by its owner
                    pass
            with self._cond:
                if self._catalogue is None:
                    self.idle.set()
        self.idle.set()
