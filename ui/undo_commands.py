"""Undo steps that replay app/ service calls, with the snapshots the services return.

The action itself is done by the caller first (so its errors reach the librarian at once); the
command is then pushed already done, and its first redo() does nothing. Each undo and redo
calls a service, which checks versions: if a record changed meanwhile (another window or
process), the step is not applied, ``on_error`` gets a one-line message, and the step leaves
the stack. Every result goes to ``report`` (the main window's apply_changes).

    changes = editing.delete(catalogue, uids)
    report(changes)
    undo_stack.push(DeleteCommand(catalogue, changes, report, on_error))
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from app import attachments, duplicates, editing, relations, vocabularies
from app.attachments import AttachmentError
from app.bulk_edit import BulkEditError
from app.catalogue import Catalogue
from app.changes import Changes, VocabularyEdit
from app.vocabularies import VocabularyError
from ui.i18n import localized, translate
from ui.jobs import run_write

Report = Callable[[Changes], None]
OnError = Callable[[str], None]

# What can go wrong when replaying a step; anything else is a bug and propagates.
_EXPECTED = (editing.VersionConflict, editing.ValidationFailed, editing.RecordNotFound, VocabularyError,
             AttachmentError, BulkEditError, KeyError, relations.RelationError)


def warn_in(parent: QWidget | None) -> OnError:
    """An ``on_error`` that shows the message in a box over ``parent`` (the main window: a dialog
    that pushed the step may be gone by the time the step is undone)."""
    def show(text: str) -> None:
        QMessageBox.warning(parent, translate("UndoCommands", "Cannot undo"), text)
    return show


def _error_text(exc: Exception) -> str:
    if isinstance(exc, editing.VersionConflict) and exc.stored_version is None:
        return translate("UndoCommands", "A record in this step was removed for good, so the step cannot be "
                                         "undone or redone.")
    if isinstance(exc, editing.VersionConflict):
        return translate("UndoCommands", "A record changed after this step (in another window or program), so the "
                                         "step was not undone or redone, to keep that change. Its history still has "
                                         "every version.")
    return localized(exc) or exc.__class__.__name__


class ServiceCommand(QUndoCommand):
    """Base: skips the first redo (already done); subclasses implement _undo and _redo."""

    def __init__(self, catalogue: Catalogue, changes: Changes, report: Report, on_error: OnError | None = None):
        super().__init__(changes.description or "change")
        self.catalogue = catalogue
        self.changes = changes
        self._report = report
        self._on_error = on_error
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            result = run_write(step, self.catalogue)   # off the GUI thread; errors come back here
        except _EXPECTED as exc:
            self.setObsolete(True)   # QUndoStack drops a step that cannot be replayed
            if self._on_error is not None:
                self._on_error(_error_text(exc))
            return
        if result is not None and not result.is_empty():
            self._report(result)

    def _undo(self) -> Changes:
        raise NotImplementedError

    def _redo(self) -> Changes:
        raise NotImplementedError


class SnapshotCommand(ServiceCommand):
    """Undo writes the records back as they were before, redo as they were after; each time
    the records must still be as the previous step left them (else nothing is written)."""

    def __init__(self, catalogue, changes, report, on_error=None):
        super().__init__(catalogue, changes, report, on_error)
        self._before = editing.snapshots(changes, "before")
        self._after = editing.snapshots(changes, "after")

    def _undo(self) -> Changes:
        return editing.apply_snapshots(self.catalogue, list(self._before.values()), self._after,
                                       f"undo {self.text()}", action="undo")

    def _redo(self) -> Changes:
        return editing.apply_snapshots(self.catalogue, list(self._after.values()), self._before, self.text(),
                                       action="redo")


class EditCommand(SnapshotCommand):
    """An edit in the editor, or a restored past version."""


class BulkEditCommand(SnapshotCommand):
    """A bulk edit: every record it changed, as one step."""


class CreateCommand(ServiceCommand):
    """Undo moves the new record to the trash (nothing typed is lost); redo brings it back."""

    def _uids(self) -> list[str]:
        return sorted(self.changes.created)

    def _undo(self) -> Changes:
        return editing.delete(self.catalogue, self._uids())

    def _redo(self) -> Changes:
        return editing.restore(self.catalogue, self._uids())


class DeleteCommand(ServiceCommand):
    def _undo(self) -> Changes:
        return editing.restore(self.catalogue, sorted(self.changes.deleted))

    def _redo(self) -> Changes:
        return editing.delete(self.catalogue, sorted(self.changes.deleted))


class RestoreCommand(ServiceCommand):
    def _undo(self) -> Changes:
        return editing.delete(self.catalogue, sorted(self.changes.restored))

    def _redo(self) -> Changes:
        return editing.restore(self.catalogue, sorted(self.changes.restored))


class MergeCommand(ServiceCommand):
    """Undo separates the two records again (lists and attachments back); redo merges again."""

    def _undo(self) -> Changes:
        result = duplicates.unmerge(self.catalogue, self.changes)
        self._undone = result
        return result

    def _redo(self) -> Changes:
        info = self.changes.merge
        survivor = self.changes.after[info.survivor] if info is not None else None
        if info is None or survivor is None:
            raise KeyError("merge")        # not the changes of a merge: the step cannot be replayed
        self.changes = duplicates.merge(self.catalogue, info.survivor, info.loser, survivor,
                                        editing.versions(self._undone))
        return self.changes


class VocabularyCommand(ServiceCommand):
    """An add, rename, retire or merge of a vocabulary value, undone by its inverse."""

    def __init__(self, catalogue, changes, report, on_error=None, kind: str = "", **details):
        super().__init__(catalogue, changes, report, on_error)
        self.kind = kind            # add | rename | retire | unretire | merge
        self.details = details      # add: short; rename: short (new); merge: source, target

    def _edit(self) -> VocabularyEdit:
        edit = self.changes.vocabulary
        if edit is None:
            raise KeyError("vocabulary")   # not the changes of a vocabulary edit: the step cannot be replayed
        return edit

    def _undo(self) -> Changes:
        edit = self._edit()
        facet = edit.facet
        if self.kind == "add":
            return vocabularies.remove_unused_value(self.catalogue, facet, edit.name)
        if self.kind == "rename":
            return vocabularies.rename_value(self.catalogue, facet, edit.new, edit.old, short=edit.old_short)
        if self.kind in ("retire", "unretire"):
            return vocabularies.retire_value(self.catalogue, facet, edit.name, retired=self.kind == "unretire")
        return vocabularies.unmerge(self.catalogue, self.changes)

    def _redo(self) -> Changes:
        edit = self._edit()
        facet = edit.facet
        if self.kind == "add":
            return vocabularies.add_value(self.catalogue, facet, edit.name, self.details.get("short", ""))
        if self.kind == "rename":
            return vocabularies.rename_value(self.catalogue, facet, edit.old, edit.new,
                                             short=self.details.get("short"))
        if self.kind in ("retire", "unretire"):
            return vocabularies.retire_value(self.catalogue, facet, edit.name, retired=self.kind == "retire")
        self.changes = vocabularies.merge_values(self.catalogue, facet, self.details["source"],
                                                 self.details["target"])
        return self.changes


class AttachmentRemovalCommand(ServiceCommand):
    def _attachment(self) -> str:
        return self.changes.attachment

    def _undo(self) -> Changes:
        return attachments.unremove(self.catalogue, self._attachment())

    def _redo(self) -> Changes:
        return attachments.remove(self.catalogue, self._attachment())


class LinkCommand(ServiceCommand):
    """A link between two records made, changed (a number in a series) or removed, or a series'
    parts reordered (app/relations.py); ``kind`` is "link", "unlink" or "reorder"."""

    def __init__(self, catalogue, changes, report, on_error=None, kind: str = "link"):
        super().__init__(catalogue, changes, report, on_error)
        self.kind = kind

    def _undo(self) -> Changes:
        edit = self.changes.relation
        if self.kind == "reorder":
            return relations.reorder_parts(self.catalogue, edit.series, list(edit.parts_before))
        if self.kind == "unlink":
            return relations.restore_link(self.catalogue, edit.removed)
        row, previous = edit.link, edit.previous
        if previous is not None:
            return relations.restore_link(self.catalogue, previous)
        return relations.unlink(self.catalogue, row.subject_uid, row.kind, row.target_uid)

    def _redo(self) -> Changes:
        edit = self.changes.relation
        if self.kind == "reorder":
            return relations.reorder_parts(self.catalogue, edit.series, list(edit.parts_after))
        if self.kind == "unlink":
            row = edit.removed
            return relations.unlink(self.catalogue, row.subject_uid, row.kind, row.target_uid)
        return relations.restore_link(self.catalogue, edit.link)
