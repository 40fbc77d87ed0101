"""The models' database, with a per-thread override for working on two catalogues at once.

The peewee models are bound to one proxy (``db.models.database``), which the open catalogue
initialises. A sync talks to two catalogues, the local copy and the shared server, from one worker
thread while the window keeps reading the local copy from the GUI thread. ``bound(database)``
points the models at another database for the current thread only, so the GUI thread never sees
the switch.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from peewee import DatabaseProxy


class ThreadBoundProxy(DatabaseProxy):
    """A DatabaseProxy whose target can be overridden per thread (see :func:`bound`)."""

    __slots__ = ("_global", "_local")

    def __init__(self):
        object.__setattr__(self, "_local", threading.local())
        object.__setattr__(self, "_global", None)
        super().__init__()

    def __setattr__(self, attr, value):
        if attr in ("obj", "_callbacks", "_Model", "_global", "_local"):
            object.__setattr__(self, attr, value)
        else:
            raise AttributeError("Cannot set attribute on proxy.")

    @property
    def obj(self):
        stack = getattr(self._local, "stack", None)
        return stack[-1] if stack else self._global

    @obj.setter
    def obj(self, value):
        object.__setattr__(self, "_global", value)

    @contextmanager
    def bound(self, database):
        """Use ``database`` for the models in this thread until the block ends."""
        stack = self._local.__dict__.setdefault("stack", [])
        stack.append(database)
        try:
            yield database
        finally:
            stack.pop()

    def global_database(self):
        """The database the open catalogue initialised, whatever this thread is bound to."""
        return self._global
