"""The window's translations: the ``translate`` call used outside QObject classes, the no-op marker
for strings kept in tables and translated where they are shown, and (in ``ui.i18n.language``) which
language the window starts in.

``.ts`` sources live beside this file; ``tools/translations.sh`` updates them with pyside6-lupdate
and compiles them to ``.qm`` with pyside6-lrelease.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name pyside6-lupdate looks for outside classes."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for lupdate under ``context``; translated later with ``translate(context, text)``."""
    return text
