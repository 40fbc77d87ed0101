"""Vocabulary renames, merges, retirements and removals, carried by a sync in both directions.

Each side logs these changes (db/vocab_log). A sync replays, before anything else, the server's
changes the copy has not seen, then (unless pulling only) the copy's changes the server has not
seen, through the same services the vocabulary manager uses, so records using a renamed or
merged value change (and get a new version) on each side alike; the record sync that follows
finds both sides holding the same content and simply agrees on it.

A replay adapts to what the other side holds now: a rename to a name the other side already has
becomes a merge into it; a merge into a value it lacks becomes a rename; a change to a value it
no longer has (renamed or merged there meanwhile) is skipped, and a removal of a value its
records still use is skipped too: nothing a librarian chose on one side is lost on the other.
A new copy already holds the server's lists as they are: it takes the server's log as seen.
"""
from __future__ import annotations

from app import vocabularies
from app.sync.side import Side
from db import vocab_log
from db.textfold import fold
from db.vocab import value_names


def carry(local: Side, remote: Side, pull_only: bool) -> tuple[int, int]:
    """Replay the unseen changes on each side; returns (replayed here, replayed there)."""
    theirs, mine = vocab_log.keys(remote.database), vocab_log.keys(local.database)
    incoming = vocab_log.changes(remote.database, theirs - mine)
    pulled = sum(_replay(local, key, change) for key, change in incoming)
    pushed = 0
    if not pull_only:
        outgoing = vocab_log.changes(local.database, mine - theirs)
        pushed = sum(_replay(remote, key, change) for key, change in outgoing)
    return pulled, pushed


def _current_name(facet: str, name: str) -> str | None:
    """The side's spelling of ``name`` (matched as the pickers match: case and accents aside)."""
    names = [other for _, other in value_names(facet)]
    if name in names:
        return name
    wanted = fold(name)
    return next((other for other in names if fold(other) == wanted), None)


def _replay(side: Side, key: str, change: dict) -> bool:
    """Apply one logged change on ``side`` and log it there under ``key``; True if it changed
    anything (False: skipped, but logged as seen all the same)."""
    facet, action = change.get("facet"), change.get("action")
    with side.bound():
        if facet not in vocabularies.MANAGED:
            _seen(side, key, change)
            return False
        name = _current_name(facet, change.get("name", ""))
        new = _current_name(facet, change.get("new") or "") if change.get("new") else None
        try:
            if name is None:
                pass
            elif action == "rename" and new is not None and new != name:
                vocabularies.merge_values(side.catalogue, facet, name, new, logged_as=key)
                return True
            elif action == "rename":
                vocabularies.rename_value(side.catalogue, facet, name, change["new"], change.get("short"),
                                          logged_as=key)
                return True
            elif action == "merge" and new is not None:
                if new != name:
                    vocabularies.merge_values(side.catalogue, facet, name, new, logged_as=key)
                    return True
            elif action == "merge":
                vocabularies.rename_value(side.catalogue, facet, name, change["new"], logged_as=key)
                return True
            elif action == "retire":
                vocabularies.retire_value(side.catalogue, facet, name, bool(change.get("retired", True)),
                                          logged_as=key)
                return True
            elif action == "remove":
                vocabularies.remove_unused_value(side.catalogue, facet, name, logged_as=key)
                return True
        except vocabularies.VocabularyError:
            pass   # e.g. a value records use here: kept (see the module docstring)
        _seen(side, key, change)
        return False


def _seen(side: Side, key: str, change: dict) -> None:
    with side.writing():
        vocab_log.mark_seen([(key, change)])
