"""Undo for reading lists: run a service call, then push a command that replays snapshots.

    changes = run_undoable(stack, [list_uid], lambda: reading_lists.add_items(list_uid, uids), notify)

The call runs first (an error raises before anything is pushed); the command then holds the
lists' states before and after (app.reading_lists.snapshot), so undo and redo need no knowledge
of what the call did. A list the call created has "no state" before; one it deleted, after.
If a step cannot be replayed (its name was taken meanwhile), ``on_error`` gets a one-line
message and nothing changes (one transaction per list).
"""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtGui import QUndoCommand, QUndoStack

from app import reading_lists as rl
from app.changes import Changes
from ui.i18n import translate
from ui.jobs import run_write


class ReadingListCommand(QUndoCommand):
    def __init__(self, before: dict, after: dict, changes: Changes, notify: Callable[[Changes], None],
                 on_error: Callable[[str], None] | None = None):
        super().__init__(changes.description or translate("ReadingListCommand", "change reading list"))
        self._before = before
        self._after = after
        self._changes = changes
        self._notify = notify
        self._on_error = on_error
        self._done = True           # the call already ran: the first redo() has nothing to do

    def _put(self, states: dict) -> None:
        changes = Changes(description=self._changes.description)
        # Deletions first, so a name freed by one list can be taken by another.
        for uid, snap in sorted(states.items(), key=lambda kv: kv[1] is not None):
            try:
                changes = changes | run_write(lambda u=uid, s=snap: rl.restore(u, s))
            except rl.ReadingListError as exc:
                if self._on_error is not None:
                    self._on_error(translate("ReadingListCommand", "Cannot replay “%1”: %2").replace(
                        "%1", self.text()).replace("%2", str(exc)))
        self._notify(Changes(reading_lists=changes.reading_lists, description=changes.description,
                             resources=self._changes.resources))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


def run_undoable(stack: QUndoStack | None, list_uids: Iterable[str], call: Callable[[], Changes],
                 notify: Callable[[Changes], None], on_error: Callable[[str], None] | None = None) -> Changes:
    """Run ``call`` (a reading-list write touching ``list_uids``), make it undoable on ``stack``
    (if any) and pass its Changes to ``notify``. Errors from ``call`` propagate; nothing is pushed."""
    list_uids = list(list_uids)
    before = {uid: rl.snapshot(uid) for uid in list_uids}
    changes = run_write(call)      # off the GUI thread (ui.jobs); its error is raised here
    touched = set(list_uids) | set(changes.reading_lists)
    before = {uid: before.get(uid) for uid in touched}
    after = {uid: rl.snapshot(uid) for uid in touched}
    if stack is not None and before != after:
        stack.push(ReadingListCommand(before, after, changes, notify, on_error))
    notify(changes)
    return changes
