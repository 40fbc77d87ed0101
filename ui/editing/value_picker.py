"""Pickers for many-valued fields: chosen values as removable chips, and a line edit whose
completion ranks matches the way librarians type ("lao" or "LA" finds Laos; "ilo" finds the
International Labour Organization). Matching and ranking live in app.vocabularies.match_options.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLineEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from app.vocabularies import Option, match_options
from db.records import ORGANIZATION_ROLES, OrganizationRef
from db.textfold import fold
from ui.editing.flow_layout import FlowLayout

MAX_SUGGESTIONS = 30


def _show(completer: QCompleter, visible: bool) -> None:
    """Open the suggestion list with the best match current (not selected: selecting would
    replace the typed text), so Enter takes it; or close the list."""
    if not visible:
        completer.popup().hide()
        return
    completer.setCompletionPrefix("")
    completer.complete()
    popup = completer.popup()
    popup.selectionModel().setCurrentIndex(popup.model().index(0, 0),
                                           QItemSelectionModel.SelectionFlag.NoUpdate)


class _Input(QLineEdit):
    """The picker's line edit: Backspace on empty removes the last chip, Down opens the list."""
    backspace_on_empty = Signal()
    open_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            return
        popup_open = bool(self.completer() and self.completer().popup().isVisible())
        if event.key() == Qt.Key.Key_Down and not popup_open:
            self.open_list.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not popup_open:
            event.accept()   # Enter adds a chip; it must not press the dialog's default button


