"""The one job runner (ui/jobs.py): progress, Cancel, errors, the write guard, Changes to the window,
and single writes on the writer thread (offscreen, pytest-qt)."""
from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from app import editing
from app.catalogue import Catalogue
from app.changes import Changes
from app.criteria import parse_query
from app.write_turns import WaitCancelled
from db.records import RecordData
from ui import jobs


def _gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_job_reports_progress_and_its_result_on_the_gui_thread(qtbot):
    runner = jobs.JobRunner()
    seen: list = []
    threads: list[bool] = []

    def work(progress, cancelled):
        threads.append(_gui_thread())
        for n in range(3):
            progress(n + 1, 3)
        return "done"

    def on_success(result):
        threads.append(_gui_thread())
        seen.append(result)
    job = runner.start(work, on_success, lambda exc: seen.append(exc),
                       on_progress=lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    job.wait()
    assert seen == [(1, 3), (2, 3), (3, 3), "done"]
    assert threads == [False, True]          # worked off the GUI thread, answered on it
    qtbot.waitUntil(lambda: not runner.running)


def test_cancel_stops_a_job_and_stop_all_waits_for_it(qtbot):
    runner = jobs.JobRunner()
    started = threading.Event()
    outcome: list = []

    def work(_progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        return "stopped"
    job = runner.start(work, outcome.append, outcome.append)
    assert started.wait(5)
    assert job.isRunning() and runner.is_busy()
    runner.stop_all()                        # cancels and waits
    assert not job.isRunning() and not runner.running
    qtbot.waitUntil(lambda: outcome == ["stopped"], timeout=5000)


def test_a_failing_job_hands_back_the_exception_and_show_error_shows_one_line(qtbot, monkeypatch):
    runner = jobs.JobRunner()
    failures: list = []

    def work(_progress, _cancelled):
        raise ValueError("the file is not a CSV file\nline 2 of the traceback")
    runner.start(work, lambda _r: failures.append("success?"), failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValueError)
    assert jobs.one_line(failures[0]) == "the file is not a CSV file"
    shown: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    jobs.show_error(None, "Import failed", failures[0])
    assert shown == [("Import failed", "the file is not a CSV file")]


def test_a_write_job_disables_the_guarded_actions_and_reports_its_changes(qtbot):
    guard = jobs.WriteGuard()
    import_action, already_off = QAction("Import"), QAction("Merge")
    already_off.setEnabled(False)
    guard.add([import_action, already_off])
    reported: list[Changes] = []
    runner = jobs.JobRunner(guard=guard, report=reported.append)
    release = threading.Event()
    during: list[bool] = []
    done: list = []

    def work(_progress, _cancelled):
        release.wait(5)
        return Changes(created=frozenset({"u1"}), description="import 1 record")
    runner.start(work, done.append, done.append, writes=True)
    during.append(import_action.isEnabled())
    assert guard.is_writing()
    release.set()
    qtbot.waitUntil(lambda: bool(done) and not guard.is_writing(), timeout=5000)
    assert during == [False]
    assert import_action.isEnabled() and not already_off.isEnabled()   # put back as they were
    assert [c.created for c in reported] == [frozenset({"u1"})]
    # a read (writes=False) leaves the actions alone and reports nothing
    runner.start(lambda p, c: Changes(created=frozenset({"u2"})), done.append, done.append)
    assert import_action.isEnabled()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert len(reported) == 1


def test_run_with_progress_raises_work_failed_with_the_first_line(qtbot):
    def work(_progress, _cancelled):
        raise RuntimeError("disk full\nmore")
    with pytest.raises(jobs.WorkFailed, match="^disk full$"):
        jobs.run_with_progress(None, "Working…", work)
    assert jobs.run_with_progress(None, "Quick", lambda p, c: 7) == (True, 7)


def test_run_write_works_on_the_writer_thread_and_raises_its_errors_here(qtbot, catalogue):
    threads: list[str] = []

    def write():
        threads.append(threading.current_thread().name)
        return editing.create(catalogue, RecordData(title="Written off the GUI thread"))
    changes = jobs.run_write(write, catalogue)
    assert threads and threads[0].startswith("catalogue-writer")
    assert catalogue.record(changes.uid).title == "Written off the GUI thread"
    with pytest.raises(editing.VersionConflict):
        stale = catalogue.record(changes.uid)
        jobs.run_write(lambda: editing.update(catalogue, changes.uid, stale, stale.version + 5), catalogue)
    jobs.release(catalogue)


def test_run_write_holds_input_while_the_window_paints(qtbot, catalogue):
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    release = threading.Event()
    timer_fired: list[bool] = []

    def type_meanwhile():
        timer_fired.append(True)             # timers (painting, answers) still run
        QCoreApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                                  "a"))
        release.set()
    QTimer.singleShot(50, type_meanwhile)

    def slow_write():
        release.wait(5)
        return "written"
    assert jobs.run_write(slow_write, catalogue) == "written"
    assert timer_fired == [True]
    assert box.text() == ""                  # the key did not reach the window during the write
    QCoreApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"))
    assert box.text() == "b"                 # and does afterwards
    jobs.release(catalogue)


