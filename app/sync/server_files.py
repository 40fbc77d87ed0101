"""Attachments of a catalogue on a server: contents in the database, copies in a local cache.

A catalogue file keeps its attachments in a folder beside it. A shared catalogue on PostgreSQL
has no such folder every librarian can reach, so each file's content is stored in the catalogue
(db.attachment_blobs) when it is attached, and each computer keeps copies in its user cache
folder, written on first use. To the rest of app/attachments the cache is "the attachments
folder": paths, hashes and statuses work the same.
"""
from __future__ import annotations

from pathlib import Path

from db import attachment_blobs, schema

APP_DIR_NAME = "resource-catalogue"


def cache_folder(catalogue) -> Path:
    """This computer's copies of a server catalogue's attachments (one folder per catalogue)."""
    return cache_folder_for(schema.read_meta(catalogue.database, "catalogue_id") or "catalogue")


def cache_folder_for(catalogue_id: str) -> Path:
    from platformdirs import user_cache_path
    return user_cache_path(APP_DIR_NAME, appauthor=False) / "server-attachments" / catalogue_id


def store(sha256: str, path: Path) -> None:
    """Keep a file's content in the catalogue (call inside the transaction that attaches it)."""
    attachment_blobs.put(sha256, Path(path).read_bytes())


def ensure_local(catalogue, relative: str, sha256: str) -> None:
    """Write the cached copy of an attachment from the catalogue if this computer lacks it."""
    target = cache_folder(catalogue) / relative
    if target.is_file():
        return
    content = attachment_blobs.get(sha256)
    if content is None:
        return  # never stored: reported as missing, like a file gone from a folder
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.incoming")
    tmp.write_bytes(content)
    tmp.replace(target)


def records_missing_content() -> list[int]:
    return attachment_blobs.records_missing_content()
