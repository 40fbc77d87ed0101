"""Names for screen readers where Qt cannot derive one (a field outside a form row, a field inside a
composite widget); tests/test_a11y.py checks every focusable control of the window has one."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def plain(label: str) -> str:
    """A label as it is said: no mnemonic ampersand, no trailing colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：").strip()


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Name ``widget`` and, for a composite one (a value picker), the field inside it that takes focus."""
    said = plain(text)
    for target in (widget, getattr(widget, "input", None)):
        if target is not None and not target.accessibleName():
            target.setAccessibleName(said)
            if description:
                target.setAccessibleDescription(description)
    return widget
