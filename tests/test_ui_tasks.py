from __future__ import annotations

import threading

from ui.jobs import TaskRunner


def test_superseded_requests_are_dropped_not_queued(qtbot):
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def blocker():
        started.set()
        release.wait(5)
        ran.append("blocker")
        return "blocker"

    def job(name):
        def run():
            ran.append(name)
            return name
        return run

    delivered: list[tuple[str, object]] = []
    runner.finished.connect(lambda kind, result: delivered.append((kind, result)))
    runner.submit("search", blocker)
    assert started.wait(5)
    for name in ("a", "b", "c"):       # typed while the first search runs
        runner.submit("search", job(name))
    runner.submit("facets", job("counts"))
    release.set()
    qtbot.waitUntil(lambda: ("facets", "counts") in delivered)
    assert ran == ["blocker", "c", "counts"]          # "a" and "b" never ran
    assert delivered == [("search", "c"), ("facets", "counts")]   # the stale blocker result was thrown away
    runner.shutdown()


def test_failures_are_reported_and_the_worker_survives(qtbot):
    runner = TaskRunner()
    failures, results = [], []
    runner.failed.connect(lambda kind, message: failures.append((kind, message)))
    runner.finished.connect(lambda kind, result: results.append(result))

    def broken():
        raise ValueError("disk on fire\nsecond line")
    runner.submit("search", broken)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == [("search", "disk on fire")]
    runner.submit("search", lambda: 42)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [42]
    runner.shutdown()


def test_work_runs_off_the_gui_thread(qtbot):
    runner = TaskRunner()
    threads = []
    with qtbot.waitSignal(runner.finished):
        runner.submit("search", lambda: threads.append(threading.current_thread()))
    assert threads and threads[0] is not threading.main_thread()
    runner.run_and_wait(lambda: threads.append(threading.current_thread()))
    assert threads[1] is threads[0]
    runner.shutdown()
