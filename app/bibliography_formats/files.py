"""Writing output files safely: atomic replacement and file names that every system accepts."""
from __future__ import annotations

import os
import re
import tempfile
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
    """Call ``produce(tmp)`` to write a temporary file beside ``path``, then move it into place.
    On any error the temporary file is removed and ``path`` is left as it was."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=path.suffix + ".tmp",
                                    dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        produce(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
