"""Writing records: one function writes a record, its links, the derived region matches and its
search-index entries, always in one transaction, so the index can never disagree with the data."""
from __future__ import annotations

import uuid as uuidlib
from contextlib import contextmanager
from datetime import datetime, timezone

from db import bulk_records, dialect, postgres, search
from db import models as m
from db.queries import record_by_id
from db.records import RecordData
from db.schema import generation_paused, mark_everything_changed
from db.textfold import fold, sort_key
from db.vocab import get_or_create, lookup_index


class UnknownValueError(ValueError):
    """A country or language that is not in the ISO lists."""


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class VocabularyCache:
    """Folded name -> id maps for each vocabulary, for writing many records without a lookup each."""

    def __init__(self):
        self._maps: dict[str, dict[str, int]] = {}
        self._acronyms: dict[str, str] | None = None
        self._raw: dict[str, dict[str, int]] = {}  # exact value -> id, skips folding on repeats
        self._org_texts: dict[str, str] = {}       # name -> organization_text (names repeat)

    def map(self, facet: str) -> dict[str, int]:
        if facet not in self._maps:
            self._maps[facet] = lookup_index(facet)
        return self._maps[facet]

    def id_for(self, facet: str, value: str, create: bool = True) -> int:
        raw = self._raw.setdefault(facet, {})
        found = raw.get(value)
        if found is not None:
            return found
        raw[value] = found = self._id_for(facet, value, create)
        return found

    def _id_for(self, facet: str, value: str, create: bool) -> int:
        index = self.map(facet)
        key = fold(value)
        if key in index:
            return index[key]
        if not create:
            raise UnknownValueError(f"unknown {facet} {value!r}")
        return get_or_create(facet, value, index)

    def organization_text(self, name: str) -> str:
        """An organization's name and acronym, so a search for "ILO" finds the full name too."""
        text = self._org_texts.get(name)
        if text is None:
            if self._acronyms is None:
                self._acronyms = {fold(n): a for n, a in
                                  m.Organization.select(m.Organization.name, m.Organization.acronym).tuples() if a}
            acronym = self._acronyms.get(fold(name))
            text = self._org_texts[name] = f"{name} {acronym}" if acronym else name
        return text


def _resource_columns(data: RecordData) -> dict:
    return dict(
        title=data.title, title_sort=sort_key(data.title), summary=data.summary or "",
        year=data.year, month=data.month, day=data.day, url=data.url or "", isbn=data.isbn or "",
        doi=data.doi or "", publisher_ref=data.publisher_ref or "",
        container_title=data.container_title or "", volume=data.volume or "", issue=data.issue or "",
        pages=data.pages or "", notes=data.notes or "",
    )


def _ids(vocab: VocabularyCache, facet: str, values, create: bool = True) -> list[int]:
    """Vocabulary ids of ``values``, first of each kept, in order (blank values skipped)."""
    if not values:
        return []
    raw = vocab._raw.get(facet)
    if raw is None:
        raw = vocab._raw[facet] = {}
    out = []
    for v in values:
        found = raw.get(v)
        if found is None:
            if not v.strip():
                continue
            found = vocab.id_for(facet, v, create)
        out.append(found)
    return list(dict.fromkeys(out)) if len(out) > 1 else out


def _link_rows(rid: int, data: RecordData, vocab: VocabularyCache, keys=None) -> dict:
    """Rows of each link table for one record (``keys``: only these tables; None: all)."""
    return {key: _LINK_ROWS[key](rid, data, vocab) for key in (_LINK_ROWS if keys is None else keys)}


def _organization_rows(rid: int, data: RecordData, vocab: VocabularyCache) -> list:
    rows, seen = [], set()
    for pos, org in enumerate(data.organizations):
        oid = vocab.id_for("organization", org.name)
        if (oid, org.role) not in seen:
            seen.add((oid, org.role))
            rows.append((rid, oid, org.role, pos))
    return rows


# One table's rows for one record, as _link_rows makes them all at once.
_LINK_ROWS = {
    "author": lambda rid, data, vocab: [(rid, pos, name) for pos, name in enumerate(a for a in data.authors if a.strip())],
    "organization": _organization_rows,
    "country": lambda rid, data, vocab: [(rid, c) for c in _ids(vocab, "country", data.countries, create=False)],
    "region": lambda rid, data, vocab: [(rid, r) for r in _ids(vocab, "region", data.regions)],
    "theme": lambda rid, data, vocab: [(rid, t) for t in _ids(vocab, "theme", data.themes)],
    "language": lambda rid, data, vocab: [(rid, x) for x in _ids(vocab, "language", data.languages, create=False)],
    "keyword": lambda rid, data, vocab: [(rid, k) for k in _ids(vocab, "keyword", data.keywords)],
}

