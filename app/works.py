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
from typing import TYPE_CHECKING

from db import relations as db_relations
from db import schema
from db.compact_ids import IdList, compact
from db.queries import FACETS

if TYPE_CHECKING:
    import numpy as np   # imported by the first use (View › One row per work), not at start-up: ~0.1 s


def _empty():
    import numpy as np
    return np.zeros(0, dtype=np.int64)


_CACHE: dict[int, tuple[tuple, "WorkIndex"]] = {}


@dataclass
class WorkIndex:
    """record id -> the id of its work (the smallest id in the set), for records in a set of versions.
    The arrays answer a search's thousands of ids at once (numpy), and each facet's values of the
    versions are read once per index, not once per count."""
    work_of: dict[int, int] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)        # work -> its ids, in id order
    languages: dict[int, list[str]] = field(default_factory=dict)      # member id -> language codes
    work_arr: np.ndarray = field(default_factory=_empty)   # id -> work, -1
    member_ids: np.ndarray = field(default_factory=_empty)
    _values: dict = field(default_factory=dict)        # facet -> (member ids, value ids; year: -1 undated)
    _representatives: dict = field(default_factory=dict)   # preferred -> array work -> id, -1 none
    database: object = None
    generation: int = -1     # the catalogue generation its facet values were read at

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

    def representatives(self, preferred: tuple[str, ...]) -> np.ndarray:
        import numpy as np
        if preferred not in self._representatives:
            out = np.full(self.work_arr.size, -1, dtype=np.int64)
            for work in self.members:
                chosen = self.representative(work, preferred)
                if chosen != work or any(c in self.languages.get(work, ()) for c in preferred):
                    out[work] = chosen
            self._representatives[preferred] = out
        return self._representatives[preferred]

    def values(self, facet: str) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np
        if facet not in self._values:
            pairs = db_relations.facet_values_for_ids(self.database, facet, self.member_ids.tolist())
            ids = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
            vals = np.fromiter((-1 if p[1] is None else p[1] for p in pairs), dtype=np.int64, count=len(pairs))
            self._values[facet] = (ids, vals)
        return self._values[facet]

    def mask(self, ids) -> np.ndarray:
        """Which member ids are among ``ids`` (a search's result)."""
        import numpy as np
        arr = _array(ids)
        out = np.zeros(self.work_arr.size, dtype=bool)
        out[arr[arr < self.work_arr.size]] = True
        return out


def _array(ids) -> np.ndarray:
    import numpy as np
    if isinstance(ids, IdList) or (hasattr(ids, "typecode") and hasattr(ids, "tobytes")):
        return np.frombuffer(ids, dtype=ids.typecode).astype(np.int64)
    return np.asarray(list(ids), dtype=np.int64)


def work_index(catalogue) -> WorkIndex:
    """The catalogue's work index, rebuilt only when a version link changed or a record came, went or
    moved in or out of the trash; an edit of other fields only drops the facet values it keeps."""
    import numpy as np
    database = catalogue.database
    key = (schema.order_generation(database), db_relations.version_signature(database))
    generation = schema.generation(database)
    cached = _CACHE.get(id(database))
    if cached is not None and cached[0] == key:
        index = cached[1]
        if index.generation != generation:
            index._values.clear()
            index.generation = generation
        return index
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
    size = max(index.work_of, default=-1) + 1
    index.work_arr = np.full(size, -1, dtype=np.int64)
    if index.work_of:
        index.member_ids = np.fromiter(sorted(index.work_of), dtype=np.int64, count=len(index.work_of))
        index.work_arr[index.member_ids] = [index.work_of[int(i)] for i in index.member_ids]
    index.database = database
    index.generation = generation
    _CACHE[id(database)] = (key, index)
    return index


def one_per_work(ids, index: WorkIndex, preferred: tuple[str, ...]) -> IdList:
    """Ordered record ids -> one id per work, in the order of each work's first version found."""
    import numpy as np
    if not index.work_of:
        return compact(ids)
    arr = _array(ids)
    size = index.work_arr.size
    works = index.work_arr[np.minimum(arr, size - 1)]
    works[arr >= size] = -1     # records newer than every set of versions
    keep = works < 0
    in_work = np.nonzero(~keep)[0]
    _, first = np.unique(works[in_work], return_index=True)
    chosen = in_work[first]
    keep[chosen] = True
    out = arr.copy()
    reps = index.representatives(preferred)[works[chosen]]
    found = reps >= 0
    out[chosen[found]] = reps[found]
    kept = out[keep]
    result = IdList("i" if kept.size == 0 or kept.max() < 2 ** 31 else "q")
    result.frombytes(kept.astype(np.int32 if result.typecode == "i" else np.int64).tobytes())
    return result


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
    import numpy as np
    if not index.work_of:
        return 0, {f: {} for f in facets}, {}
    found = index.mask(matching_ids)
    members = index.member_ids[found[index.member_ids]]
    _, per_work = np.unique(index.work_arr[members], return_counts=True)
    total = int((per_work - 1).sum())
    excess: dict[str, dict] = {}
    years: dict = {}
    if total == 0:
        return 0, {f: {} for f in facets}, {}
    for facet in (*facets, "year"):
        ids, vals = index.values(facet)
        sel = found[ids]
        if not sel.any():
            out: dict = {}
        else:
            shift = int(vals.max()) + 2
            keys = index.work_arr[ids[sel]] * shift + (vals[sel] + 1)
            uniq, counts = np.unique(keys, return_counts=True)
            over = counts > 1
            value_of = uniq[over] % shift - 1
            out = {}
            for value, n in zip(value_of.tolist(), (counts[over] - 1).tolist()):
                key = None if facet == "year" and value == -1 else value
                out[key] = out.get(key, 0) + n
        if facet == "year":
            years = out
        else:
            excess[facet] = out
    return total, excess, years
