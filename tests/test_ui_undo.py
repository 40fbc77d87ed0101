from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from app import attachments, bulk_edit, duplicates, editing, vocabularies
from app.criteria import Criteria, parse_query
from db.records import RecordData
from ui.editing.bulk_edit_dialog import BulkEditDialog
from ui.editing.editing_controller import EditingController
from ui.undo_commands import (
    AttachmentRemovalCommand, BulkEditCommand, EditCommand, MergeCommand, VocabularyCommand,
)


@pytest.fixture(autouse=True)
def _no_prompts(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


class Harness:
    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.stack = QUndoStack()
        self.reported = []
        self.errors = []

    def push(self, command_class, changes, **kw):
        self.stack.push(command_class(self.catalogue, changes, self.reported.append, self.errors.append, **kw))


@pytest.fixture
def h(qtbot, catalogue):
    return Harness(catalogue)


def uids(catalogue, n=None):
    rows = catalogue.rows(catalogue.search(Criteria()).ids)
    return [r.uid for r in rows][:n]


def test_edit_undo_redo(h):
    uid = uids(h.catalogue, 1)[0]
    record = h.catalogue.record(uid)
    h.push(EditCommand, editing.update(h.catalogue, uid, replace(record, countries=["LA"]), record.version))
    assert h.stack.undoText().startswith("edit “")
    assert h.reported == []          # the first redo is the action already done: nothing replayed
    h.stack.undo()
    assert h.catalogue.record(uid).countries == record.countries
    assert h.reported[-1].updated == {uid}
    h.stack.redo()
    assert h.catalogue.record(uid).countries == ["LA"]
    h.stack.undo()
    h.stack.redo()
    assert h.catalogue.record(uid).countries == ["LA"] and h.errors == []


def test_bulk_edit_is_one_step_with_its_name(h):
    targets = uids(h.catalogue, 12)
    changes = bulk_edit.apply(h.catalogue, targets, bulk_edit.AddValue("theme", "Skills"))
    h.push(BulkEditCommand, changes)
    assert h.stack.count() == 1 and h.stack.undoText() == changes.description
    h.stack.undo()
    assert h.catalogue.count(parse_query("theme:Skills")) == 0
    h.stack.redo()
    assert h.catalogue.count(parse_query("theme:Skills")) == len(changes.updated)


def test_undo_refuses_to_overwrite_a_later_change_elsewhere(h):
    uid = uids(h.catalogue, 1)[0]
    record = h.catalogue.record(uid)
    h.push(EditCommand, editing.update(h.catalogue, uid, replace(record, title="Mine"), record.version))
    current = h.catalogue.record(uid)
    editing.update(h.catalogue, uid, replace(current, title="Another window"), current.version)
    h.stack.undo()
    assert h.catalogue.record(uid).title == "Another window"
    assert len(h.errors) == 1 and "changed after this step" in h.errors[0]
    assert h.stack.count() == 0      # the step that cannot be replayed leaves the stack


def test_delete_and_restore_through_the_controller(qtbot, h):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = EditingController(h.catalogue, h.stack, parent)
    seen = []
    controller.changes_made.connect(seen.append)
    targets = uids(h.catalogue, 3)
    controller.delete_records(targets)
    assert seen[-1].deleted == set(targets) and h.stack.undoText() == "delete 3 resources"
    assert h.catalogue.count(Criteria(trash=True)) == 3
    h.stack.undo()
    assert h.catalogue.count(Criteria(trash=True)) == 0 and seen[-1].restored == set(targets)
    h.stack.redo()
    controller.restore_records(targets[:1])
    assert h.stack.undoText() == "restore " + editing.quoted_title(h.catalogue.record(targets[0]).title)
    assert h.catalogue.count(Criteria(trash=True)) == 2


def test_empty_trash_asks_with_the_count(qtbot, h, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = EditingController(h.catalogue, h.stack, parent)
    controller.delete_records(uids(h.catalogue, 2))
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    assert controller.empty_trash().is_empty()
    assert "Remove 2 resources" in asked[0] and h.catalogue.count(Criteria(trash=True)) == 2
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    changes = controller.empty_trash()
    assert len(changes.deleted) == 2 and h.catalogue.count(Criteria(trash=True)) == 0


def test_vocabulary_rename_and_merge_undo(h):
    changes = vocabularies.rename_value(h.catalogue, "theme", "COVID-19", "Pandemic")
    h.push(VocabularyCommand, changes, kind="rename", short=None)
    h.stack.undo()
    assert h.catalogue.count(parse_query("theme:COVID-19")) > 0
    h.stack.redo()
    assert h.catalogue.count(parse_query("theme:Pandemic")) > 0
    before = h.catalogue.count(parse_query("theme:Health"))
    changes = vocabularies.merge_values(h.catalogue, "theme", "Pandemic", "Health")
    h.push(VocabularyCommand, changes, kind="merge", source="Pandemic", target="Health")
    h.stack.undo()
    assert h.catalogue.count(parse_query("theme:Health")) == before
    h.stack.redo()
    h.stack.undo()
    assert h.catalogue.count(parse_query("theme:Pandemic")) > 0 and h.errors == []


def test_vocabulary_add_and_retire_undo(h):
    h.push(VocabularyCommand, vocabularies.add_value(h.catalogue, "theme", "Climate"), kind="add", short="")
    h.stack.undo()
    assert "Climate" not in [v.name for v in vocabularies.values(h.catalogue, "theme")]
    h.stack.redo()
    assert "Climate" in [v.name for v in vocabularies.values(h.catalogue, "theme")]
    h.push(VocabularyCommand, vocabularies.retire_value(h.catalogue, "theme", "Climate"), kind="retire")
    h.stack.undo()
    assert not [v for v in vocabularies.values(h.catalogue, "theme") if v.name == "Climate"][0].retired


def test_merge_undo_and_redo(h):
    a = editing.create(h.catalogue, RecordData(title="Same report", doi="10.1000/m")).uid
    b = editing.create(h.catalogue, RecordData(title="Same report (copy)", doi="10.1000/m", year=2020)).uid
    merged = duplicates.merged_draft(h.catalogue.record(a), h.catalogue.record(b))
    h.push(MergeCommand, duplicates.merge(h.catalogue, a, b, merged, {a: 1, b: 1}))
    h.stack.undo()
    assert h.catalogue.record(b).deleted_at is None and h.catalogue.record(a).year is None
    h.stack.redo()
    assert h.catalogue.record(b).deleted_at is not None and h.catalogue.record(a).year == 2020
    h.stack.undo()
    assert h.catalogue.record(b).deleted_at is None and h.errors == []


def test_attachment_removal_undo(h, tmp_path):
    uid = uids(h.catalogue, 1)[0]
    file = tmp_path / "a.pdf"
    file.write_bytes(b"%PDF")
    att = attachments.add(h.catalogue, uid, file).attachment
    h.push(AttachmentRemovalCommand, attachments.remove(h.catalogue, att))
    assert attachments.list_for(h.catalogue, uid) == []
    h.stack.undo()
    assert [a.uid for a in attachments.list_for(h.catalogue, uid)] == [att]
    assert h.stack.undoText() == "remove attachment a.pdf" or h.stack.redoText() == "remove attachment a.pdf"


def test_done_means_scenario_from_the_keyboard(qtbot, h, monkeypatch):
    """Fix a record's country, tag 50 records with a theme, undo both, delete and restore."""
    from tests.test_ui_editor import pick, save_shortcut
    from ui.editing.editor import RecordEditor
    for i in range(35):
        editing.create(h.catalogue, RecordData(title=f"Field report {i}"))
    targets = uids(h.catalogue, 50)
    record = h.catalogue.record(targets[0])
    editor = RecordEditor(h.catalogue, record, undo_stack=h.stack, report=h.reported.append)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    pick(qtbot, editor.form.countries, "viet")
    save_shortcut(qtbot, editor)
    assert "VN" in h.catalogue.record(record.uid).countries

    dialog = BulkEditDialog(h.catalogue, targets, undo_stack=h.stack, report=h.reported.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.value.setFocus()
    qtbot.keyClicks(dialog.value, "Housing and living conditions")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=3000)
    already = h.catalogue.count(parse_query('theme:"Housing and living conditions"'))
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    assert h.catalogue.count(parse_query('theme:"Housing and living conditions"')) == already + len(
        dialog.changes.updated)
    assert h.stack.undoText() == f"add theme Housing and living conditions to {len(dialog.changes.updated)} resources"
    h.stack.undo()
    h.stack.undo()
    assert h.catalogue.record(record.uid).countries == record.countries
    assert h.catalogue.count(parse_query('theme:"Housing and living conditions"')) == already
    assert h.errors == []
    h.stack.redo()
    h.stack.redo()
    assert "VN" in h.catalogue.record(record.uid).countries and h.errors == []


def test_undo_of_a_purged_record_says_so(h):
    uid = uids(h.catalogue, 1)[0]
    record = h.catalogue.record(uid)
    h.push(EditCommand, editing.update(h.catalogue, uid, replace(record, title="Edited"), record.version))
    editing.delete(h.catalogue, [uid])
    editing.purge(h.catalogue, [uid])
    h.stack.undo()
    assert h.errors == ["A record in this step was removed for good, so the step cannot be undone or redone."]
