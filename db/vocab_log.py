"""The log of vocabulary changes (renames, merges, retirements, removals) that a sync replays.

Records carry their own values, so a sync moves them by version; but "this theme is now called
that", "these two organisations are one" or "this type is retired" are facts about the lists
themselves, which no record holds. Each such change is logged once, under a key unique to it
(``vocab_change:<time>:<uuid>``); a sync replays on each side the changes it has not seen, in
time order, and logs them there under the same key, so they are never replayed twice nor sent
back. The log lives in catalogue_meta: a handful of rows a year, no schema change needed.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from db import models as m

PREFIX = "vocab_change:"


def new_key() -> str:
    """A key unique to one change, sorting in time order (to the microsecond: a rename A->B then
    B->C made by a script in the same second must replay in that order)."""
    return f"{PREFIX}{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S.%fZ')}:{uuid.uuid4().hex}"


def record(change: dict, stamp: str, key: str | None = None) -> str:
    """Log ``change`` ({"facet", "action", "name", ...}) made at ``stamp``; ``key`` replays another
    side's change under its own key."""
    key = key or new_key()
    change = {**change, "at": change.get("at", stamp)}
    (m.CatalogueMeta.insert(key=key, value=json.dumps(change, ensure_ascii=False))
     .on_conflict_ignore().execute())
    return key


def keys(database) -> set[str]:
    return {k for (k,) in database.execute_sql(
        "SELECT key FROM catalogue_meta WHERE key LIKE ?", (PREFIX + "%",)).fetchall()}


def changes(database, wanted: set[str] | None = None) -> list[tuple[str, dict]]:
    """(key, change) in time order, all of them or those in ``wanted``."""
    rows = database.execute_sql("SELECT key, value FROM catalogue_meta WHERE key LIKE ?", (PREFIX + "%",)).fetchall()
    return [(k, json.loads(v)) for k, v in sorted(rows) if wanted is None or k in wanted]


def mark_seen(rows: list[tuple[str, dict]]) -> None:
    """Log another side's changes here without replaying them (a new copy already has their effect)."""
    for key, change in rows:
        record(change, "", key)
