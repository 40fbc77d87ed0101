"""The one error a format raises when a file cannot be read at all."""
from __future__ import annotations

from app.text import QT_TRANSLATE_NOOP, Message, message

# "line 12: <what is wrong>": a problem found at a line of the file (the problem a marked message too).
AT_LINE = QT_TRANSLATE_NOOP("ImportProblem", "line {line}: {problem}")


def at_line(line: int | None, problem: str) -> str:
    """``problem`` said at ``line`` ("line 12: ..."), or as it is when the line is not known."""
    return problem if line is None else message(AT_LINE, line=line, problem=problem)


def without_line(problem: str) -> str:
    """The problem of an ``at_line`` message, without its line."""
    if isinstance(problem, Message) and problem.template == AT_LINE:
        return problem.params["problem"]
    return problem.split(": ", 1)[-1]


class FormatError(ValueError):
    """Unreadable input; the message names the file, the line (when known) and the problem."""

    def __init__(self, text: str, line: int | None = None):
        super().__init__(text)     # a marked message (app.text) keeps its template: the window translates it
        self.line = line
