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
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from app import server_backups
from app.change_log import Recorder
from app.changes import Changes
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
_STOPWORDS = frozenset("a an and de des du el en et for from in la le les of on or the to with".split())
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


# ---- keys -------------------------------------------------------------------------------------

def normalise_title(title: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(title)).split())


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


def url_key(url: str) -> str:
    key = (url or "").strip().lower()
    for prefix in ("https://", "http://"):
        if key.startswith(prefix):
            key = key[len(prefix):]
    if key.startswith("www."):
        key = key[4:]
    return key.rstrip("/")


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


def _block_pairs(ids: list[int], normalised: dict[int, str]):
    """Pairs worth comparing in one block: all of them in a small block; in a big one, each
    record with its nearest neighbours in title order, forwards and backwards (a sorted
    neighbourhood), so a block of common words costs linear time, not quadratic."""
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


def find_pairs(catalogue: Catalogue, cancelled=None) -> list[DuplicatePair]:
    """Every likely duplicate pair among live records (not marked "not duplicates").

    Exact keys (DOI, ISBN, URL) are grouped in a dictionary. Titles are compared only inside
    blocks of records that share one of their rarest title words and the same year or the
    same organization (the rule needs one of them anyway), so the work grows with the
    catalogue, not with its square.
    """
    rows = sql.candidate_rows()
    orgs = sql.organization_ids()
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
        if cancelled is not None and cancelled():
            return []
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

    declined = sql.not_duplicate_pairs()
    out = []
    for (a, b), reasons in pairs.items():
        ra, rb = by_id[a], by_id[b]
        if ra[7] > rb[7] or (ra[7] == rb[7] and a > b):   # the older record first
            ra, rb = rb, ra
        if tuple(sorted((ra[1], rb[1]))) in declined:
            continue
        out.append(DuplicatePair(ra[1], rb[1], ra[2], rb[2], reasons))
    out.sort(key=lambda p: (fold(p.title_a), p.uid_a, p.uid_b))
    return out


def mark_not_duplicate(catalogue: Catalogue, uid_a: str, uid_b: str) -> Changes:
    """Remember that two records are not duplicates (never proposed again)."""
    with edits.write_transaction(catalogue.database):
        sql.mark_not_duplicate(uid_a, uid_b, now_iso())
    return Changes(description="mark as not duplicates", extra={"not_duplicate": (uid_a, uid_b)})


def unmark_not_duplicate(catalogue: Catalogue, uid_a: str, uid_b: str) -> Changes:
    with edits.write_transaction(catalogue.database):
        sql.unmark_not_duplicate(uid_a, uid_b)
    return Changes(description="propose as duplicates again", extra={"not_duplicate": (uid_a, uid_b)})


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
    written). ``extra["merge"]`` holds what :func:`unmerge` needs.
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
                   extra={"before": before, "after": after,
                          "merge": {"survivor": survivor_uid, "loser": loser_uid, "items": items,
                                    "attachments": moved_attachments, "links": moved_links}})


def unmerge(catalogue: Catalogue, merged: Changes) -> Changes:
    """Undo :func:`merge`: both records as they were, memberships and attachments back.

    Raises VersionConflict if either record changed since the merge.
    """
    info = merged.extra["merge"]
    before, after = merged.extra["before"], merged.extra["after"]
    with edits.write_transaction(catalogue.database):
        changes = apply_snapshots(catalogue, [before[info["survivor"]], before[info["loser"]]], after,
                                  f"separate {quoted_title(before[info['loser']].title)} again", action="undo")
        ids = edits.ids_for_uids([info["survivor"], info["loser"]])
        sql.unmove_list_items(info["items"], ids[info["loser"]], ids[info["survivor"]])
        db_attachments.move_back(info["attachments"], ids[info["loser"]])
        db_relations.unmove_links(info.get("links", []))
        recorder = Recorder("merge")
        survivor = changes.extra["after"][info["survivor"]]
        recorder.row(info["survivor"], "merged_from", info["loser"], None, survivor.version)
        recorder.write()
    return replace(changes, reading_lists=frozenset(i["list_uid"] for i in info["items"]))
