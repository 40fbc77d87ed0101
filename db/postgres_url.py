"""PostgreSQL catalogue addresses: recognising them, and showing them without credentials.

A ``postgresql://user:secret@host:5432/catalogue`` address may carry a password. The password is
used to connect and then forgotten: everything a person or a log can see (window titles, error
messages, settings, the sync log) gets :func:`redact_url`'s form, which never holds it. The
standard places for a password are ``~/.pgpass`` and ``$PGPASSWORD`` (libpq reads both), or a
prompt; see :mod:`db.postgres`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")
# Query parameters that hold a secret in a libpq address.
_SECRET_PARAMS = {"password", "sslpassword", "passfile"}
# Any ``scheme://user:password@`` in free text (an error message from the driver, say).
_CREDENTIALS_IN_TEXT = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<secret>[^@\s]*)@",
                                  re.IGNORECASE)
_PASSWORD_IN_TEXT = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def is_server_url(location: str | None) -> bool:
    """True for a ``postgresql://`` (or ``postgres://``) address."""
    if not location:
        return False
    scheme = str(location).split("://", 1)[0].lower() if "://" in str(location) else ""
    return scheme in SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a PostgreSQL address; ``password`` is only what the address itself carried."""
    user: str
    host: str
    port: int | None
    dbname: str
    params: tuple[tuple[str, str], ...] = ()
    password: str | None = None

    def conninfo(self) -> str:
        """A libpq address without the password (libpq then finds one in ~/.pgpass or $PGPASSWORD)."""
        netloc = quote(self.user, safe="") + "@" if self.user else ""
        host = self.host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        netloc += host + (f":{self.port}" if self.port else "")
        query = urlencode([(k, v) for k, v in self.params if k.lower() not in _SECRET_PARAMS])
        return urlunsplit(("postgresql", netloc, "/" + quote(self.dbname, safe=""), query, ""))

    def display(self) -> str:
        """What a person sees: ``dbname on host`` (no user, no password)."""
        where = self.host or "localhost"
        return f"{self.dbname or 'catalogue'} on {where}" + (f":{self.port}" if self.port else "")


def parse_server_url(url: str) -> ServerAddress:
    """Split a PostgreSQL address; ValueError (with a message free of secrets) if it is not one."""
    if not is_server_url(url):
        raise ValueError("not a postgresql:// address")
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError as exc:
        what = "is out of range: a port is a number from 1 to 65535" if "range" in str(exc) else "is not a number"
        raise ValueError(f"the port in {redact_url(url)} {what}") from None
    params = tuple(parse_qsl(parts.query, keep_blank_values=True))
    password = unquote(parts.password) if parts.password is not None else None
    for key, value in params:
        if key.lower() == "password":
            password = value
    return ServerAddress(user=unquote(parts.username or ""), host=parts.hostname or "", port=port,
                         dbname=unquote(parts.path.lstrip("/")), params=params, password=password)


def redact_url(url: str | None) -> str:
    """The address with any password removed: safe for logs, titles, settings and messages.

    ``postgresql://ann:secret@db:5432/cat`` -> ``postgresql://ann@db:5432/cat``. Anything that is
    not a parseable address is passed through :func:`redact_text`.
    """
    if not url:
        return ""
    text = str(url)
    if "://" not in text:
        return redact_text(text)
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return redact_text(text)
    netloc = (parts.username + "@") if parts.username else ""
    if ":" in host:
        host = f"[{host}]"
    netloc += host + (f":{port}" if port else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if k.lower() not in _SECRET_PARAMS])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def redact_text(text: str) -> str:
    """Free text (an exception message) with credentials in any address or ``password=`` removed."""
    text = _CREDENTIALS_IN_TEXT.sub(lambda m: f"{m['scheme']}{m['user']}@", str(text))
    return _PASSWORD_IN_TEXT.sub(r"\1***", text)
