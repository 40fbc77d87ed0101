"""Safe file names for published attachments.

A published folder travels on USB sticks, shared drives and web hosts, read by Windows, macOS and
Linux alike, so an attachment keeps its name (readers recognise "report.pdf") but loses anything a
file system or a URL would trip over: path separators, reserved characters and names, control and
invisible characters, leading dots, and more than a file system allows.
"""
from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff#%]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(["con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                       *(f"lpt{i}" for i in range(10))])
MAX_BYTES = 120   # well under every file system's 255, leaving room for a " (2)" and a folder


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """``name`` made safe for any file system and for a relative URL; never empty, never a path."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("/", "_").replace("\\", "_")
    name = _SPACES.sub(" ", _UNSAFE.sub("_", name)).strip(" ._")
    if not name:
        name = fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > 10 or " " in suffix:
        stem, suffix = name, ""
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    suffix = f".{suffix}" if suffix else ""
    while len((stem + suffix).encode("utf-8")) > MAX_BYTES:
        stem = stem[:-1]
    return (stem.rstrip(" .") or fallback) + suffix


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... so that no two files of a folder clash, case
    ignored (Windows and macOS treat "Report.pdf" and "report.pdf" as one file)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = f".{suffix}" if suffix else ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    taken.add(candidate.casefold())
    return candidate
