"""Schema version, creation and migrations.

Version history:
- 1: first release.
- 2: ``resource.title_sort`` (a folded title, so titles in every script sort case- and
  accent-insensitively) with its index; the history (change_log), attachment, reading-list,
  not-duplicate and saved-search tables; a covering (deleted_at, type_id) index for type counts.
- 3: sync between offline copies and a shared catalogue: sync_state, sync_conflict, sync_log,
  attachment_blob (attachment contents, for catalogues on a server) and a ``catalogue_id`` in
  catalogue_meta, so an offline copy knows which catalogue it was made from.
- 4: an order generation (sort orders cached until a record moves in one).
- 5: a partial index for the "No summary" quality list.
- 6: document text (db.documents): what was read from each attachment, its pages, and their word
  and trigram indexes. Nothing is filled in by the upgrade: the background indexer reads the files.
- 7: a change feed (``resource_change``, SQLite only): which records changed since a generation, so
  the in-memory facet index (db.facet_index) updates only those after an edit.
- 8: relations between records (resource_relation): series and their parts, language versions,
  replaces / replaced by, related; by uid, so a link can wait for its record to arrive.

A new catalogue is created at the latest version directly. An older one is upgraded step by step
with ``playhouse.migrate``, each step in its own transaction, after the file has been copied aside
(see :func:`db.connection.open_catalogue`). On PostgreSQL the same steps run with the
PostgresqlMigrator; DDL is transactional there, so a failed step leaves nothing half-done.
"""
from __future__ import annotations

import sqlite3
import uuid
from contextlib import contextmanager
from pathlib import Path

from peewee import TextField
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

from db import documents, models, postgres, search
from db.application import APPLICATION
from db.dialect import is_postgres
from db.errors import NewerCatalogueError, NotACatalogueError
from db.textfold import sort_key

SCHEMA_VERSION = 8

SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_sqlite_file(path: Path) -> int | None:
    """The schema version of the catalogue at ``path``; None if there is nothing there yet.

    Reads without writing (read-only connection), so a file that is not ours is left untouched.
    Raises NotACatalogueError or NewerCatalogueError with a one-line message.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise NotACatalogueError(f"{path} is a folder, not a catalogue file")
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotACatalogueError(f"{path} is not a Resource Catalogue file (not an SQLite database)")
    try:
        # A writer may be checkpointing a large WAL: wait for it as long as any statement would.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=120)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "catalogue_meta" not in tables:
                raise NotACatalogueError(f"{path} is an SQLite database but not a Resource Catalogue")
            meta = dict(conn.execute("SELECT key, value FROM catalogue_meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotACatalogueError(f"{path} cannot be read as a catalogue: {exc}") from None
    if meta.get("application") != APPLICATION:
        raise NotACatalogueError(f"{path} is an SQLite database but not a Resource Catalogue")
    return check_version(meta.get("schema_version"), str(path))


def check_version(raw: str | None, where: str) -> int:
    try:
        version = int(raw or "")
    except ValueError:
        raise NotACatalogueError(f"{where} has no readable schema version") from None
    if version < 1:
        raise NotACatalogueError(f"{where} says it is at schema version {version}, which no version of "
                                 f"Resource Catalogue ever wrote: it is damaged, nothing was changed")
    if version > SCHEMA_VERSION:
        raise NewerCatalogueError(
            f"{where} was made by a newer version of Resource Catalogue (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}): update the app to open it")
    return version


def create(database) -> None:
    """Create every table and index of the latest schema in an empty database."""
    if is_postgres(database):
        postgres.ensure_extensions(database)
    with database.atomic():
        database.create_tables(models.ALL_MODELS)
        for sql in (search.create_sql(database) + generation_sql(database) + PARTIAL_INDEX_SQL
                    + documents.create_sql(database)):
            database.execute_sql(sql)
        set_meta(database, "application", APPLICATION)
        set_meta(database, "schema_version", str(SCHEMA_VERSION))
        set_meta(database, "catalogue_id", str(uuid.uuid4()))


# Indexes on a condition (the same SQL on both backends): the "No summary" quality list would
# otherwise read every summary in the catalogue (4.1 s at 1,000,000 records), and its index holds
# only the few records it lists.
PARTIAL_INDEX_SQL = (
    "CREATE INDEX IF NOT EXISTS resource_blank_summary ON resource (deleted_at) WHERE trim(summary) = ''",
)


# A counter bumped by every change to a resource row that can change a sort order or what is live.
# Readers cache things that only depend on those (the live ids in each sort order, the counts with no
# criteria) and check this one row to know when to drop the cache, whoever made the change: this
# connection, another thread or another process.
_GENERATION_BUMP = "UPDATE catalogue_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
GENERATION_SQL = (
    "INSERT OR IGNORE INTO catalogue_meta (key, value) VALUES ('generation', '0')",
    f"CREATE TRIGGER IF NOT EXISTS resource_generation_insert AFTER INSERT ON resource "
    f"BEGIN {_GENERATION_BUMP}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_generation_delete AFTER DELETE ON resource "
    f"BEGIN {_GENERATION_BUMP}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_generation_update AFTER UPDATE ON resource "
    f"BEGIN {_GENERATION_BUMP}; END",
)
# A second counter for what can move a record in a sort order or in or out of the live set: an
# insert, a delete, or an update of a sort key or of deleted_at. An edit of the notes, the summary or
# the themes keeps every cached order valid (at 1,000,000 records an order costs ~0.5 s to rebuild).
# SQLite compares old and new values: our UPDATEs set every column, so "UPDATE OF col" would always fire.
_ORDER_BUMP = "UPDATE catalogue_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'order_generation'"
_ORDER_KEYS_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}"
                                  for c in ("title_sort", "year", "type_id", "added_at", "deleted_at"))
ORDER_GENERATION_SQL = (
    "INSERT OR IGNORE INTO catalogue_meta (key, value) VALUES ('order_generation', '0')",
    f"CREATE TRIGGER IF NOT EXISTS resource_order_generation_insert AFTER INSERT ON resource "
    f"BEGIN {_ORDER_BUMP}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_order_generation_delete AFTER DELETE ON resource "
    f"BEGIN {_ORDER_BUMP}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_order_generation_update AFTER UPDATE ON resource "
    f"WHEN {_ORDER_KEYS_CHANGED} BEGIN {_ORDER_BUMP}; END",
)
# A change feed: each record changed, with the generation it changed in (read while the change is
# written: the bump may come before or after it, so a reader asks for ``generation >= its own``, a
# record or two more than needed). One row a record, replaced at each change: the table never grows
# past the catalogue. Readers: db.facet_index.FacetIndex.refreshed and text_mask_refreshed. A bulk write drops these
# triggers with the others (generation_paused) and writes one row for "everything": CHANGED_EVERYTHING.
CHANGED_EVERYTHING = -1
_CHANGE_ROW = ("INSERT OR REPLACE INTO resource_change (resource_id, generation) SELECT {}, CAST(value AS INTEGER) "
               "FROM catalogue_meta WHERE key = 'generation'")
CHANGE_FEED_SQL = (
    "CREATE TABLE IF NOT EXISTS resource_change (resource_id INTEGER PRIMARY KEY, generation INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS resource_change_generation ON resource_change (generation, resource_id)",
    f"CREATE TRIGGER IF NOT EXISTS resource_change_insert AFTER INSERT ON resource "
    f"BEGIN {_CHANGE_ROW.format('NEW.id')}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_change_delete AFTER DELETE ON resource "
    f"BEGIN {_CHANGE_ROW.format('OLD.id')}; END",
    f"CREATE TRIGGER IF NOT EXISTS resource_change_update AFTER UPDATE ON resource "
    f"BEGIN {_CHANGE_ROW.format('NEW.id')}; END",
)
GENERATION_SQL = GENERATION_SQL + ORDER_GENERATION_SQL + CHANGE_FEED_SQL


def mark_everything_changed(database) -> None:
    """Tell the change feed's readers to read everything again (a write the triggers did not see,
    or one that changed links of many records without touching them: region members)."""
    if not is_postgres(database):
        database.execute_sql(_CHANGE_ROW.format(CHANGED_EVERYTHING))
# Link tables have no trigger: every change to a record's values, many-valued ones included, also
# updates its resource row (version + 1, updated_at), as sync and history need anyway.
# PostgreSQL: one statement-level trigger, see db.postgres.GENERATION_SQL.


@contextmanager
def generation_paused(database, rows: int, trigger: str = "insert"):
    """Bump the generation once for a bulk write rather than once a row (SQLite's triggers are
    row-level: the bump cost ~40% of a bulk resource INSERT). Drops the row trigger for the
    duration and puts it back; call inside the caller's transaction, so a rollback restores it
    too. PostgreSQL's trigger is already statement-level: nothing to do there."""
    if is_postgres(database) or rows < 50:
        yield
        return
    # The change feed keeps its row trigger for updates (a bulk edit: the facet index then updates
    # just those records); an import's new records are read whole ("everything" below).
    names = (f"resource_generation_{trigger}", f"resource_order_generation_{trigger}") + (
        (f"resource_change_{trigger}",) if trigger == "insert" else ())
    creates = [next(sql for sql in GENERATION_SQL if f" {name} " in sql) for name in names]
    for name in names:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for create in creates:
            database.execute_sql(create)
    if trigger == "insert":
        mark_everything_changed(database)
    database.execute_sql(_GENERATION_BUMP)
    database.execute_sql(_ORDER_BUMP)


