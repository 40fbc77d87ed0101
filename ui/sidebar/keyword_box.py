"""The keyword box: the whole query as text (words and field:value filters), searched as you type.

Typing is debounced so a fast typist starts one search per pause, not one per key; Enter
searches at once; Esc clears the box. Text set by the program (a ticked box, a removed chip)
does not echo back as an edit.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from app.criteria import FACET_FIELDS, FIELD_ALIASES

from ui.colours import error_colour
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.icons import icon

DEBOUNCE_MS = 250
# The field:value being typed at the end of the box (country:ไท, -type:"Poli, org:).
_LAST_FILTER = re.compile(r'(?:^|\s)-?([^\W\d_]+):("[^"]*|[^\s"]*)$')
SHORT_HELP = QT_TRANSLATE_NOOP("KeywordBox", "Words match anywhere (housing migrant). Filters: country:Thailand type:report "
              "theme:housing year:2020..2022 org:ILO; -word leaves out; \"exact words\". F1: full syntax.")


class _QueryEdit(QLineEdit):
    escape_pressed = Signal()
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.escape_pressed.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()  # from the search box straight into the results
            event.accept()
            return
        super().keyPressEvent(event)


class KeywordBox(QWidget):
    query_edited = Signal(str)      # the user's text, after the debounce or Enter
    help_requested = Signal()
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = _QueryEdit(self)
        self.edit.setObjectName("keywordBox")
        self.edit.setPlaceholderText(self.tr("Search, e.g. housing country:Thailand"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Keyword search"))
        self.edit.setAccessibleDescription(translate("KeywordBox", SHORT_HELP))
        self.edit.setToolTip(translate("KeywordBox", SHORT_HELP))
        self.edit.addAction(icon("magnify"), QLineEdit.ActionPosition.LeadingPosition)

        self.help_button = QToolButton(self)
        self.help_button.setIcon(icon("help-circle-outline"))
        self.help_button.setToolTip(self.tr("Search syntax (F1)"))
        self.help_button.setAccessibleName(self.tr("Search syntax help"))
        self.help_button.setAutoRaise(True)
        self.help_button.clicked.connect(self.help_requested)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("queryMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textEdited.connect(lambda text: self._timer.start() if text else None)
        # Suggestions for the value of the filter being typed, named in the window's language.
        self._values: Callable[[str], list[str]] = lambda facet: []
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(lambda _text: self._timer.start())
        self.edit.setCompleter(completer)
        self.edit.textEdited.connect(self._suggest)
        self.edit.returnPressed.connect(self._emit)
        self.edit.escape_pressed.connect(self.clear)
        self.edit.down_pressed.connect(self._on_down)
        # The clear button (x) empties the text without a textEdited signal in some styles.
        self.edit.textChanged.connect(self._on_text_changed)
        self._programmatic = False

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Show ``text`` without treating it as an edit (unless the user is mid-typing)."""
        if text == self.edit.text():
            return
        self._timer.stop()
        self._programmatic = True
        self.edit.setText(text)
        self._programmatic = False

    def set_value_source(self, values: Callable[[str], list[str]]) -> None:
        """``values(facet)``: the labels to suggest after ``facet:`` (type, country, ...)."""
        self._values = values

    def suggestions(self) -> list[str]:
        return self._suggestions.stringList()

    def _suggest(self, text: str) -> None:
        found = _LAST_FILTER.search(text)
        facet = FIELD_ALIASES.get(found.group(1).lower(), found.group(1).lower()) if found else ""
        if facet not in FACET_FIELDS:
            self._suggestions.setStringList([])
            return
        head = text[:found.start(2)]
        self._suggestions.setStringList(
            [head + (f'"{label}"' if " " in label or ":" in label else label) for label in self._values(facet)])

    def is_pending(self) -> bool:
        """True while typed text waits for the debounce."""
        return self._timer.isActive()

    def clear(self) -> None:
        """Empty the box; the emptied query is emitted at once (by _on_text_changed)."""
        self.edit.clear()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_message(self, text: str, error: bool = False) -> None:
        """A parse error or a warning under the box; empty text hides it."""
        self.message.setText(text)
        # Red only when the text cannot be searched; a warning keeps the normal colour.
        self.message.setStyleSheet(f"color: {error_colour(self.palette())};" if error else "")
        self.message.setVisible(bool(text))

    def _on_text_changed(self, text: str) -> None:
        if not text and not self._programmatic:
            self._emit()

    def _on_down(self) -> None:
        if self._timer.isActive():
            self._emit()  # search what was typed before leaving the box
        self.down_pressed.emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.query_edited.emit(self.edit.text())
