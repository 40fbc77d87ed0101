"""Where a catalogue lives, as the front ends check and show it: a file, or an address on a
server, always shown without its password. The window and the command line ask here rather
than reading db/'s connection modules.
"""
from __future__ import annotations

from db import connection
from db.connection import ENV_VAR

__all__ = ["ENV_VAR", "file_path", "is_server_address", "redacted", "redacted_text", "resolve",
           "server_database_name", "server_display"]


def resolve(location) -> str:
    """The catalogue ``location`` names: --db, else $RESOURCE_CATALOGUE_DB, else the default file."""
    return connection.resolve_location(location)


def file_path(location: str):
    """The catalogue file a location names (a path or a file address); None for a server."""
    return connection.file_path(location)


def is_server_address(location: str | None) -> bool:
    """True for the address of a catalogue on a server."""
    return connection.is_server_address(location)


def server_display(address: str) -> str:
    """A server address as people read it (host, port, database), without credentials."""
    return connection.server_display(address)


def server_database_name(address: str) -> str | None:
    """The database named in a server address, if any."""
    return connection.server_database_name(address)


def redacted(location: str | None) -> str:
    """``location`` with any password removed, fit for a title, a setting or a log."""
    return connection.redacted(location)


def redacted_text(text: str) -> str:
    """Free text (an error message) with any credentials in it removed."""
    return connection.redacted_text(text)
