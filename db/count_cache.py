"""Whole-catalogue counts (and the order the window opened on) kept between sessions, in this
computer's cache folder.

With no criteria the window's first counts (every facet value, the Library's quality lists) read
most of a big catalogue: ~1.5 s of index scans at 1,000,000 records, at every start. They depend
only on the records, so they are kept here with the catalogue's state (:func:`state`: its
generation, db.schema.generation, moved by every change to a record or its values whoever makes
it, and a little more) and read back at the next start while that has not moved: a few milliseconds.

Never in the catalogue itself: opening and reading a catalogue write nothing there (another program
may hold its write lock, the file may be read-only). One small JSON file per catalogue file (and
one of ids, KeptOrder), named by the file's path; each entry carries the state it was counted in.
A file that cannot be read or written is only a cache missed: the counts are made as before.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from db.compact_ids import IdList

log = logging.getLogger(__name__)

# Catalogues whose counts and order are kept; the files of the ones opened least lately go (an
# order is 4 MB at 1,000,000 records).
KEEP_CATALOGUES = 16


def prune(folder: Path, keep: int | None = None) -> None:
    """Remove the kept files of all but the ``keep`` (KEEP_CATALOGUES) catalogues whose files changed last."""
    keep = KEEP_CATALOGUES if keep is None else keep
    stems: dict[str, float] = {}
    try:
        for path in Path(folder).iterdir():
            if path.suffix in (".json", ".order") and not path.name.startswith("."):
                stems[path.stem] = max(stems.get(path.stem, 0.0), path.stat().st_mtime)
    except OSError:
        return
    for stem in sorted(stems, key=stems.__getitem__, reverse=True)[keep:]:
        for suffix in (".json", ".order"):
            try:
                (Path(folder) / f"{stem}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass


def _replace_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path`` (a reader
    never sees half a file). False, with nothing left behind, if the disk refused: only a cache missed."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kept-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        log.debug("could not keep %s", path, exc_info=True)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


class CountCache:
    """Entries ``name -> (state, value)`` of one catalogue, in one JSON file: ``state`` is what
    :func:`state` said when the value was counted. ``value`` is anything JSON keeps as it is
    (callers turn int keys into strings and back)."""

    def __init__(self, folder: Path, identity: str):
        self.identity = identity
        digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:20]
        self.path = Path(folder) / f"{digest}.json"
        self._lock = threading.Lock()    # the search worker and the Library's counts share it

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("identity") != self.identity:
            return {}                    # another catalogue's file under the same digest: ignore it
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, name: str, stamp: str):
        """The value kept under ``name`` for this very state of the catalogue, or None."""
        with self._lock:
            entry = self._read().get(name)
        if isinstance(entry, dict) and entry.get("state") == stamp:
            return entry.get("value")
        return None

    def put(self, name: str, stamp: str, value) -> None:
        """Keep ``value`` as counted in state ``stamp`` (written whole to a temporary file, then
        renamed: a reader never sees half a file)."""
        with self._lock:
            entries = self._read()
            entries[name] = {"state": stamp, "value": value}
            data = json.dumps({"identity": self.identity, "entries": entries}).encode("utf-8")
            if _replace_file(self.path, data):
                prune(self.path.parent)


class KeptOrder:
    """One whole-catalogue sort order kept between sessions beside the counts (the order the window
    opened on: 4 MB at 1,000,000 records, read back in milliseconds where the index scan takes
    ~0.3-1 s). One file per catalogue: the newest order kept replaces the one before."""

    def __init__(self, cache: CountCache):
        self.identity = cache.identity
        self.path = cache.path.with_suffix(".order")
        self._lock = cache._lock

    def get(self, name: str, stamp: str) -> IdList | None:
        with self._lock:
            try:
                with open(self.path, "rb") as source:
                    header = json.loads(source.readline().decode("utf-8"))
                    if (not isinstance(header, dict) or header.get("identity") != self.identity
                            or header.get("name") != name or header.get("state") != stamp):
                        return None
                    ids = IdList(str(header["typecode"]))
                    ids.frombytes(source.read())
            except (OSError, ValueError, KeyError, TypeError):
                return None
        return ids if len(ids) == header.get("count") else None

    def put(self, name: str, stamp: str, ids: IdList) -> None:
        header = {"identity": self.identity, "name": name, "state": stamp, "typecode": ids.typecode, "count": len(ids)}
        with self._lock:
            _replace_file(self.path, json.dumps(header).encode("utf-8") + b"\n" + ids.tobytes())


def state(database) -> str:
    """What a kept count is valid for: the catalogue's id, schema version and generation, plus the
    newest record id and the last record changed with its time of change, so that two copies of one
    catalogue that went separate ways (a backup put back, then edited) are not taken for each other.
    A few index lookups. SQLite only (a server's counts are not kept)."""
    meta = dict(database.execute_sql(
        "SELECT key, value FROM catalogue_meta WHERE key IN ('catalogue_id', 'schema_version', 'generation')"
    ).fetchall())
    newest = database.execute_sql("SELECT MAX(id) FROM resource").fetchone()[0]
    last = database.execute_sql(
        "SELECT c.resource_id, c.generation, r.updated_at, r.version FROM resource_change c "
        "LEFT JOIN resource r ON r.id = c.resource_id ORDER BY c.generation DESC, c.resource_id DESC LIMIT 1"
    ).fetchone()
    return "|".join(str(part) for part in (meta.get("catalogue_id"), meta.get("schema_version"),
                                           meta.get("generation"), newest, *(last or ())))


def generation_of(stamp: str) -> int | None:
    """The catalogue generation a :func:`state` names."""
    parts = stamp.split("|")
    try:
        return int(parts[2])
    except (IndexError, ValueError):
        return None
