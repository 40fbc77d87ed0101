"""Compact lists of record ids: 4 bytes an id in one block, instead of a Python int object each.

A whole-catalogue order at 1,000,000 records is 4 MB as an IdList against ~36 MB as a list, and
the catalogue keeps one per sort order while the table model holds the current one. Here in db/
(plain Python, no SQL) so queries can return ids this way too. An IdList is
an ``array.array`` (len, slicing, iteration, ``in`` and the buffer protocol run in C) that also
compares equal to a list or tuple of the same ids, so callers that expect ``list[int]`` keep working.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

# Looking ids up one by one (a search of the raw bytes, ~1 ms an id at 1,000,000) beats one pass
# over every id in Python (~45 ms at 1,000,000) up to about this many ids.
FEW_LOOKUPS = 16


class IdList(array):
    """Ids in display order. Build one with ``compact(values)``."""

    def __getitem__(self, key):
        item = super().__getitem__(key)
        return compact(item) if isinstance(key, slice) else item   # array's slice is a plain array

    def __eq__(self, other):
        if isinstance(other, (list, tuple)):
            return len(self) == len(other) and self.tolist() == list(other)
        return super().__eq__(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # mutable, like array and list

    def __repr__(self) -> str:
        return f"IdList({self.tolist()!r})"

    def position(self, rid: int) -> int | None:
        """The index of ``rid`` (its first occurrence), or None: a search of the raw bytes, so no
        int object is made per id."""
        try:
            needle = array(self.typecode, [rid]).tobytes()
        except OverflowError:
            return None
        pattern = re.compile(re.escape(needle))
        data = memoryview(self).cast("B")
        size = self.itemsize
        pos = 0
        while (found := pattern.search(data, pos)) is not None:
            start = found.start()
            if start % size == 0:
                return start // size
            pos = start + 1   # the bytes straddled two ids
        return None

    def positions(self, rids: Iterable[int]) -> dict[int, int]:
        """``{rid: index}`` for those of ``rids`` present (each one's first occurrence)."""
        wanted = set(rids)
        if len(wanted) <= FEW_LOOKUPS:
            found = {rid: self.position(rid) for rid in wanted}
            return {rid: row for rid, row in found.items() if row is not None}
        out: dict[int, int] = {}
        for row, rid in enumerate(self):
            if rid in wanted and rid not in out:
                out[rid] = row
                if len(out) == len(wanted):
                    break
        return out


def compact(values: Iterable[int]) -> IdList:
    """``values`` as an IdList of 4-byte ids (8-byte if an id needs it). An IdList or array is
    copied as one block; other iterables are read once."""
    if isinstance(values, array):
        out = IdList(values.typecode)
        out.frombytes(memoryview(values).cast("B"))
        return out
    if not isinstance(values, (list, tuple)):
        values = list(values)
    try:
        return IdList("i", values)
    except OverflowError:
        return IdList("q", values)


def read_ids(cursor, batch: int = 10_000) -> IdList:
    """The first column of a query's rows as an IdList, read a batch at a time: no list of every
    row on the way (fetchall() of 1,000,000 ids holds ~80 MB of tuples at once)."""
    out = IdList("i")
    while rows := cursor.fetchmany(batch):
        out = _extended(out, [row[0] for row in rows])
    return out


def _extended(out: IdList, values: list[int]) -> IdList:
    """``out`` with ``values`` appended: ``out`` itself, or an 8-byte copy when an id needs it."""
    size = len(out)
    try:
        out.extend(values)
    except OverflowError:   # an id beyond 32 bits: widen once (extend kept the ids before it)
        del out[size:]
        out = IdList("q", out.tolist())
        out.extend(values)
    return out


def ids_from_text(text: str | None, chunk: int = 100_000) -> IdList:
    """The ids of ``text``, decimal and comma-separated (SQLite's group_concat), as an IdList:
    parsed a slice of about ``chunk`` characters at a time, so no list of every id's string is
    held at once."""
    out = IdList("i")
    if not text:
        return out
    pos, end_of_text = 0, len(text)
    while pos < end_of_text:
        end = text.find(",", pos + chunk)
        end = end_of_text if end < 0 else end
        out = _extended(out, list(map(int, text[pos:end].split(","))))
        pos = end + 1
    return out
