"""Guard against a reference-counting bug in some PySide6 builds (seen in 6.12.0 on Python 3.11).

That build returns None, True and False from many bindings (every void method, ``emit()``,
``QModelIndex.data()``...) without taking a reference for the caller, as Python 3.12+ allows
because there those objects are immortal. On Python 3.11 each call drops one reference, and after
a few thousand calls the interpreter aborts ("Fatal Python error: none_dealloc"). PySide6 6.11.2
does not have the bug; pyproject.toml excludes 6.12.0.

The guard makes None, True and False as good as immortal, as Python 3.12 does: it adds 2**40 to
their reference counts, which no program drops in its lifetime. It runs only when a probe shows
the bug, on a release (non-debug) CPython before 3.12. ``ui/__init__.py`` runs it first.
"""
from __future__ import annotations

import ctypes
import platform
import sys

RESERVE = 1 << 40
_installed = False


def _counts() -> tuple[int, int]:
    return sys.getrefcount(None), sys.getrefcount(True) + sys.getrefcount(False)


def binding_drops_references() -> bool:
    """True if calling a void method or emitting a signal loses references to None/True/False."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    before = _counts()
    for _ in range(8):
        probe.setObjectName("probe")   # void: returns None
        probe.fired.emit()             # returns True
    after = _counts()
    return after[0] < before[0] or after[1] < before[1]


def install() -> bool:
    """Apply the guard if this PySide6 needs it; True if it is in place."""
    global _installed
    if _installed:
        return True
    applicable = (platform.python_implementation() == "CPython" and sys.version_info < (3, 12)
                  and not hasattr(sys, "gettotalrefcount"))   # release builds: ob_refcnt comes first
    if not applicable or not binding_drops_references():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _installed = True
    return True
