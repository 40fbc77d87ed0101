"""Which language the window speaks: the system's, unless Preferences › Language says otherwise.

The choice is read once at start-up (a change applies on the next start): the app's own translation
(``resource_catalogue_<lang>.qm`` beside this file), Qt's translation of its standard dialogs where
Qt ships one, ``QLocale.setDefault`` so dates and numbers follow, and right-to-left layout for
Arabic. English is the source language; its ``.qm`` only carries plural forms.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

LANGUAGE_KEY = "ui/language"
SHIPPED = ("en", "th", "vi", "ar")           # English, then the region's languages
CATALOG = "resource_catalogue"
TRANSLATIONS_ENV = "RESOURCE_CATALOGUE_TRANSLATIONS"   # another folder of .qm files (tests, builds)


def translations_dir() -> Path:
    return Path(os.environ.get(TRANSLATIONS_ENV) or Path(__file__).resolve().parent)


def saved_language(settings: QSettings) -> str:
    """The language chosen in Preferences, or "" to follow the system."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in SHIPPED else ""


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language if language in SHIPPED else "")
    settings.sync()


def system_language() -> str:
    """The first shipped language among the system's UI languages (LANGUAGE, LC_MESSAGES, LANG)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SHIPPED:
            return code
    return "en"


def chosen_locale(settings: QSettings | None) -> QLocale:
    saved = saved_language(settings) if settings is not None else ""
    if saved:
        return QLocale(saved)
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system_language() == QLocale.languageToCode(system.language()):
        return system   # keeps the user's country: th_TH, vi_VN, ar_AE write dates their own way
    return QLocale(system_language())


def install(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Load the translations for ``locale`` into ``app``; returns the translators (keep them alive)."""
    QLocale.setDefault(locale)
    language = QLocale.languageToCode(locale.language())
    language = language if language in SHIPPED else "en"
    from app import vocab_labels
    vocab_labels.set_display_language(language)   # types, themes, countries... named in it too
    translators = []
    ours = QTranslator(app)
    if ours.load(f"{CATALOG}_{language}", str(translations_dir())):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    if hasattr(app, "setLayoutDirection"):
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    app._resource_catalogue_translators = translators   # noqa: SLF001 - the translators live as long as the app
    return translators


def remove(app: QCoreApplication) -> None:
    """Take out what ``install`` put in (tests switch languages within one process)."""
    for translator in getattr(app, "_resource_catalogue_translators", []):
        app.removeTranslator(translator)
    app._resource_catalogue_translators = []   # noqa: SLF001