_LINK_TABLES = {
    "author": ("resource_author", "resource_id, position, name"),
    "organization": ("resource_organization", "resource_id, organization_id, role, position"),
    "country": ("resource_country", "resource_id, country_id"),
    "region": ("resource_region", "resource_id, region_id"),
    "theme": ("resource_theme", "resource_id, theme_id"),
    "language": ("resource_language", "resource_id, language_id"),
    "keyword": ("resource_keyword", "resource_id, keyword_id"),
}


def _append_link_rows(rid: int, data: RecordData, vocab: VocabularyCache, out: dict) -> None:
    """All of one record's link rows appended to ``out`` (table key -> rows): what _link_rows makes,
    in one call instead of seven (a bulk insert makes them for every record)."""
    if data.authors:
        out["author"].extend((rid, pos, name) for pos, name in enumerate(a for a in data.authors if a.strip()))
    if data.organizations:
        out["organization"].extend(_organization_rows(rid, data, vocab))
    for key, values, create in (("country", data.countries, False), ("region", data.regions, True),
                                ("theme", data.themes, True), ("language", data.languages, False),
                                ("keyword", data.keywords, True)):
        if values:
            out[key].extend([(rid, i) for i in _ids(vocab, key, values, create)])


def _insert_links(database, links: dict) -> None:
    sql_dialect = dialect.of(database)
    for key, rows in links.items():
        if rows:
            table, cols = _LINK_TABLES[key]
            sql_dialect.insert_rows(database, table, cols, rows)


def _region_match_rows(database, rid_list) -> None:
    """Recompute the derived region matches of these records (direct tags plus member countries)."""
    if len(rid_list) > 500 and rid_list[-1] - rid_list[0] == len(rid_list) - 1 and rid_list == sorted(rid_list):
        # A run of new ids (a bulk insert): one statement over the range instead of one per 500 ids.
        bounds = (rid_list[0], rid_list[-1])
        database.execute_sql("DELETE FROM resource_region_match WHERE resource_id BETWEEN ? AND ?", bounds)
        database.execute_sql(
            "INSERT OR IGNORE INTO resource_region_match (resource_id, region_id) "
            "SELECT resource_id, region_id FROM resource_region WHERE resource_id BETWEEN ? AND ? "
            "UNION SELECT rc.resource_id, rm.region_id FROM resource_country rc "
            "JOIN region_member rm ON rm.country_id = rc.country_id WHERE rc.resource_id BETWEEN ? AND ?",
            bounds + bounds)
        return
    for start in range(0, len(rid_list), 500):
        chunk = rid_list[start:start + 500]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM resource_region_match WHERE resource_id IN ({marks})", chunk)
        database.execute_sql(
            f"INSERT OR IGNORE INTO resource_region_match (resource_id, region_id) "
            f"SELECT resource_id, region_id FROM resource_region WHERE resource_id IN ({marks}) "
            f"UNION SELECT rc.resource_id, rm.region_id FROM resource_country rc "
            f"JOIN region_member rm ON rm.country_id = rc.country_id WHERE rc.resource_id IN ({marks})",
            chunk + chunk)


def rebuild_region_matches(database) -> None:
    """Recompute every derived region match; after a change to a region's member countries."""
    with database.atomic():
        mark_everything_changed(database)   # the facet index reads every record's regions again
        database.execute_sql("DELETE FROM resource_region_match")
        database.execute_sql(
            "INSERT OR IGNORE INTO resource_region_match (resource_id, region_id) "
            "SELECT resource_id, region_id FROM resource_region "
            "UNION SELECT rc.resource_id, rm.region_id FROM resource_country rc "
            "JOIN region_member rm ON rm.country_id = rc.country_id")


def _index_texts(data: RecordData, vocab: VocabularyCache) -> tuple[str, str, str, str]:
    """Title, summary, organizations (with acronyms, and personal authors), keywords."""
    orgs = "\n".join(vocab.organization_text(o.name) for o in data.organizations)
    authors = "\n".join(data.authors)
    return data.title, data.summary or "", "\n".join(x for x in (orgs, authors) if x), "\n".join(data.keywords)


