"""A throwaway PostgreSQL 15 cluster for the tests: started on first use, stopped at the end.

``initdb`` into a fresh folder under /tmp (as the ``postgres`` user when the tests run as root,
since PostgreSQL refuses to run as root), then ``pg_ctl start`` on a free loopback port with the
socket in that folder. Each test gets its own database, copied from a template that already holds
a catalogue (seeded or only vocabularies), which takes a few tens of milliseconds instead of
building the schema and seeding every time.

The cluster trusts local connections, except the role ``librarian``, which must give its password
(``LIBRARIAN_PASSWORD``): the tests of password prompts, ~/.pgpass and $PGPASSWORD use it.

Where PostgreSQL is not installed, the tests that need it skip with the reason, except under CI
(``CI`` set), where they fail: CI must run them (tools/run_tests.sh installs the server).
"""
from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"
LIBRARIAN = "librarian"
LIBRARIAN_PASSWORD = "s3cret-Shelf"
TEMPLATES = {"seeded": "rc_template_seeded", "empty": "rc_template_empty"}

_HBA = f"""local all all trust
host all {LIBRARIAN} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


class PgUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One cluster; :meth:`new_database` hands out fresh catalogue databases."""

    def __init__(self, durable: bool = False):
        """``durable``: the server's default fsync and commit settings (for benchmarks); the tests
        run without them, since a throwaway cluster need not survive a power cut."""
        if not (BIN / "initdb").exists():
            raise PgUnavailable(f"PostgreSQL 15 is not installed ({BIN}/initdb not found; "
                                f"apt-get install postgresql)")
        self.root = Path(tempfile.mkdtemp(prefix="rc-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._templates: set[str] = set()
        if self._as_postgres:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self._run(BIN / "initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        (self.data / "pg_hba.conf").write_text(_HBA)
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200 "
                   f"-c shared_buffers=128MB")
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "server.log", "-w", "start")
        self.sql("postgres", f"CREATE ROLE {LIBRARIAN} LOGIN PASSWORD '{LIBRARIAN_PASSWORD}'")

    def _run(self, *args) -> None:
        cmd = [str(a) for a in args]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd="/tmp")
        if result.returncode != 0:
            raise PgUnavailable(f"{' '.join(cmd[:6])} failed: {result.stderr.strip()[-500:]}")

    def url(self, dbname: str, user: str = SUPERUSER, password: str | None = None) -> str:
        credentials = f"{user}:{password}" if password else user
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{dbname}"

    def sql(self, dbname: str, statement: str) -> list[tuple]:
        import psycopg
        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def _template(self, kind: str) -> str:
        name = TEMPLATES[kind]
        if name in self._templates:
            return name
        from app.catalogue import Catalogue
        from app.seed import load_seed_vocabularies
        self.sql("postgres", f"CREATE DATABASE {name}")
        cat = Catalogue.open(self.url(name), seed=(kind == "seeded"))
        if kind == "empty":
            load_seed_vocabularies(cat.database)
        cat.close()
        self._templates.add(name)
        return name

    def new_database(self, kind: str | None = "seeded", owner: str = SUPERUSER) -> str:
        """A fresh database (a copy of a template catalogue, or empty if ``kind`` is None)."""
        with self._lock:
            name = f"rc_test_{next(self._counter)}"
            template = f" TEMPLATE {self._template(kind)} STRATEGY FILE_COPY" if kind else ""
            self.sql("postgres", f"CREATE DATABASE {name}{template} OWNER {owner}")
        if kind:  # each copy of the template is a catalogue of its own
            self.sql(name, "UPDATE catalogue_meta SET value = gen_random_uuid()::text WHERE key = 'catalogue_id'")
        return name

    def drop_database(self, name: str) -> None:
        self.sql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run(BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


_server: PgServer | None = None
_failure: str | None = None


def get_server() -> PgServer:
    """The session's server, started on first call; skips (or fails under CI) if impossible."""
    global _server, _failure
    if _server is None and _failure is None:
        try:
            _server = PgServer()
        except PgUnavailable as exc:
            _failure = str(exc)
    if _server is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run: {_failure}")
        pytest.skip(f"PostgreSQL tests need a server: {_failure}")
    return _server


def stop_server() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None


@pytest.fixture(scope="session")
def pg_server():
    return get_server()


@pytest.fixture
def pg_url(pg_server):
    """The address of a fresh, seeded catalogue database."""
    name = pg_server.new_database("seeded")
    yield pg_server.url(name)
    [(ident,)] = pg_server.sql(name, "SELECT value FROM catalogue_meta WHERE key = 'catalogue_id'")
    pg_server.drop_database(name)
    from app.sync import server_files   # this computer's copies of the catalogue's attachments
    shutil.rmtree(server_files.cache_folder_for(ident), ignore_errors=True)
