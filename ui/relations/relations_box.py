"""The editor's Relations section: the record's links to other records, a record picker that searches
as you type to add one, the number in a series, the order of a series' parts, and likely language
versions to confirm (never linked without the librarian's click).

Each change is written at once through app/relations.py (not with the form's Save): it concerns two
records, and each is its own undoable step (ui/undo_commands.LinkCommand), in both records' history.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from app import editing, relations
from app.changes import Changes
from app.criteria import QueryError, parse_query
from ui.i18n import translate
from ui.undo_commands import LinkCommand

LINK_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
PICKER_ROWS = 15


def _kinds() -> list[tuple[str, str, bool]]:
    """(label, kind, this record is the subject) for the kind chooser."""
    return [
        (translate("RelationsBox", "Part of the series"), "series", True),
        (translate("RelationsBox", "Language version of"), "version", True),
        (translate("RelationsBox", "Replaces"), "replaces", True),
        (translate("RelationsBox", "Replaced by"), "replaces", False),
        (translate("RelationsBox", "Related to"), "related", True),
        (translate("RelationsBox", "Has as a part"), "series", False),
    ]


class RecordPicker(QLineEdit):
    """A line that searches the catalogue as you type and offers the matching records; ``picked(uid)``."""
    picked = Signal(str)

    def __init__(self, catalogue, exclude: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.exclude = exclude
        self.setPlaceholderText(translate("RelationsBox", "Type words of the other record's title…"))
        self.setAccessibleName(translate("RelationsBox", "Record to link"))
        self._uids: dict[str, str] = {}
        self.uid = ""
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._on_activated)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self.uid = ""
        self._timer.start()

    def search_now(self) -> list[str]:
        """Search for the typed words (also called by the timer); returns the labels offered."""
        text = self.text().strip()
        labels: list[str] = []
        self._uids = {}
        if text:
            try:
                ids = self.catalogue.search(parse_query(text), "relevance").ids
            except QueryError:
                ids = []
            for row in self.catalogue.rows(list(ids[:PICKER_ROWS + 1])):
                if row.uid == self.exclude:
                    continue
                label = f"{row.title} ({row.year})" if row.year else row.title
                if label in self._uids:     # two records with the same title: tell them apart
                    label += f" · {row.uid[:8]}"
                self._uids[label] = row.uid
                labels.append(label)
        self._model.setStringList(labels[:PICKER_ROWS])
        if labels:
            self.completer().complete()
        return labels

    def _on_activated(self, label: str) -> None:
        self.pick(label)

    def pick(self, label: str) -> None:
        self.uid = self._uids.get(label, "")
        self.setText(label.strip())
        if self.uid:
            self.picked.emit(self.uid)


class RelationsBox(QGroupBox):
    """Links of the record ``uid`` (empty for a new record: it must be saved first)."""

    def __init__(self, catalogue, uid: str, undo_stack: QUndoStack | None = None,
                 report: Callable[[Changes], None] | None = None, parent: QWidget | None = None):
        super().__init__(translate("RelationsBox", "Relations"), parent)
        self.setObjectName("relationsBox")
        self.catalogue = catalogue
        self.uid = uid
        self.undo_stack = undo_stack
        self.report = report
        layout = QVBoxLayout(self)
        if not uid:
            layout.addWidget(QLabel(translate("RelationsBox", "Save the record first to link it to others "
                                                              "(series, language versions, editions).")))
            return
        self.links = QListWidget()
        self.links.setAccessibleName(translate("RelationsBox", "Links to other records"))
        self.links.setMaximumHeight(140)
        self.links.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.links)
        row = QHBoxLayout()
        self.remove_button = QPushButton(translate("RelationsBox", "Remove link"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(translate("RelationsBox", "Move part up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("RelationsBox", "Move part down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.renumber_button = QPushButton(translate("RelationsBox", "Set the number"))
        self.renumber_button.setToolTip(translate("RelationsBox", "Give the selected part the number typed below"))
        self.renumber_button.clicked.connect(self.renumber_selected)
        for button in (self.remove_button, self.up_button, self.down_button, self.renumber_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        add = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("RelationsBox", "Kind of link"))
        for label, kind, subject in _kinds():
            self.kind.addItem(label, (kind, subject))
        self.kind.currentIndexChanged.connect(self._update_buttons)
        self.picker = RecordPicker(catalogue, uid, self)
        self.picker.picked.connect(lambda _uid: self._update_buttons())
        self.number = QLineEdit()
        self.number.setPlaceholderText(translate("RelationsBox", "No. (3, 2022 Q1)"))
        self.number.setAccessibleName(translate("RelationsBox", "Number in the series"))
        self.number.setMaximumWidth(130)
        self.add_button = QPushButton(translate("RelationsBox", "Add link"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_link)
        add.addWidget(self.kind)
        add.addWidget(self.picker, 1)
        add.addWidget(self.number)
        add.addWidget(self.add_button)
        layout.addLayout(add)

        self.suggestions_label = QLabel(translate("RelationsBox", "Likely language versions (link only those that are):"))
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(translate("RelationsBox", "Likely language versions"))
        self.suggestions.setMaximumHeight(100)
        self.suggestions.currentItemChanged.connect(self._update_buttons)
        self.confirm_button = QPushButton(translate("RelationsBox", "Link as a language version"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm_suggestion)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    # ---- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.uid:
            return
        rel = relations.relations_of(self.catalogue, self.uid, include_trash=True)
        self.links.clear()

        def add(text: str, link: tuple[str, str, str], number: str = "") -> None:
            item = QListWidgetItem(text)
            item.setData(LINK_ROLE, (*link, number))
            self.links.addItem(item)
        no = translate("RelationsBox", "No. %1")
        for place in rel.part_of:
            suffix = ", " + no.replace("%1", place.number) if place.number else ""
            add(translate("RelationsBox", "Part of: %1").replace("%1", place.series.title) + suffix,
                (self.uid, "series", place.series.uid), place.number)
        for part, number in rel.parts:
            lead = no.replace("%1", number) + " · " if number else ""
            add(translate("RelationsBox", "Part: %1").replace("%1", lead + part.title), (part.uid, "series", self.uid), number)
        for r in rel.versions:
            langs = ", ".join(r.languages)
            add(translate("RelationsBox", "Language version: %1").replace("%1", r.title) + (f" [{langs}]" if langs else ""),
                (self.uid, "version", r.uid))
        for r in rel.replaces:
            add(translate("RelationsBox", "Replaces: %1").replace("%1", r.title), (self.uid, "replaces", r.uid))
        for r in rel.replaced_by:
            add(translate("RelationsBox", "Replaced by: %1").replace("%1", r.title), (r.uid, "replaces", self.uid))
        for r in rel.related:
            add(translate("RelationsBox", "Related: %1").replace("%1", r.title), (self.uid, "related", r.uid))
        self.suggestions.clear()
        for s in relations.suggest_versions(self.catalogue, self.uid):
            reason = {"address": translate("RelationsBox", "same web address but the language"),
                      "identifier": translate("RelationsBox", "same identifier but the language"),
                      "organization": translate("RelationsBox", "same organization and year, another script")}[s.reason]
            item = QListWidgetItem(f"{s.record.title} — {reason}")
            item.setData(LINK_ROLE, s.record.uid)
            self.suggestions.addItem(item)
        shown = self.suggestions.count() > 0
        for widget in (self.suggestions_label, self.suggestions, self.confirm_button):
            widget.setVisible(shown)
        self._update_buttons()

    def _selected_link(self) -> tuple[str, str, str, str] | None:
        item = self.links.currentItem()
        return tuple(item.data(LINK_ROLE)) if item is not None else None  # type: ignore[return-value]

    def _update_buttons(self, *_args) -> None:
        link = self._selected_link()
        self.remove_button.setEnabled(link is not None)
        is_part = link is not None and link[1] == "series" and link[2] == self.uid
        self.up_button.setEnabled(is_part)
        self.down_button.setEnabled(is_part)
        in_series = link is not None and link[1] == "series"
        self.renumber_button.setEnabled(in_series)
        kind, _ = self.kind.currentData()
        self.number.setEnabled(kind == "series" or in_series)
        self.add_button.setEnabled(bool(self.picker.uid))
        self.confirm_button.setEnabled(self.suggestions.currentItem() is not None)

    # ---- changing --------------------------------------------------------------------------------
    def _done(self, changes: Changes, kind: str) -> None:
        if changes.is_empty():
            return
        if self.report is not None:
            self.report(changes)
        if self.undo_stack is not None:
            self.undo_stack.push(LinkCommand(self.catalogue, changes, self.report or (lambda c: None),
                                             kind=kind, on_error=None))
        self.refresh()

    def _fail(self, exc: Exception) -> None:
        QMessageBox.warning(self, translate("RelationsBox", "Cannot link"), str(exc))

    def add_link(self) -> None:
        other = self.picker.uid
        if not other:
            return
        kind, subject = self.kind.currentData()
        a, b = (self.uid, other) if subject else (other, self.uid)
        try:
            changes = relations.link(self.catalogue, a, kind, b, self.number.text() if kind == "series" else "")
        except (relations.RelationError, editing.RecordNotFound) as exc:
            self._fail(exc)
            return
        self.picker.clear()
        self.picker.uid = ""
        self.number.clear()
        self._done(changes, "link")

    def remove_selected(self) -> None:
        link = self._selected_link()
        if link is None:
            return
        self._done(relations.unlink(self.catalogue, link[0], link[1], link[2]), "unlink")

    def renumber_selected(self) -> None:
        link = self._selected_link()
        if link is None or link[1] != "series":
            return
        self._done(relations.link(self.catalogue, link[0], "series", link[2], self.number.text()), "link")
        self.number.clear()

    def move_selected(self, step: int) -> None:
        link = self._selected_link()
        if link is None or link[1] != "series" or link[2] != self.uid:
            return
        order = [uid for uid, _ in ((p.uid, n) for p, n in relations.relations_of(
            self.catalogue, self.uid, include_trash=True).parts)]
        at = order.index(link[0])
        to = at + step
        if not 0 <= to < len(order):
            return
        order[at], order[to] = order[to], order[at]
        self._done(relations.reorder_parts(self.catalogue, self.uid, order), "reorder")
        for row in range(self.links.count()):
            if self.links.item(row).data(LINK_ROLE)[0] == link[0]:
                self.links.setCurrentRow(row)

    def confirm_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is None:
            return
        try:
            changes = relations.link(self.catalogue, self.uid, "version", item.data(LINK_ROLE))
        except (relations.RelationError, editing.RecordNotFound) as exc:
            self._fail(exc)
            return
        self._done(changes, "link")
