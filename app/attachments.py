"""Attachments: local files (PDF, DOCX, ...) copied into a folder next to the catalogue file.

The copy, not the original, belongs to the catalogue: moving the catalogue folder (or packing
it for a field laptop) takes the files along. Each copy's SHA-256 is stored, so a file that went
missing or was changed on disk is flagged. Removing an attachment only hides it (the file stays)
so the removal can be undone; the files go when their record is removed for good.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import uuid as uuidlib
from dataclasses import dataclass
from pathlib import Path

from app.sync import server_files
from app.change_log import Recorder
from app.changes import Changes
from db import attachments as db_attachments
from db import edits, queries
from db.writes import now_iso

STATUS_OK, STATUS_MISSING, STATUS_CHANGED = "ok", "missing", "changed"
_CHUNK = 1 << 20
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class AttachmentError(Exception):
    """An attachment cannot be added or found; the message is one line for the librarian."""


@dataclass
class AttachmentInfo:
    uid: str
    record_uid: str
    file_name: str
    path: Path          # absolute path of the copy
    sha256: str
    size: int
    added_at: str
    status: str = STATUS_OK
    removed: bool = False


def folder(catalogue) -> Path:
    """The attachments folder: ``<catalogue name>-attachments`` beside the catalogue file; for a
    catalogue on a server, this computer's cache of its attachments (app/sync/server_files.py)."""
    if catalogue.path is None:
        return server_files.cache_folder(catalogue)
    return catalogue.path.parent / f"{catalogue.path.stem}-attachments"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


_hash_memo: dict[tuple[str, int, int], str] = {}


def _cached_sha256(path: Path, stat: os.stat_result) -> str:
    """A file's hash, remembered while its size and modification time stay the same."""
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _hash_memo:
        _hash_memo[key] = sha256_of(path)
    return _hash_memo[key]


def status_of(path: Path, size: int, sha256: str) -> str:
    try:
        stat = path.stat()
    except OSError:
        return STATUS_MISSING
    if not path.is_file():
        return STATUS_MISSING
    if stat.st_size != size or _cached_sha256(path, stat) != sha256:
        return STATUS_CHANGED
    return STATUS_OK


def _safe_name(name: str) -> str:
    name = _UNSAFE.sub("_", name).strip(" .")
    return name or "attachment"


def _free_relative_path(base: Path, record_uid: str, file_name: str) -> str:
    stem, suffix = os.path.splitext(_safe_name(file_name))
    n = 1
    while True:
        candidate = f"{record_uid}/{stem}{f' ({n})' if n > 1 else ''}{suffix}"
        if not (base / candidate).exists() and not db_attachments.path_in_use(candidate):
            return candidate
        n += 1


def _copy_with_hash(source: Path, target_dir: Path) -> tuple[Path, str, int]:
    """Copy ``source`` to a temporary file in ``target_dir``, hashing on the way."""
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=target_dir, prefix=".incoming-")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        shutil.copystat(source, tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), digest.hexdigest(), size


def _info(catalogue, row: dict, verify: bool) -> AttachmentInfo:
    if catalogue.path is None:
        server_files.ensure_local(catalogue, row["path"], row["sha256"])
    path = folder(catalogue) / row["path"]
    status = status_of(path, row["size"], row["sha256"]) if verify else (
        STATUS_OK if path.is_file() else STATUS_MISSING)
    return AttachmentInfo(uid=row["uid"], record_uid=row["record_uid"], file_name=row["file_name"],
                          path=path, sha256=row["sha256"], size=row["size"], added_at=row["added_at"],
                          status=status, removed=row["deleted_at"] is not None)


def _record_version(record_uid: str) -> int:
    version = edits.version_of(record_uid)
    if version is None:
        raise AttachmentError(f"no record with uid {record_uid}")
    return version


# ---- the service ----------------------------------------------------------------------------

