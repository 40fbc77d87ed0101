from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from ui import qt_compat  # importing ui installs the guard where it is needed


class _Sender(QObject):
    fired = Signal(object)


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_none_true_false_survive_many_binding_calls():
    """With PySide6 6.12.0 on Python 3.11 this aborts the interpreter unless ui.qt_compat ran."""
    sender = _Sender()
    received = []
    sender.fired.connect(received.append)
    model = _Model()
    index = model.index(0, 0)
    timer = QTimer()
    for i in range(30_000):
        sender.fired.emit(i)
        index.data()
        timer.start(1000)
    assert len(received) == 30_000
    assert sys.getrefcount(None) > 0 and sys.getrefcount(True) > 0


def test_guard_is_in_place_whenever_the_binding_drops_references():
    if qt_compat.binding_drops_references():
        assert qt_compat._installed
        assert sys.getrefcount(None) > qt_compat.RESERVE // 2
