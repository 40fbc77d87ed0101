"""A box with a title bar that folds it open and closed, and an optional "Clear" button.

The sidebar's facet, year and saved-search boxes are all one of these; their open/closed state
is remembered by the sidebar.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ui.icons import icon


class CollapsibleBox(QFrame):
    clear_requested = Signal()
    expanded_changed = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None, clearable: bool = True):
        super().__init__(parent)
        self._title = title
        self.setAccessibleName(title)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("boxToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setIcon(icon("chevron-down"))
        # Flat: a title to click, not a pressed button (the chevron says open or closed).
        self.toggle.setStyleSheet("QToolButton#boxToggle { border: none; background: transparent; "
                                  "padding: 3px 0px; text-align: left; }")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(title)
        self.toggle.setAccessibleName(f"{title}: show or hide")
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.toggled.connect(self.set_expanded)

        self.clear_button = QToolButton(self)
        self.clear_button.setText("Clear")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(f"Clear the {title.lower()} criteria")
        self.clear_button.setAccessibleName(f"Clear {title.lower()}")
        self.clear_button.clicked.connect(self.clear_requested)
        self.clear_button.setVisible(False)
        self._clearable = clearable

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(2)
        head.addWidget(self.toggle, 1)
        head.addWidget(self.clear_button)

        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(14, 0, 0, 4)
        self.body_layout.setSpacing(4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.body)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setIcon(icon("chevron-down" if expanded else "chevron-right"))
        self.body.setVisible(expanded)
        self.expanded_changed.emit(expanded)

    def set_active(self, count: int) -> None:
        """Show how many values are selected in the title, and the Clear button if any."""
        self.toggle.setText(f"{self._title}  ({count} selected)" if count else self._title)
        self.clear_button.setVisible(self._clearable and count > 0)
