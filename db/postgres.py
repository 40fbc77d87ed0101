"""The catalogue on a PostgreSQL server: connection, SQL translation, schema set-up.

The catalogue's raw SQL is written for SQLite with ``?`` placeholders. Rather than fork every
module, the connection's cursor rewrites that SQL on the way to the server (once per distinct
statement, cached): ``?`` becomes ``%s`` (and a literal ``%`` becomes ``%%``), ``INSERT OR IGNORE``
becomes ``INSERT ... ON CONFLICT DO NOTHING``, and peewee's ``CREATE TABLE`` loses SQLite's
``WITHOUT ROWID`` and gets unbounded, byte-ordered text columns (``TEXT COLLATE "C"``, so names
longer than 255 characters fit and everything sorts exactly as on SQLite). peewee's own SQL already
uses ``%s`` and passes through untouched. The few things no rewrite can cover are in
:mod:`db.dialect` and :mod:`db.postgres_search`.

Credentials: the address is parsed by :mod:`db.postgres_url`; a password found in it is handed to
the driver and never kept in anything shown or saved. Without one, libpq looks in ``$PGPASSWORD``
and ``~/.pgpass``; if the server still wants one, :class:`PasswordRequired` tells the caller to ask.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from peewee import InterfaceError, OperationalError, PostgresqlDatabase
from playhouse.shortcuts import ReconnectMixin

from db.application import APPLICATION
from db.errors import CatalogueError, NotACatalogueError, PasswordRequired
from db.postgres_url import ServerAddress, parse_server_url, redact_text
from db.write_wait import take_turn

# psycopg logs a lost connection ("error ignored terminating <psycopg.Pipeline [BAD]>: the connection
# is lost") besides raising it; unconfigured, Python's last-resort handler printed that to stderr
# under the one clear line the app gives for the same failure. The error itself still reaches us.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


def _give_peewee_psycopg(psycopg) -> None:
    """peewee was loaded without its PostgreSQL driver (db/__init__.py: a catalogue file needs none,
    and importing it costs every start ~0.15 s): hand it psycopg now, as its own import would have."""
    import peewee
    if getattr(peewee, "psycopg", None) is not None:
        return
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb
    for name, value in (("psycopg", psycopg), ("TransactionStatus", TransactionStatus), ("Json_pg3", Json),
                        ("Jsonb_pg3", Jsonb)):
        setattr(peewee, name, value)
    adapter = peewee.Psycopg3Adapter
    for name, value in (("txn_idle", TransactionStatus.IDLE), ("txn_inerror", TransactionStatus.INERROR),
                        ("txn_unknown", TransactionStatus.UNKNOWN)):
        setattr(adapter, name, value)


APPLICATION_NAME = "resource-catalogue"
# Every transaction that writes records takes this lock first (pg_advisory_xact_lock): writers
# queue one behind the other, as on SQLite, so a version check cannot race and no two writers can
# deadlock on the generation counter.
WRITE_LOCK_KEY = 0x52434154  # "RCAT"
EXTENSIONS = ("unaccent", "pg_trgm")


# ---- SQL translation ---------------------------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\s", re.IGNORECASE)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+(?:TEMPORARY\s+|TEMP\s+)?TABLE\s", re.IGNORECASE)
_VARCHAR = re.compile(r"\bVARCHAR\(\d+\)|\bTEXT\b(?!\s+COLLATE)")


def _outside_quotes(sql: str, change) -> str:
    """Apply ``change`` to the parts of ``sql`` outside string literals and quoted names."""
    out, last = [], 0
    for match in _QUOTED.finditer(sql):
        out.append(change(sql[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(change(sql[last:]))
    return "".join(out)


def _has_qmark(sql: str) -> bool:
    return "?" in sql and "?" in _QUOTED.sub("", sql)


@lru_cache(maxsize=4096)
def translate(sql: str, parameters: bool) -> str:
    """SQLite-flavoured SQL as PostgreSQL takes it (see the module docstring)."""
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO ", sql, count=1).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    if _CREATE_TABLE.match(sql):
        if sql.rstrip().endswith("WITHOUT ROWID"):
            sql = sql.rstrip()[: -len("WITHOUT ROWID")].rstrip()
        sql = _outside_quotes(sql, lambda part: _VARCHAR.sub('TEXT COLLATE "C"', part))
    if parameters and _has_qmark(sql):
        # The driver reads % everywhere, string literals included; ? only counts outside them.
        sql = _outside_quotes(sql.replace("%", "%%"), lambda part: part.replace("?", "%s"))
    return sql


@lru_cache(maxsize=None)
def cursor_class():
    """The catalogue's psycopg cursor class, made when a server catalogue is first opened: psycopg
    is imported then, not by every start (db/__init__.py)."""
    import psycopg
    _give_peewee_psycopg(psycopg)

    class CatalogueCursor(psycopg.Cursor):
        """A psycopg cursor that takes the catalogue's SQLite-flavoured SQL (see :func:`translate`)."""

        def execute(self, query, params=None, **kwargs):
            if isinstance(query, str):
                query = translate(query, bool(params))
                if not params:
                    params = None  # no placeholder parsing, so a literal % stays as written
            return super().execute(query, params, **kwargs)

        def executemany(self, query, params_seq, **kwargs):
            if isinstance(query, str):
                query = translate(query, True)
            return super().executemany(query, params_seq, **kwargs)

        @property
        def lastrowid(self):
            """The id the last INSERT took from its sequence (what sqlite3's lastrowid gives)."""
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT lastval()")
                return cursor.fetchone()[0]
    return CatalogueCursor


