"""Edit › Preferences: the name written in each record's history ("who changed it"), and the
window's language.

Both are kept in QSettings (a person's choice on this computer, not the catalogue's). A blank name
means the operating system's user name; "System language" follows the computer's locale. The
language applies on the next start. ``apply_saved_user_name`` is called once at start-up.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app import change_log
from app.change_log import current_user
from ui.i18n.language import SHIPPED, save_language, saved_language

USER_NAME = "user/name"
PREFERRED_LANGUAGES = "view/preferred_languages"   # ISO codes in order, for View › One row per work
# Each language named in itself, as language menus do: a reader finds their own whatever the window speaks.
LANGUAGE_NAMES = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt", "ar": "العربية"}


def saved_user_name(settings: QSettings) -> str:
    return str(settings.value(USER_NAME, "") or "").strip()


def preferred_languages(settings: QSettings) -> tuple[str, ...]:
    """The reader's languages for records, in order: as saved, else the window's language then English."""
    saved = [c.strip().lower() for c in str(settings.value(PREFERRED_LANGUAGES, "") or "").replace(";", ",").split(",")]
    codes = [c for c in saved if c]
    if not codes:
        from PySide6.QtCore import QLocale
        codes = [saved_language(settings) or QLocale().name()[:2], "en"]
    return tuple(dict.fromkeys(codes))


def apply_saved_user_name(settings: QSettings) -> None:
    change_log.set_user_name(saved_user_name(settings) or None)


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.name_edit = QLineEdit(saved_user_name(settings), self)
        self.name_edit.setPlaceholderText(current_user())
        self.name_edit.setAccessibleName(self.tr("Your name in the history"))
        self.name_edit.setMaxLength(80)
        hint = QLabel(self.tr("Shown as “who” in each record's history. Leave it blank to use this computer's "
                              "user name (%1).").replace("%1", current_user()), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Language of the window"))
        self.language_box.addItem(self.tr("System language"), "")
        for code in SHIPPED:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(saved_language(settings))))
        language_hint = QLabel(self.tr("A new language shows the next time the catalogue is opened."), self)
        language_hint.setWordWrap(True)
        language_hint.setEnabled(False)
        self.preferred_edit = QLineEdit(", ".join(preferred_languages(settings)), self)
        self.preferred_edit.setObjectName("preferredLanguages")
        self.preferred_edit.setAccessibleName(self.tr("Preferred languages of records, in order"))
        preferred_hint = QLabel(self.tr("Language codes in order, such as “th, en”: with View › One row per work, "
                                        "each work shows in the first of these it has."), self)
        preferred_hint.setWordWrap(True)
        preferred_hint.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(hint)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(language_hint)
        form.addRow(self.tr("&Preferred languages:"), self.preferred_edit)
        form.addRow(preferred_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        name = " ".join(self.name_edit.text().split())
        self.settings.setValue(USER_NAME, name)
        save_language(self.settings, self.language_box.currentData() or "")
        codes = [c.strip().lower() for c in self.preferred_edit.text().replace(";", ",").split(",") if c.strip()]
        self.settings.setValue(PREFERRED_LANGUAGES, ", ".join(dict.fromkeys(codes)))
        self.settings.sync()
        change_log.set_user_name(name or None)
        super().accept()
