"""The search syntax, shown from Help › Search syntax (F1) and the "?" beside the keyword box."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.criteria import syntax_help
from ui.i18n import QT_TRANSLATE_NOOP, localized

INTRO = QT_TRANSLATE_NOOP("SyntaxHelpDialog", "Type words to find resources that contain them, and add field filters to narrow "
                                              "the results. "
         "Ticking a value under Criteria writes the same filter into the search box; Ctrl-click "
         "a value to leave it out.")


class SyntaxHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syntaxHelp")
        self.setWindowTitle(self.tr("Search syntax"))
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        text = QPlainTextEdit(syntax_help(localized), self)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Search syntax"))
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text)
        layout.addWidget(buttons)
        width = text.fontMetrics().horizontalAdvance("x" * 124)
        self.resize(width + 40, 440)
