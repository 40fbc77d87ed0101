"""Edit › Preferences: the name written in each record's history ("who changed it").

Kept in QSettings (a person's choice on this computer, not the catalogue's); blank means the
operating system's user name. ``apply_saved_user_name`` is called once at start-up.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import change_log
from app.change_log import current_user

USER_NAME = "user/name"


def saved_user_name(settings: QSettings) -> str:
    return str(settings.value(USER_NAME, "") or "").strip()


def apply_saved_user_name(settings: QSettings) -> None:
    change_log.set_user_name(saved_user_name(settings) or None)


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.name_edit = QLineEdit(saved_user_name(settings), self)
        self.name_edit.setPlaceholderText(current_user())
        self.name_edit.setAccessibleName("Your name in the history")
        self.name_edit.setMaxLength(80)
        hint = QLabel(f"Shown as “who” in each record's history. Leave it blank to use this computer's "
                      f"user name ({current_user()}).", self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout(self)
        form.addRow("Your &name:", self.name_edit)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        name = " ".join(self.name_edit.text().split())
        self.settings.setValue(USER_NAME, name)
        self.settings.sync()
        change_log.set_user_name(name or None)
        super().accept()
