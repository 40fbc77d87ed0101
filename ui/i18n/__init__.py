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


def localized(value) -> str:
    """A string from app/ in the window's language: a marked Source is translated in its context; a
    Message is rebuilt from its translated template; an exception shows its first argument so;
    anything else is shown as it is (data, or a message nobody marked yet)."""
    from app.text import Message, Source
    if isinstance(value, BaseException) and isinstance(getattr(value, "errors", None), dict):
        return "; ".join(localized(text) for text in value.errors.values())   # app.editing.ValidationFailed
    if isinstance(value, BaseException):
        value = value.args[0] if value.args and isinstance(value.args[0], str) else str(value)
    if isinstance(value, Message):
        params = {k: localized(v) if isinstance(v, (Source, Message)) else v for k, v in value.params.items()}
        try:
            return QCoreApplication.translate(value.template.context, value.template).format(**params)
        except (KeyError, IndexError, ValueError):   # a translation that lost a {placeholder}
            return str(value)
    if isinstance(value, Source):
        return QCoreApplication.translate(value.context, value)
    return str(value)


def number(n: int) -> str:
    """A count in the user's locale (1,234 / 1.234 / ١٬٢٣٤)."""
    from PySide6.QtCore import QLocale
    return QLocale().toString(int(n))


def local_time(stamp: str) -> str:
    """A stored UTC time ("2025-06-01T07:03:00.000000Z") in this computer's time zone, written the
    way the user's locale writes a short date and time; anything unreadable is shown as it is."""
    from datetime import datetime, timezone

    from PySide6.QtCore import QDateTime, QLocale
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown.toLocalTime(), QLocale.FormatType.ShortFormat)


# Organization roles as stored (db.records.ORGANIZATION_ROLES) -> how they are said.
ROLE_LABELS = {"author": QT_TRANSLATE_NOOP("Roles", "author"), "publisher": QT_TRANSLATE_NOOP("Roles", "publisher"),
               "editor": QT_TRANSLATE_NOOP("Roles", "editor"), "funder": QT_TRANSLATE_NOOP("Roles", "funder")}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_LABELS[role]) if role in ROLE_LABELS else role


def fill_roles(combo, roles) -> None:
    """A role combo: the stored role as item data, its name in the window's language as text."""
    for role in roles:
        combo.addItem(role_label(role), role)
