"""The write-ahead log is copied back into the catalogue file by a thread of its own (db.checkpoints)."""
from __future__ import annotations

import shutil
import sqlite3
import threading

from app.catalogue import Catalogue
from db import checkpoints
from db.checkpoints import Checkpointer
from tests.helpers import add


def _titles_in_file_alone(path, tmp_path) -> set[str]:
    """The titles a copy of the catalogue file without its -wal file holds: what was checkpointed."""
    copy = tmp_path / "copy" / "alone.db"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    connection = sqlite3.connect(copy)
    try:
        return {title for (title,) in connection.execute("SELECT title FROM resource")}
    finally:
        connection.close()


def _checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "catalogue-checkpoint"]


def test_a_commit_reaches_the_catalogue_file_soon_after_without_the_writer_waiting(tmp_path):
    path = tmp_path / "c.db"
    cat = Catalogue.open(path)
    try:
        checkpointer = cat.database.checkpointer
        assert cat.database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == checkpoints.WRITER_CHECKPOINT_PAGES
        assert checkpointer.wait_idle()
        done = checkpointer.done
        add(cat, "Recruitment fees in the Gulf")
        assert checkpointer.wait_idle()
        assert checkpointer.done == done + 1
        assert "Recruitment fees in the Gulf" in _titles_in_file_alone(path, tmp_path)
        # A read asks for nothing.
        with cat.database.atomic("DEFERRED"):
            cat.database.execute_sql("SELECT COUNT(*) FROM resource").fetchone()
        assert checkpointer.wait_idle()
        assert checkpointer.done == done + 1
    finally:
        cat.close()


def test_a_burst_of_commits_is_checkpointed_once(tmp_path):
    cat = Catalogue.open(tmp_path / "c.db")
    try:
        checkpointer = cat.database.checkpointer
        assert checkpointer.wait_idle()
        done = checkpointer.done
        for n in range(5):
            add(cat, f"Record {n}")
        assert checkpointer.wait_idle()
        assert done < checkpointer.done <= done + 2
    finally:
        cat.close()


def test_closing_the_catalogue_ends_its_checkpoint_thread(tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoints, "DELAY_SECONDS", 30.0)     # a checkpoint still waiting at close
    cat = Catalogue.open(tmp_path / "c.db")
    add(cat, "Domestic workers")
    checkpointer = cat.database.checkpointer
    assert checkpointer._thread is not None
    cat.close()
    assert checkpointer._thread is None
    assert not [t for t in _checkpoint_threads() if t.is_alive() and t is checkpointer._thread]
    checkpointer.wanted()                                     # after closing: nothing starts
    assert checkpointer._thread is None


def test_the_thread_ends_when_idle_and_starts_again(tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoints, "IDLE_SECONDS", 0.05)
    monkeypatch.setattr(checkpoints, "DELAY_SECONDS", 0.01)
    path = tmp_path / "c.db"
    cat = Catalogue.open(path)
    try:
        checkpointer = cat.database.checkpointer
        add(cat, "First")
        assert checkpointer.wait_idle()
        for _ in range(200):
            if checkpointer._thread is None:
                break
            threading.Event().wait(0.01)
        assert checkpointer._thread is None
        add(cat, "Second")
        assert checkpointer.wait_idle()
        assert {"First", "Second"} <= _titles_in_file_alone(path, tmp_path)
    finally:
        cat.close()


def test_a_checkpoint_of_a_missing_file_creates_nothing(tmp_path):
    gone = tmp_path / "gone.db"
    assert Checkpointer(gone).checkpoint() is None
    assert not gone.exists()