def add(catalogue, record_uid: str, source: str | os.PathLike) -> Changes:
    """Copy a file into the attachments folder and attach it to a record.

    ``attachment`` is the new attachment's uid.
    """
    source = Path(source)
    if not source.is_file():
        raise AttachmentError(f"{source} is not a file")
    base = folder(catalogue)
    rid = queries.resource_id_for_uid(record_uid)
    if rid is None:
        raise AttachmentError(f"no record with uid {record_uid}")
    tmp, digest, size = _copy_with_hash(source, base / record_uid)
    att_uid = str(uuidlib.uuid4())
    final = None
    try:
        with edits.write_transaction(catalogue.database):
            relative = _free_relative_path(base, record_uid, source.name)
            final = base / relative
            os.replace(tmp, final)
            db_attachments.insert(att_uid, rid, source.name, relative, digest, size, now_iso())
            if catalogue.path is None:
                server_files.store(digest, final)
            recorder = Recorder("attach")
            recorder.row(record_uid, "attachments", None, source.name, _record_version(record_uid))
            recorder.write()
    except BaseException:
        tmp.unlink(missing_ok=True)
        if final is not None:
            final.unlink(missing_ok=True)
        raise
    return Changes(updated=frozenset({record_uid}), description=f"attach {source.name}",
                   attachment=att_uid, attachments=True)


def list_for(catalogue, record_uid: str, verify: bool = True, include_removed: bool = False
             ) -> list[AttachmentInfo]:
    """A record's attachments, oldest first, each flagged ok, missing or changed.

    ``verify`` compares each file's checksum (remembered while the file is untouched);
    without it only missing files are flagged.
    """
    rid = queries.resource_id_for_uid(record_uid)
    if rid is None:
        return []
    return [_info(catalogue, row, verify) for row in db_attachments.rows_for_resource(rid, include_removed)]


def get(catalogue, attachment_uid: str, verify: bool = True) -> AttachmentInfo:
    row = db_attachments.get(attachment_uid)
    if row is None:
        raise AttachmentError("this attachment no longer exists")
    return _info(catalogue, row, verify)


def path_of(catalogue, attachment_uid: str) -> Path:
    """The file to open with the system viewer; AttachmentError if it is missing on disk."""
    info = get(catalogue, attachment_uid, verify=False)
    if info.status == STATUS_MISSING:
        raise AttachmentError(f"{info.file_name} is missing from {info.path.parent}")
    return info.path


def _set_removed(catalogue, attachment_uid: str, removing: bool) -> Changes:
    with edits.write_transaction(catalogue.database):
        row = db_attachments.get(attachment_uid)
        if row is None:
            raise AttachmentError("this attachment no longer exists")
        if (row["deleted_at"] is not None) == removing:
            return Changes()
        db_attachments.set_removed(attachment_uid, now_iso() if removing else None)
        recorder = Recorder("detach" if removing else "attach")
        old, new = (row["file_name"], None) if removing else (None, row["file_name"])
        recorder.row(row["record_uid"], "attachments", old, new, _record_version(row["record_uid"]))
        recorder.write()
    verb = "remove attachment" if removing else "restore attachment"
    return Changes(updated=frozenset({row["record_uid"]}), description=f"{verb} {row['file_name']}",
                   attachment=attachment_uid, attachments=True)


def remove(catalogue, attachment_uid: str) -> Changes:
    """Detach a file (undoable: the copy stays in the folder until the record is purged)."""
    return _set_removed(catalogue, attachment_uid, True)


def unremove(catalogue, attachment_uid: str) -> Changes:
    """Undo :func:`remove`."""
    return _set_removed(catalogue, attachment_uid, False)


def delete_files(catalogue, relative_paths: list[str]) -> None:
    """Delete attachment copies from disk (after their records were removed for good)."""
    if not relative_paths:
        return
    base = folder(catalogue)
    for relative in relative_paths:
        path = base / relative
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()  # the record's folder, once empty
        except OSError:
            pass


def records_with_missing_files(catalogue) -> list[int]:
    """Ids of live records with an attachment whose file is not on disk (for a catalogue on a
    server: whose content is not stored in it; a local copy is fetched again when wanted)."""
    if catalogue.path is None:
        return server_files.records_missing_content()
    base = folder(catalogue)
    return sorted({rid for rid, relative in db_attachments.live_attachments()
                   if not (base / relative).is_file()})
