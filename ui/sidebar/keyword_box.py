"""The keyword box: the whole query as text (words and field:value filters), searched as you type.

Typing is debounced so a fast typist starts one search per pause, not one per key; Enter
searches at once; Esc clears the box. Text set by the program (a ticked box, a removed chip)
does not echo back as an edit.

As you type, a list under the box completes field names (coun -> country:) and values
(country:th -> Thailand; has:, is:, in: a reading list); Enter or a click takes one. The last
searches (MAX_HISTORY, those searched with Enter or left for the results) are in the menu of the
clock button under the box.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget,
)

from app.criteria import FIELD_ALIASES, FIELD_HELP, HAS_VALUES, IS_VALUES, KNOWN_FIELDS

from ui.colours import error_colour
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.icons import icon

DEBOUNCE_MS = 250
MAX_HISTORY = 20
MAX_COMPLETIONS = 12
SHORT_HELP = QT_TRANSLATE_NOOP("KeywordBox", "Words match anywhere (housing migrant). Filters: country:Thailand type:report "
              "theme:housing year:>=2018 org:ILO has:doi no:summary; -word or -country:TH leaves out; "
              "a OR b, (groups); \"exact words\". F1: full syntax.")
# The token being typed: after the last space or parenthesis; a leading "-" is kept aside.
_TOKEN_START = re.compile(r'(?:^|[\s(])(-?)([^\s()"]*(?:"[^"]*)?)$')


class _QueryEdit(QLineEdit):
    escape_pressed = Signal()
    down_pressed = Signal()
    completer_popup: Callable[[], bool] = staticmethod(lambda: False)   # True while completions show

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.completer_popup() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
                                                      Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()   # the completion list takes these
            return
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
    query_committed = Signal(str)   # searched with Enter, or left for the results: for the history
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

        self.history: list[str] = []
        self.history_button = QToolButton(self)
        self.history_button.setObjectName("searchHistory")
        self.history_button.setIcon(icon("history"))
        self.history_button.setText(self.tr("Recent searches"))
        self.history_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_button.setToolTip(self.tr("The last %n searches", "", MAX_HISTORY))
        self.history_button.setAccessibleName(self.tr("Recent searches"))
        self.history_button.setAutoRaise(True)
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_button.setMenu(self.history_menu)
        self.history_button.setEnabled(False)

        # Completion of field names and values: shown under the box, taken with Enter or a click.
        self._value_source: Callable[[str, str], list[str]] = lambda field, prefix: []
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setWidget(self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_COMPLETIONS)
        self.completer.activated[str].connect(self._insert_completion)
        self.completer.popup().setObjectName("searchCompletions")
        self.completer.popup().setAccessibleName(self.tr("Completions"))
        self.edit.completer_popup = lambda: self.completer.popup().isVisible()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        under = QHBoxLayout()
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.history_button)
        under.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addLayout(under)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textEdited.connect(lambda text: self._timer.start() if text else None)
        self.edit.textEdited.connect(self._update_completions)
        self.edit.returnPressed.connect(self._on_return)
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
        self.query_committed.emit(self.edit.text())
        self.down_pressed.emit()

    def _on_return(self) -> None:
        self._emit()
        self.query_committed.emit(self.edit.text())

    # ---- history ---------------------------------------------------------------------------------
    def set_history(self, queries) -> None:
        """The recent searches, newest first (at most MAX_HISTORY)."""
        self.history = [q for q in dict.fromkeys(str(q).strip() for q in queries or ()) if q][:MAX_HISTORY]
        self.history_menu.clear()
        for query in self.history:
            action = self.history_menu.addAction(query if len(query) <= 80 else query[:79] + "…")
            action.setToolTip(query)
            action.triggered.connect(lambda _checked=False, q=query: self._apply_history(q))
        self.history_button.setEnabled(bool(self.history))

    def remember(self, query: str) -> None:
        query = query.strip()
        if query:
            self.set_history([query, *self.history])

    def _apply_history(self, query: str) -> None:
        self.edit.setText(query)
        self._emit()
        self.remember(query)

    # ---- completion ------------------------------------------------------------------------------
    def set_value_source(self, source: Callable[[str, str], list[str]]) -> None:
        """``source(field, prefix)``: the values of a field (country, has, in...) that start so."""
        self._value_source = source

    def completions_for(self, before_cursor: str) -> tuple[int, list[str]]:
        """(where the token being typed starts, what may replace it) for the text before the cursor."""
        m = _TOKEN_START.search(before_cursor)
        if not m:
            return len(before_cursor), []
        token = m.group(2)
        start = m.start(2)
        if ":" not in token:
            if len(token) < 2 or token.startswith('"'):
                return start, []
            low = token.lower()
            names = [n for n in KNOWN_FIELDS if n.startswith(low)]
            names += [a for a, n in FIELD_ALIASES.items() if a.startswith(low) and n not in names and a != n]
            return start, [n + ":" for n in names][:MAX_COMPLETIONS]
        name, _, prefix = token.partition(":")
        canonical = FIELD_ALIASES.get(name.lower(), name.lower())
        prefix = prefix.strip('"')
        if canonical in ("has", "no"):
            values = [v for v in HAS_VALUES if v.startswith(prefix.lower())]
        elif canonical == "is":
            values = [v for v in IS_VALUES if v.startswith(prefix.lower())]
        elif canonical in FIELD_HELP and canonical not in ("year", "added", "updated", "text"):
            # Short vocabularies are offered whole as soon as the field is typed (type: -> every type).
            whole = canonical in ("in", "type", "theme", "region", "language")
            values = self._value_source(canonical, prefix) if prefix or whole else []
        else:
            values = []
        quoted = [v if re.fullmatch(r"[^\s\",:()]+", v) else '"' + v.replace('"', "'") + '"' for v in values]
        return start, [f"{name}:{v}" for v in quoted][:MAX_COMPLETIONS]

    def _update_completions(self, _text: str = "") -> None:
        cursor = self.edit.cursorPosition()
        start, options = self.completions_for(self.edit.text()[:cursor])
        typed = self.edit.text()[start:cursor]
        if not options or options == [typed]:
            self.completer.popup().hide()
            return
        self._completions.setStringList(options)
        self.completer.setCompletionPrefix("")
        rect = self.edit.rect()
        self.completer.complete(rect)

    def _insert_completion(self, completion: str) -> None:
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        start, _ = self.completions_for(text[:cursor])
        after = text[cursor:]
        spacer = "" if completion.endswith(":") or after.startswith((" ", ")")) else " "
        self.edit.setText(text[:start] + completion + spacer + after)
        self.edit.setCursorPosition(start + len(completion) + len(spacer))
        self._timer.start()
        if completion.endswith(":"):
            self._update_completions()

    def _emit(self) -> None:
        self._timer.stop()
        self.query_edited.emit(self.edit.text())
