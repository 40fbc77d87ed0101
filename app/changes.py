"""What a write changed, so each pane refreshes only what concerns it (after Anki's OpChanges).

Every write in ``app/`` (editing, imports, reading lists, vocabularies) returns a Changes value;
the main window fans it out to the table, the sidebar, the detail pane and the lists. What one
write did for its undo step (snapshots, the uid it made, a merge's moves, a vocabulary edit) is in
typed fields beside them; ``a | b`` combines what changed and keeps only the first description.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from db.records import RecordData

Snapshots = Mapping[str, RecordData | None]    # uid -> the record as it was (None: it did not exist)


@dataclass(frozen=True)
class MergeInfo:
    """What merging two records moved, so :func:`app.duplicates.unmerge` can put it back."""
    survivor: str                                   # uid of the record kept
    loser: str                                      # uid of the record merged into it (now in the trash)
    items: tuple[Mapping[str, Any], ...] = ()       # the loser's reading-list items moved (rows, with list_uid)
    attachments: tuple[Any, ...] = ()               # the loser's attachments moved
    links: tuple[Any, ...] = ()                     # the loser's links to other records moved (app/relations)


@dataclass(frozen=True)
class RelationEdit:
    """One change to the links between records (app/relations.py), as its undo step needs it."""
    link: Any = None                                # the link made (RelationRow)
    previous: Any = None                            # the link it replaced (a number changed), or None
    removed: Any = None                             # the link removed (None: there was none)
    series: str = ""                                # a series whose parts were reordered
    parts_before: tuple[str, ...] = ()              # its parts' uids in order, before
    parts_after: tuple[str, ...] = ()               # and after


@dataclass(frozen=True)
class VocabularyEdit:
    """One change to a controlled vocabulary, as its undo step needs it."""
    facet: str                                      # "theme", "country", ...
    name: str = ""                                  # add, remove, retire: the value
    old: str = ""                                   # rename: the name before
    new: str = ""                                   # rename: the name after
    old_short: str | None = None                    # rename: the short label before ("" if none)
    removed_value: Mapping[str, Any] | None = None  # merge: the row of the value merged away
    count: int = 0                                  # merge: how many records changed


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
    # What one write did, for its undo step and its caller (not compared, not carried by ``|``):
    uid: str = field(default="", compare=False)                          # the record or list a create/duplicate made
    before: Snapshots = field(default_factory=dict, compare=False)        # records as they were
    after: Snapshots = field(default_factory=dict, compare=False)         # records as they are now
    purged: bool = field(default=False, compare=False)                   # records removed for good
    attachment: str = field(default="", compare=False)                   # the attachment added or removed
    attachments: bool = field(default=False, compare=False)              # files attached or removed (documents to read)
    resources: frozenset[str] = field(default=frozenset(), compare=False)  # reading lists: resources in or out
    added: tuple[str, ...] = field(default=(), compare=False)            # reading list: resources added, in order
    added_files: tuple[tuple[Any, str], ...] = field(default=(), compare=False)  # documents: (path, record uid)
    not_duplicate: tuple[str, str] | None = field(default=None, compare=False)   # the pair marked or unmarked
    merge: MergeInfo | None = field(default=None, compare=False)
    vocabulary: VocabularyEdit | None = field(default=None, compare=False)
    relation: RelationEdit | None = field(default=None, compare=False)

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