def generation_sql(database) -> tuple[str, ...]:
    return postgres.GENERATION_SQL if is_postgres(database) else GENERATION_SQL


def order_generation(database) -> int:
    """The counter of changes that can move records in a sort order (see ORDER_GENERATION_SQL).
    PostgreSQL has the one statement-level counter: any change counts there."""
    if is_postgres(database):
        return generation(database)
    row = database.execute_sql("SELECT value FROM catalogue_meta WHERE key = 'order_generation'").fetchone()
    return int(row[0]) if row else 0


def generation(database) -> int:
    sql = (postgres.GENERATION_READ if is_postgres(database)
           else "SELECT value FROM catalogue_meta WHERE key = 'generation'")
    row = database.execute_sql(sql).fetchone()
    return int(row[0]) if row else 0


def current_version(database) -> int:
    return check_version(get_meta(database, "schema_version"), "the catalogue")


def upgrade(database, from_version: int) -> list[int]:
    """Apply each migration after ``from_version``; returns the versions applied."""
    applied = []
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with database.atomic():
            MIGRATIONS[version](database)
            set_meta(database, "schema_version", str(version))
        applied.append(version)
    return applied


def get_meta(database, key: str, default: str | None = None) -> str | None:
    row = models.CatalogueMeta.get_or_none(models.CatalogueMeta.key == key)
    return row.value if row else default


def read_meta(database, key: str) -> str | None:
    """Like get_meta, but asks ``database`` itself, whatever the models are bound to."""
    row = database.execute_sql("SELECT value FROM catalogue_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(database, key: str, value: str) -> None:
    (models.CatalogueMeta.insert(key=key, value=value)
     .on_conflict(conflict_target=[models.CatalogueMeta.key], update={models.CatalogueMeta.value: value})
     .execute())


# ---- migrations --------------------------------------------------------------------------------

def _migrator(database):
    return PostgresqlMigrator(database) if is_postgres(database) else SqliteMigrator(database)


def _to_v2(database) -> None:
    migrator = _migrator(database)
    migrate(
        migrator.add_column("resource", "title_sort", TextField(default="")),
        migrator.add_index("resource", ("deleted_at", "title_sort"), False),
        migrator.add_index("resource", ("deleted_at", "type_id"), False),
        migrator.add_index("resource", ("id", "deleted_at", "type_id", "year"), False),
        migrator.drop_index("resource", "resource_type_id"),
    )
    database.create_tables(models.FEATURE_MODELS, safe=True)
    for sql in search.create_sql(database) + generation_sql(database):
        database.execute_sql(sql)
    rows = database.execute_sql("SELECT id, title FROM resource").fetchall()
    database.cursor().executemany("UPDATE resource SET title_sort = ? WHERE id = ?",
                                  [(sort_key(title), rid) for rid, title in rows])


def _to_v3(database) -> None:
    database.create_tables(models.SYNC_MODELS, safe=True)
    if get_meta(database, "catalogue_id") is None:
        set_meta(database, "catalogue_id", str(uuid.uuid4()))


def _to_v4(database) -> None:
    if not is_postgres(database):
        for sql in ORDER_GENERATION_SQL:
            database.execute_sql(sql)


def _to_v5(database) -> None:
    for sql in PARTIAL_INDEX_SQL:
        database.execute_sql(sql)


def _to_v6(database) -> None:
    for sql in documents.create_sql(database):
        database.execute_sql(sql)


def _to_v7(database) -> None:
    if not is_postgres(database):
        for sql in CHANGE_FEED_SQL:
            database.execute_sql(sql)
        mark_everything_changed(database)


def _to_v8(database) -> None:
    database.create_tables(models.RELATION_MODELS, safe=True)


MIGRATIONS = {2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6, 7: _to_v7, 8: _to_v8}
