"""Adding many new vocabulary values at once (a file brings 3,000 new keywords, say).

VocabularyCache creates a missing value with one INSERT each; for an import of thousands of
records that is most of the time spent. Here the missing values of one import are inserted in a
few multi-row statements before the records are written.
"""
from __future__ import annotations

from db.textfold import fold
from db.vocab import FACET_MODELS, lookup_index

OPEN_FACETS = ("type", "theme", "region", "organization", "keyword")
CHUNK = 400


def add_missing(facet: str, names) -> int:
    """Insert the values of ``names`` that the vocabulary does not have (matched folded, also by
    code or acronym, as lookups do). Returns how many were added."""
    if facet not in OPEN_FACETS:
        raise ValueError(f"{facet} is a closed list")
    known = lookup_index(facet)
    new: dict[str, str] = {}
    for name in dict.fromkeys(names):   # the same keyword on many records is folded once
        name = name.strip()
        key = fold(name)
        if key and key not in known and key not in new:
            new[key] = name
    model = FACET_MODELS[facet]
    rows = [{"name": n} for n in new.values()]
    for start in range(0, len(rows), CHUNK):
        model.insert_many(rows[start:start + CHUNK]).on_conflict_ignore().execute()
    return len(rows)
