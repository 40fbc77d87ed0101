from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# Before any QApplication exists: Qt tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Backups of server catalogues (app/server_backups) go to a throwaway folder, never the user's.
import tempfile  # noqa: E402
os.environ["RESOURCE_CATALOGUE_BACKUPS"] = tempfile.mkdtemp(prefix="rc-test-backups-")
# Counts are not kept between sessions (db.count_cache) unless a test asks: none in the user's cache.
os.environ["RESOURCE_CATALOGUE_COUNT_CACHE"] = "0"

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from app.catalogue import Catalogue  # noqa: E402
from app.sync import server_files  # noqa: E402
from tests.pg_server import get_server, pg_server, pg_url, stop_server  # noqa: E402,F401

# Service tests that run twice, on SQLite and on a real PostgreSQL server (tests/pg_server.py):
# in these modules the ``catalogue`` and ``empty_catalogue`` fixtures are parametrized by backend.
BOTH_BACKENDS = {
    "test_catalogue", "test_search", "test_editing", "test_history", "test_reading_lists",
    "test_transfer", "test_transfer_roundtrip", "test_bulk_edit", "test_duplicates", "test_vocabularies",
    "test_saved_searches", "test_quality", "test_packages", "test_attachments", "test_documents",
    "test_search_expressions", "test_search_properties", "test_relations",
    "test_works",
}


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about catalogue files (backups, the file itself): "
                                       "runs on SQLite only, even in a module that runs on both backends")


def pytest_generate_tests(metafunc):
    if ("backend" in metafunc.fixturenames and metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_BACKENDS
            and metafunc.definition.get_closest_marker("sqlite_only") is None):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, speaking English as the app does on an English system: its plural
    forms ("1 resource", "2 resources") come from ui/i18n/resource_catalogue_en.qm."""
    from PySide6.QtCore import QLocale

    from ui.i18n.language import install
    install(qapp, QLocale("en_US"))
    return qapp


def pytest_sessionfinish(session, exitstatus):
    stop_server()


@pytest.fixture
def backend(request) -> str:
    """"sqlite" or "postgresql": where the ``catalogue`` fixtures live."""
    return getattr(request, "param", "sqlite")


def _open(tmp_path, backend: str, kind: str):
    """(catalogue, cleanup) for a fresh catalogue: seeded, or with the vocabularies only."""
    if backend == "postgresql":
        server = get_server()
        name = server.new_database(kind)
        cat = Catalogue.open(server.url(name), seed=False)
        cache = server_files.cache_folder(cat)

        def cleanup():
            cat.close()
            server.drop_database(name)
            shutil.rmtree(cache, ignore_errors=True)  # this computer's copies of its attachments
        return cat, cleanup
    from app.seed import load_seed_vocabularies
    cat = Catalogue.open(tmp_path / ("catalogue.db" if kind == "seeded" else "empty.db"), seed=(kind == "seeded"))
    if kind == "empty":
        load_seed_vocabularies(cat.database)
    return cat, cat.close


@pytest.fixture
def catalogue(tmp_path, backend):
    """A fresh seeded catalogue (in a temporary folder, or a fresh PostgreSQL database)."""
    cat, cleanup = _open(tmp_path, backend, "seeded")
    yield cat
    cleanup()


@pytest.fixture
def empty_catalogue(tmp_path, backend):
    """A catalogue with the vocabularies but no records."""
    cat, cleanup = _open(tmp_path, backend, "empty")
    yield cat
    cleanup()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """An empty catalogue file with the vocabularies, for hypothesis examples to copy (making one
    for each example would be slow)."""
    from app.seed import load_seed_vocabularies
    path = tmp_path_factory.mktemp("template") / "empty.db"
    cat = Catalogue.open(path, seed=False)
    load_seed_vocabularies(cat.database)
    cat.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    cat.close()
    return path
