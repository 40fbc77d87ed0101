"""The one error a format raises when a file cannot be read at all."""
from __future__ import annotations


class FormatError(ValueError):
    """Unreadable input; the message names the file, the line (when known) and the problem."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line
