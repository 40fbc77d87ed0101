"""Work around a reference-counting bug in some PySide6 builds (seen in 6.12.0 on Python 3.11).

``SignalInstance.emit()`` and ``.disconnect()`` return True/False without taking a reference
for the caller, so every call from Python drops one reference to True or False. On Python < 3.12,
where True and False are ordinary objects, a few thousand signals later the interpreter aborts
("Fatal Python error: bool_dealloc"). The fix here gives back the missing reference.

It is installed only when a probe shows the bug, so a fixed PySide6 (or Python 3.12+, where
True and False are immortal) runs untouched. ``ui/__init__.py`` installs it before any widget
module is imported.
"""
from __future__ import annotations

import ctypes
import sys

_installed = False


def _drops_reference(call) -> bool:
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(4):
        call()
    return sys.getrefcount(True) + sys.getrefcount(False) < before


def _returning_reference(original):
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def method(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        incref(result)   # the reference the binding forgot to give us
        return result
    method.__name__ = original.__name__
    method.__doc__ = original.__doc__
    return method


def install() -> bool:
    """Patch SignalInstance.emit/disconnect if they drop references; True if patched."""
    global _installed
    if _installed:
        return True
    from PySide6.QtCore import QObject, Signal, SignalInstance

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()

    def receiver():
        pass

    def connect_disconnect():
        probe.fired.connect(receiver)
        probe.fired.disconnect(receiver)

    if _drops_reference(probe.fired.emit):
        SignalInstance.emit = _returning_reference(SignalInstance.emit)
        _installed = True
    if _drops_reference(connect_disconnect):
        SignalInstance.disconnect = _returning_reference(SignalInstance.disconnect)
        _installed = True
    return _installed
