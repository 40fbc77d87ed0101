"""Writing output files safely: atomic replacement and file names that every system accepts."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Callable

# Characters Windows, macOS or Linux refuse in a name, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_STEM = 120


def safe_file_name(name: str) -> str:
    """``name`` as a file name stem: no path separators or forbidden characters, no leading dots,
    not a reserved Windows name, at most MAX_STEM characters; letters of any script are kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = _FORBIDDEN.sub("_", name)
    name = " ".join(name.split()).strip(" .")
    if name.upper().split(".")[0] in _RESERVED:
        name = "_" + name
    name = name[:MAX_STEM].rstrip(" .")
    return name or "bibliography"


def atomic_write(path: Path, produce: Callable[[Path], object]) -> None:
    """Call ``produce(tmp)`` to write a temporary file beside ``path``, then move it into place
    (app/output_files: symlinks followed, devices and folders refused, umask permissions).
    On any error the temporary file is removed and ``path`` is left as it was."""
    from app.output_files import atomic_path
    with atomic_path(path) as tmp:
        produce(tmp)
