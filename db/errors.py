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
