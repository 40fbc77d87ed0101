"""Splitting a BibTeX file into entries and fields, recovering from the mistakes real files have.

bibtexparser 2 (still used for names) reads a field after a missing comma into the field before
it ("title = {A}\\n author = {B}" gives one title), drops an entry whole at an unbalanced "{",
and at a "}" too many ends the entry and loses the fields after it, silently. Zotero recovers
the fields in these cases; so does this reader, which reports each repair with its line:

- a missing comma between two fields: both fields are read;
- an unclosed "{" or '"': the value ends at the line before the next field (or the entry's end);
- a "}" too many: the fields after it still belong to the entry;
- text after a value ("{First} title},"): kept in the value;
- a stray "@" or junk between entries: skipped; an entry cut off by the next "@type{" line
  keeps the fields read so far.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats.errors import at_line, without_line

_AT = re.compile(r"@[ \t]*([A-Za-z][\w:-]*)[ \t\r\n]*([{(])")
_LINE_BLOCK = re.compile(r"^[ \t]*@[ \t]*[A-Za-z][\w:-]*[ \t]*[{(]", re.MULTILINE)
_KEY = re.compile(r"[ \t\r\n]*([^\s,{}()=\"#%]*)[ \t\r\n]*")
_FIELD = re.compile(r"([A-Za-z_][\w:.+/-]*)[ \t\r\n]*=[ \t\r\n]*")
_COMMA_THEN_FIELD = re.compile(r"[ \t]*,[ \t\r\n]*(?=[A-Za-z_][\w:.+/-]*[ \t\r\n]*=)")
_FIELD_AHEAD = re.compile(r"[ \t]*(?:\r?\n[ \t\r\n]*)([A-Za-z_][\w:.+/-]*)[ \t\r\n]*=")
_FIELD_LINE = re.compile(r"\n[ \t\r]*(?:[A-Za-z_][\w:.+/-]*[ \t]*=|[})][ \t\r]*(?:\n|$))")
_BARE = re.compile(r"[^\s,#{}()\"=]+")
_SPACES = re.compile(r"[ \t\r\n]*")
_SPACES_COMMAS = re.compile(r"[\s,]*")
_WHITESPACE = re.compile(r"\s*")
_NEWLINE = re.compile(r"\n")


@dataclass
class RawEntry:
    kind: str                       # entry type as written ("ARTICLE")
    key: str
    line: int                       # 1-based line of the "@"
    fields: dict[str, str] = field(default_factory=dict)   # lower-case name -> raw value, delimiters kept
    problems: list[str] = field(default_factory=list)


@dataclass
class RawFile:
    entries: list[RawEntry] = field(default_factory=list)
    strings: dict[str, str] = field(default_factory=dict)     # lower-case macro -> raw value
    failed: list[tuple[int, str]] = field(default_factory=list)  # (line, why) for unreadable entries


class _Reader:
    def __init__(self, text: str):
        self.text = text
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos) + 1

    def read(self) -> RawFile:
        out, pos, text = RawFile(), 0, self.text
        seen: set[str] = set()
        while True:
            m = _AT.search(text, pos)
            if not m:
                return out
            nxt = _LINE_BLOCK.search(text, m.end())
            limit = nxt.start() if nxt else len(text)
            kind = m.group(1)
            close = "}" if m.group(2) == "{" else ")"
            lower = kind.lower()
            if lower in ("comment", "preamble"):
                end = _group_end(text, m.end() - 1, limit)
                pos = end + 1 if end is not None else limit
                continue
            entry = RawEntry(kind, "", self.line(m.start()))
            pos = self.entry(entry, m.end(), limit, close, is_string=lower == "string")
            if lower == "string":
                for name, value in entry.fields.items():
                    out.strings[name] = value
                continue
            if not entry.fields and entry.problems:
                out.failed.append((entry.line, without_line(entry.problems[0])))
                continue
            if entry.key.lower() in seen and entry.key:
                entry.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "the citation key {key} is used twice"),
                                             key=repr(entry.key)))
            seen.add(entry.key.lower())
            out.entries.append(entry)

    # ---- one entry ----
    def entry(self, entry: RawEntry, pos: int, limit: int, close: str, is_string: bool) -> int:
        text = self.text
        if not is_string:
            m = _KEY.match(text, pos)
            after = m.end()
            if after < limit and text[after] == ",":
                entry.key, pos = m.group(1), after + 1
            elif after < limit and text[after] == "=" or not m.group(1):
                entry.problems.append(at_line(entry.line, QT_TRANSLATE_NOOP("ImportProblem", "the entry has no citation key")))
            else:
                entry.key, pos = m.group(1), after
                if after < limit and text[after] not in "}),":
                    entry.problems.append(at_line(self.line(after), QT_TRANSLATE_NOOP(
                        "ImportProblem", "missing comma after the citation key")))
        last = ""
        while True:
            pos = self.skip(pos, limit, commas=True)
            if pos >= limit:
                entry.problems.append(at_line(self.line(limit - 1), message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "the entry is not closed (a '{close}' is missing)"), close=close)))
                return limit
            if text[pos] == close:
                pos += 1
                stray = _FIELD_AHEAD.match(text, pos) or _COMMA_THEN_FIELD.match(text, pos)
                if stray and stray.end() <= limit and last:
                    entry.problems.append(at_line(self.line(pos - 1), message(QT_TRANSLATE_NOOP(
                        "ImportProblem", "a '{close}' too many after field '{name}' (the fields after it are kept)"),
                        close=close, name=last)))
                    continue
                return pos
            m = _FIELD.match(text, pos)
            if not m:
                end = text.find("\n", pos, limit)
                end = limit if end < 0 else end
                junk = text[pos:end].strip()
                entry.problems.append(at_line(self.line(pos), message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "cannot read {text} (skipped)"), text=repr(junk[:40]))))
                pos = end
                continue
            name = m.group(1).lower()
            value, pos, cut = self.value(entry, name, m.end(), limit, close)
            if name in entry.fields:
                entry.problems.append(at_line(self.line(m.start()), message(QT_TRANSLATE_NOOP(
                    "ImportProblem", "field '{name}' appears twice (the first is kept)"), name=name)))
            else:
                entry.fields[name] = value
            last = name
            if not cut:
                pos = self.after_value(entry, name, pos, limit, close)

    def after_value(self, entry: RawEntry, name: str, pos: int, limit: int, close: str) -> int:
        """Checks what follows a value: a comma, the entry's end, or a repair to report."""
        text = self.text
        probe = pos
        while probe < limit and text[probe] in " \t\r":
            probe += 1
        if probe >= limit or text[probe] in "," + close:
            return probe
        if _FIELD_AHEAD.match(text, pos):
            entry.problems.append(at_line(self.line(pos), message(QT_TRANSLATE_NOOP(
                "ImportProblem", "missing comma after field '{name}' (both fields are kept)"), name=name)))
            return pos
        if text[probe] == "\n":
            return probe
        # Text after the value on the same line: "{First} title}," -> kept in the value.
        end = text.find("\n", probe, limit)
        end = limit if end < 0 else end
        junk = text[probe:end].rstrip().rstrip(",")
        extra = junk.rstrip(close) if _unbalanced_close(junk) else junk
        if extra.strip():
            entry.fields[name] = entry.fields.get(name, "") + " " + extra.strip()
        entry.problems.append(at_line(self.line(probe), message(QT_TRANSLATE_NOOP(
            "ImportProblem", "unexpected text after field '{name}' ({text}, kept in the field)"),
            name=name, text=repr(junk.strip()[:40]))))
        return end

    def value(self, entry: RawEntry, name: str, pos: int, limit: int, close: str) -> tuple[str, int, bool]:
        """The raw value (parts joined by " # ") with its delimiters, the position after it, and
        whether it was cut short at an unbalanced brace or quote."""
        text, parts = self.text, []
        while pos < limit:
            ch = text[pos]
            if ch in "{\"":
                end = _group_end(text, pos, limit) if ch == "{" else _quote_end(text, pos, limit)
                cut = None
                if end is None:
                    cut = _FIELD_LINE.search(text, pos, limit)
                elif _SPACES_COMMAS.match(text, end + 1, limit).end() == limit and "\n" in text[pos:end]:
                    # The value closed only where the entry should have: an opening brace was
                    # never closed, and the value swallowed the fields after it.
                    cut = _FIELD_LINE.search(text, pos, end + 1)
                    end = None if cut else end
                if end is None:
                    stop = cut.start() if cut else limit
                    inner = text[pos + 1:stop].rstrip().rstrip(",").rstrip()
                    if ch == '"' and inner.endswith('"'):
                        inner = inner[:-1]
                    entry.problems.append(at_line(self.line(pos), message(QT_TRANSLATE_NOOP(
                        "ImportProblem", "unbalanced {mark} in field '{name}' (read to the end of its line)"),
                        mark=repr(ch), name=name)))
                    parts.append("{" + _balance(inner) + "}")
                    return " # ".join(parts), stop, True
                parts.append(text[pos:end + 1])
                pos = end + 1
            else:
                m = _BARE.match(text, pos)
                if not m:
                    break
                parts.append(m.group(0))
                pos = m.end()
            after = _SPACES.match(text, pos).end()
            if after < limit and text[after] == "#":
                pos = _SPACES.match(text, after + 1).end()
                continue
            break
        if not parts:
            entry.problems.append(at_line(self.line(pos), message(QT_TRANSLATE_NOOP(
                "ImportProblem", "field '{name}' has no value"), name=name)))
        return " # ".join(parts), pos, False

    def skip(self, pos: int, limit: int, commas: bool = False) -> int:
        return (_SPACES_COMMAS if commas else _WHITESPACE).match(self.text, pos, limit).end()


