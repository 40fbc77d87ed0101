"""What the table area shows when nothing matches: say so, and offer the way back."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class EmptyState(QWidget):
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName("No results")
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)
        self.button = QPushButton(icon("filter-remove-outline"), "Clear criteria", self)
        self.button.setAccessibleName("Clear criteria")
        self.button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_no_match(self, warnings: list[str]) -> None:
        self.title.setText("No resources match these criteria.")
        hint = "Remove a criterion above, or clear them all."
        if warnings:
            hint = "; ".join(w[:1].upper() + w[1:] for w in warnings) + ". " + hint
        self.detail.setText(hint)
        self.button.show()

    def show_empty_catalogue(self) -> None:
        self.show_empty_place("This catalogue has no resources yet.",
                              "Use File › Import… to add resources from a file.")

    def show_empty_place(self, title: str, hint: str) -> None:
        """Nothing at all in this place (the catalogue, the trash, a reading list): no criteria to clear."""
        self.title.setText(title)
        self.detail.setText(hint)
        self.button.hide()
