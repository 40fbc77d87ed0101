"""The limits an import file must keep, each refused by name (docs/formats.md lists them).

Every one of them is far beyond what a real catalogue file needs, and each stops an input that
would otherwise run without bound: a device read as a file, a 1 KB spreadsheet claiming a million
rows by sixteen thousand columns, a zip member that inflates to gigabytes, JSON nested a hundred
thousand levels deep (a RecursionError), a number of 5,000 digits, YAML aliases ("billion laughs").
"""
from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from pathlib import Path

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats.errors import FormatError

# Said by more than one reader.
CANNOT_READ = QT_TRANSLATE_NOOP("FormatError", "{source}: cannot be read ({error})")
INFLATES = QT_TRANSLATE_NOOP("FormatError", "{source}: {name} inflates to {size}, more than the {limit} limit for one "
                                            "part of a .zip")
NOT_JSON = QT_TRANSLATE_NOOP("FormatError", "{source}, line {line}: not valid JSON ({error})")
TOO_DEEP = QT_TRANSLATE_NOOP("FormatError", "{source}: nested too deeply to read")

MAX_FILE_BYTES = 1 << 30              # 1 GiB: a file to import (1,000,000 records of our JSON are ~700 MB)
MAX_INFLATED_BYTES = 1 << 30          # 1 GiB: one member of a .zip (package JSON, a sheet's XML) once inflated
MAX_ATTACHMENT_BYTES = 2 << 30        # 2 GiB: one attachment file in a package
MAX_NESTING = 64                      # levels of [ and { in JSON, of lists and maps in YAML
MAX_NUMBER_DIGITS = 30                # digits in one JSON/YAML number
MAX_SHEET_COLUMNS = 256               # columns read from a spreadsheet (our own export has 25)
MAX_SHEET_ROWS = 1_048_576            # rows read from a spreadsheet (Excel's own limit)


def size_text(n: int) -> str:
    return f"{n / (1 << 30):g} GiB" if n >= 1 << 30 else f"{n / (1 << 20):g} MiB"


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; FormatError otherwise."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: is a folder, not a file"), source=path.name))
        if not stat.S_ISREG(info.st_mode):
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: is a device or a pipe, not a file; "
                                                                       "import a file"), source=str(path)))
        if info.st_size > MAX_FILE_BYTES:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: {size} is more than the {limit} a file to "
                                                                       "import may have; split it"),
                                      source=path.name, size=size_text(info.st_size), limit=size_text(MAX_FILE_BYTES)))
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FormatError(message(CANNOT_READ, source=str(path), error=str(exc.strerror or exc))) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: more than the {limit} a file to import may "
                                                                   "have; split it"),
                                 source=path.name, limit=size_text(MAX_FILE_BYTES)))
    return raw


def read_member(zf: zipfile.ZipFile, name: str, source: str, limit: int | None = None) -> bytes:
    """A zip member read whole, refused if it inflates (by its header or in fact) beyond ``limit``
    (default MAX_INFLATED_BYTES)."""
    limit = MAX_INFLATED_BYTES if limit is None else limit
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise FormatError(message(INFLATES, source=source, name=name, size=size_text(info.file_size), limit=size_text(limit)))
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: {name} inflates to more than the {limit} "
                                                                   "limit for one part of a .zip"),
                                 source=source, name=name, limit=size_text(limit)))
    return data


def check_inflated(zf: zipfile.ZipFile, source: str, prefix: str = "", limit: int | None = None) -> None:
    """Refuse a .zip any of whose members (under ``prefix``) says it inflates beyond ``limit``."""
    limit = MAX_INFLATED_BYTES if limit is None else limit
    for info in zf.infolist():
        if info.filename.startswith(prefix) and info.file_size > limit:
            raise FormatError(message(INFLATES, source=source, name=info.filename, size=size_text(info.file_size),
                                      limit=size_text(limit)))


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def check_json_nesting(text: str, source: str) -> None:
    """Refuse JSON nested deeper than MAX_NESTING, before the parser recurses into it."""
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for ch in brackets:
        depth += 1 if ch in "[{" else -1
        if depth > MAX_NESTING:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: nested more than {limit} levels deep "
                                                                       "(lists within lists); a catalogue file never is"),
                                      source=source, limit=MAX_NESTING))


def _bounded_int(source: str):
    def parse(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: a number of {digits} digits; numbers may "
                                                                       "have at most {limit} digits"),
                                      source=source, digits=f"{len(digits):,}", limit=MAX_NUMBER_DIGITS))
        return int(digits)
    return parse


def loads_json(text: str, source: str):
    """json.loads within the nesting and number-length limits; FormatError for anything wrong."""
    check_json_nesting(text, source)
    try:
        return json.loads(text, parse_int=_bounded_int(source))
    except json.JSONDecodeError as exc:
        raise FormatError(message(NOT_JSON, source=source, line=exc.lineno, error=exc.msg), line=exc.lineno) from None
    except RecursionError:
        raise FormatError(message(TOO_DEEP, source=source)) from None


def json_decoder(source: str) -> json.JSONDecoder:
    return json.JSONDecoder(parse_int=_bounded_int(source))
