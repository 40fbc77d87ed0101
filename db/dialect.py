"""The few SQL fragments that differ between SQLite and PostgreSQL, in one place.

Most of the catalogue's raw SQL runs unchanged on both: :mod:`db.postgres` turns ``?`` into the
driver's placeholders and ``INSERT OR IGNORE`` into ``ON CONFLICT DO NOTHING``. What remains is
here: where temporary tables live, the join-order hints only SQLite has (PostgreSQL's planner
needs none, and has no syntax for them), and bulk row insertion.
"""
from __future__ import annotations

from contextlib import contextmanager

from peewee import DatabaseProxy, PostgresqlDatabase

from db.postgres import copy_rows

# The narrow (id, deleted_at, type_id, year) index SQLite is told to use for counts over id sets.
FACTS_INDEX = "resource_id_deleted_at_type_id_year"


def real_database(database):
    """The database behind a proxy (the models' ``db.models.database``), or ``database`` itself."""
    while isinstance(database, DatabaseProxy):
        database = database.obj
    return database


def is_postgres(database) -> bool:
    return isinstance(real_database(database), PostgresqlDatabase)


class SqliteDialect:
    name = "sqlite"
    temp_schema = "temp"
    # A leading "+" keeps SQLite from driving a plan from the deleted_at indexes.
    live_hint = "+"
    # How searches are planned (db.search_plan). A catalogue file is read in-process, so reading
    # whole columns is cheap: the year and type orders regroup the cached title and latest orders,
    # the orders are worked out ahead of a click, facet counts come from an in-memory index, and a
    # keyword in most records filters the cached order through a mask of its hits.
    derives_orders = True
    warms_orders = True
    facet_index = True
    # The counts with no criteria are kept between sessions in this computer's cache folder
    # (db.count_cache): a catalogue file changes only through programs that move its generation.
    keeps_counts = True
    # The counts with no criteria are shared between two connections of this process, counting
    # at once (SQLite releases the GIL while a statement runs; readers of a WAL file never block).
    counts_on_two_connections = True
    # The whole catalogue's counts per facet value are one range count per value of the vocabulary
    # (db.queries._all_link_counts): cheaper on SQLite than GROUP BY over the whole link table.
    counts_by_value = True
    # Many ids come back as one comma-separated text (group_concat) rather than a row each.
    ids_as_text = True
    # Each row the database returns crosses a network: filtering the cached order pays off sooner.
    rows_over_network = False

    def facts_join(self, hits: str) -> str:
        """``FROM`` part joining a temp table of ids ``hits`` (alias h) to resource r."""
        return f"{hits} h CROSS JOIN resource r INDEXED BY {FACTS_INDEX} ON r.id = h.id"

    def facts_table(self) -> str:
        return f"resource r INDEXED BY {FACTS_INDEX}"

    def link_join(self, left: str, table: str, left_id: str) -> str:
        """``left`` joined to link ``table`` (alias l), driven from the left side."""
        return f"{left} CROSS JOIN {table} l ON l.resource_id = {left_id}"

    def temp_ids_table(self, name: str) -> list[str]:
        """Statements that make ``temp_schema.name`` an empty table of ids."""
        return [f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)",
                f"DELETE FROM {self.temp_schema}.{name}"]

    def not_in(self, column: str, table: str, key: str = "id") -> str:
        """``column`` is not among ``table.key``."""
        return f"{column} NOT IN (SELECT {key} FROM {table})"

    def insert_rows(self, database, table: str, columns: str, rows: list) -> None:
        marks = ",".join("?" * len(rows[0]))
        database.cursor().executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


class PostgresDialect(SqliteDialect):
    name = "postgresql"
    temp_schema = "pg_temp"
    live_hint = ""
    # On a server every order is a sort the server does, and any user's edit would set every open
    # window re-sorting eight ways; counts stay in SQL (bench/RESULTS.md, PostgreSQL).
    derives_orders = False
    warms_orders = False
    facet_index = False
    keeps_counts = False
    counts_on_two_connections = False
    counts_by_value = False
    ids_as_text = False
    rows_over_network = True

    def facts_join(self, hits: str) -> str:
        return f"{hits} h JOIN resource r ON r.id = h.id"

    def facts_table(self) -> str:
        return "resource r"

    def link_join(self, left: str, table: str, left_id: str) -> str:
        return f"{left} JOIN {table} l ON l.resource_id = {left_id}"

    def temp_ids_table(self, name: str) -> list[str]:
        # No primary key: the counts hash-join on it anyway, and keeping an index while copying
        # 85,000 hits in doubles the time. TRUNCATE empties it without a scan.
        return [f"CREATE TEMP TABLE IF NOT EXISTS {name} (id INTEGER)", f"TRUNCATE {self.temp_schema}.{name}"]

    def not_in(self, column: str, table: str, key: str = "id") -> str:
        # An anti-join: NOT IN over a large subquery that does not fit work_mem as a hash is
        # planned as a nested loop on PostgreSQL (minutes at 100,000 records).
        return f"NOT EXISTS (SELECT 1 FROM {table} x WHERE x.{key} = {column})"

    def insert_rows(self, database, table: str, columns: str, rows: list) -> None:
        """COPY: about ten times faster than one INSERT per row over a network connection."""
        copy_rows(database, table, [c.strip() for c in columns.split(",")], rows)


SQLITE = SqliteDialect()
POSTGRES = PostgresDialect()


def of(database) -> SqliteDialect:
    return POSTGRES if is_postgres(database) else SQLITE


def _driver_in_transaction(database) -> bool:
    """True when psycopg's connection is inside a transaction block (status other than IDLE)."""
    info = getattr(real_database(database).connection(), "info", None)
    status = getattr(info, "transaction_status", None)
    return status is not None and int(status) != 0


@contextmanager
def read_snapshot(database):
    """A transaction in which every read sees the same state, even while others write.

    SQLite's transactions read one snapshot already. PostgreSQL's default (read committed) gives
    each statement its own, so a multi-query read (all facet counts, an export) asks for
    REPEATABLE READ, which must be the transaction's first statement (not for a nested one).
    """
    postgres = is_postgres(database)
    # Already inside a transaction (peewee's own count, or the driver's: a caller may have begun
    # one that peewee does not see), the snapshot is the enclosing transaction's.
    nested = postgres and (real_database(database).transaction_depth() > 0 or _driver_in_transaction(database))
    # On SQLite a plain (deferred) BEGIN: write transactions are IMMEDIATE there (db.write_wait),
    # and a read must neither take the write lock nor wait for it.
    with (database.atomic() if postgres else database.atomic("DEFERRED")) as txn:
        if postgres and not nested:
            database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield txn
