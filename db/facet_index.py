"""Facet counts from an in-memory index: every record's facet values as compact numpy arrays.

Why: counting with one GROUP BY per facet inside a broad keyword match costs ~14 ms a facet at
100,000 records and seconds at 1,000,000 (bench/RESULTS.md), because SQLite walks the link tables
record by record. Held in memory, the same counts are a gather and a sum over int32 arrays:
milliseconds at 100,000, tens of milliseconds at 1,000,000.

The index is a snapshot of one catalogue generation (db.schema.generation). When the generation
moves, the reader that holds it (db.search_plan) asks the change feed (schema v7's resource_change,
fed by triggers) which records changed since, and makes a new index from the old one with only
those records read again (FacetIndex.refreshed: milliseconds, where a whole load at 1,000,000
records takes ~2 s); after a bulk write, or when many records changed, it loads the index again
with one narrow scan per table (the covering indexes, read as ``group_concat`` text that numpy
parses in C: Python never sees a row). SQLite only: on PostgreSQL the counts stay in SQL on the server (db.queries), where
a reload would pull every link row over the network after each edit anyone makes.

Semantics are those of db.queries.facet_counts, which stays the reference (tests/test_facet_index.py
compares the two): OR inside a facet, AND across facets, each facet ignoring its own selection and
the year counts ignoring the year range; values with no records are left out.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, replace

import numpy as np

from db import conditions as dc
from db import search
from db.dialect import read_snapshot
from db.queries import FACET_LINKS, FACTS_INDEX, FacetCounts, Filter, where_clause
from db.search import TextQuery

# The many-valued facets the sidebar counts (keywords are too many to hold; a keyword selection is
# looked up in SQL instead, see FacetIndex.selection).
INDEXED_LINKS = ("theme", "region", "country", "language", "organization")
INDEXED = ("type",) + INDEXED_LINKS
# Records are addressed by id in dense arrays; give up (and count in SQL) if ids are very sparse:
# more than MAX_SPARSENESS slots a record, beyond SPARSE_SLACK.
MAX_SPARSENESS = 4
SPARSE_SLACK = 1_000_000
# Records read per query: the text of a million at once would cost ~40 MB for a moment, and the
# C allocator would keep much of it after.
FACTS_CHUNK = 1 << 16
# Past this many changed records (or this share of the index), a whole load is as quick as an update.
REFRESH_FEW, REFRESH_MOST = 1000, 200_000
REFRESH_SHARE = 4
CHANGED_EVERYTHING = -1   # db.schema.CHANGED_EVERYTHING: the change feed's "read everything again"


def _ints(text: str | None, dtype=np.int64) -> np.ndarray:
    """The integers of a ``group_concat`` (comma-separated; None when there were no rows)."""
    if not text:
        return np.zeros(0, dtype=dtype)
    return np.fromstring(text, dtype=dtype, sep=",")


def _small(values: np.ndarray) -> np.ndarray:
    """The narrowest integer type that holds ``values`` (codes and ids are small and many)."""
    if values.size == 0:
        return values.astype(np.int32)
    lo, hi = int(values.min()), int(values.max())
    for dtype in (np.int16, np.int32):
        info = np.iinfo(dtype)
        if info.min <= lo and hi <= info.max:
            return values.astype(dtype)
    return values


@dataclass
class ScalarFacet:
    """A facet with at most one value a record (type, year): per record id, a code into ``values``
    (None stands for no value)."""
    values: list
    codes: np.ndarray

    def count(self, mask: np.ndarray) -> dict:
        """Records in ``mask`` per value (the None key: records without one); zeros left out."""
        sums = np.bincount(self.codes[mask], minlength=len(self.values))
        return {self.values[i]: int(sums[i]) for i in np.flatnonzero(sums)}

    def select(self, keep) -> np.ndarray:
        """Mask of the records whose value satisfies ``keep(value)``."""
        table = np.fromiter((bool(keep(v)) for v in self.values), dtype=bool, count=len(self.values))
        return table[self.codes]


    def updated(self, size: int, ids: np.ndarray, raw: np.ndarray, missing: np.ndarray) -> "ScalarFacet":
        """A copy over ``size`` ids in which records ``ids`` hold ``raw`` (None where ``missing``);
        a value not seen before takes its place in the sorted values (codes renumbered), as a
        load would put it. Values no record holds any more stay, counted zero (never reported)."""
        codes = np.zeros(size, dtype=self.codes.dtype)
        codes[:self.codes.size] = self.codes
        values = self.values
        known = np.array(values[1:], dtype=np.int64)
        new = np.setdiff1d(raw[~missing], known)
        if new.size:
            present = np.union1d(known, new)
            values = [None] + [int(v) for v in present]
            remap = np.concatenate(([0], np.searchsorted(present, known) + 1))
            codes = remap[codes].astype(np.int16 if len(values) < 2 ** 15 else np.int32)
            known = present
        codes[ids] = np.where(missing, 0, np.searchsorted(known, raw) + 1)
        return ScalarFacet(values, codes)


@dataclass
class LinkFacet:
    """A many-valued facet as posting lists: the ids of the records holding ``values[i]`` are
    ``records[starts[i]:starts[i + 1]]`` (ascending, each once)."""
    values: np.ndarray
    starts: np.ndarray
    records: np.ndarray

    def count(self, mask: np.ndarray) -> dict[int, int]:
        if self.records.size == 0:
            return {}
        sums = np.add.reduceat(mask[self.records], self.starts[:-1], dtype=np.int64)
        return {int(self.values[i]): int(sums[i]) for i in np.flatnonzero(sums)}

    def select(self, ids, size: int) -> np.ndarray:
        """Mask of the records holding any of the value ids ``ids``."""
        out = np.zeros(size, dtype=bool)
        for i in np.flatnonzero(np.isin(self.values, np.fromiter(ids, dtype=np.int64))):
            out[self.records[self.starts[i]:self.starts[i + 1]]] = True
        return out


    def postings(self) -> dict[int, np.ndarray]:
        """{value: ascending ids of the records holding it}."""
        return {value: self.records[self.starts[k]:self.starts[k + 1]] for k, value in enumerate(self.values.tolist())}

    def updated(self, changed: np.ndarray, pairs: np.ndarray, size: int) -> "LinkFacet":
        """The facet with the records marked in ``changed`` (a mask) holding exactly the (value,
        record) ``pairs`` (an n x 2 array); self when that is what they held already. Posting lists
        stay ascending and a value no record holds is left out, as a load makes them."""
        held = np.flatnonzero(changed[self.records]) if self.records.size else np.zeros(0, np.int64)
        owner = np.searchsorted(self.starts, held, side="right") - 1
        before = np.unique(self.values[owner] * size + self.records[held])
        after = np.unique(pairs[:, 0].astype(np.int64) * size + pairs[:, 1]) if len(pairs) else before[:0]
        if np.array_equal(before, after):
            return self
        lengths = np.diff(self.starts)
        keys = np.repeat(self.values, lengths) * size + self.records
        keys = np.delete(keys, held)
        keys = np.insert(keys, np.searchsorted(keys, after), after)
        values, records = np.divmod(keys, size)
        bounds = np.flatnonzero(values[1:] != values[:-1]) + 1
        starts = np.concatenate(([0], bounds, [keys.size])).astype(np.int64)
        return LinkFacet(values[starts[:-1]] if keys.size else np.zeros(0, np.int64),
                         starts if keys.size else np.zeros(1, np.int64), records.astype(np.int32))


# Rows of bitmaps ANDed and counted at once in BitmapFacet.count: temporaries of ~1 MB at 1,000,000 records.
BITMAP_ROWS = 8


def _popcounts(bits: np.ndarray) -> np.ndarray:
    """Set bits per row of a uint8 array."""
    if hasattr(np, "bitwise_count"):           # numpy >= 2.0
        return np.bitwise_count(bits).sum(axis=1, dtype=np.int64)
    return _BYTE_POPCOUNT[bits].sum(axis=1, dtype=np.int64)


_BYTE_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def _bit_masks(ids: np.ndarray, width: int) -> np.ndarray:
    """A bitmap (uint8, ``width`` bytes, little bit order) with the bits of ``ids`` set."""
    out = np.zeros(width, dtype=np.uint8)
    np.bitwise_or.at(out, ids >> 3, (1 << (ids & 7)).astype(np.uint8))
    return out


@dataclass
class BitmapFacet:
    """A many-valued facet with few values each held by many records, as one bitmap per value: bit
    ``r`` of ``bits[i]`` (little bit order) says record ``r`` holds ``values[i]``. Same questions,
    same answers as LinkFacet; chosen where the bitmaps are smaller than the posting lists (a value
    held by more than 1 record in 32): at 1,000,000 records the theme, region, country and language
    facets take 11.6 MB this way against 37 MB as posting lists. A row may be all zeros (a value no
    record holds any more after an update): it is never counted."""
    values: np.ndarray      # value ids, ascending
    bits: np.ndarray        # uint8, (len(values), bytes for the index's size)

    @classmethod
    def of(cls, values: np.ndarray, postings: list[np.ndarray], size: int) -> "BitmapFacet":
        """From the ids of the records holding each value (``postings[i]`` for ``values[i]``)."""
        bits = np.zeros((len(values), (size + 7) // 8), dtype=np.uint8)
        for i, posting in enumerate(postings):
            bits[i] = _bit_masks(posting.astype(np.int64), bits.shape[1])
        return cls(values, bits)

    def count(self, mask: np.ndarray) -> dict[int, int]:
        packed = np.packbits(mask, bitorder="little")[:self.bits.shape[1]]   # (the index may have grown since)
        sums = np.zeros(len(self.values), dtype=np.int64)
        for start in range(0, len(self.values), BITMAP_ROWS):
            sums[start:start + BITMAP_ROWS] = _popcounts(self.bits[start:start + BITMAP_ROWS] & packed)
        return {int(self.values[i]): int(sums[i]) for i in np.flatnonzero(sums)}

    def select(self, ids, size: int) -> np.ndarray:
        rows = np.flatnonzero(np.isin(self.values, np.fromiter(ids, dtype=np.int64)))
        held = np.bitwise_or.reduce(self.bits[rows], axis=0) if rows.size else np.zeros(self.bits.shape[1], np.uint8)
        return np.unpackbits(held, count=size, bitorder="little").view(bool)

    def postings(self) -> dict[int, np.ndarray]:
        """{value: ascending ids of the records holding it} for the values some record holds."""
        out = {}
        for i, value in enumerate(self.values.tolist()):
            ids = np.flatnonzero(np.unpackbits(self.bits[i], bitorder="little"))
            if ids.size:
                out[value] = ids
        return out

    def updated(self, changed: np.ndarray, pairs: np.ndarray, size: int) -> "BitmapFacet":
        """As LinkFacet.updated: the records marked in ``changed`` hold exactly ``pairs``."""
        width = (size + 7) // 8
        ids = np.flatnonzero(changed).astype(np.int64)
        in_range = ids[ids < self.bits.shape[1] * 8]
        held = (self.bits[:, in_range >> 3] >> (in_range & 7).astype(np.uint8)) & 1
        rows, cols = np.nonzero(held)
        before = np.unique(self.values[rows] * size + in_range[cols])
        after = np.unique(pairs[:, 0].astype(np.int64) * size + pairs[:, 1]) if len(pairs) else before[:0]
        if np.array_equal(before, after):
            return self
        values = np.union1d(self.values, pairs[:, 0].astype(np.int64)) if len(pairs) else self.values
        bits = np.zeros((len(values), width), dtype=np.uint8)
        bits[np.searchsorted(values, self.values), :self.bits.shape[1]] = self.bits
        bits &= ~_bit_masks(ids, width)
        if len(pairs):
            records = pairs[:, 1].astype(np.int64)
            np.bitwise_or.at(bits, (np.searchsorted(values, pairs[:, 0]), records >> 3),
                             (1 << (records & 7)).astype(np.uint8))
        return BitmapFacet(values, bits)


def _prefers_bitmaps(postings_bytes: int, values: int, size: int) -> bool:
    """True if a many-valued facet takes less memory as bitmaps than as posting lists."""
    return postings_bytes > values * ((size + 7) // 8)


def _link_facet(execute, facet: str, size: int) -> "LinkFacet | BitmapFacet":
    """One scan of a link table's (value, record) index: a posting list per value, kept as they are
    or as bitmaps, whichever is smaller (_prefers_bitmaps)."""
    table, col = FACET_LINKS[facet]
    values, parts = [], []
    # One value's posting list at a time: the text of a whole table at 1,000,000 records is ~25 MB.
    for value, ids in execute(
            f"SELECT {col}, group_concat(resource_id) FROM {table} GROUP BY {col} ORDER BY {col}"):
        posting = _ints(ids, np.int32)
        if facet == "organization" and posting.size:  # a row per role: a record may hold one twice
            posting = posting[np.concatenate(([True], posting[1:] != posting[:-1]))]  # (ascending)
        values.append(value)
        parts.append(posting)
    if _prefers_bitmaps(sum(part.nbytes for part in parts), len(values), size):
        return BitmapFacet.of(np.array(values, dtype=np.int64), parts, size)
    lengths = np.fromiter((p.size for p in parts), dtype=np.int64, count=len(parts))
    starts = np.concatenate(([0], np.cumsum(lengths)))
    records = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
    return LinkFacet(np.array(values, dtype=np.int64), starts, records)


def _scalar_facet(raw: np.ndarray, missing: np.ndarray, ids: np.ndarray, size: int) -> ScalarFacet:
    """Codes per record id for one column (``raw`` per row of ``ids``; ``missing`` where NULL)."""
    present = np.unique(raw[~missing])
    values = [None] + [int(v) for v in present]
    row_codes = np.where(missing, 0, np.searchsorted(present, raw) + 1)
    codes = np.zeros(size, dtype=np.int16 if len(values) < 2 ** 15 else np.int32)
    codes[ids] = row_codes
    return ScalarFacet(values, codes)


def _facts(execute) -> tuple[np.ndarray, ...]:
    """(id, flags, type id, year) of every record, from the narrow facts index, in id order. Flags:
    1 in the trash, 2 no type, 4 no year (group_concat skips NULLs, so they travel as flags)."""
    parts, after = [], -1
    while True:
        row = execute(
            f"SELECT group_concat(id), group_concat((deleted_at IS NOT NULL) + 2 * (type_id IS NULL) "
            f"+ 4 * (year IS NULL)), group_concat(IFNULL(type_id, 0)), group_concat(IFNULL(year, 0)), "
            f"MAX(id) FROM (SELECT id, deleted_at, type_id, year FROM resource INDEXED BY {FACTS_INDEX} "
            f"WHERE id > ? ORDER BY id LIMIT {FACTS_CHUNK})", (after,)).fetchone()
        if row[4] is None:
            break
        parts.append((_ints(row[0], np.int32), _ints(row[1], np.int8), _ints(row[2], np.int32), _ints(row[3])))
        after = row[4]
    if not parts:
        return np.zeros(0, np.int32), np.zeros(0, np.int8), np.zeros(0, np.int32), np.zeros(0, np.int64)
    return tuple(np.concatenate(column) for column in zip(*parts))


def _generation(execute) -> int:
    row = execute("SELECT value FROM catalogue_meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


_CHANGED = "SELECT resource_id FROM resource_change WHERE generation >= ?"


@dataclass
class FacetIndex:
    """Every record's facet values (see the module docstring). Arrays are indexed by record id."""
    size: int                 # max id + 1
    live: np.ndarray          # bool: the record exists and is not in the trash
    trashed: np.ndarray       # bool: the record is in the trash
    type: ScalarFacet
    year: ScalarFacet
    links: dict[str, LinkFacet | BitmapFacet]
    generation: int = -1      # the catalogue generation it was read at (-1: unknown, no update)

    def refreshed(self, database) -> "FacetIndex | None":
        """This index brought up to the catalogue's current state: a new index (this one is left as
        it is: another thread may be counting with it) in which only the records the change feed
        names since this one's generation are read again; a whole load (FacetIndex.load) after a
        bulk write, or past REFRESH_MOST / 1/REFRESH_SHARE of the records."""
        if self.generation < 0:
            return FacetIndex.load(database)
        execute = database.execute_sql
        with read_snapshot(database):
            generation = _generation(execute)
            changed = _ints(execute(f"SELECT group_concat(resource_id) FROM ({_CHANGED})",
                                    (self.generation,)).fetchone()[0])
            if changed.size == 0:
                return replace(self, generation=generation)
            size = max(self.size, int(changed.max()) + 1)
            most = max(REFRESH_FEW, min(REFRESH_MOST, self.size // REFRESH_SHARE))
            if changed.min() <= CHANGED_EVERYTHING or changed.size > most or size > self.size + SPARSE_SLACK:
                return FacetIndex.load(database)
            facts = np.array(execute(
                f"SELECT id, deleted_at IS NOT NULL, type_id IS NULL, IFNULL(type_id, 0), year IS NULL, "
                f"IFNULL(year, 0) FROM resource WHERE id IN ({_CHANGED})", (self.generation,)).fetchall(),
                dtype=np.int64).reshape(-1, 6)
            pairs = {}
            for facet in INDEXED_LINKS:
                table, col = FACET_LINKS[facet]
                pairs[facet] = np.array(execute(
                    f"SELECT {col}, resource_id FROM {table} WHERE resource_id IN ({_CHANGED})",
                    (self.generation,)).fetchall(), dtype=np.int64).reshape(-1, 2)
        mask = np.zeros(size, dtype=bool)
        mask[changed] = True
        live, trashed = np.zeros(size, dtype=bool), np.zeros(size, dtype=bool)
        live[:self.size], trashed[:self.size] = self.live, self.trashed
        live[changed] = trashed[changed] = False          # a record deleted for good is in neither
        ids, deleted = facts[:, 0], facts[:, 1].astype(bool)
        live[ids[~deleted]] = True
        trashed[ids[deleted]] = True
        # The scalar facets: every changed record takes a value ("none" for those deleted for good).
        gone = np.setdiff1d(changed, ids)
        all_ids = np.concatenate((ids, gone))
        none = np.ones(gone.size, dtype=bool)
        zeros = np.zeros(gone.size, dtype=np.int64)
        return FacetIndex(
            size, live, trashed,
            self.type.updated(size, all_ids, np.concatenate((facts[:, 3], zeros)),
                              np.concatenate((facts[:, 2].astype(bool), none))),
            self.year.updated(size, all_ids, np.concatenate((facts[:, 5], zeros)),
                              np.concatenate((facts[:, 4].astype(bool), none))),
            {facet: link.updated(mask, pairs[facet], size) for facet, link in self.links.items()},
            generation)

    @classmethod
    def load(cls, database) -> "FacetIndex | None":
        """Read the index, in one snapshot; None if record ids are too sparse to address densely."""
        with read_snapshot(database):
            generation = _generation(database.execute_sql)
            ids, flags, types, years = _facts(database.execute_sql)
            size = int(ids.max()) + 1 if ids.size else 1
            if size > MAX_SPARSENESS * ids.size + SPARSE_SLACK:
                return None
            links = {facet: _link_facet(database.execute_sql, facet, size) for facet in INDEXED_LINKS}
        deleted = (flags & 1).astype(bool)
        live = np.zeros(size, dtype=bool)
        live[ids[~deleted]] = True
        trashed = np.zeros(size, dtype=bool)
        trashed[ids[deleted]] = True
        return cls(size, live, trashed, _scalar_facet(types, (flags & 2).astype(bool), ids, size),
                   _scalar_facet(years, (flags & 4).astype(bool), ids, size), links, generation)

    def mask_of(self, ids) -> np.ndarray:
        """Mask of the record ids ``ids`` (ids beyond the index, newer than it, are left out)."""
        ids = np.asarray(ids, dtype=np.int64)
        out = np.zeros(self.size, dtype=bool)
        out[ids[(ids >= 0) & (ids < self.size)]] = True
        return out

    def selection(self, database, facet: str, ids) -> np.ndarray:
        """Records holding any of the value ids ``ids`` of ``facet``."""
        if facet == "type":
            return self.type.select(lambda v: v in ids)
        if facet in self.links:
            return self.links[facet].select(ids, self.size)
        table, col = FACET_LINKS[facet]
        found = database.execute_sql(
            f"SELECT group_concat(resource_id) FROM {table} WHERE {col} IN "
            f"({','.join(str(int(i)) for i in ids)})").fetchone()[0]
        return self.mask_of(_ints(found))

    def years_mask(self, flt: Filter) -> np.ndarray | None:
        """The year condition of ``flt`` as a mask, None if it has none (as db.queries.where_clause:
        ``undated`` wins over a range; an undated record is outside every range)."""
        if flt.undated:
            return self.year.select(lambda y: y is None)
        if flt.year_from is None and flt.year_to is None:
            return None
        lo = flt.year_from if flt.year_from is not None else -float("inf")
        hi = flt.year_to if flt.year_to is not None else float("inf")
        return self.year.select(lambda y: y is not None and lo <= y <= hi)


def text_sets(database, text: TextQuery) -> list[tuple[bool, np.ndarray]] | None:
    """The keyword query as id sets to intersect: (excluded?, ids) per condition, each read straight
    from its full-text index (deleted records included). None if the conditions are not all of the
    ``IN (subquery)`` shape db.search builds; the caller then asks SQL for the whole condition."""
    conds, params = search.text_conditions(text, column="")
    out, pending = [], list(params)
    for cond in conds:
        for prefix, negate in ((" IN (", False), (" NOT IN (", True)):  # noqa: B007 - negate is read after the loop
            if cond.startswith(prefix) and cond.endswith(")"):
                sub = cond[len(prefix):-1]
                break
        else:
            return None
        n = sub.count("?")
        args, pending = pending[:n], pending[n:]
        found = database.execute_sql(f"SELECT group_concat(rowid) FROM ({sub})", args).fetchone()[0]
        out.append((negate, _ints(found)))
    return out if not pending else None


def text_mask(database, text: TextQuery, size: int) -> np.ndarray | None:
    """Mask (over ids below ``size``) of the records matching the keyword query, deleted ones
    included; None when the query has no keywords."""
    if text.is_empty():
        return None
    sets = text_sets(database, text)
    if sets is None:
        conds, params = search.text_conditions(text, "r.id")
        found = database.execute_sql(
            f"SELECT group_concat(r.id) FROM resource r WHERE {' AND '.join(conds)}", params).fetchone()[0]
        sets = [(False, _ints(found))]
    if not sets:
        return None  # only punctuation: no condition, as in db.queries.where_clause
    mask = np.ones(size, dtype=bool)
    for negate, ids in sets:
        ids = ids[ids < size]
        if negate:
            mask[ids] = False
        else:
            keep = np.zeros(size, dtype=bool)
            keep[ids] = True
            mask &= keep
    return mask


def text_mask_read(database, text: TextQuery, size: int) -> tuple[int, np.ndarray | None]:
    """(catalogue generation, text_mask) read in one snapshot, for text_mask_refreshed later."""
    with read_snapshot(database):
        return _generation(database.execute_sql), text_mask(database, text, size)


# The keyword conditions a mask can be brought up to date for: one full-text table's MATCH. Other
# shapes (words inside attached documents) fall back to reading the whole mask again.
_DELTA_SOURCES = {f"SELECT rowid FROM {table} WHERE {table} MATCH ?": table
                  for table in (search.WORD_TABLE, search.TRIGRAM_TABLE)}
_DELTA_TABLES = {search.WORD_TABLE: "delta_words", search.TRIGRAM_TABLE: "delta_trigrams"}


def text_mask_refreshed(database, text: TextQuery, size: int, mask: np.ndarray,
                        generation: int) -> tuple[int, np.ndarray] | None:
    """(generation now, text_mask now) from ``mask``, text_mask of ``text`` read at ``generation``:
    only the records the change feed names since then are matched again, by the same full-text
    query run on a TEMP copy of their index rows (same tokenizer, so the same answer; ~200 ms for a
    common word at 1,000,000 records otherwise, the first counts after every edit). None where it
    cannot be done so (a bulk write, too many changes, a condition on documents): read it whole."""
    conds, params = search.text_conditions(text, column="")
    parts, pending = [], list(params)
    for cond in conds:
        negate = cond.startswith(" NOT IN (")
        sub = cond[len(" NOT IN (" if negate else " IN ("):-1]
        table = _DELTA_SOURCES.get(sub)
        if table is None or not cond.endswith(")") or not (negate or cond.startswith(" IN (")):
            return None
        parts.append((negate, table, pending[:1]))
        pending = pending[1:]
    if pending or not parts or size < mask.size:
        return None
    execute = database.execute_sql
    with read_snapshot(database):
        now = _generation(execute)
        changed = _ints(execute(f"SELECT group_concat(resource_id) FROM ({_CHANGED})", (generation,)).fetchone()[0])
        if changed.size and (changed.min() <= CHANGED_EVERYTHING or changed.size > REFRESH_FEW):
            return None
        changed = changed[changed < size]
        matched = np.ones(changed.size, dtype=bool)
        if changed.size:
            marks = ",".join(map(str, changed.tolist()))
            for negate, table, args in parts:
                delta = _delta_table(database, table)
                execute(f"DELETE FROM temp.{delta}")
                columns = "title, summary, organizations, keywords" if table == search.WORD_TABLE else "body"
                execute(f"INSERT INTO temp.{delta}(rowid, {columns}) SELECT rowid, {columns} FROM {table} "
                        f"WHERE rowid IN ({marks})")
                hits = _ints(execute(f"SELECT group_concat(rowid) FROM temp.{delta} WHERE {delta} MATCH ?",
                                     args).fetchone()[0])
                execute(f"DELETE FROM temp.{delta}")
                found = np.isin(changed, hits)
                matched &= ~found if negate else found
    out = np.zeros(size, dtype=bool)
    out[:mask.size] = mask
    out[changed] = matched
    return now, out


def _delta_table(database, table: str) -> str:
    """The name of a TEMP full-text table made like ``table`` (db.search.CREATE_SQL): this
    connection's own, empty between uses."""
    delta = _DELTA_TABLES[table]
    create = next(sql for sql in search.CREATE_SQL if f" {table} USING fts5(" in sql)
    database.execute_sql(create.replace(f"IF NOT EXISTS {table} ", f"IF NOT EXISTS temp.{delta} "))
    return delta


def condition_mask(index: FacetIndex, database, cond: dc.Condition) -> np.ndarray:
    """Mask of the records meeting an expression condition (db.conditions), deleted ones included:
    facet values and years from the index, keywords from the full-text index as id sets, other
    record states from one SQL query each; combined as arrays."""
    size = index.size
    if isinstance(cond, dc.FacetIs):
        return index.selection(database, cond.facet, cond.ids) if cond.ids else np.zeros(size, dtype=bool)
    if isinstance(cond, dc.YearIn):
        if cond.undated:
            return index.year.select(lambda y: y is None)
        lo = cond.low if cond.low is not None else -float("inf")
        hi = cond.high if cond.high is not None else float("inf")
        return index.year.select(lambda y: y is not None and lo <= y <= hi)
    if isinstance(cond, dc.Text):
        found = text_mask(database, cond.query, size)
        return np.ones(size, dtype=bool) if found is None else found
    if isinstance(cond, dc.IdsIn):
        return index.mask_of(list(cond.ids))
    if isinstance(cond, dc.NotC):
        return ~condition_mask(index, database, cond.part)
    if isinstance(cond, dc.AllOf):
        out = np.ones(size, dtype=bool)
        for part in cond.parts:
            out &= condition_mask(index, database, part)
        return out
    if isinstance(cond, dc.AnyOf):
        out = np.zeros(size, dtype=bool)
        for part in cond.parts:
            out |= condition_mask(index, database, part)
        return out
    sql, params = dc.condition_sql(cond)
    found = database.execute_sql(f"SELECT group_concat(r.id) FROM resource r WHERE {sql}", params).fetchone()[0]
    return index.mask_of(_ints(found))


def _filter_parts(index: FacetIndex, database, flt: Filter, text: np.ndarray | None):
    """(mask of the records every facet and the years leave in, {facet or "year": its own condition})."""
    base = (index.trashed if flt.trash else index.live).copy()
    if text is not None:
        base &= text
    if flt.resource_ids is not None:
        base &= index.mask_of(list(flt.resource_ids))
    if flt.condition is not None:
        base &= condition_mask(index, database, flt.condition)
    if flt.series_uids is not None or flt.latest_only:   # relations: one SQL query for the mask
        base &= matching_mask(database, Filter(trash=flt.trash, series_uids=flt.series_uids,
                                               latest_only=flt.latest_only), index.size)
    conditions = {facet: index.selection(database, facet, ids) for facet, ids in flt.facets if ids}
    for facet, ids in flt.excluded:
        if ids:
            keep = ~index.selection(database, facet, ids)
            conditions[facet] = conditions[facet] & keep if facet in conditions else keep
    years = index.years_mask(flt)
    if years is not None:
        conditions["year"] = years
    return base, conditions


def filter_mask(index: FacetIndex, database, flt: Filter, text: np.ndarray | None) -> np.ndarray:
    """Mask of the records matching the whole filter. ``text``: text_mask of ``flt.text``."""
    mask, conditions = _filter_parts(index, database, flt, text)
    for condition in conditions.values():
        mask &= condition
    return mask


def facet_counts(index: FacetIndex, database, flt: Filter, facets, text: np.ndarray | None) -> FacetCounts:
    """db.queries.facet_counts from the index. ``text``: text_mask of ``flt.text`` (None if empty).

    Every facet but the selected ones counts the same records (the whole filter); a selected facet
    counts the filter without its own selection, the years the filter without the year range."""
    base, conditions = _filter_parts(index, database, flt, text)

    def records_without(skip: str | None) -> np.ndarray:
        mask = base.copy()
        for name, condition in conditions.items():
            if name != skip:
                mask &= condition
        return mask

    everything = records_without(None)
    result = FacetCounts()
    for facet in facets:
        mask = records_without(facet) if facet in conditions else everything
        if facet == "type":
            counts = index.type.count(mask)
            counts.pop(None, None)
        else:
            counts = index.links[facet].count(mask)
        result.values[facet] = counts
    years_counts = index.year.count(records_without("year") if "year" in conditions else everything)
    result.undated = years_counts.pop(None, 0)
    result.years = years_counts
    result.total = int(np.count_nonzero(everything))
    return result


def id_bound(database) -> int:
    """One more than the largest record id: the size of a mask over every record."""
    return (database.execute_sql("SELECT MAX(id) FROM resource").fetchone()[0] or 0) + 1


def matching_mask(database, flt: Filter, size: int) -> np.ndarray:
    """Mask of the records matching ``flt`` (its keywords included), from SQL: one ``group_concat``
    instead of a Python object per id (~4x faster for tens of thousands of ids)."""
    where, params = where_clause(flt)
    found = database.execute_sql(f"SELECT group_concat(r.id) FROM resource r WHERE {where}", params).fetchone()[0]
    ids = _ints(found)
    mask = np.zeros(size, dtype=bool)
    mask[ids[ids < size]] = True
    return mask


def kept_in_order(order, keep: np.ndarray) -> np.ndarray:
    """The ids of ``order`` (an array.array or a list of ids) that ``keep`` holds, in order."""
    ids = np.frombuffer(order, dtype=order.typecode) if isinstance(order, array) else np.asarray(order)
    ids = ids[ids < keep.size]
    return ids[keep[ids]]
