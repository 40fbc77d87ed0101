"""One row per work: the language versions of a work (app/relations.py, "version" links) as one result.

A work is a set of live records joined by language-version links, either way (a record with no other
version is a work of its own). With "One row per work":

- a work matches a search when any of its versions does (``language:th`` finds the works that have
  a Thai version);
- it is shown once, as its version in the reader's first preferred language that it has (else the
  first of its versions the search found), at the place of the first version in the sort order;
- facet counts count works: a value counts a work once, however many of its versions have it.

The counts are the record counts less, for each work with several matching versions that share a
value, the versions beyond the first: only works of several versions cost anything.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from db import relations as db_relations
from db import schema
from db.compact_ids import IdList, compact
from db.queries import FACETS

_CACHE: dict[int, tuple[tuple, "WorkIndex"]] = {}


@dataclass
class WorkIndex:
    """record id -> the id of its work (the smallest id in the set), for records in a set of versions."""
    work_of: dict[int, int] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)        # work -> its ids, in id order
    languages: dict[int, list[str]] = field(default_factory=dict)      # member id -> language codes

    def work(self, rid: int) -> int:
        return self.work_of.get(rid, rid)

    def representative(self, rid: int, preferred: tuple[str, ...]) -> int:
        """The version of ``rid``'s work to show: the first preferred language it has, else ``rid``."""
        work = self.work_of.get(rid)
        if work is None:
            return rid
        for code in preferred:
            for member in self.members[work]:
                if code in self.languages.get(member, ()):
                    return member
        return rid


def work_index(catalogue) -> WorkIndex:
    """The catalogue's work index, rebuilt only when a record or a version link changed."""
    database = catalogue.database
    key = (schema.generation(database), db_relations.version_signature(database))
    cached = _CACHE.get(id(database))
    if cached is not None and cached[0] == key:
        return cached[1]
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in db_relations.live_version_pairs(database):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    index = WorkIndex()
    for rid in list(parent) + [p for p in parent.values()]:
        root = find(rid)
        index.work_of[rid] = root
    for rid, root in index.work_of.items():
        index.members.setdefault(root, []).append(rid)
    for members in index.members.values():
        members.sort()
    index.languages = db_relations.language_codes_for_ids(database, sorted(index.work_of))
    _CACHE[id(database)] = (key, index)
    return index


def one_per_work(ids, index: WorkIndex, preferred: tuple[str, ...]) -> IdList:
    """Ordered record ids -> one id per work, in the order of each work's first version found."""
    if not index.work_of:
        return compact(ids)
    seen: set[int] = set()
    out = []
    for rid in ids:
        work = index.work_of.get(rid)
        if work is None:
            out.append(rid)
        elif work not in seen:
            seen.add(work)
            out.append(index.representative(rid, preferred))
    return compact(out)


def other_languages(index: WorkIndex, rid: int) -> list[str]:
    """The languages of the other versions of ``rid``'s work (for the table's column)."""
    work = index.work_of.get(rid)
    if work is None:
        return []
    mine = set(index.languages.get(rid, ()))
    out: list[str] = []
    for member in index.members[work]:
        for code in index.languages.get(member, ()):
            if code not in mine and code not in out:
                out.append(code)
    return out


def overcount(database, index: WorkIndex, matching_ids, facets=FACETS) -> tuple[int, dict[str, dict], dict]:
    """How much record counts overcount works among ``matching_ids``: (records beyond the first of each
    work, {facet: {value id: excess}}, {year or None: excess})."""
    by_work: dict[int, list[int]] = {}
    for rid in matching_ids:
        work = index.work_of.get(rid)
        if work is not None:
            by_work.setdefault(work, []).append(rid)
    shared = {rid: work for work, rids in by_work.items() if len(rids) > 1 for rid in rids}
    total = sum(len(rids) - 1 for rids in by_work.values() if len(rids) > 1)
    excess: dict[str, dict] = {}
    years: dict = {}
    if not shared:
        return total, {f: {} for f in facets}, years
    ids = sorted(shared)
    for facet in (*facets, "year"):
        seen: dict[tuple, int] = {}
        for rid, value in db_relations.facet_values_for_ids(database, facet, ids):
            key = (shared[rid], value)
            seen[key] = seen.get(key, 0) + 1
        out: dict = {}
        for (_, value), n in seen.items():
            if n > 1:
                out[value] = out.get(value, 0) + n - 1
        if facet == "year":
            years = out
        else:
            excess[facet] = out
    return total, excess, years
