"""Opening catalogues: creation, seeding, upgrades with a backup, and refusals that change nothing."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.catalogue import Catalogue
from app.criteria import Criteria, parse_query
from db import connection, schema
from db.errors import NewerCatalogueError, NotACatalogueError, ReadOnlyCatalogueError

DATA = Path(__file__).parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_catalogue_is_seeded_once(tmp_path):
    path = tmp_path / "c.db"
    cat = Catalogue.open(path)
    assert cat.opened.created and cat.total() == 20
    cat.close()
    cat = Catalogue.open(path)
    assert not cat.opened.created and cat.total() == 20
    from app.seed import seed_catalogue
    assert seed_catalogue(cat.database) == 0
    assert cat.total() == 20
    cat.close()


def test_wal_mode_and_schema_version(tmp_path):
    cat = Catalogue.open(tmp_path / "c.db")
    assert cat.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema.current_version(cat.database) == schema.SCHEMA_VERSION
    cat.close()


def test_location_from_environment_and_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.setenv(connection.ENV_VAR, str(tmp_path / "env.db"))
    assert connection.resolve_location(None) == str(tmp_path / "env.db")
    assert connection.resolve_location(tmp_path / "arg.db") == str(tmp_path / "arg.db")
    cat = Catalogue.open(f"sqlite:///{tmp_path / 'url.db'}")
    assert cat.path == (tmp_path / "url.db").resolve()
    cat.close()


def test_default_location_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(connection.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = connection.default_catalogue_path()
    assert path.name == "catalogue.db" and "resource-catalogue" in str(path)
    cat = Catalogue.open(None)
    assert cat.path == path.resolve() and cat.total() == 20
    cat.close()


def test_old_catalogue_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(DATA / "catalogue_v1.db", path)
    cat = Catalogue.open(path)
    assert cat.opened.upgraded_from == 1
    backup = cat.opened.backup
    # The copy is the catalogue as it was: version 1, every record, no new column.
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM catalogue_meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert old.execute("SELECT COUNT(*) FROM resource").fetchone()[0] == 20
    assert "title_sort" not in [r[1] for r in old.execute("PRAGMA table_info(resource)")]
    old.close()
    assert schema.current_version(cat.database) == schema.SCHEMA_VERSION
    cols = [r[1] for r in cat.database.execute_sql("PRAGMA table_info(resource)").fetchall()]
    assert "title_sort" in cols
    # Data and search survive; the new sort key is filled.
    assert cat.total() == 20
    assert len(cat.search(parse_query("housing")).ids) == 1
    first = cat.rows(cat.search(Criteria(), "title").ids[:1])[0]
    assert first.title.startswith("China")
    tables = {r[0] for r in cat.database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"change_log", "reading_list", "attachment", "saved_search"} <= tables
    cat.close()


def test_text_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(NotACatalogueError, match="not a Resource Catalogue"):
        Catalogue.open(path)
    assert path.read_text() == "shopping list\n"
    assert not (tmp_path / "notes.txt-wal").exists()


def test_other_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotACatalogueError):
        Catalogue.open(path)
    assert digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_newer_catalogue_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    cat = Catalogue.open(path)
    schema.set_meta(cat.database, "schema_version", str(schema.SCHEMA_VERSION + 1))
    cat.close()
    before = digest(path)
    with pytest.raises(NewerCatalogueError, match="newer version"):
        Catalogue.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("location", ["/proc/catalogue.db", "/proc/no/such/folder/c.db"])
def test_read_only_location_is_refused(location):
    with pytest.raises(ReadOnlyCatalogueError):
        Catalogue.open(location)


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotACatalogueError, match="folder"):
        Catalogue.open(tmp_path)


def test_unreachable_server_is_one_clear_line_without_the_password():
    from db.errors import CatalogueError
    from tests.pg_server import _free_port
    with pytest.raises(CatalogueError, match="cannot connect to cat on 127.0.0.1") as info:
        Catalogue.open(f"postgresql://ann:Hunter2secret@127.0.0.1:{_free_port()}/cat")
    assert "Hunter2secret" not in str(info.value) and "\n" not in str(info.value)


def test_other_addresses_are_refused_clearly():
    from db.errors import CatalogueError
    with pytest.raises(CatalogueError, match="not supported"):
        Catalogue.open("mysql://user@localhost/cat")


def _schema(path) -> set[tuple]:
    conn = sqlite3.connect(path)
    rows = set()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                 "AND name NOT LIKE 'resource_fts_%' AND name NOT LIKE 'resource_trigram_%'"):
        for col in conn.execute(f'PRAGMA table_info("{table}")'):
            rows.add(("column", table, col[1], col[2], col[3]))
    for name, table in conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"):
        cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
        rows.add(("index", table, cols))
    conn.close()
    return rows


def test_upgraded_schema_equals_a_new_one(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(DATA / "catalogue_v1.db", old)
    Catalogue.open(old).close()
    Catalogue.open(tmp_path / "new.db").close()
    upgraded, fresh = _schema(old), _schema(tmp_path / "new.db")
    assert upgraded - fresh == set() and fresh - upgraded == set()
