"""Errors the persistence layer raises with a message fit to show a user in one line."""
from __future__ import annotations


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
