"""Errors the persistence layer raises with a message fit to show a user in one line."""
from __future__ import annotations

import sqlite3

from peewee import DatabaseError as _PeeweeDatabaseError


class CatalogueError(Exception):
    """A catalogue cannot be opened or used; ``str(error)`` is a one-line message for the user."""


class NotACatalogueError(CatalogueError):
    pass


class NewerCatalogueError(CatalogueError):
    pass


class ReadOnlyCatalogueError(CatalogueError):
    pass


class PasswordRequired(CatalogueError):
    """The server wants a password and none was given (or the one given was refused)."""

    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused
def explain(exc: BaseException) -> str:
    """One line for a database or file error, naming its cause in a person's words."""
    import errno
    text = str(exc).strip() or type(exc).__name__
    low = text.lower()
    if "disk is full" in low or getattr(exc, "errno", None) == errno.ENOSPC or "no space left" in low:
        return "the disk is full: nothing was changed; free some space and try again"
    if "readonly database" in low or "read-only file system" in low:
        return "the catalogue cannot be written (read-only): nothing was changed"
    if "disk i/o error" in low or getattr(exc, "errno", None) == errno.EIO:
        return "the disk could not be written (input/output error): nothing was changed"
    if "database is locked" in low or "database is busy" in low:
        return "another program kept the catalogue busy for too long: nothing was changed; try again"
    if "malformed" in low or "not a database" in low:
        return f"the catalogue file is damaged ({text})"
    return text.splitlines()[0]


# Failures of the storage itself (a full disk, a damaged file, an I/O error): explain() words them.
STORAGE_ERRORS: tuple[type[BaseException], ...] = (_PeeweeDatabaseError, sqlite3.Error)
