"""Counted strings through Qt's translation: ``trn(context, "%n page(s)", n)``.

A translation file gives each language its plural forms; without one (English, the source
language) Qt only puts the number in, so the "(s)" is resolved here: "1 page", "12 pages".
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def english_plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")


def trn(context: str, source: str, n: int, disambiguation: str | None = None) -> str:
    text = QCoreApplication.translate(context, source, disambiguation, n)
    return english_plural(text, n) if text.count("(s)") and "(s)" in source else text
