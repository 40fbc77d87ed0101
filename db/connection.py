"""Open a catalogue from a path or URL: checks, pragmas, creation and upgrades."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from db import models, schema
from db.backup import backup_sqlite
from db.errors import CatalogueError, ReadOnlyCatalogueError

ENV_VAR = "RESOURCE_CATALOGUE_DB"
APP_DIR_NAME = "resource-catalogue"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",       # readers (the GUI) never wait for the writer (a worker)
    "foreign_keys": 1,
    "synchronous": "normal",     # safe with WAL; a crash loses at most the last commit, never corrupts
    "cache_size": -32000,        # 32 MB page cache
    "temp_store": "memory",
    "busy_timeout": 5000,
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

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else "catalogue"


def sqlite_path_from_location(location: str) -> Path | None:
    """The file path for a plain path or ``sqlite:///`` URL; None for other URLs."""
    if location.startswith("sqlite:///"):
        return Path(location[len("sqlite:///"):] or ".")
    if "://" in location:
        return None
    return Path(location).expanduser()


def open_catalogue(location: str | os.PathLike | None = None) -> OpenedCatalogue:
    """Open (creating or upgrading) a catalogue and bind the models to it.

    Raises CatalogueError with a one-line message; in that case nothing on disk was changed.
    """
    location = resolve_location(location)
    path = sqlite_path_from_location(location)
    if path is None:
        scheme = location.split("://", 1)[0]
        raise CatalogueError(f"catalogues at {scheme}:// addresses are not supported by this version")
    path = path.resolve()
    version = schema.inspect_sqlite_file(path)
    _check_writable(path)
    backup = None
    if version is not None and version < schema.SCHEMA_VERSION:
        try:
            backup = backup_sqlite(path, f"before-upgrade-v{version}")
        except OSError as exc:
            raise ReadOnlyCatalogueError(f"cannot back up {path} before upgrading it: {exc}") from None
    database = SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    try:
        database.connect()
    except Exception as exc:  # sqlite3.OperationalError: unable to open database file
        raise ReadOnlyCatalogueError(f"cannot open {path}: {exc}") from None
    models.database.initialize(database)
    if version is None:
        schema.create(database)
    elif version < schema.SCHEMA_VERSION:
        schema.upgrade(database, version)
    return OpenedCatalogue(database, path, version is None, version if backup else None, backup)


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
    if not opened.database.is_closed():
        opened.database.close()
