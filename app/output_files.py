"""Where an export writes, and how: the file the person named, never a device or a folder.

Every export (records, packages, bibliographies, a problems list) is written to a temporary file
beside its destination and moved over it only when complete, so a failed export leaves the old file
as it was. Before that, the destination is checked:

- a symlink is followed: the file it points to is replaced, the link stays;
- a folder, a device (/dev/full, /dev/null), a pipe or socket is refused, never replaced;
- a name ending in "/" means a folder, which must exist;
- the new file gets the permissions of any new file (0666 less the umask), or those of the file it
  replaces (mkstemp alone would make every export 0600, unreadable for colleagues on a shared folder).
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from app.text import QT_TRANSLATE_NOOP, message

NO_FOLDER = QT_TRANSLATE_NOOP("ExportError", "folder {folder} does not exist")


class OutputError(OSError):
    """The destination cannot take an export; the message is one line."""


def check_target(path: str | os.PathLike) -> Path:
    """The regular file an export will write for ``path`` (symlinks followed); OutputError if none."""
    raw = os.fspath(path)
    if not raw:
        raise OutputError(QT_TRANSLATE_NOOP("ExportError", "no file name given for the export"))
    target = Path(raw).expanduser()
    if raw.endswith(("/", os.sep)) and not target.is_dir():
        raise OutputError(message(NO_FOLDER, folder=repr(raw)))
    if target.is_symlink():
        target = target.resolve()
    if target.exists():
        mode = target.stat().st_mode
        if stat.S_ISDIR(mode):
            raise OutputError(message(QT_TRANSLATE_NOOP("ExportError", "{path} is a folder: give a file name"), path=raw))
        if not stat.S_ISREG(mode):
            raise OutputError(message(QT_TRANSLATE_NOOP("ExportError", "{path} is a device or a pipe, not a file: exports only "
                                                                "write files"), path=raw))
    if not target.parent.is_dir():
        raise OutputError(message(NO_FOLDER, folder=repr(str(target.parent))))
    try:   # os.access says yes to root even where nothing can be made (/proc, a read-only mount)
        fd, probe = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".probe", dir=target.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(message(QT_TRANSLATE_NOOP("ExportError", "cannot write in {folder}: {error}"),
                                  folder=str(target.parent), error=str(exc.strerror or exc))) from None
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(message(QT_TRANSLATE_NOOP("ExportError", "{path} is read-only"), path=raw))
    return target


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)   # elsewhere: read it by setting it (and put it straight back)
    os.umask(current)
    return current


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike):
    """A temporary path beside the checked target of ``path``, moved over it if the block ends
    without error (with the permissions described above); removed otherwise."""
    target = check_target(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