def test_a_write_waiting_for_another_program_shows_a_wait_that_cancel_stops(qtbot, tmp_path):
    path = tmp_path / "c.db"
    cat = Catalogue.open(path)
    uid = cat.rows(cat.search(parse_query("housing"), "latest").ids[:1])[0].uid
    rec = cat.record(uid)
    rec.notes = "typed while busy"
    other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE catalogue_meta SET value = value WHERE key = 'generation'")
    seen: list[str] = []

    def press_cancel():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press_cancel)
            return
        seen.append(dialog.labelText())
        button = dialog.findChild(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)   # the dialog's own Cancel gets through the input hold
    QTimer.singleShot(50, press_cancel)
    try:
        with pytest.raises(WaitCancelled):
            jobs.run_write(lambda: editing.update(cat, uid, rec, rec.version), cat)
    finally:
        other.rollback()
        other.close()
    assert seen and "Waiting for another import" in seen[0]
    assert QApplication.activeModalWidget() is None
    assert cat.record(uid).notes != "typed while busy"
    changes = jobs.run_write(lambda: editing.update(cat, uid, rec, rec.version), cat)   # the lock is free again
    assert uid in changes.updated
    jobs.release(cat)
    cat.close()


def test_the_window_deletes_and_undoes_on_the_writer_thread(qtbot, catalogue, tmp_path, monkeypatch):
    from tests.ui_helpers import make_window, settle
    w = make_window(qtbot, catalogue, tmp_path / "settings.ini")
    settle(qtbot, w)
    threads: dict[str, str] = {}
    for name in ("delete", "restore"):
        real = getattr(editing, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            threads[_name] = threading.current_thread().name
            return _real(*args, **kwargs)
        monkeypatch.setattr(editing, name, spy)
    uid = catalogue.rows(catalogue.search(parse_query(""), "latest").ids[:1])[0].uid
    changes = w.editing.delete_records([uid])
    assert uid in changes.deleted and catalogue.record(uid).deleted_at
    w.undo_stack.undo()
    assert not catalogue.record(uid).deleted_at
    assert threads["delete"].startswith("catalogue-writer") and threads["restore"].startswith("catalogue-writer")
    # a write job (an import, a sync) turns off the window's write actions until it ends
    assert w.actions.import_ in w.actions.write_actions() and w.actions.import_.isEnabled()
    w.write_guard.begin()
    assert not w.actions.import_.isEnabled() and not w.actions.sync_now.isEnabled()
    assert w.actions.find.isEnabled()                    # reading goes on
    w.write_guard.end()
    assert w.actions.import_.isEnabled()
    w.close()
