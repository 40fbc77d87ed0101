"""Attachment files a package import unpacks: staged first, moved into place after the commit.

An import unpacks each new attachment into ``.incoming-<pid>-<random>/`` inside the attachments
folder and moves the files to their places only once the catalogue transaction has committed. A
cancelled or failed import deletes its staging folder; one killed outright (kill -9, a power cut)
leaves it behind, and :func:`recover` settles it the next time the catalogue is opened or a package
imported: files the catalogue knows (the kill came after the commit) are moved in, the rest deleted.
"""
from __future__ import annotations

import os
import shutil
import uuid as uuidlib
from pathlib import Path

from db import attachments as db_attachments

PREFIX = ".incoming-"


def new_staging(root: Path) -> Path:
    path = root / f"{PREFIX}{os.getpid()}-{uuidlib.uuid4().hex[:8]}"
    path.mkdir(parents=True)
    return path


def move_in(staging: Path, root: Path) -> None:
    """Move every staged file to the same relative place under ``root``; remove the staging folder."""
    for staged in sorted(p for p in staging.rglob("*") if p.is_file()):
        target = root / staged.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            os.replace(staged, target)
    shutil.rmtree(staging, ignore_errors=True)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def recover(root: Path) -> int:
    """Settle staging folders left by imports that were killed; returns the files moved in.
    Needs the models bound to the catalogue (it asks which paths the catalogue knows)."""
    if not root.is_dir():
        return 0
    moved = 0
    for staging in root.glob(f"{PREFIX}*"):
        try:
            pid = int(staging.name[len(PREFIX):].split("-", 1)[0])
        except ValueError:
            pid = -1
        if pid > 0 and _alive(pid):
            continue   # an import running now, in this or another process
        for staged in [p for p in staging.rglob("*") if p.is_file()]:
            relative = staged.relative_to(staging).as_posix()
            target = root / relative
            if not target.exists() and db_attachments.path_in_use(relative):
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, target)
                moved += 1
        shutil.rmtree(staging, ignore_errors=True)
    return moved