_BRACE = re.compile(r"[{}\\]")
_QUOTE_OR_BRACE = re.compile(r'[{}\\"]')


def _group_end(text: str, start: int, limit: int) -> int | None:
    """The "}" closing the "{" at ``start`` before ``limit`` (a regex jumps between braces)."""
    depth, pos, search = 0, start, _BRACE.search
    while True:
        m = search(text, pos, limit)
        if m is None:
            return None
        ch, pos = m.group(0), m.end()
        if ch == "\\":
            pos += 1
        elif ch == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return pos - 1


def _quote_end(text: str, start: int, limit: int) -> int | None:
    depth, pos, search = 0, start + 1, _QUOTE_OR_BRACE.search
    while True:
        m = search(text, pos, limit)
        if m is None:
            return None
        ch, pos = m.group(0), m.end()
        if ch == "\\":
            pos += 1
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            return pos - 1


def _balance(text: str) -> str:
    """Drops the "{" that are never closed and the "}" that close nothing."""
    out, opened = [], []
    for ch in text:
        if ch == "{":
            opened.append(len(out))
        elif ch == "}":
            if not opened:
                continue
            opened.pop()
        out.append(ch)
    for i in reversed(opened):
        del out[i]
    return "".join(out)


def _unbalanced_close(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += 1 if ch == "{" else -1 if ch == "}" else 0
        if depth < 0:
            return True
    return False


def read(text: str) -> RawFile:
    return _Reader(text).read()
