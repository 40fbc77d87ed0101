from __future__ import annotations

import sys

import ui  # noqa: F401 - installs the repair
from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    fired = Signal(object)


def _bool_refs() -> int:
    return sys.getrefcount(True) + sys.getrefcount(False)


def test_emit_and_disconnect_keep_true_and_false_alive():
    """Without ui.qt_compat, PySide6 6.12 on Python 3.11 aborts after a few thousand emits."""
    sender = _Sender()
    received = []
    sender.fired.connect(received.append)

    def slot(value):
        pass
    before = _bool_refs()
    for i in range(20_000):
        sender.fired.emit(i)
    for _ in range(500):
        sender.fired.connect(slot)
        sender.fired.disconnect(slot)
    assert _bool_refs() >= before
    assert len(received) == 20_000
