"""Likely duplicates, and merging two records into one.

Two records are likely duplicates when they share a DOI, an ISBN or a web address, or when their
normalised titles are very similar and they have the same year or an organization in common.
A pair the librarian marked "not duplicates" is never proposed again.

A merge keeps one record (the survivor) with the fields the librarian chose, unions the
many-valued fields, moves reading-list memberships and attachments to it, and puts the other
record in the trash. Both histories stay: the survivor's history lists the other's too.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain, compress, repeat
from operator import getitem, itemgetter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from app import server_backups
from app.change_log import Recorder
from app.changes import Changes, MergeInfo
from app.gc_paused import gc_paused
from app.editing import (
    VersionConflict,
    apply_snapshots,
    new_vocabulary_facets,
    prepare,
    quoted_title,
)
from app.validation import bare_doi, compact_isbn, isbn_error
from db import attachments as db_attachments
from db import relations as db_relations
from db import duplicates as sql
from db import edits, queries
from db.records import OrganizationRef, RecordData
from db.textfold import fold
from db.vocab import lookup_index
from db.writes import VocabularyCache, now_iso, save_record

if TYPE_CHECKING:   # annotations only: the catalogue imports this module (quality lists)
    from app.catalogue import Catalogue

SIMILAR = 0.9            # SequenceMatcher ratio of normalised titles
_BIG_GROUP = 25          # a URL shared by more records than this is a site's home page, not a document
_BLOCK_WORDS = 2         # each record joins the blocks of its rarest title words
_SMALL_BLOCK = 60        # blocks up to this size compare every pair
_WINDOW = 12             # in bigger blocks, each record meets this many title-order neighbours
_CHUNK = 500_000         # candidate pairs compared in one array call
_WINDOW_CHUNK = 65536    # records of the big blocks whose window pairs are bounded together
_PREFILTER = 89.0        # rapidfuzz ratio (0-100) below which difflib's ratio cannot reach SIMILAR
_STOPWORDS = frozenset("a an and de des du el en et for from in la le les of on or the to with".split())
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


# ---- keys -------------------------------------------------------------------------------------

def normalise_title(title: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(title)).split())


# normalise_titles: ASCII titles joined by NUL (which no title keeps: fold drops control characters)
# and cleaned as one byte string by one table, as normalise_title cleans ASCII text: fold's invisible
# characters dropped, letters lower-cased, digits kept, everything else a space.
_ASCII_TABLE = bytes(c + 32 if 65 <= c <= 90 else c if c == 0 or 48 <= c <= 57 or 97 <= c <= 122 else 32
                     for c in range(256))
_ASCII_DROPPED = bytes([*range(1, 9), *range(14, 32), 127])


def normalise_titles(titles: list[str | None]) -> list[str]:
    """``[normalise_title(t) for t in titles]``: ASCII titles (most) folded and cleaned as one string
    per 65,536 titles, a few calls in C instead of a few per title."""
    out = [""] * len(titles)
    plain = [i for i, t in enumerate(titles) if t and t.isascii() and "\x00" not in t]
    step = 65536
    for start in range(0, len(plain), step):
        where = plain[start:start + step]
        joined = "\x00".join([titles[i] for i in where])
        pieces = joined.encode("ascii").translate(_ASCII_TABLE, _ASCII_DROPPED).decode("ascii").split("\x00")
        for i, piece in zip(where, pieces):
            out[i] = " ".join(piece.split())
    for i, t in enumerate(titles):
        if t and not out[i] and not (t.isascii() and "\x00" not in t):
            out[i] = normalise_title(t)
    return out


def title_similarity(a: str, b: str) -> float:
    a, b = normalise_title(a), normalise_title(b)
    if not a or not b:
        return 0.0
    return 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()


def isbn_key(isbn: str) -> str:
    """One form for an ISBN: ISBN-13 digits (a valid ISBN-10 is converted)."""
    compact = compact_isbn(isbn)
    if len(compact) == 10 and isbn_error(compact) is None:
        core = "978" + compact[:9]
        check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
        return core + str(check)
    return compact


def isbn_forms(isbn: str) -> list[str]:
    compact = compact_isbn(isbn)
    if not compact:
        return []
    forms = {compact, isbn_key(compact)}
    if len(compact) == 13 and compact.startswith("978") and isbn_error(compact) is None:
        core = compact[3:12]
        total = sum((10 - i) * int(c) for i, c in enumerate(core))
        check = (11 - total % 11) % 11
        forms.add(core + ("X" if check == 10 else str(check)))
    return sorted(forms)


def doi_key(doi: str) -> str:
    return bare_doi(doi).lower()


def doi_forms(doi: str) -> list[str]:
    key = doi_key(doi)
    if not key:
        return []
    return [key] + [p + key for p in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                      "http://dx.doi.org/", "doi:")]


_URL_PREFIXES = re.compile(r"(?:https://)?(?:http://)?(?:www\.)?")   # each once, in this order


def url_key(url: str) -> str:
    key = (url or "").strip().lower()
    return key[_URL_PREFIXES.match(key).end():].rstrip("/")   # (the pattern matches every string)


def url_forms(url: str) -> list[str]:
    key = url_key(url)
    if not key:
        return []
    return [f"{scheme}{www}{key}{slash}" for scheme in ("http://", "https://", "")
            for www in ("", "www.") for slash in ("", "/")]


def _title_tokens(title: str) -> list[str]:
    return [t for t in normalise_title(title).split() if len(t) > 2 and t not in _STOPWORDS]


# ---- candidates for one record ----------------------------------------------------------------

@dataclass
class DuplicateMatch:
    uid: str
    title: str
    year: int | None
    reasons: list[str] = field(default_factory=list)


_REASONS = {"doi": "same DOI", "isbn": "same ISBN", "url": "same web address"}


def candidates_for(catalogue: Catalogue, data: RecordData, exclude_uid: str = "") -> list[DuplicateMatch]:
    """Live records that look like a duplicate of ``data`` (a record being saved), best first."""
    exclude_uid = exclude_uid or data.uid
    found: dict[str, DuplicateMatch] = {}
    for uid, which in sql.exact_matches(doi_forms(data.doi), isbn_forms(data.isbn), url_forms(data.url),
                                        exclude_uid):
        found.setdefault(uid, DuplicateMatch(uid, "", None)).reasons.append(_REASONS[which])
    neighbour_ids = sql.title_neighbours(_title_tokens(data.title)[:12])
    rows = {row[1]: row for row in sql.candidate_rows(neighbour_ids)}
    orgs = sql.organization_ids(neighbour_ids)
    index = lookup_index("organization")   # names and acronyms
    mine = {index[fold(o.name)] for o in data.organizations if fold(o.name) in index}
    for uid, (rid, _, title, year, *_rest) in rows.items():
        if uid == exclude_uid or title_similarity(title, data.title) < SIMILAR:
            continue
        if year == data.year and year is not None:
            found.setdefault(uid, DuplicateMatch(uid, "", None)).reasons.append("very similar title, same year")
        elif mine & orgs.get(rid, set()):
            found.setdefault(uid, DuplicateMatch(uid, "", None)).reasons.append(
                "very similar title, same organization")
    if data.uid:
        declined = sql.not_duplicate_pairs()
        found = {u: f for u, f in found.items() if tuple(sorted((u, data.uid))) not in declined}
    for match in found.values():
        record = queries.record_by_uid(match.uid)
        match.title, match.year = record.title, record.year
    return sorted(found.values(), key=lambda f: (-len(f.reasons), fold(f.title)))


# ---- pairs across the catalogue ---------------------------------------------------------------

@dataclass
class DuplicatePair:
    uid_a: str
    uid_b: str
    title_a: str
    title_b: str
    reasons: list[str] = field(default_factory=list)


def _similar(a: str, b: str, letters_a: Counter, letters_b: Counter) -> bool:
    """Very similar normalised titles. The cheap bounds come first: a ratio of 0.9 needs lengths
    within about 18% of each other and as many letters in common (difflib's quick_ratio, here
    on letter counts made once per title)."""
    if a == b:
        return True
    total = len(a) + len(b)
    if not a or not b or 2 * min(len(a), len(b)) < SIMILAR * total:
        return False
    common = sum(min(n, letters_b[ch]) for ch, n in letters_a.items() if ch in letters_b)
    if 2 * common < SIMILAR * total:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def _long_enough(la, lb):
    """difflib's first bound: a ratio of SIMILAR needs 2 min(la, lb) >= SIMILAR (la + lb) (loosened
    by one, so rounding never drops a pair difflib would keep)."""
    import numpy as np
    return 20 * np.minimum(la, lb) + 1 >= 9 * (la + lb)


def _distinct(values):
    """The distinct values of an integer array, in order (numpy's unique by sorting: its hash table
    measured slower on these arrays)."""
    import numpy as np
    values = np.sort(values, kind="stable")   # timsort: these arrays come in sorted runs
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


def _title_blocks(normalised: list[str], lengths, year_codes, org_start, org_count, org_flat):
    """The blocks of record positions, as likely_pairs once made them in a dict of lists, in array
    code: each record's _BLOCK_WORDS rarest title words (fewest titles, then the word's own order;
    words of two letters or fewer and stopwords dropped, a title left with none is its own word)
    with its year (code > 0), and with each of its organizations. Returns (members, starts, sizes):
    block k holds ``members[starts[k]:starts[k] + sizes[k]]`` in record order, blocks numbered in the
    order the records first open them (record order, rarest word first, the year before the
    organizations, these in the order of the record's set)."""
    import numpy as np

    n = len(normalised)
    words = " ".join(normalised).split()          # normalised titles: words joined by one space
    vocabulary = sorted(set(words))
    size = len(vocabulary)
    index = dict(zip(vocabulary, range(size)))
    ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
    del words, index
    per_title = np.fromiter(map(str.count, normalised, repeat(" ")), dtype=np.int64, count=n) + (lengths > 0)
    owner = np.repeat(np.arange(n, dtype=np.int64), per_title)
    kept = np.fromiter((len(w) > 2 and w not in _STOPWORDS for w in vocabulary), dtype=bool, count=size)
    keep = kept[ids]
    pair = _distinct(owner[keep] * size + ids[keep])          # each title's words once, by title
    owner, ids = pair // size, pair % size
    by_rarity = np.lexsort((np.arange(size), np.bincount(ids, minlength=size)))
    rarity = np.empty(size, dtype=np.int64)
    rarity[by_rarity] = np.arange(size)
    # The rarest words of each title: the least rarity rank, then the least of the others (a title's
    # words have distinct ranks).
    rank = rarity[ids]
    starts = np.flatnonzero(np.concatenate([[True], owner[1:] != owner[:-1]])) if len(owner) else owner
    titled = owner[starts]
    chosen_rank = []
    for _ in range(_BLOCK_WORDS):
        least = np.minimum.reduceat(rank, starts) if len(rank) else rank
        chosen_rank.append(least)
        rank[rank == np.repeat(least, np.diff(np.append(starts, len(rank))))] = size
    chosen = np.stack(chosen_rank, axis=1)                    # a row per titled record, rarest first
    valid = chosen < size
    owner = np.repeat(titled, valid.sum(axis=1))
    token = by_rarity[chosen[valid]]                          # row by row: record order, rarest first
    # A title without a kept word is its own word (no word has a space; so titles equal share it).
    alone = np.ones(n, dtype=bool)
    alone[titled] = False
    alone = np.flatnonzero(alone)
    if len(alone):
        whole: dict[str, int] = {}
        extra = np.fromiter((whole.setdefault(normalised[p], size + len(whole)) for p in alone.tolist()),
                            dtype=np.int64, count=len(alone))
        at = np.searchsorted(owner, alone)
        owner, token = np.insert(owner, at, alone), np.insert(token, at, extra)
    # One entry per (record, word, year or organization), in the order the old loop appended them.
    has_year = year_codes > 0
    count = has_year[owner].astype(np.int64) + org_count[owner]
    entry_word = np.repeat(np.arange(len(owner)), count)
    within = np.arange(len(entry_word)) - np.repeat(np.cumsum(count) - count, count)
    pos = owner[entry_word]
    is_year = has_year[pos] & (within == 0)
    org_at = np.minimum(org_start[pos] + within - has_year[pos], max(len(org_flat) - 1, 0))
    years = int(year_codes.max(initial=0)) + 1      # years (codes) and organizations (ids) in one number
    value = (org_flat[org_at] if len(org_flat) else np.zeros(len(pos), dtype=np.int64)) + years
    value[is_year] = year_codes[pos[is_year]]
    key = token[entry_word] * (int(value.max(initial=0)) + 1) + value
    # Entries grouped by block, the blocks in the order their first entry came, entries in order.
    by_key = np.argsort(key, kind="stable")
    key = key[by_key]
    group_start = np.flatnonzero(np.concatenate([[True], key[1:] != key[:-1]])) if len(key) else key
    sizes = np.diff(np.append(group_start, len(key)))
    number = np.argsort(by_key[group_start], kind="stable")   # groups in the order they were opened
    sizes = sizes[number]
    starts = np.cumsum(sizes) - sizes
    new_start = np.empty(len(number), dtype=np.int64)
    new_start[number] = starts
    group = np.repeat(np.arange(len(group_start)), np.diff(np.append(group_start, len(key))))
    members = np.empty(len(key), dtype=np.int64)
    members[new_start[group] + np.arange(len(key)) - group_start[group]] = pos[by_key]
    return members, starts, sizes


def _candidate_chunks(members, starts, sizes, fwd, rev, lengths, letters, unbounded):
    """The pairs of record positions worth comparing whose title lengths and letters allow a ratio
    of SIMILAR (see _letters_allow), as numpy arrays (a, b, order), chunk by chunk: every pair in a
    block of up to _SMALL_BLOCK records; in a bigger block, each record with its _WINDOW next
    neighbours in title order and then in reversed-title order (a sorted neighbourhood: linear, not
    quadratic). Block k is ``members[starts[k]:starts[k] + sizes[k]]`` (see _title_blocks); ``fwd``
    and ``rev`` are (rank, positions in that order) of the records of the big blocks. These are the
    pairs of comparing block by block in Python, made in array code; the order numbers them as that
    loop would meet them (block, pass, place), because difflib's ratio depends on which title comes
    first, and the first meeting of a pair decided it."""
    import numpy as np

    small = np.flatnonzero((sizes > 1) & (sizes <= _SMALL_BLOCK))
    small = small[np.argsort(sizes[small], kind="stable")]
    bounds = np.flatnonzero(np.diff(sizes[small])) + 1
    for indexes in np.split(small, bounds) if len(small) else []:
        size = int(sizes[indexes[0]])
        first, second = np.triu_indices(size, 1)
        place = (first * 64 + second).astype(np.int64)      # i < j < 64
        per_chunk = max(1, _CHUNK // len(first))
        for start in range(0, len(indexes), per_chunk):
            part_indexes = indexes[start:start + per_chunk].astype(np.int64)
            part = members[starts[part_indexes][:, None] + np.arange(size)]   # one block a row
            sized = lengths[part]
            row, k = np.divmod(np.flatnonzero(_long_enough(sized[:, first], sized[:, second])), len(first))
            a, b = part[row, first[k]], part[row, second[k]]
            ok = _letters_allow(letters, unbounded, lengths, a, b)
            yield a[ok], b[ok], (part_indexes[row[ok]] << 32) + place[k[ok]]
    big = np.flatnonzero(sizes > _SMALL_BLOCK)
    if not len(big):
        return
    counts = sizes[big]
    total = int(counts.sum())
    # A record's place in its block, and how many follow it there (blocks stay in the same order and
    # contiguous once sorted).
    place = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    room = np.repeat(counts, counts) - place - 1
    members = members[np.repeat(starts[big], counts) + place]
    block_of = np.repeat(big.astype(np.int64), counts)
    for phase, (rank, by_rank) in enumerate((fwd, rev)):
        # By block, then by title (ranks break ties between equal titles by record order, as Python's
        # stable sort of a block did): one sort of numbers.
        width = len(by_rank)
        key = np.sort(block_of * width + rank[members], kind="stable")   # sorted runs: the blocks
        ordered, owner = by_rank[key % width], key // width
        del key
        sized = lengths[ordered]
        # The window's pairs a chunk of records at a time: their letters gathered once for the
        # _WINDOW steps (in the processor's cache), not once a pair.
        for i in range(0, total, _WINDOW_CHUNK):
            j, end = min(i + _WINDOW_CHUNK, total), min(i + _WINDOW_CHUNK + _WINDOW, total)
            near, near_sized = letters[ordered[i:end]], sized[i:end]
            near_free, near_room = unbounded[ordered[i:end]], room[i:j]
            found_a, found_b, found_order = [], [], []
            for step in range(1, min(_WINDOW, end - i - 1) + 1):
                m = min(j - i, end - i - step)
                v = np.flatnonzero((near_room[:m] >= step) & _long_enough(near_sized[:m], near_sized[step:step + m]))
                if not len(v):
                    continue
                w = v + step
                common = _common_letters(near[v], near[w])
                v = v[(20 * common + 1 >= 9 * (near_sized[v] + near_sized[w])) | near_free[v] | near_free[w]]
                spot = v + i
                found_a.append(ordered[spot])
                found_b.append(ordered[spot + step])
                found_order.append((owner[spot] << 32) + (phase << 31) + (place[spot] << 4) + (step - 1))
            if found_a:
                yield np.concatenate(found_a), np.concatenate(found_b), np.concatenate(found_order)


def _letter_counts(titles: list[str], lengths):
    """Each title's letters counted in 64 buckets (code point mod 64) and in 32 (mod 32) as uint8,
    each with which titles have a bucket past 255 (their bound is not kept: always compared)."""
    import numpy as np

    n = len(titles)
    counts, counts32 = np.zeros((n, 64), dtype=np.uint8), np.zeros((n, 32), dtype=np.uint8)
    unbounded, unbounded32 = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    step = 32768
    for start in range(0, n, step):
        part = titles[start:start + step]
        end = start + len(part)
        codes = np.frombuffer("".join(part).encode("utf-32-le"), dtype=np.uint32) & 63
        owner = np.repeat(np.arange(len(part), dtype=np.int64), lengths[start:end])
        full = np.bincount(owner * 64 + codes, minlength=len(part) * 64).reshape(len(part), 64)
        unbounded[start:end] = (full > 255).any(axis=1)
        counts[start:end] = np.minimum(full, 255)
        full = full[:, :32] + full[:, 32:]
        unbounded32[start:end] = (full > 255).any(axis=1)
        counts32[start:end] = np.minimum(full, 255)
    return counts, unbounded, counts32, unbounded32


def _common_letters(a, b):
    """sum(min(a, b)) row by row for rows of 32 or 64 one-byte counts: the minimum in bytes, then
    the bytes of each row added as 64-bit words (two bytes into a 16-bit lane, the words of a row
    added, the four lanes added by one multiplication: every sum stays below 2**16)."""
    import numpy as np
    x = np.minimum(a, b).view(np.uint64)
    mask = np.uint64(0x00FF00FF00FF00FF)
    x = (x & mask) + ((x >> np.uint64(8)) & mask)
    lanes = x[:, 0].copy()
    for column in range(1, x.shape[1]):
        lanes += x[:, column]
    return ((lanes * np.uint64(0x0001000100010001)) >> np.uint64(48)).astype(np.int32)


def _letters_allow(letters, unbounded, lengths, first, second):
    """Which pairs (first[i], second[i]) difflib's quick_ratio on these letter counts lets reach
    SIMILAR (loosened by one, as _long_enough), or whose counts are not kept (``unbounded``); in
    chunks whose gathered counts stay in the processor's cache."""
    import numpy as np
    out = np.empty(len(first), dtype=bool)
    step = 32768
    for i in range(0, len(first), step):
        a, b = first[i:i + step], second[i:i + step]
        common = _common_letters(letters[a], letters[b])
        out[i:i + step] = (20 * common + 1 >= 9 * (lengths[a] + lengths[b])) | unbounded[a] | unbounded[b]
    return out


def likely_pairs(rows: list[tuple], orgs: dict[int, set[int]], cancelled=None,
                 mark=None) -> dict[tuple[int, int], list[str]] | None:
    """(smaller id, larger id) -> reasons for the likely duplicates among ``rows`` (id, uid, title,
    year, doi, isbn, url, added_at), given each record's organization ids; None if cancelled.

    Exact keys (DOI, ISBN, URL) are grouped in a dictionary. Titles are compared only inside
    blocks of records that share one of their rarest title words and the same year or the same
    organization (the rule needs one of them anyway), so the work grows with the catalogue, not
    with its square. The pairs of each block are made in array code; a length bound and
    rapidfuzz's Indel ratio (the longest common subsequence, never below difflib's ratio, so a
    safe first test) drop the dissimilar ones in C, and difflib decides the few left, so the
    answer is the one difflib gives pair by pair. ``mark(name)``, if given, is called as each step
    ends (bench/bench_speed17.py times the steps with it).
    """
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.process import cpdist

    pairs: dict[tuple[int, int], list[str]] = defaultdict(list)

    def add(a: int, b: int, reason: str) -> None:
        key = (a, b) if a < b else (b, a)
        if reason not in pairs[key]:
            pairs[key].append(reason)

    # Exact keys: each record's key counted in C; only the records of keys shared by 2 to _BIG_GROUP
    # records are grouped (in record order) in Python.
    rids = list(map(itemgetter(0), rows))
    for which, column, keys_of in (("doi", 4, lambda values: list(map(doi_key, values))),
                                   ("isbn", 5, lambda values: list(map(isbn_key, values))),
                                   ("url", 6, lambda values: list(map(url_key, values)))):
        values = list(map(itemgetter(column), rows))
        owners = list(compress(rids, values))       # an empty value has no key
        keys = keys_of(list(compress(values, values)))
        shared = {key for key, times in Counter(keys).items() if 1 < times <= _BIG_GROUP and key}
        groups: dict[str, list[int]] = defaultdict(list)
        for rid, key in compress(zip(owners, keys), map(shared.__contains__, keys)):
            groups[key].append(rid)
        for ids in groups.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    add(a, b, _REASONS[which])
        del values, owners, keys
    if mark:
        mark("exact keys (DOI, ISBN, URL)")

    # Records by position (the order of ``rows``), so arrays can index them.
    n = len(rows)
    normalised = normalise_titles(list(map(itemgetter(2), rows)))
    if mark:
        mark("normalised titles")
    lengths = np.fromiter(map(len, normalised), dtype=np.int32, count=n)
    year_code: dict = {None: 0}
    year_codes = np.array([year_code.setdefault(year, len(year_code)) for year in map(itemgetter(3), rows)],
                          dtype=np.int64)
    # Each record's organizations, in the order of its set, as one array (records by position).
    rids = np.fromiter(map(itemgetter(0), rows), dtype=np.int64, count=n)
    by_rid = np.argsort(rids)
    org_rids = np.fromiter(orgs.keys(), dtype=np.int64, count=len(orgs))
    org_sizes = np.fromiter(map(len, orgs.values()), dtype=np.int64, count=len(orgs))
    org_flat = np.fromiter(chain.from_iterable(orgs.values()), dtype=np.int64, count=int(org_sizes.sum()))
    found = np.minimum(np.searchsorted(rids, org_rids, sorter=by_rid), max(n - 1, 0))
    live = (rids[by_rid[found]] == org_rids) if n else np.zeros(len(org_rids), dtype=bool)
    org_count = np.zeros(n, dtype=np.int64)
    org_start = np.zeros(n, dtype=np.int64)
    org_count[by_rid[found[live]]] = org_sizes[live]
    org_start[by_rid[found[live]]] = (np.cumsum(org_sizes) - org_sizes)[live]
    if mark:
        mark("years and organizations as arrays")
    members, starts, sizes = _title_blocks(normalised, lengths, year_codes, org_start, org_count, org_flat)
    if mark:
        mark("blocks (title words, rarest two)")
    # Title order and reversed-title order, for the records of the big blocks only.
    big = sizes > _SMALL_BLOCK
    in_big = np.zeros(len(members) + 1, dtype=np.int64)      # +1 at a big block's start, -1 after its end
    np.add.at(in_big, starts[big], 1)
    np.add.at(in_big, starts[big] + sizes[big], -1)
    windowed = _distinct(members[np.cumsum(in_big[:-1]) > 0])
    chosen_titles = list(map(normalised.__getitem__, windowed.tolist()))
    fwd_order = windowed[sorted(range(len(windowed)), key=chosen_titles.__getitem__)]
    chosen_titles = list(map(getitem, chosen_titles, repeat(slice(None, None, -1))))   # each reversed
    rev_order = windowed[sorted(range(len(windowed)), key=chosen_titles.__getitem__)]
    del chosen_titles, windowed
    rank_fwd, rank_rev = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    rank_fwd[fwd_order] = np.arange(len(fwd_order))
    rank_rev[rev_order] = np.arange(len(rev_order))
    if mark:
        mark("title orders (big blocks)")
    titles = np.array(normalised, dtype=object)
    letters, unbounded, letters32, unbounded32 = _letter_counts(normalised, lengths)
    if mark:
        mark("letter counts")
    first_met: dict[tuple[int, int], tuple[int, int, int]] = {}   # pair -> (order, a, b) first met
    for first, second, order in _candidate_chunks(members, starts, sizes, (rank_fwd, fwd_order), (rank_rev, rev_order),
                                                  lengths, letters32, unbounded32):
        if cancelled is not None and cancelled():
            return None
        # The 32-bucket bound passed (buckets merged can only raise it): the 64-bucket one now.
        kept = _letters_allow(letters, unbounded, lengths, first, second)
        first, second, order = first[kept], second[kept], order[kept]
        if not len(first):
            continue
        scores = cpdist(titles[first], titles[second], scorer=fuzz.ratio, score_cutoff=_PREFILTER,
                        dtype=np.float32)
        hit = np.flatnonzero(scores >= _PREFILTER)
        for a, b, seen in zip(first[hit].tolist(), second[hit].tolist(), order[hit].tolist()):
            key = (a, b) if a < b else (b, a)
            if key not in first_met or seen < first_met[key][0]:
                first_met[key] = (seen, a, b)
    if mark:
        mark("candidate pairs and bounds")
    for _, a, b in first_met.values():
        ta, tb = normalised[a], normalised[b]
        if not _similar(ta, tb, Counter(ta), Counter(tb)):
            continue
        ra, rb = rows[a], rows[b]
        if ra[3] == rb[3] and ra[3] is not None:
            add(ra[0], rb[0], "very similar title, same year")
        elif orgs.get(ra[0], set()) & orgs.get(rb[0], set()):
            add(ra[0], rb[0], "very similar title, same organization")
    if mark:
        mark("difflib on the pairs left")
    return dict(pairs)


def find_pairs(catalogue: Catalogue, cancelled=None, mark=None) -> list[DuplicatePair]:
    """Every likely duplicate pair among live records (not marked "not duplicates"): see
    :func:`likely_pairs` (and its ``mark``). Python's cycle collector waits meanwhile (app.gc_paused):
    the search holds a few million rows, words and keys, which each collection walked again (at
    1,000,000 records 13-20% of the search, bench/bench_speed17.py duplicates)."""
    with gc_paused():
        rows = sql.pair_rows()
        if mark:
            mark("read rows")
        orgs = sql.organization_ids()
        if mark:
            mark("read organizations")
        found = likely_pairs(rows, orgs, cancelled, mark)
        del rows, orgs
    if found is None:
        return []
    ids = sorted({rid for pair in found for rid in pair})
    by_id = {row[0]: row for start in range(0, len(ids), 500) for row in sql.candidate_rows(ids[start:start + 500])}
    declined = sql.not_duplicate_pairs()
    out = []
    for (a, b), reasons in found.items():
        if a not in by_id or b not in by_id:       # trashed between the two reads
            continue
        ra, rb = by_id[a], by_id[b]
        if ra[7] > rb[7] or (ra[7] == rb[7] and a > b):   # the older record first
            ra, rb = rb, ra
        if tuple(sorted((ra[1], rb[1]))) in declined:
            continue
        out.append(DuplicatePair(ra[1], rb[1], ra[2], rb[2], reasons))
    out.sort(key=lambda p: (fold(p.title_a), p.uid_a, p.uid_b))
    if mark:
        mark("the pairs' records read, sorted")
    return out


def mark_not_duplicate(catalogue: Catalogue, uid_a: str, uid_b: str) -> Changes:
    """Remember that two records are not duplicates (never proposed again)."""
    with edits.write_transaction(catalogue.database):
        sql.mark_not_duplicate(uid_a, uid_b, now_iso())
    return Changes(description="mark as not duplicates", not_duplicate=(uid_a, uid_b))


def unmark_not_duplicate(catalogue: Catalogue, uid_a: str, uid_b: str) -> Changes:
    with edits.write_transaction(catalogue.database):
        sql.unmark_not_duplicate(uid_a, uid_b)
    return Changes(description="propose as duplicates again", not_duplicate=(uid_a, uid_b))


# ---- merging ------------------------------------------------------------------------------------

MANY_VALUED_FIELDS = ("authors", "organizations", "countries", "regions", "themes", "languages", "keywords")
SINGLE_FIELDS = ("title", "type", "year", "month", "day", "summary", "container_title", "volume", "issue",
                 "pages", "publisher_ref", "url", "isbn", "doi", "notes")


def union(first: list, second: list) -> list:
    out = list(first)
    for value in second:
        if value not in out:
            out.append(value)
    return out


def merged_draft(survivor: RecordData, other: RecordData) -> RecordData:
    """The default merge: the survivor's values, the other's where the survivor has none, and
    every many-valued field as the union of both."""
    values = {}
    for name in SINGLE_FIELDS:
        mine = getattr(survivor, name)
        values[name] = mine if mine not in (None, "") else getattr(other, name)
    for name in MANY_VALUED_FIELDS:
        if name == "organizations":
            pairs = union([(o.name, o.role) for o in survivor.organizations],
                          [(o.name, o.role) for o in other.organizations])
            values[name] = [OrganizationRef(n, r) for n, r in pairs]
        else:
            values[name] = union(getattr(survivor, name), getattr(other, name))
    return replace(survivor, **values)


def merge(catalogue: Catalogue, survivor_uid: str, loser_uid: str, merged: RecordData,
          expected: dict[str, int]) -> Changes:
    """Merge ``loser_uid`` into ``survivor_uid`` with the field values ``merged``, in one transaction.

    Both records must still be at the ``expected`` versions (else VersionConflict, nothing
    written). ``merge`` holds what :func:`unmerge` needs.
    """
    if survivor_uid == loser_uid:
        raise ValueError("a record cannot be merged with itself")
    merged = prepare(merged)
    cache = VocabularyCache()
    server_backups.before_destructive(catalogue, [survivor_uid, loser_uid], "before-merge")
    with edits.write_transaction(catalogue.database):
        before = {}
        for uid in (survivor_uid, loser_uid):
            current = queries.record_by_uid(uid)
            stored = current.version if current else None
            if stored != expected.get(uid):
                raise VersionConflict(uid, expected.get(uid, 0), stored, theirs=current)
            before[uid] = current
        ids = edits.ids_for_uids([survivor_uid, loser_uid])
        grown = new_vocabulary_facets(cache, [merged])
        survivor = save_record(catalogue.database, replace(
            merged, uid=survivor_uid, added_at=before[survivor_uid].added_at,
            deleted_at=before[survivor_uid].deleted_at), cache)
        items = sql.move_list_items(ids[loser_uid], ids[survivor_uid])
        moved_attachments = db_attachments.move(ids[loser_uid], ids[survivor_uid])
        moved_links = db_relations.move_links(loser_uid, survivor_uid)   # series, versions, editions
        stamp = now_iso()
        recorder = Recorder("merge")
        recorder.changed(before[survivor_uid], survivor)
        recorder.row(survivor_uid, "merged_from", None, loser_uid, survivor.version)
        loser_version = before[loser_uid].version
        for _, old_deleted, loser_version in edits.set_deleted([loser_uid], stamp):  # none if in the trash
            recorder.row(loser_uid, "deleted_at", old_deleted, stamp, loser_version)
        recorder.row(loser_uid, "merged_into", None, survivor_uid, loser_version)
        recorder.write()
    after = {survivor_uid: survivor, loser_uid: queries.record_by_uid(loser_uid)}
    if grown:
        catalogue.invalidate_vocabularies()
    return Changes(updated=frozenset({survivor_uid}), deleted=frozenset({loser_uid}),
                   reading_lists=frozenset(i["list_uid"] for i in items), vocabularies=grown,
                   description=f"merge {quoted_title(before[loser_uid].title)} into "
                               f"{quoted_title(survivor.title)}",
                   before=before, after=after,
                   merge=MergeInfo(survivor_uid, loser_uid, tuple(items), tuple(moved_attachments), tuple(moved_links)))


def unmerge(catalogue: Catalogue, merged: Changes) -> Changes:
    """Undo :func:`merge`: both records as they were, memberships and attachments back.

    Raises VersionConflict if either record changed since the merge.
    """
    info = merged.merge
    if info is None:
        raise ValueError("not the changes of a merge")
    before, after = merged.before, merged.after
    with edits.write_transaction(catalogue.database):
        loser_before = before[info.loser]
        changes = apply_snapshots(catalogue, [before[info.survivor], loser_before], after,
                                  f"separate {quoted_title(loser_before.title if loser_before else '')} again",
                                  action="undo")
        ids = edits.ids_for_uids([info.survivor, info.loser])
        sql.unmove_list_items(list(info.items), ids[info.loser], ids[info.survivor])
        db_attachments.move_back(list(info.attachments), ids[info.loser])
        db_relations.unmove_links(list(info.links))
        recorder = Recorder("merge")
        survivor = changes.after[info.survivor]
        assert survivor is not None          # a merge's survivor always exists after its undo
        recorder.row(info.survivor, "merged_from", info.loser, None, survivor.version)
        recorder.write()
    return replace(changes, reading_lists=frozenset(i["list_uid"] for i in info.items))