class ValuePicker(QWidget):
    """Chosen values of one field. ``free`` pickers accept values not in ``options``."""
    changed = Signal()

    def __init__(self, options: list[Option], free: bool = False, placeholder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.free = free
        self._options = list(options)
        self._by_value = {fold(o.value): o for o in self._options}
        self._items: list[tuple[str, str]] = []       # (stored value, extra e.g. a role)
        self._suggested: list[Option] = []
        self._chips_box = QWidget(self)
        self._chips = FlowLayout(self._chips_box)
        self.input = _Input(self)
        self.input.setPlaceholderText(placeholder)
        self.input.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.input.setCompleter(self._completer)
        self._completer.activated[str].connect(self._on_activated)
        self.input.textEdited.connect(self._suggest)
        self.input.returnPressed.connect(self._on_return)
        self.input.backspace_on_empty.connect(self._remove_last)
        self.input.open_list.connect(lambda: self._suggest(self.input.text()))
        self.input_row = QHBoxLayout()
        self.input_row.setContentsMargins(0, 0, 0, 0)
        self.input_row.addWidget(self.input, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self._chips_box)
        layout.addLayout(self.input_row)
        self._chips_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._chips_box.hide()
        self.setFocusProxy(self.input)

    # ---- values ---------------------------------------------------------------------------------
    def values(self) -> list[str]:
        return [value for value, _ in self._items]

    def set_values(self, values: list[str]) -> None:
        self._set_items([(v, "") for v in values])

    def set_options(self, options: list[Option]) -> None:
        self._options = list(options)
        self._by_value = {fold(o.value): o for o in self._options}
        self._rebuild_chips()

    def label_for(self, value: str) -> str:
        option = self._by_value.get(fold(value))
        return option.label if option else value

    def pending_text(self) -> str:
        """Text typed but not yet turned into a chip."""
        return self.input.text().strip()

    def commit_pending(self) -> str | None:
        """Turn typed text into a chip before saving; returns an error message if it cannot."""
        text = self.pending_text()
        if not text:
            return None
        option = self._exact(text)
        if option is not None:
            self._add(option.value)
            return None
        if self.free:
            self._add(text)
            return None
        return f"'{text}' is not in the list: choose a suggestion or clear the text."

    # ---- internals ------------------------------------------------------------------------------
    def _set_items(self, items: list[tuple[str, str]]) -> None:
        self._items = list(items)
        self._rebuild_chips()

    def _chip_text(self, value: str, extra: str) -> str:
        return self.label_for(value)

    def _rebuild_chips(self) -> None:
        while self._chips.count():
            item = self._chips.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, (value, extra) in enumerate(self._items):
            chip = QToolButton(self._chips_box)
            chip.setText(f"{self._chip_text(value, extra)}  ✕")
            chip.setToolTip(f"Remove {self._chip_text(value, extra)}")
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setAutoRaise(False)
            chip.setProperty("chip", True)
            chip.clicked.connect(lambda _=False, i=index: self._remove(i))
            self._chips.addWidget(chip)
        self._chips_box.setVisible(bool(self._items))
        self._chips.invalidate()
        self.updateGeometry()

    def _exact(self, text: str) -> Option | None:
        key = fold(text)
        for option in self._options:
            if key in option.terms or key == fold(option.label) or key == fold(option.display):
                return option
        return None

    def _suggest(self, text: str) -> None:
        chosen = {fold(v) for v in self.values()}
        matches = [o for o in match_options(self._options, text, MAX_SUGGESTIONS + len(chosen))
                   if fold(o.value) not in chosen][:MAX_SUGGESTIONS]
        self._suggested = matches
        self._model.setStringList([o.display for o in matches])
        _show(self._completer, bool(matches))

    def _on_activated(self, display: str) -> None:
        for option in self._suggested:
            if option.display == display:
                self._add(option.value)
                break
        QTimer.singleShot(0, self.input, self.input.clear)

    def _on_return(self) -> None:
        if self._completer.popup().isVisible():
            return  # the completer handles Enter on a highlighted suggestion
        text = self.pending_text()
        if not text:
            return
        option = self._exact(text) or (self._suggested[0] if self._suggested and not self.free else None)
        if option is not None:
            self._add(option.value)
        elif self.free:
            self._add(text)
        else:
            return
        self.input.clear()

    def _extra_for_new(self) -> str:
        return ""

    def _add(self, value: str) -> None:
        extra = self._extra_for_new()
        if any(fold(v) == fold(value) and e == extra for v, e in self._items):
            return
        self._items.append((value, extra))
        self._rebuild_chips()
        self.changed.emit()

    def _remove(self, index: int) -> None:
        if 0 <= index < len(self._items):
            del self._items[index]
            self._rebuild_chips()
            self.changed.emit()

    def _remove_last(self) -> None:
        self._remove(len(self._items) - 1)


class OrganizationPicker(ValuePicker):
    """Organizations with a role each; new names are allowed (they join the list on save)."""

    def __init__(self, options: list[Option], parent: QWidget | None = None):
        super().__init__(options, free=True, placeholder="Type a name or acronym…", parent=parent)
        self.role = QComboBox(self)
        self.role.addItems(ORGANIZATION_ROLES)
        self.role.setToolTip("Role of the organization you add next")
        self.input_row.addWidget(self.role)

    def organizations(self) -> list[OrganizationRef]:
        return [OrganizationRef(value, role) for value, role in self._items]

    def set_organizations(self, organizations: list[OrganizationRef]) -> None:
        self._set_items([(o.name, o.role) for o in organizations])

    def _chip_text(self, value: str, extra: str) -> str:
        return f"{self.label_for(value)} ({extra})" if extra else self.label_for(value)

    def _extra_for_new(self) -> str:
        return self.role.currentText()


class ValueField(QLineEdit):
    """One value with the same ranked completion (for the bulk edit and vocabulary dialogs)."""
    value_changed = Signal()

    def __init__(self, options: list[Option], free: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.free = free
        self._options: list[Option] = []
        self._suggested: list[Option] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[str].connect(self._on_activated)
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(lambda _t: self.value_changed.emit())
        self.set_options(options)

    def set_options(self, options: list[Option]) -> None:
        self._options = list(options)
        self._suggested = []

    def value(self) -> str | None:
        """The chosen option's stored value; typed text if free; None if nothing matches."""
        text = self.text().strip()
        if not text:
            return None
        key = fold(text)
        for option in self._options:
            if key in option.terms or key in (fold(option.label), fold(option.display)):
                return option.value
        return text if self.free else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down and not self._completer.popup().isVisible():
            self._suggest(self.text())
            return
        super().keyPressEvent(event)

    def _suggest(self, text: str) -> None:
        self._suggested = match_options(self._options, text, MAX_SUGGESTIONS)
        self._model.setStringList([o.display for o in self._suggested])
        _show(self._completer, bool(self._suggested))

    def _on_activated(self, display: str) -> None:
        for option in self._suggested:
            if option.display == display:
                QTimer.singleShot(0, self, lambda o=option: self.setText(o.label))
                break
