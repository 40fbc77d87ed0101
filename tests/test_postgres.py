"""What is particular to the PostgreSQL backend, on a real server (tests/pg_server.py): concurrent
librarians, search with unaccent and pg_trgm, SQL translation, schema and addresses. The service
tests that run on both backends (see BOTH_BACKENDS in conftest.py) cover everything else."""
from __future__ import annotations

import re
import threading
from urllib.parse import quote
from dataclasses import replace

import pytest

from app import editing, history
from app.catalogue import Catalogue
from app.criteria import Criteria
from db import connection, dialect, postgres, queries, schema
from db import models as m
from db.errors import NotACatalogueError
from db.postgres_url import redact_text, redact_url
from db.records import OrganizationRef, RecordData
from tests.helpers import add, titles


@pytest.fixture
def pg(pg_url):
    cat = Catalogue.open(pg_url, seed=False)
    yield cat
    cat.close()


def _new(cat, title="Shared record", **fields) -> str:
    return editing.create(cat, RecordData(title=title, **fields)).uid


# ---- concurrent librarians ----------------------------------------------------------------------

def test_two_connections_saving_the_same_version_the_second_sees_a_conflict(pg, pg_url):
    uid = _new(pg)
    opened = pg.record(uid)
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def librarian(name: str) -> None:
        # Each thread has its own connection to the server (peewee: one per thread).
        barrier.wait()
        try:
            editing.update(pg, uid, replace(opened, title=f"Title by {name}"), opened.version)
            outcomes[name] = "saved"
        except editing.VersionConflict as exc:
            outcomes[name] = f"conflict, theirs: {exc.theirs.title}"
        finally:
            pg.database.close()
    threads = [threading.Thread(target=librarian, args=(n,)) for n in ("ann", "bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(v.split(",")[0] for v in outcomes.values()) == ["conflict", "saved"]
    winner = next(n for n, v in outcomes.items() if v == "saved")
    loser = next(v for v in outcomes.values() if v != "saved")
    assert loser == f"conflict, theirs: Title by {winner}"
    assert pg.record(uid).title == f"Title by {winner}" and pg.record(uid).version == opened.version + 1


def test_a_burst_of_concurrent_edits_loses_nothing_and_history_is_complete(pg):
    uid = _new(pg)
    workers, edits_each = 4, 5
    conflicts = []

    def librarian(n: int) -> None:
        try:
            for i in range(edits_each):
                while True:  # what the editor does on a conflict: reread, reapply, save
                    current = pg.record(uid)
                    try:
                        editing.update(pg, uid, replace(current, keywords=current.keywords + [f"w{n}-{i}"]),
                                       current.version)
                        break
                    except editing.VersionConflict:
                        conflicts.append(n)
        finally:
            pg.database.close()
    threads = [threading.Thread(target=librarian, args=(n,)) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = pg.record(uid)
    expected = {f"w{n}-{i}" for n in range(workers) for i in range(edits_each)}
    assert set(final.keywords) == expected
    assert final.version == 1 + workers * edits_each
    steps = [s for s in history.list_history(pg, uid) if s.action == "update"]
    assert len(steps) == workers * edits_each
    rows = m.ChangeLog.select().where((m.ChangeLog.resource_uid == uid) & (m.ChangeLog.action == "update"))
    assert sorted(r.version for r in rows) == list(range(2, 2 + workers * edits_each))


def test_a_reader_never_caches_a_half_written_state(pg, pg_url):
    before = schema.generation(pg.database)
    other = postgres.connect(pg_url)
    with other.atomic():
        other.execute_sql("UPDATE resource SET notes = 'x' WHERE id IN (SELECT id FROM resource LIMIT 1)")
        assert schema.generation(pg.database) == before       # not committed: not visible
        assert schema.generation(other) == before + 1
        other.execute_sql("UPDATE resource SET notes = 'y' WHERE id IN (SELECT id FROM resource LIMIT 1)")
        assert schema.generation(other) == before + 2         # read in between: bumped again
    assert schema.generation(pg.database) == before + 2
    other.close()


def test_counts_and_exports_read_one_snapshot(pg, pg_url):
    other = postgres.connect(pg_url)
    with dialect.read_snapshot(pg.database):
        before = queries.total_live(pg.database)
        with other.atomic():
            other.execute_sql("UPDATE resource SET deleted_at = '2025-01-01T00:00:00.000000Z' "
                              "WHERE id IN (SELECT id FROM resource WHERE deleted_at IS NULL LIMIT 1)")
        assert queries.total_live(pg.database) == before     # still the snapshot's state
    assert queries.total_live(pg.database) == before - 1
    other.close()


def test_a_dropped_connection_is_reopened_between_transactions(pg, pg_server):
    total = pg.total()
    pid = pg.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    pg_server.sql("postgres", f"SELECT pg_terminate_backend({pid})")   # a server restart, say
    assert pg.total() == total


# ---- search -------------------------------------------------------------------------------------

def test_search_folds_diacritics_prefixes_and_phrases(pg):
    add(pg, "Lao động di cư ở Hà Nội", summary="Người lao động nhập cư")
    add(pg, "Trabajadores migrantes en Perú", keywords=["Migración laboral"])
    add(pg, "Forced labour in fishing", summary="forced and bonded labour")
    assert titles(pg, "ha noi") == ["Lao động di cư ở Hà Nội"]
    assert titles(pg, "HÀ NỘI lao dong") == ["Lao động di cư ở Hà Nội"]
    assert titles(pg, "peru migra") == ["Trabajadores migrantes en Perú"]
    assert titles(pg, "migración") == ["Trabajadores migrantes en Perú"]
    assert titles(pg, '"forced labour"') == ["Forced labour in fishing"]
    assert titles(pg, '"labour forced"') == []


def test_scripts_without_spaces_are_found_inside_words(pg):
    add(pg, "แรงงานข้ามชาติในประเทศไทย")
    add(pg, "ពលករចំណាកស្រុកកម្ពុជា")
    add(pg, "中国的劳动力迁移")
    assert titles(pg, "ข้ามชาติ") == ["แรงงานข้ามชาติในประเทศไทย"]
    assert titles(pg, "ចំណាកស្រុក") == ["ពលករចំណាកស្រុកកម្ពុជា"]
    assert titles(pg, "劳动") == ["中国的劳动力迁移"]   # two characters: shorter than a trigram
    assert "中国的劳动力迁移" not in titles(pg, "-劳动")


@pytest.mark.parametrize("text", ["a & b", "x | y", "!z", "mig:*", "a <-> b", "'", "\\", "%", "_",
                                  "(", "o'brien", "50%", "?", "a?b", "ILO:*&!"])
def test_query_syntax_in_the_search_box_is_just_text(pg, text):
    def words(t):
        return " ".join(re.findall(r"\w+", t))
    criteria = Criteria(words=tuple(text.split()), phrases=(text,))
    # The same search with the syntax characters taken out: they are not operators.
    clean = Criteria(words=tuple(words(w) for w in text.split() if words(w)),
                     phrases=(words(text),) if words(text) else ())
    assert pg.search(criteria).ids == pg.search(clean).ids
    assert pg.facets(criteria) == pg.facets(clean)
    assert pg.search(criteria, "relevance").ids == pg.search(clean, "relevance").ids
    assert pg.search(Criteria(excluded=(text,))).total == pg.search(Criteria(excluded=(words(text),))).total


def test_relevance_puts_title_matches_first(pg):
    add(pg, "A report", summary="zyxhousing zyxhousing zyxhousing")
    add(pg, "Zyxhousing for migrants")
    assert titles(pg, "zyxhousing", "relevance") == ["Zyxhousing for migrants", "A report"]


def test_percent_and_question_marks_reach_the_server_unchanged(pg):
    uid = _new(pg, "50% of workers? Yes", notes="100% 'quoted' ?")
    assert pg.record(uid).title == "50% of workers? Yes" and pg.record(uid).notes == "100% 'quoted' ?"
    assert pg.database.execute_sql("SELECT '?', ?", ("%s",)).fetchone() == ("?", "%s")


# ---- schema and addresses -----------------------------------------------------------------------

def test_a_database_with_other_tables_is_refused_untouched(pg_server):
    name = pg_server.new_database(None)
    pg_server.sql(name, "CREATE TABLE songs (title TEXT)")
    with pytest.raises(NotACatalogueError, match="other tables"):
        Catalogue.open(pg_server.url(name))
    assert pg_server.sql(name, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [("songs",)]


def test_an_older_catalogue_on_the_server_is_upgraded_in_place(pg_server):
    name = pg_server.new_database("seeded")
    pg_server.sql(name, "DROP TABLE sync_state, sync_conflict, sync_log, attachment_blob")
    pg_server.sql(name, "UPDATE catalogue_meta SET value = '2' WHERE key = 'schema_version'")
    cat = Catalogue.open(pg_server.url(name))
    assert cat.opened.upgraded_from == 2 and cat.opened.backup is None
    assert schema.current_version(cat.database) == schema.SCHEMA_VERSION
    assert m.SyncLog.select().count() == 0 and cat.total() == 20
    cat.close()


def test_names_longer_than_255_characters_fit(pg):
    long_name = "Organisation " * 40
    uid = _new(pg, "Z", organizations=[OrganizationRef(long_name.strip())])
    assert pg.record(uid).organizations[0].name == long_name.strip()


def test_addresses_never_show_the_password(pg_server):
    url = pg_server.url("somedb", "ann", quote("pa:ss@w/rd", safe=""))
    assert redact_url(url) == f"postgresql://ann@127.0.0.1:{pg_server.port}/somedb"
    assert redact_url("postgresql://ann:pa:ss@h:5/db") == "postgresql://ann@h:5/db"
    assert redact_url("postgresql://ann:x@h/db?password=y&sslmode=require") == "postgresql://ann@h/db?sslmode=require"
    assert "secret" not in redact_text("could not connect to postgresql://bo:secret@h/db: password=secret x")
    assert redact_url("/home/ann/catalogue.db") == "/home/ann/catalogue.db"
    name = pg_server.new_database("seeded")
    opened = connection.open_catalogue(pg_server.url(name, "postgres", quote("pa:ss@w/rd", safe="")), bind=False)
    assert "pa" not in opened.location + opened.display_name + repr(opened.database)
    opened.database.close()


def test_translation_of_sqlite_flavoured_sql():
    t = postgres.translate
    assert t("SELECT a FROM b WHERE c = ? AND d LIKE '50%'", True) == "SELECT a FROM b WHERE c = %s AND d LIKE '50%%'"
    assert t("SELECT '?' FROM b WHERE c = ?", True) == "SELECT '?' FROM b WHERE c = %s"
    assert t("SELECT '50%'", False) == "SELECT '50%'"
    assert t("INSERT OR IGNORE INTO x (a) VALUES (?)", True) == "INSERT INTO x (a) VALUES (%s) ON CONFLICT DO NOTHING"
    assert t('CREATE TABLE "x" ("a" VARCHAR(255) NOT NULL, "b" TEXT) WITHOUT ROWID', False) == \
        'CREATE TABLE "x" ("a" TEXT COLLATE "C" NOT NULL, "b" TEXT COLLATE "C")'


def test_postgres_benchmark_runs_small(pg_server, capsys):
    from bench import bench_postgres
    url = pg_server.url(pg_server.new_database(None))
    assert bench_postgres.main(["--records", "200", "--repeat", "1", "--db-url", url, "--sync", "20"]) == 0
    out = capsys.readouterr().out
    assert "200 records" in out and "search common" in out and "facets, common term" in out
    assert "sync sending 20 changed records" in out and "(20 records moved)" in out


def test_a_version_6_catalogue_on_the_server_gets_the_relations_table(pg_server):
    from app import relations
    name = pg_server.new_database("seeded")
    pg_server.sql(name, "DROP TABLE resource_relation")
    pg_server.sql(name, "UPDATE catalogue_meta SET value = '6' WHERE key = 'schema_version'")
    cat = Catalogue.open(pg_server.url(name))
    assert cat.opened.upgraded_from == 6 and schema.current_version(cat.database) == schema.SCHEMA_VERSION
    a, b = [r.uid for r in cat.rows(cat.search(Criteria()).ids[:2])]
    relations.link(cat, a, "replaces", b)
    assert [r.uid for r in relations.relations_of(cat, b).replaced_by] == [a]
    cat.close()