class CatalogueDatabase(ReconnectMixin, PostgresqlDatabase):
    """peewee's PostgreSQL database with the catalogue's cursor; one connection per thread.

    A window stays open for days: when the server drops an idle connection (a restart, a network
    blip), the next statement outside a transaction reconnects once and runs again. Inside a
    transaction the error goes up, and the transaction is rolled back as a whole.
    """
    reconnect_errors = (
        (OperationalError, "terminating connection"),
        (OperationalError, "the connection is closed"),
        (OperationalError, "server closed the connection"),
        (OperationalError, "consuming input failed"),
        (InterfaceError, "the connection is closed"),
    )

    def __init__(self, address: ServerAddress, password: str | None = None, **kwargs):
        params = dict(cursor_factory=cursor_class(), application_name=APPLICATION_NAME,
                      connect_timeout=10, prefer_psycopg3=True)
        if password is not None:
            params["password"] = password
        params.update(kwargs)
        super().__init__(address.conninfo(), **params)
        self.address = address

    def __repr__(self) -> str:  # never the password, whatever peewee keeps in connect_params
        return f"<CatalogueDatabase {self.address.display()}>"


def connect(url: str, password: str | None = None) -> CatalogueDatabase:
    """A connected database for a ``postgresql://`` address; raises CatalogueError (one line, no
    secret in it) or PasswordRequired."""
    try:
        address = parse_server_url(url)
    except ValueError as exc:
        raise CatalogueError(str(exc)) from None
    if password is None:
        password = address.password
    database = CatalogueDatabase(address, password)
    try:
        database.connect()
    except Exception as exc:  # psycopg.OperationalError (peewee wraps it)
        message = redact_text(str(exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        where = address.display()
        if "password authentication failed" in message:   # given here, or by PGPASSWORD or ~/.pgpass
            raise PasswordRequired(f"the server at {where} refused the password for {address.user or 'this user'}: "
                                   f"it is wrong (or the user does not exist)", refused=True) from None
        if "no password supplied" in message:
            raise PasswordRequired(f"the server at {where} needs a password for {address.user or 'this user'}",
                                   refused=False) from None
        raise CatalogueError(f"cannot connect to {where}: {message}") from None
    return database


# ---- bulk rows -----------------------------------------------------------------------------------

def copy_rows(database, table: str, columns: list[str], rows) -> None:
    """Insert many rows with COPY (one round trip per few thousand rows)."""
    cursor = database.cursor()
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


class IdAllocator:
    """Ids taken from a table's sequence in blocks, so rows can be written with COPY and their
    links refer to them before they are inserted (sqlite3's lastrowid, without a round trip each)."""

    def __init__(self, database, table: str, block: int = 1000):
        self.database = database
        self.sequence = f"{table}_id_seq"
        self.block = block
        self._free: list[int] = []

    def next(self) -> int:
        if not self._free:
            rows = self.database.execute_sql(
                f"SELECT nextval('{self.sequence}') FROM generate_series(1, {int(self.block)})").fetchall()
            self._free = [r[0] for r in reversed(rows)]
        return self._free.pop()


# ---- schema --------------------------------------------------------------------------------------

def inspect(database) -> int | None | str:
    """The raw schema_version text of the catalogue in this database, or None if it is empty.

    Raises NotACatalogueError if the database holds other tables.
    """
    where = database.address.display()
    tables = {r[0] for r in database.execute_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()").fetchall()}
    if not tables:
        return None
    if "catalogue_meta" not in tables:
        raise NotACatalogueError(f"the database {where} holds other tables, not a Resource Catalogue")
    meta = dict(database.execute_sql("SELECT key, value FROM catalogue_meta").fetchall())
    if meta.get("application") != APPLICATION:
        raise NotACatalogueError(f"the database {where} is not a Resource Catalogue")
    return meta.get("schema_version")


def ensure_extensions(database) -> None:
    """unaccent and pg_trgm (both "trusted": a database owner may add them without a superuser)."""
    installed = {r[0] for r in database.execute_sql("SELECT extname FROM pg_extension").fetchall()}
    for name in EXTENSIONS:
        if name in installed:
            continue
        try:
            with database.atomic():
                database.execute_sql(f"CREATE EXTENSION IF NOT EXISTS {name}")
        except Exception as exc:  # noqa: BLE001 - insufficient privilege, extension not installed
            raise CatalogueError(
                f"the catalogue needs the PostgreSQL extension {name}: ask the server's administrator to run "
                f"'CREATE EXTENSION {name};' in {database.address.display()} "
                f"({redact_text(str(exc)).strip().splitlines()[0]})") from None


GENERATION_FUNCTION = f"""
CREATE OR REPLACE FUNCTION rc_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({WRITE_LOCK_KEY});
    IF current_setting('rc.generation_bumped', true) IS DISTINCT FROM 'yes' THEN
        UPDATE catalogue_meta SET value = (value::bigint + 1)::text WHERE key = 'generation';
        PERFORM set_config('rc.generation_bumped', 'yes', true);
    END IF;
    RETURN NULL;
END $$"""
# One bump per transaction, not per row or statement: updating one row many times in a transaction
# gets slower with each update on PostgreSQL (each must step over the earlier, still-live versions).
# Reading the generation clears the flag (see schema.generation), so a transaction that reads it and
# then writes again bumps it again: a reader can never cache a state that is not the final one.
GENERATION_SQL = (
    "INSERT INTO catalogue_meta (key, value) VALUES ('generation', '0') ON CONFLICT DO NOTHING",
    GENERATION_FUNCTION,
    "DROP TRIGGER IF EXISTS resource_generation ON resource",
    "CREATE TRIGGER resource_generation BEFORE INSERT OR UPDATE OR DELETE ON resource "
    "FOR EACH STATEMENT EXECUTE FUNCTION rc_bump_generation()",
)
GENERATION_READ = ("SELECT value, set_config('rc.generation_bumped', '', true) FROM catalogue_meta "
                   "WHERE key = 'generation'")


def lock_writes(database) -> None:
    """Take the writers' lock until this transaction ends (see WRITE_LOCK_KEY), waiting for another
    writer with a notice and Cancel as on a file (db.write_wait.take_turn). Held already (a nested
    write), it is taken again at once."""
    take_turn(lambda: bool(database.execute_sql(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK_KEY})").fetchone()[0]))
