"""The likely-duplicate pairs as issue 17 found them before the rewrite (difflib, pair by pair in
Python): the reference the fast search in app/duplicates.py must agree with, pair for pair and
reason for reason."""
from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher

from app.duplicates import _BIG_GROUP, _BLOCK_WORDS, _REASONS, _SMALL_BLOCK, _WINDOW, SIMILAR
from app.duplicates import _title_tokens, doi_key, isbn_key, normalise_title, url_key


def _similar(a: str, b: str, letters_a: Counter, letters_b: Counter) -> bool:
    if a == b:
        return True
    total = len(a) + len(b)
    if not a or not b or 2 * min(len(a), len(b)) < SIMILAR * total:
        return False
    common = sum(min(n, letters_b[ch]) for ch, n in letters_a.items() if ch in letters_b)
    if 2 * common < SIMILAR * total:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def _block_pairs(ids: list[int], normalised: dict[int, str]):
    if len(ids) <= _SMALL_BLOCK:
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                yield a, b
        return
    for key in (lambda r: normalised[r], lambda r: normalised[r][::-1]):
        ordered = sorted(ids, key=key)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:i + 1 + _WINDOW]:
                yield a, b


def reference_pairs(rows: list[tuple], orgs: dict[int, set[int]]) -> dict[tuple[int, int], list[str]]:
    """(smaller id, larger id) -> reasons, from candidate rows (id, uid, title, year, doi, isbn, url,
    added_at) and each record's organization ids."""
    by_id = {row[0]: row for row in rows}
    pairs: dict[tuple[int, int], list[str]] = defaultdict(list)

    def add(a: int, b: int, reason: str) -> None:
        key = (a, b) if a < b else (b, a)
        if reason not in pairs[key]:
            pairs[key].append(reason)

    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for rid, _, _, _, doi, isbn, url, _ in rows:
        for which, key in (("doi", doi_key(doi)), ("isbn", isbn_key(isbn)), ("url", url_key(url))):
            if key:
                groups[(which, key)].append(rid)
    for (which, _), ids in groups.items():
        if 1 < len(ids) <= _BIG_GROUP:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    add(a, b, _REASONS[which])

    tokens = {rid: set(_title_tokens(row[2])) or {normalise_title(row[2])} for rid, row in by_id.items()}
    frequency: dict[str, int] = defaultdict(int)
    for words in tokens.values():
        for word in words:
            frequency[word] += 1
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for rid, words in tokens.items():
        year = by_id[rid][3]
        for word in sorted(words, key=lambda w: (frequency[w], w))[:_BLOCK_WORDS]:
            if year is not None:
                blocks[(word, "year", year)].append(rid)
            for org in orgs.get(rid, ()):
                blocks[(word, "org", org)].append(rid)
    normalised = {rid: normalise_title(row[2]) for rid, row in by_id.items()}
    letters = {rid: Counter(title) for rid, title in normalised.items()}
    compared: set[tuple[int, int]] = set()
    for ids in blocks.values():
        for a, b in _block_pairs(ids, normalised):
            key = (a, b) if a < b else (b, a)
            if key in compared:
                continue
            compared.add(key)
            if not _similar(normalised[a], normalised[b], letters[a], letters[b]):
                continue
            ya, yb = by_id[a][3], by_id[b][3]
            if ya == yb and ya is not None:
                add(a, b, "very similar title, same year")
            elif orgs.get(a, set()) & orgs.get(b, set()):
                add(a, b, "very similar title, same organization")
    return dict(pairs)
