"""Opening a catalogue on a server that asks for a password, from the command line.

The password is asked for at the terminal (never echoed) and handed to the driver; it is not
stored anywhere. Without a terminal (a script, cron), the standard places apply: ``$PGPASSWORD``
or ``~/.pgpass`` (libpq reads both), and a missing password is a one-line error saying so.
The window asks with its own dialog (ui/sync/sync_dialog.py, ``ask_password``).
"""
from __future__ import annotations

import getpass
import sys

from db.postgres import PasswordRequired

HOW_TO = "set PGPASSWORD or add the server to ~/.pgpass"


def ask_password(message: str, stream=None) -> str | None:
    """Ask at the terminal; None when there is no terminal to ask at."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"{message}\npassword: ", stream=stream)
    except (EOFError, KeyboardInterrupt):
        return None


def with_password(open_fn, stream=None):
    """``open_fn(password)`` with None first; if the server wants a password, ask (up to three
    tries) and call again. Raises PasswordRequired with a hint when it cannot ask."""
    try:
        return open_fn(None)
    except PasswordRequired as first:
        error = first
    for _ in range(3):
        password = ask_password(str(error), stream)
        if password is None:
            raise PasswordRequired(f"{error} ({HOW_TO})", refused=error.refused) from None
        try:
            return open_fn(password)
        except PasswordRequired as exc:
            error = exc
    raise error