def save_record(database, data: RecordData, vocab: VocabularyCache | None = None) -> RecordData:
    """Insert or replace one record (matched by uid), with links and index entries, atomically.

    Timestamps and version: a new record gets ``added_at`` (unless given) and version 1; an existing
    one keeps ``added_at`` and gets version + 1. Returns the stored values.
    """
    vocab = vocab or VocabularyCache()
    with database.atomic():
        stamp = now_iso()
        uid = data.uid or str(uuidlib.uuid4())
        existing = database.execute_sql("SELECT id, version FROM resource WHERE uid = ?", (uid,)).fetchone()
        cols = _resource_columns(data)
        cols["type_id"] = vocab.id_for("type", data.type) if data.type else None
        if existing is None:
            cols.update(uid=uid, added_at=data.added_at or stamp, updated_at=data.updated_at or stamp,
                        deleted_at=data.deleted_at, version=max(data.version, 1))
            names = list(cols)
            cursor = database.execute_sql(
                f"INSERT INTO resource ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [cols[n] for n in names])
            rid = cursor.lastrowid
        else:
            rid, version = existing
            # Raw SQL: building this statement with peewee cost more than running it.
            cols.update(updated_at=stamp, deleted_at=data.deleted_at, version=version + 1)
            names = list(cols)
            database.execute_sql(f"UPDATE resource SET {', '.join(n + ' = ?' for n in names)} WHERE id = ?",
                                 [cols[n] for n in names] + [rid])
            for table, _ in _LINK_TABLES.values():
                database.execute_sql(f"DELETE FROM {table} WHERE resource_id = ?", (rid,))
        _insert_links(database, _link_rows(rid, data, vocab))
        _region_match_rows(database, [rid])
        search.write_index(database, rid, *_index_texts(data, vocab))
    return read_record_by_id(rid)


PURGED = "purge"   # change_log action of the one row a record removed for good leaves (db.edits.purge)


def purged_versions(database, uids) -> dict[str, int]:
    """Of ``uids``, those removed for good here before: uid -> the version each had then."""
    uids = [u for u in uids if u]
    found: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update((uid, version or 0) for uid, version in database.execute_sql(
            f"SELECT resource_uid, MAX(version) FROM change_log WHERE action = ? AND resource_uid IN "
            f"({','.join('?' * len(chunk))}) GROUP BY resource_uid", [PURGED, *chunk]).fetchall())
    return found


# The resource columns insert_many writes, in the order of _new_row's values: _resource_columns's,
# then the type, uid, stamps and version (tests/test_import_set_form.py checks they agree).
NEW_ROW_COLUMNS = ("title", "title_sort", "summary", "year", "month", "day", "url", "isbn", "doi", "publisher_ref",
                   "container_title", "volume", "issue", "pages", "notes", "type_id", "uid", "added_at",
                   "updated_at", "deleted_at", "version")


def _new_row(data: RecordData, vocab: VocabularyCache, stamp: str, floors: dict[str, int]) -> tuple:
    """A new record's resource row (NEW_ROW_COLUMNS): the values of _resource_columns and the rest,
    as one tuple rather than a dict per record."""
    return (data.title, sort_key(data.title), data.summary or "", data.year, data.month, data.day, data.url or "",
            data.isbn or "", data.doi or "", data.publisher_ref or "", data.container_title or "",
            data.volume or "", data.issue or "", data.pages or "", data.notes or "",
            vocab.id_for("type", data.type) if data.type else None, data.uid or str(uuidlib.uuid4()),
            data.added_at or stamp, data.updated_at or data.added_at or stamp, data.deleted_at,
            max(data.version, 1, floors.get(data.uid, -1) + 1))


def insert_many(database, records, vocab: VocabularyCache | None = None,
                deferred_index: list | None = None) -> list[int]:
    """Insert new records in bulk (no uid clash expected), atomically (a savepoint inside the
    caller's transaction). Used by seeding, imports of new records, syncs and benchmarks.

    SQLite: the first row is inserted alone, which takes the write lock and gives its id; the
    rest get the ids that follow and go in with one executemany per table, and the generation is
    bumped once for the batch (schema.generation_paused). PostgreSQL: ids taken from the
    sequence in blocks and the rows sent with one COPY, rather than one INSERT and one lastval()
    round trip per record.

    A record brought back after it was removed for good here (a sync sending back a record the
    other side still changed, a backup imported) gets a version above the one it had when removed,
    so a sync tells the two apart (app/sync/records.py).

    ``deferred_index``: the search index rows are appended to this list instead of written; the
    caller writes them all at once with :func:`write_deferred_index` before its transaction ends
    (an import: FTS5 then builds its index in one pass instead of flushing it at every batch's
    savepoint, which cost ~40% of the writes)."""
    records = records if isinstance(records, list) else list(records)
    if not records:
        return []
    vocab = vocab or VocabularyCache()
    floors = purged_versions(database, [r.uid for r in records])
    stamp = now_iso()
    postgres_db = dialect.is_postgres(database)
    allocator = postgres.IdAllocator(database, "resource") if postgres_db else None
    rows: list[tuple] = []
    index_rows = []
    links_all: dict[str, list] = {k: [] for k in _LINK_TABLES}
    columns = NEW_ROW_COLUMNS
    with database.atomic(), generation_paused(database, len(records)):
        next_id = None
        for data in records:
            values: tuple | None = _new_row(data, vocab, stamp, floors)
            if allocator is not None:
                rid = allocator.next()
            elif next_id is None:
                rid = database.execute_sql(
                    f"INSERT INTO resource ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                    values).lastrowid
                next_id = rid + 1
                values = None
            else:
                rid, next_id = next_id, next_id + 1
            if values is not None:
                rows.append((rid, *values))
            _append_link_rows(rid, data, vocab, links_all)
            index_rows.append((rid, *_index_texts(data, vocab)))
        if allocator is not None:
            postgres.copy_rows(database, "resource", ["id", *columns], rows)
        elif rows:
            database.cursor().executemany(
                f"INSERT INTO resource (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})",
                rows)
        ids = [r[0] for r in rows] if allocator is not None else list(range(next_id - len(records), next_id))
        _insert_links(database, links_all)
        _region_match_rows(database, ids)
        if deferred_index is None:
            search.write_index_many(database, index_rows)
        else:
            deferred_index.extend(index_rows)
    return ids


# ---- big imports: the secondary indexes built once, after the rows -----------------------------

BIG_IMPORT = 5000   # new records from which an import into a catalogue holding fewer sets indexes aside
_SET_ASIDE_TABLES = ("resource", *(table for table, _ in _LINK_TABLES.values()), "resource_region_match")


def big_import(database, adding: int, table: str = "resource") -> bool:
    """Whether writing ``adding`` new rows to ``table`` (resource, or change_log) is faster with the
    indexes set aside: SQLite, at least BIG_IMPORT rows and at least as many as the table holds
    (rebuilding an index reads the whole table: cheap next to 100,000 random inserts into it, not
    next to 5,000 into 1,000,000)."""
    if adding < BIG_IMPORT or dialect.is_postgres(database):
        return False
    held = database.execute_sql(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
    return adding >= held


@contextmanager
def indexes_set_aside(database, big: bool = True, tables: tuple[str, ...] = _SET_ASIDE_TABLES):
    """Drop the secondary indexes of ``tables`` (by default ``resource``, its link tables and region
    matches; the history's ``change_log`` for its rows of an import), and create them again from the
    same SQL at the end: SQLite then builds each with one sort instead of a B-tree insert per row
    (uids and folded titles land at random pages). Primary keys stay checked, and so does the
    uniqueness of uids (the uid index is created again, and would fail the import on a repeat).
    Call inside the import's transaction: DROP and CREATE INDEX are transactional in SQLite, so a
    kill -9 or an error before the commit leaves the catalogue with every index, as before. Nothing
    reads these tables through the dropped indexes meanwhile (inserts, and lookups of new records
    by their primary key). ``big`` False: nothing is set aside."""
    if not big:
        yield
        return
    marks = ",".join("?" * len(tables))
    indexes = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY tbl_name, name", tables).fetchall()
    for name, _ in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        database.execute_sql(sql)


def write_deferred_index(database, index_rows: list) -> None:
    """Write the search index rows that :func:`insert_many` put aside (inside the same transaction)."""
    search.write_index_many(database, index_rows)


LINK_FIELDS = {"author": "authors", "organization": "organizations", "country": "countries",
               "region": "regions", "theme": "themes", "language": "languages", "keyword": "keywords"}


# RecordData fields -> the resource columns they are stored in (replace_many's ``fields``).
_FIELD_COLUMNS = {"title": ("title", "title_sort"), "type": ("type_id",), "summary": ("summary",),
                  "year": ("year",), "month": ("month",), "day": ("day",), "url": ("url",), "isbn": ("isbn",),
                  "doi": ("doi",), "publisher_ref": ("publisher_ref",), "container_title": ("container_title",),
                  "volume": ("volume",), "issue": ("issue",), "pages": ("pages",), "notes": ("notes",)}
RESOURCE_FIELDS = tuple(_FIELD_COLUMNS)


def _row_columns(data: RecordData, vocab: VocabularyCache, wanted) -> dict:
    """The resource columns to write for one record (``wanted``: only these; None: all of them)."""
    if wanted == []:
        return {}
    cols = _resource_columns(data)
    if wanted is None or "type_id" in wanted:
        cols["type_id"] = vocab.id_for("type", data.type) if data.type else None
    return cols if wanted is None else {c: cols[c] for c in wanted}


def replace_many(database, records, vocab: VocabularyCache | None = None, reindex: bool = True,
                 links=None, fields=None) -> list[int]:
    """Overwrite existing records (matched by uid) in bulk, keeping each one's ``added_at``; the
    version, ``updated_at`` and ``deleted_at`` are taken as given (a sync keeps the other side's).
    Call inside a transaction. A statement per table for the whole batch rather than ~20 per
    record: over a network connection to PostgreSQL that is the difference between 3 ms and
    0.3 ms a record. Records whose uid is not there are left out; returns the ids written.
    ``reindex=False``: the caller knows no indexed text changed (title, summary, organizations,
    authors, keywords), so the search index is left as it is. ``links``: the link tables (keys of
    LINK_FIELDS) whose values may have changed; the others are left as they are (None: all).
    ``fields``: the RecordData fields kept in the resource row (RESOURCE_FIELDS, and "deleted_at")
    that may have changed; only their columns (and version, updated_at) are written, so the indexes
    on the others are not touched (None: all)."""
    vocab = vocab or VocabularyCache()
    records = list(records)
    found: dict[str, int] = {}
    for start in range(0, len(records), 500):
        chunk = [r.uid for r in records[start:start + 500]]
        found.update(database.execute_sql(
            f"SELECT uid, id FROM resource WHERE uid IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    records = [r for r in records if r.uid in found]
    if not records:
        return []
    keys = list(_LINK_TABLES) if links is None else [k for k in _LINK_TABLES if k in links]
    updates, links_all, index_rows = [], {k: [] for k in keys}, []
    names = None
    wanted = None if fields is None else [c for f in RESOURCE_FIELDS if f in fields for c in _FIELD_COLUMNS[f]]
    for data in records:
        rid = found[data.uid]
        cols = _row_columns(data, vocab, wanted)
        cols.update(updated_at=data.updated_at or now_iso(), version=max(data.version, 1))
        if fields is None or "deleted_at" in fields:
            cols["deleted_at"] = data.deleted_at   # in six indexes: written only when it may change
        names = names or list(cols)
        updates.append([cols[n] for n in names] + [rid])
        for key, rows in _link_rows(rid, data, vocab, keys).items():
            links_all[key].extend(rows)
        if reindex:
            index_rows.append((rid, *_index_texts(data, vocab)))
    with generation_paused(database, len(updates), "update"):
        database.cursor().executemany(f"UPDATE resource SET {', '.join(n + ' = ?' for n in names)} WHERE id = ?",
                                      updates)
    ids = [found[r.uid] for r in records]
    for start in range(0, len(ids), 500):
        marks = ",".join(str(int(i)) for i in ids[start:start + 500])
        for key in keys:
            database.execute_sql(f"DELETE FROM {_LINK_TABLES[key][0]} WHERE resource_id IN ({marks})")
    _insert_links(database, links_all)
    if "region" in keys or "country" in keys:
        _region_match_rows(database, ids)
    if reindex:
        search.replace_index_many(database, ids, index_rows)
    return ids


# ---- reading one record ------------------------------------------------------------------------

def read_record_by_id(rid: int) -> RecordData | None:
    return record_by_id(rid)


# ---- one value added to or removed from many records (a bulk edit), in set form -----------------

# The column holding each vocabulary's stored value, as RecordData carries it (db.bulk_records).
_VALUE_COLUMNS = {"country": ("country", "code"), "language": ("language", "code"), "region": ("region", "name"),
                  "theme": ("theme", "name"), "keyword": ("keyword", "name")}
LINK_VALUE_KEYS = tuple(_VALUE_COLUMNS)


def _id_chunks(ids, size: int = 500):
    ids = [int(i) for i in ids]
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def ids_linked_to(database, key: str, value_id: int, ids) -> set[int]:
    """Of ``ids``, the records linked to vocabulary value ``value_id`` in link table ``key``."""
    table, cols = _LINK_TABLES[key]
    column = cols.split(", ")[1]
    found: set[int] = set()
    for chunk in _id_chunks(ids):
        found.update(rid for (rid,) in database.execute_sql(
            f"SELECT resource_id FROM {table} WHERE {column} = ? AND resource_id IN ({','.join(map(str, chunk))})",
            (value_id,)).fetchall())
    return found


# The derived region matches a new country or region link adds (the ones a record had stay right:
# a link added only adds matches, so they are not computed again from scratch as a removal needs).
_NEW_REGION_MATCHES = {
    "country": "SELECT rc.resource_id, rm.region_id FROM resource_country rc JOIN region_member rm "
               "ON rm.country_id = rc.country_id WHERE rc.country_id = ? AND rc.resource_id IN ({ids})",
    "region": "SELECT resource_id, region_id FROM resource_region WHERE region_id = ? AND resource_id IN ({ids})",
}


def add_link_many(database, key: str, ids, value_id: int) -> None:
    """Link each of ``ids`` (none linked yet: see ids_linked_to) to vocabulary value ``value_id``."""
    if ids:
        table, cols = _LINK_TABLES[key]
        dialect.of(database).insert_rows(database, table, cols, [(int(rid), value_id) for rid in ids])
        if key in _NEW_REGION_MATCHES:
            for chunk in _id_chunks(ids):
                database.execute_sql("INSERT OR IGNORE INTO resource_region_match (resource_id, region_id) "
                                     + _NEW_REGION_MATCHES[key].format(ids=",".join(map(str, chunk))), (value_id,))


def remove_links_many(database, key: str, ids, values) -> None:
    """Unlink each of ``ids`` from the vocabulary values stored as ``values`` (names; codes for
    countries and languages) in link table ``key``."""
    values = sorted(set(values))
    if not ids or not values:
        return
    table, cols = _LINK_TABLES[key]
    column = cols.split(", ")[1]
    vocab_table, value_column = _VALUE_COLUMNS[key]
    marks = ",".join("?" * len(values))
    for chunk in _id_chunks(ids):
        database.execute_sql(
            f"DELETE FROM {table} WHERE resource_id IN ({','.join(map(str, chunk))}) AND {column} IN "
            f"(SELECT id FROM {vocab_table} WHERE {value_column} IN ({marks}))", values)
    if key in ("country", "region"):
        _region_match_rows(database, list(ids))


def bump_versions(database, ids, stamp: str) -> None:
    """Version + 1 and ``updated_at = stamp`` for each of ``ids`` (the rest of the row untouched)."""
    ids = list(ids)
    with generation_paused(database, len(ids), "update"):
        for chunk in _id_chunks(ids):
            database.execute_sql(f"UPDATE resource SET version = version + 1, updated_at = ? "
                                 f"WHERE id IN ({','.join(map(str, chunk))})", (stamp,))


def reindex_many(database, ids, records, vocab: VocabularyCache | None = None) -> None:
    """Write the search index entries of existing records again (``records`` in the order of ``ids``)."""
    vocab = vocab or VocabularyCache()
    ids = list(ids)
    search.replace_index_many(database, ids, [(rid, *_index_texts(data, vocab)) for rid, data in zip(ids, records)])


def reindex_keywords_many(database, ids, keyword_lists, vocab: VocabularyCache | None = None) -> None:
    """Write again the search index entries of existing records ``ids`` whose keywords alone
    changed, to ``keyword_lists`` (in the order of ``ids``, each in the order to index); the rest of
    each entry as stored. SQLite changes just the keywords part of the rows (db.search); PostgreSQL
    keeps no text in its index, so the records are read and their entries written again whole."""
    ids = [int(i) for i in ids]
    if dialect.is_postgres(database):
        records = bulk_records.records_for_ids(database, ids)
        reindex_many(database, ids, [record.evolve(keywords=list(words)) for record, words in zip(records, keyword_lists)],
                     vocab)
        return
    search.replace_keywords_many(database, ids, ["\n".join(words) for words in keyword_lists])
