"""Backups before destructive work on a catalogue on a server.

A catalogue file is copied whole before anything that cannot be undone (db/backup.py). A shared
catalogue on a server cannot be copied like that, and may be large; so before emptying the
trash, merging, deleting or editing many records, merging vocabulary values or an import that
replaces records, the records about to change are saved as a catalogue package (records, history,
reading lists, attachment files) in this computer's backup folder:

    <user data folder>/resource-catalogue/backups/<catalogue id>/<time>-<reason>.zip

($RESOURCE_CATALOGUE_BACKUPS names another folder.) The last :data:`KEEP` are kept per catalogue.
``python main.py --db URL import FILE.zip`` puts the records back as they were: a package marked as
a backup wins over the catalogue's current version (app/transfer/packages.py).

On a catalogue file nothing happens here: the callers copy the file as before, where they did.
"""
from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from db import edits, schema
from db.errors import CatalogueError

APP_DIR_NAME = "resource-catalogue"
ENV_VAR = "RESOURCE_CATALOGUE_BACKUPS"
KEEP = 10


class BackupError(CatalogueError):
    """The backup could not be written: the destructive work must not start."""


def backup_root() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path
    return user_data_path(APP_DIR_NAME, appauthor=False) / "backups"


def folder_for(catalogue) -> Path:
    """This catalogue's backups (one folder per catalogue, by its catalogue id)."""
    ident = schema.read_meta(catalogue.database, "catalogue_id") or "catalogue"
    return backup_root() / re.sub(r"[^A-Za-z0-9_.-]", "_", ident)


def list_backups(catalogue) -> list[Path]:
    """This catalogue's backups, oldest first."""
    folder = folder_for(catalogue)
    return sorted(folder.glob("*.zip")) if folder.is_dir() else []


def before_destructive(catalogue, uids, reason: str, keep: int = KEEP) -> Path | None:
    """On a server catalogue, save the records ``uids`` as a backup package before ``reason``
    (e.g. "before-purge"); returns the package's path, or None on a catalogue file or when none
    of the records exists. Raises BackupError (nothing to undo yet) if it cannot be written."""
    if catalogue.path is not None:
        return None
    ids = sorted(edits.ids_for_uids(list(dict.fromkeys(uids))).values())
    if not ids:
        return None
    from app.transfer.package_export import export_package
    folder = folder_for(catalogue)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.zip"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        export_package(catalogue, target, ids, backup=reason)
    except OSError as exc:
        raise BackupError(f"cannot save a backup of the {len(ids)} records in {folder} "
                          f"({exc.strerror or exc}): nothing was changed") from None
    _prune(folder, keep)
    return target


def _prune(folder: Path, keep: int) -> None:
    backups = sorted(folder.glob("*.zip"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)
