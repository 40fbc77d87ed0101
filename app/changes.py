"""What a write changed, so each pane refreshes only what concerns it (after Anki's OpChanges).

Every write in ``app/`` (editing, imports, reading lists, vocabularies) returns a Changes value;
the main window fans it out to the table, the sidebar, the detail pane and the lists.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    created: frozenset[str] = frozenset()       # uids of new records
    updated: frozenset[str] = frozenset()       # uids whose fields changed
    deleted: frozenset[str] = frozenset()       # uids moved to the trash or removed for good
    restored: frozenset[str] = frozenset()      # uids brought back from the trash
    vocabularies: frozenset[str] = frozenset()  # facets whose value lists changed ("theme", ...)
    reading_lists: frozenset[str] = frozenset() # uids of reading lists changed
    saved_searches: bool = False
    description: str = ""                       # for the undo menu: "add theme Housing to 12 resources"
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def records(self) -> frozenset[str]:
        return self.created | self.updated | self.deleted | self.restored

    @property
    def affects_results(self) -> bool:
        """True if result membership, order or counts may have changed."""
        return bool(self.records or self.vocabularies or self.reading_lists)

    def is_empty(self) -> bool:
        return not (self.records or self.vocabularies or self.reading_lists or self.saved_searches)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            created=self.created | other.created, updated=self.updated | other.updated,
            deleted=self.deleted | other.deleted, restored=self.restored | other.restored,
            vocabularies=self.vocabularies | other.vocabularies,
            reading_lists=self.reading_lists | other.reading_lists,
            saved_searches=self.saved_searches or other.saved_searches,
            description=self.description or other.description,
        )
