"""Open a catalogue from a path or URL: checks, pragmas, creation and upgrades.

A path (or ``sqlite:///`` URL) is a catalogue file; a ``postgresql://`` URL a shared catalogue on
a server (see db.postgres). Either way the caller gets the same OpenedCatalogue.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from db import models, postgres, schema
from db.backup import backup_sqlite
from db.checkpoints import LOG_SIZE_LIMIT, WRITER_CHECKPOINT_PAGES, Checkpointer
from db.errors import CatalogueError, NotACatalogueError, ReadOnlyCatalogueError, explain
from db.postgres_url import is_server_url, parse_server_url, redact_text, redact_url
from db.write_wait import BUSY_TIMEOUT_MS, WaitingSqliteDatabase

ENV_VAR = "RESOURCE_CATALOGUE_DB"
APP_DIR_NAME = "resource-catalogue"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",       # readers (the GUI) never wait for the writer (a worker)
    "foreign_keys": 1,
    "synchronous": "normal",     # safe with WAL; a crash loses at most the last commit, never corrupts
    # 8 MB of page cache per connection (the GUI holds two: its own thread's and the worker's).
    # 32 MB made the GUI ~50 MB bigger after scrolling and sorting 100,000 records with no query
    # measurably faster at 100,000 or 1,000,000 (bench/RESULTS.md, "GUI memory (session 2)"): pages
    # missed here come from the OS file cache in microseconds.
    "cache_size": -8000,
    "temp_store": "memory",
    # A write outside a transaction waits this long for another writer; transactions wait longer,
    # saying so (db.write_wait).
    "busy_timeout": BUSY_TIMEOUT_MS,
    # Checkpoints run on a thread of their own after commits (db.checkpoints); a writer checkpoints
    # itself only past this many pages of log.
    "wal_autocheckpoint": WRITER_CHECKPOINT_PAGES,
    "journal_size_limit": LOG_SIZE_LIMIT,
}


def default_catalogue_path() -> Path:
    from platformdirs import user_data_path
    return user_data_path(APP_DIR_NAME, appauthor=False) / "catalogue.db"


def resolve_location(location: str | os.PathLike | None) -> str:
    """The catalogue to open: the argument, else $RESOURCE_CATALOGUE_DB, else the default file."""
    if location:
        return str(location)
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_catalogue_path())


@dataclass
class OpenedCatalogue:
    database: SqliteDatabase
    path: Path | None          # the SQLite file, None for a server database
    created: bool              # a new, empty catalogue was made
    upgraded_from: int | None  # schema version before an upgrade, if one ran
    backup: Path | None        # the copy taken before upgrading
    location: str = ""         # where it is, safe to show: a server address never has its password

    @property
    def display_name(self) -> str:
        if self.path:
            return self.path.name
        address = getattr(self.database, "address", None)
        return address.display() if address is not None else "catalogue"

    @property
    def is_server(self) -> bool:
        return self.path is None


def sqlite_path_from_location(location: str) -> Path | None:
    """The file path for a plain path or ``sqlite:///`` URL; None for other URLs."""
    if location.startswith("sqlite:///"):
        return Path(location[len("sqlite:///"):] or ".")
    if "://" in location:
        return None
    return Path(location).expanduser()


