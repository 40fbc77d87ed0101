"""Writers wait their turn (BEGIN IMMEDIATE, with a notice and Cancel); opening and reading never write."""
from __future__ import annotations

import sqlite3

import pytest

from app import editing
from app.transfer import service as transfer
from app.catalogue import Catalogue
from app.criteria import parse_query
from db import write_wait
from tests.helpers import run_cli


def _hold_write_lock(path):
    """Another program's connection in the middle of a write transaction."""
    other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE catalogue_meta SET value = value WHERE key = 'generation'")
    return other


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "c.db"
    Catalogue.open(path).close()
    return path


def test_opening_and_searching_write_nothing(db_path):
    other = _hold_write_lock(db_path)
    try:
        cat = Catalogue.open(db_path)
        assert cat.search(parse_query("housing"), "latest").total >= 1
        assert cat.facets(parse_query("")).total == 20
        assert cat.database.connection().total_changes == 0
        cat.close()
    finally:
        other.rollback()
        other.close()


def test_a_second_writer_waits_then_writes(db_path):
    cat = Catalogue.open(db_path)
    other = _hold_write_lock(db_path)
    calls = []

    def waiter(elapsed):
        calls.append(elapsed)
        if len(calls) == 2:
            other.commit()       # the other writer finishes while we wait
        return True

    uid = cat.rows(cat.search(parse_query("housing"), "latest").ids[:1])[0].uid
    rec = cat.record(uid)
    rec.notes = "saved while another program wrote"
    with write_wait.waiter_for_this_thread(waiter):
        editing.update(cat, uid, rec, rec.version)
    other.close()
    assert len(calls) >= 2
    assert cat.record(uid).notes == "saved while another program wrote"
    cat.close()


def test_cancel_while_waiting_changes_nothing(db_path, tmp_path):
    cat = Catalogue.open(db_path)
    src = tmp_path / "a.csv"
    src.write_text("title,year\nOne,2020\nTwo,2021\n", encoding="utf-8")
    other = _hold_write_lock(db_path)
    try:
        with write_wait.waiter_for_this_thread(lambda elapsed: False):
            with pytest.raises(transfer.TransferError, match="stopped waiting"):
                transfer.import_file(cat, src)
    finally:
        other.rollback()
        other.close()
    assert cat.search(parse_query(""), "latest").total == 20
    cat.close()


def test_cli_import_says_it_waits_on_stderr(db_path, tmp_path, capsys, monkeypatch):
    from cli import main as cli
    src = tmp_path / "a.csv"
    src.write_text("title,year\nOne,2020\nTwo,2021\n", encoding="utf-8")
    other = _hold_write_lock(db_path)
    notice = cli._waiting_notice

    def notice_then_release(err):
        waiter = notice(err)

        def wait(elapsed):
            result = waiter(elapsed)
            if elapsed > 0.5 and other.in_transaction:
                other.commit()       # the other writer finishes while the import waits
            return result
        return wait
    monkeypatch.setattr(cli, "_waiting_notice", notice_then_release)
    code, out, err = run_cli(capsys, "--db", str(db_path), "import", str(src))
    other.close()
    assert code == 0, err
    assert "waiting for another import" in err
    assert "2 added" in out


def test_read_snapshot_is_deferred(db_path):
    """A read snapshot while another program writes neither waits nor fails."""
    from db.dialect import read_snapshot
    cat = Catalogue.open(db_path)
    other = _hold_write_lock(db_path)
    try:
        with read_snapshot(cat.database):
            count = cat.database.execute_sql("SELECT count(*) FROM resource").fetchone()[0]
        assert count == 20
    finally:
        other.rollback()
        other.close()
        cat.close()


def test_window_shows_a_cancellable_wait(db_path, qtbot):
    """On the window's thread a waiting save shows a busy dialog; Cancel stops it, nothing written."""
    from PySide6.QtCore import QTimer

    from ui.write_wait_dialog import WaitForWriterDialog
    cat = Catalogue.open(db_path)
    uid = cat.rows(cat.search(parse_query("housing"), "latest").ids[:1])[0].uid
    rec = cat.record(uid)
    rec.notes = "typed while busy"
    waiter = WaitForWriterDialog()
    seen = []

    def press_cancel():
        seen.append(waiter._dialog.labelText())
        waiter._dialog.cancel()
    QTimer.singleShot(400, press_cancel)
    other = _hold_write_lock(db_path)
    try:
        with write_wait.waiter_for_this_thread(waiter), pytest.raises(write_wait.WaitCancelled):
            editing.update(cat, uid, rec, rec.version)
    finally:
        other.rollback()
        other.close()
    assert seen and "Waiting for another import" in seen[0]
    assert waiter._dialog is None            # closed when the wait ended
    assert cat.record(uid).notes != "typed while busy"
    cat.close()


