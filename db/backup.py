"""Copies of a catalogue file taken before anything destructive (upgrades, imports, emptying trash)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP_BACKUPS = 5


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_sqlite(db_path: str | Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``db_path`` (WAL included) to ``backups/<name>-<time>-<reason>.db``; keep the last ``keep``.

    Uses SQLite's online backup API so the copy is consistent even while the file is open.
    """
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _prune(folder, db_path.stem, keep)
    return target


def list_backups(db_path: str | Path) -> list[Path]:
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"))


def _prune(folder: Path, stem: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*.db"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)


def backup_catalogue_file(db_path: str | Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """A consistent copy of a catalogue file in the ``backups/`` folder beside it (see
    :func:`backup_sqlite`); the name the domain uses, which need not know the file's format."""
    return backup_sqlite(db_path, reason, keep)
