"""Saying why a file gave far fewer records than it seemed to hold, before anything is written.

A table has a record a line (below its header), a tagged file a record per start tag. When the
records read fall short of that, the preview and the command line say so, with where to look,
before the import writes: a quote left open, a format read as another, records without a start.
"""
from __future__ import annotations

import re

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats.builder import ParsedFile

_STARTS = {
    "ris": re.compile(r"^TY  -", re.MULTILINE),
    "wos": re.compile(r"^PT ", re.MULTILINE),
    "bibtex": re.compile(r"^\s*@\s*(?!comment|string|preamble)[A-Za-z]+\s*[{(]", re.MULTILINE | re.IGNORECASE),
}


def shortfall_warning(name: str, fmt: str, text: str | None, parsed: ParsedFile) -> str | None:
    """One line when ``parsed`` has clearly fewer records than ``text`` has rows or start tags."""
    if text is None:
        return None
    read = len(parsed.records)
    if fmt in ("csv", "tsv"):
        rows = sum(1 for line in text.split("\n") if line.strip()) - 1
        if rows >= 3 and read < rows * 0.75:
            long = _longest_records(parsed, text)
            if long:
                return message(QT_TRANSLATE_NOOP("ImportWarning", "{source}: {rows} lines below the header but only {read} "
                                                                  "records: cells in quotes run over several lines; the "
                                                                  "longest start at line {lines}. Check the quotes there, or "
                                                                  "the delimiter and format"),
                               source=name, rows=f"{rows:,}", read=f"{read:,}", lines=", ".join(map(str, long)))
            return message(QT_TRANSLATE_NOOP("ImportWarning", "{source}: {rows} lines below the header but only {read} "
                                                              "records: cells in quotes run over several lines. Check the "
                                                              "quotes there, or the delimiter and format"),
                           source=name, rows=f"{rows:,}", read=f"{read:,}")
        return None
    pattern = _STARTS.get(fmt)
    if pattern is not None:
        starts = len(pattern.findall(text))
        if starts > read:
            return message(QT_TRANSLATE_NOOP("ImportWarning", "{source}: {starts} lines start a record but only {read} "
                                                              "records were read: check the lines that start or end the "
                                                              "missing ones"),
                           source=name, starts=f"{starts:,}", read=f"{read:,}")
    return None


def _longest_records(parsed: ParsedFile, text: str, n: int = 3) -> list[int]:
    """The first lines of the records that span the most lines."""
    lines = [r.line for r in parsed.records if r.line]
    if not lines:
        return []
    ends = lines[1:] + [text.count("\n") + 2]
    spans = sorted(zip((e - s for s, e in zip(lines, ends)), lines), reverse=True)
    return sorted(start for span, start in spans[:n] if span > 2)