def open_catalogue(location: str | os.PathLike | None = None, password: str | None = None,
                   bind: bool = True) -> OpenedCatalogue:
    """Open (creating or upgrading) a catalogue and bind the models to it.

    Raises CatalogueError with a one-line message; in that case nothing on disk was changed.
    ``password``: for a server that asks for one (db.postgres.PasswordRequired). ``bind=False``
    leaves the models bound to the catalogue already open (a sync opens its server this way and
    binds it per thread, see db.binding).
    """
    location = resolve_location(location)
    if is_server_url(location):
        return _open_server(location, password, bind)
    path = sqlite_path_from_location(location)
    if path is None:
        scheme = location.split("://", 1)[0]
        raise CatalogueError(f"catalogues at {scheme}:// addresses are not supported by this version")
    path = path.resolve()
    if path.exists() and not path.is_file() and not path.is_dir():
        raise NotACatalogueError(f"{path} is a device or a pipe, not a catalogue file")
    version = schema.inspect_sqlite_file(path)
    _check_writable(path)
    backup = None
    if version is not None and version < schema.SCHEMA_VERSION:
        try:
            backup = backup_sqlite(path, f"before-upgrade-v{version}")
        except OSError as exc:
            raise ReadOnlyCatalogueError(f"cannot back up {path} before upgrading it: {exc}") from None
    new_file = not path.exists()
    database = WaitingSqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database.checkpointer = Checkpointer(path)
    try:
        database.connect()
    except Exception as exc:  # sqlite3.OperationalError: unable to open database file
        if new_file:
            remove_catalogue_files(path)
        raise ReadOnlyCatalogueError(f"cannot open {path}: {explain(exc)}") from None
    try:
        _prepare(database, version, bind)
    except CatalogueError:
        database.close()
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. a full disk while creating the tables
        database.close()
        if new_file:
            remove_catalogue_files(path)   # never leave a 0-byte or half-made catalogue behind
        raise CatalogueError(f"cannot {'create' if version is None else 'upgrade'} {path}: {explain(exc)}") from None
    return OpenedCatalogue(database, path, version is None, version if backup else None, backup, str(path))


def remove_catalogue_files(path: Path) -> None:
    """Remove a catalogue file this program has just made, with its WAL files."""
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            name.unlink(missing_ok=True)
        except OSError:
            pass


def _prepare(database, version: int | None, bind: bool) -> None:
    """Create or upgrade the schema, with the models bound to ``database``."""
    if bind:
        models.database.initialize(database)
    with models.database.bound(database):
        if version is None:
            schema.create(database)
        elif version < schema.SCHEMA_VERSION:
            schema.upgrade(database, version)


def _open_server(url: str, password: str | None, bind: bool) -> OpenedCatalogue:
    """A catalogue in a PostgreSQL database. No file copy is taken before an upgrade: each step
    runs in one transaction and PostgreSQL's DDL is transactional, so a failed step changes nothing
    (the server's own backups, pg_dump, are the administrator's)."""
    database = postgres.connect(url, password)
    try:
        raw = postgres.inspect(database)
        version = None if raw is None else schema.check_version(raw, database.address.display())
        _prepare(database, version, bind)
    except Exception:
        database.close()
        raise
    upgraded = version if version is not None and version < schema.SCHEMA_VERSION else None
    return OpenedCatalogue(database, None, version is None, upgraded, None, redact_url(url))


def _check_writable(path: Path) -> None:
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise ReadOnlyCatalogueError(f"{path} is read-only: the catalogue needs to write to it")
        folder = path.parent
    else:
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyCatalogueError(f"cannot create a catalogue at {path}: {exc.strerror or exc}") from None
    # WAL mode writes -wal and -shm files beside the catalogue.
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyCatalogueError(f"{folder} is read-only: the catalogue needs to write there")
    probe = folder / f".{path.name}.write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ReadOnlyCatalogueError(f"cannot write in {folder}: {exc.strerror or exc}") from None


def close_catalogue(opened: OpenedCatalogue) -> None:
    checkpointer = getattr(opened.database, "checkpointer", None)
    if checkpointer is not None:
        checkpointer.close()
    if not opened.database.is_closed():
        opened.database.close()


def bound(database):
    """Point the models at ``database`` for this thread until the block ends (db.binding): a sync
    reads and writes two catalogues from one thread."""
    return models.database.bound(database)


# ---- addresses, in words that do not name a backend (app.locations passes them to the front ends) ----

def file_path(location: str) -> Path | None:
    """The catalogue file a location names; None for a server address."""
    return sqlite_path_from_location(location)


def is_server_address(location: str | None) -> bool:
    return is_server_url(location)


def server_display(address: str) -> str:
    return parse_server_url(address).display()


def server_database_name(address: str) -> str | None:
    return parse_server_url(address).dbname


def redacted(location: str | None) -> str:
    return redact_url(location)


def redacted_text(text: str) -> str:
    return redact_text(text)
