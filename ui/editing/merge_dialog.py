"""Merge two records: both side by side, a choice per field where they differ, many-valued
fields combined. The dialog only chooses; the caller writes (app.duplicates.merge, or an
ordinary update when the other side is an unsaved draft)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from app.change_log import field_value
from app.duplicates import MANY_VALUED_FIELDS, SINGLE_FIELDS, merged_draft
from app.history import FIELD_LABELS
from app.catalogue import Catalogue
from db.records import RecordData
from ui.detail.history_widget import field_text, local_time


class _Choice(QWidget):
    """A radio button with a wrapped value beside it; clicking the text picks it too."""

    def __init__(self, text: str, group: QButtonGroup, side: int):
        super().__init__()
        self.radio = QRadioButton()
        group.addButton(self.radio, side)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.mousePressEvent = lambda _e: self.radio.setChecked(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)


class MergeDialog(QDialog):
    """``left`` is an existing record; ``right`` another one or an unsaved draft (no uid).

    After exec(): ``survivor_uid``, ``loser_uid`` ("" for a draft) and ``merged_record()``.
    """

    def __init__(self, left: RecordData, right: RecordData, parent: QWidget | None = None,
                 catalogue: Catalogue | None = None):
        super().__init__(parent)
        self.catalogue = catalogue    # for country and language names; codes are shown without it
        self.setWindowTitle("Merge two records")
        self.left, self.right = left, right
        self.groups: dict[str, QButtonGroup] = {}
        self.survivor = QButtonGroup(self)
        layout = QVBoxLayout(self)
        intro = QLabel("Choose the value to keep where the two differ. Lists (authors, countries, themes, …) "
                       "are combined. The other record goes to the trash; reading lists, attachments and "
                       "both histories stay with the one kept.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._fill()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton("&Merge", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.resize(980, 680)

    # ---- building ----------------------------------------------------------------------------------
    def _heading(self, record: RecordData, side: int) -> QWidget:
        if not record.uid:
            label = QLabel("<b>What you typed</b><br>not saved yet")
            return label
        text = f"<b>Keep record {side + 1}</b><br>added {local_time(record.added_at)} · version {record.version}"
        choice = _Choice("", self.survivor, side)
        choice.label.setText(text)
        choice.label.setTextFormat(Qt.TextFormat.RichText)
        return choice

    def _fill(self) -> None:
        grid = self.grid
        grid.addWidget(self._heading(self.left, 0), 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._heading(self.right, 1), 0, 2, Qt.AlignmentFlag.AlignTop)
        if self.survivor.buttons():
            self.survivor.button(0).setChecked(True)
        draft = merged_draft(self.left, self.right)
        row = 1
        for name in SINGLE_FIELDS:
            a, b = field_value(self.left, name), field_value(self.right, name)
            if a in (None, "") and b in (None, ""):
                continue
            grid.addWidget(self._field_label(name), row, 0, Qt.AlignmentFlag.AlignTop)
            if a == b:
                same = QLabel(field_text(self.catalogue, name, a))
                same.setWordWrap(True)
                same.setEnabled(False)
                grid.addWidget(same, row, 1, 1, 2)
            else:
                group = QButtonGroup(self)
                grid.addWidget(_Choice(field_text(self.catalogue, name, a), group, 0), row, 1,
                               Qt.AlignmentFlag.AlignTop)
                grid.addWidget(_Choice(field_text(self.catalogue, name, b), group, 1), row, 2,
                               Qt.AlignmentFlag.AlignTop)
                group.button(0 if field_value(draft, name) == a else 1).setChecked(True)
                self.groups[name] = group
            row += 1
        for name in MANY_VALUED_FIELDS:
            combined = field_value(draft, name)
            if not combined:
                continue
            grid.addWidget(self._field_label(name), row, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel(field_text(self.catalogue, name, combined))
            label.setWordWrap(True)
            label.setToolTip("Both records' values, combined")
            grid.addWidget(label, row, 1, 1, 2)
            row += 1
        grid.setRowStretch(row, 1)

    def _field_label(self, name: str) -> QLabel:
        label = QLabel(f"<b>{FIELD_LABELS.get(name, name)}</b>")
        return label

    # ---- result ------------------------------------------------------------------------------------
    @property
    def survivor_uid(self) -> str:
        if not self.right.uid or self.survivor.checkedId() != 1:
            return self.left.uid
        return self.right.uid

    @property
    def loser_uid(self) -> str:
        if not self.right.uid:
            return ""
        return self.left.uid if self.survivor_uid == self.right.uid else self.right.uid

    def choose(self, field: str, side: int) -> None:
        """Pick the left (0) or right (1) value of a field (for keyboard users and tests)."""
        self.groups[field].button(side).setChecked(True)

    def merged_record(self) -> RecordData:
        """The survivor with the chosen values and the combined lists."""
        survivor = self.right if self.survivor_uid == self.right.uid and self.right.uid else self.left
        draft = merged_draft(self.left, self.right)
        values = {}
        for name, group in self.groups.items():
            values[name] = getattr(self.left if group.checkedId() == 0 else self.right, name)
        return replace(draft, **values, uid=survivor.uid, added_at=survivor.added_at,
                       version=survivor.version, deleted_at=survivor.deleted_at)