def test_import_dialog_says_it_waits_then_imports(db_path, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.transfer.import_export_dialog import ImportDialog
    cat = Catalogue.open(db_path)
    src = tmp_path / "a.csv"
    src.write_text("title,year\nOne,2020\nTwo,2021\n", encoding="utf-8")
    reported: list = []
    dialog = ImportDialog(cat, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                          report=reported.append)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.set_path(src)
    other = _hold_write_lock(db_path)
    try:
        dialog.import_button.click()
        qtbot.waitUntil(lambda: "Waiting for another import" in dialog.progress.format(), timeout=10000)
        other.commit()
        qtbot.waitUntil(lambda: bool(reported), timeout=20000)
    finally:
        other.close()
    assert "2 added" in dialog.summary_label.text()
    cat.close()


@pytest.mark.parametrize("error, expected", [
    (OSError(28, "No space left on device"), "the disk is full: nothing was changed"),
    (sqlite3.OperationalError("database or disk is full"), "the disk is full: nothing was changed"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written (read-only)"),
])
def test_a_job_that_fails_in_storage_names_the_cause_in_the_window(error, expected):
    """An import or export job that hits a full disk says so in words, not as an errno."""
    from ui.jobs import one_line
    assert expected in one_line(error) and "Errno" not in one_line(error)


@pytest.mark.parametrize("error, expected", [
    (sqlite3.OperationalError("database or disk is full"), "the disk is full: nothing was changed"),
    (write_wait.WaitCancelled("stopped waiting for the other writer; nothing was changed"), "stopped waiting"),
    (sqlite3.DatabaseError("database disk image is malformed"), "the catalogue file is damaged"),
])
def test_a_window_action_the_storage_refuses_is_said_in_a_message(qtbot, monkeypatch, error, expected):
    """A delete, merge or bulk edit run from a menu that hits a full disk shows why, not only a traceback
    on stderr; other exceptions still go to the previous hook."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui import write_failures
    shown, passed_on = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", lambda *args: passed_on.append(args[1]))
    write_failures.install()

    def slot():
        raise error
    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert expected in shown[0] and "nothing was changed" in shown[0] and not passed_on
    other = RuntimeError("a bug")
    sys.excepthook(RuntimeError, other, None)
    assert passed_on == [other] and len(shown) == 1


def test_on_a_server_writers_wait_their_turn_saying_so_and_cancel_changes_nothing(pg_url, tmp_path):
    """PostgreSQL: writers queue on the catalogue's write lock. A second writer waits, telling its
    waiter (the notice on stderr, the dialog with Cancel), instead of hanging silently; Cancel
    changes nothing; once the first commits, an edit, an import and a list change are written."""
    import threading

    import psycopg

    from app import reading_lists
    from db.postgres import WRITE_LOCK_KEY
    cat = Catalogue.open(pg_url)
    other = psycopg.connect(pg_url)
    try:
        uid = cat.rows(cat.search(parse_query(""), "latest").ids[:1])[0].uid
        rec = cat.record(uid)
        rec.notes = "typed while busy"
        other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        asked: list[float] = []
        with write_wait.waiter_for_this_thread(lambda elapsed: asked.append(elapsed) or len(asked) < 3), \
                pytest.raises(write_wait.WaitCancelled, match="nothing was changed"):
            editing.update(cat, uid, rec, rec.version)
        assert len(asked) == 3 and cat.record(uid).notes != "typed while busy"

        src = tmp_path / "a.csv"
        src.write_text("title,year\nImported on the server,2020\n", encoding="utf-8")
        for write in (lambda: editing.update(cat, uid, rec, rec.version),
                      lambda: transfer.import_file(cat, src),
                      lambda: reading_lists.create_list("Made while busy")):
            told: list[float] = []
            threading.Timer(0.6, other.commit).start()
            with write_wait.waiter_for_this_thread(lambda elapsed, told=told: told.append(elapsed) or True):
                write()
            assert told, "the writer did not say it was waiting"
            other.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))   # busy again for the next
        other.rollback()
        assert cat.record(uid).notes == "typed while busy"
        assert "Imported on the server" in {r.title for r in cat.rows(cat.search(parse_query("server"), "latest").ids)}
        assert reading_lists.list_named("Made while busy") is not None
    finally:
        other.close()
        cat.close()
