from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QToolButton

from app import editing
from app.criteria import Criteria
from db.records import RecordData
from ui.editing import editor as editor_module
from ui.editing.editor import RecordEditor
from ui.editing.editor_dialogs import DuplicateWarning, VersionConflictDialog


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch):
    """An editor left dirty by a test would ask Save/Discard/Cancel when closed at teardown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


@pytest.fixture
def reported():
    return []


def open_editor(qtbot, catalogue, record, stack, reported) -> RecordEditor:
    editor = RecordEditor(catalogue, record, undo_stack=stack, report=reported.append)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def first_record(catalogue):
    return catalogue.record_by_id(catalogue.search(Criteria()).ids[0])


def save_shortcut(qtbot, editor):
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)   # a window shortcut needs its window active
    qtbot.keyClick(editor.focusWidget() or editor.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def pick(qtbot, picker, text: str) -> None:
    """Type into a picker and press Enter in its suggestion list, as a user would."""
    picker.input.setFocus()
    qtbot.keyClicks(picker.input, text)
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.input.text() == "")


def test_fix_a_country_from_the_keyboard_and_save_with_ctrl_s(qtbot, catalogue, stack, reported):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    pick(qtbot, editor.form.countries, "lao")
    assert editor.form.countries.values()[-1] == "LA"
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved) as saved:
        save_shortcut(qtbot, editor)
    assert "LA" in catalogue.record(record.uid).countries
    assert saved.args[0].updated == {record.uid}
    assert reported == [saved.args[0]]
    assert stack.count() == 1 and stack.undoText().startswith("edit “")
    assert not editor.isVisible()


def test_country_code_finds_the_country(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, RecordData(title="x"), stack, reported)
    pick(qtbot, editor.form.countries, "LA")
    pick(qtbot, editor.form.languages, "thai")
    assert editor.form.countries.values() == ["LA"]
    assert editor.form.languages.values() == ["th"]
    chips = [b.text() for b in editor.form.countries._chips_box.findChildren(QToolButton)]
    assert chips == ["Laos  ✕"]


def test_enter_in_a_picker_adds_a_chip_but_never_saves(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, RecordData(title="Draft"), stack, reported)
    editor.form.keywords.input.setFocus()
    qtbot.keyClicks(editor.form.keywords.input, "wage arrears")
    editor.form.keywords._completer.popup().hide()
    qtbot.keyClick(editor.form.keywords.input, Qt.Key.Key_Return)
    assert editor.form.keywords.values() == ["wage arrears"]
    assert editor.isVisible() and stack.count() == 0


def test_backspace_in_empty_picker_removes_last_chip(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, RecordData(title="x", themes=["Wages", "Skills"]), stack, reported)
    editor.form.themes.input.setFocus()
    qtbot.keyClick(editor.form.themes.input, Qt.Key.Key_Backspace)
    assert editor.form.themes.values() == ["Wages"]


def test_validation_messages_at_the_fields_block_saving(qtbot, catalogue, stack, reported):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    editor.form.title.clear()
    qtbot.keyClicks(editor.form.year, "1850")
    editor.form.isbn.setText("978-0-00-000000-1")
    save_shortcut(qtbot, editor)
    assert editor.isVisible()
    assert editor.form.message("title") == "A title is required."
    assert editor.form.message("year").startswith("The year must be between 1900")
    assert "check digit" in editor.form.message("isbn")
    assert catalogue.record(record.uid).title == record.title and stack.count() == 0


def test_message_appears_while_typing_a_bad_url(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, RecordData(title="x"), stack, reported)
    qtbot.keyClicks(editor.form.url, "www.ilo.org")
    assert "http" in editor.form.message("url")
    editor.form.url.clear()
    qtbot.keyClicks(editor.form.url, "https://www.ilo.org")
    assert editor.form.message("url") == ""


def test_new_record_is_created_and_undo_moves_it_to_trash(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, None, stack, reported)
    qtbot.keyClicks(editor.form.title, "Remittances in Nepal, a field study")
    pick(qtbot, editor.form.themes, "remit")
    with qtbot.waitSignal(editor.saved) as saved:
        save_shortcut(qtbot, editor)
    uid = saved.args[0].uid
    assert catalogue.record(uid).themes == ["Remittances"]
    assert stack.undoText() == "create “Remittances in Nepal, a field study”"
    stack.undo()
    assert catalogue.record(uid).deleted_at is not None
    stack.redo()
    assert catalogue.record(uid).deleted_at is None


@pytest.mark.parametrize("answer,saved,closed", [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, False, True),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_escape_with_changes_asks_save_discard_or_cancel(qtbot, catalogue, stack, reported, monkeypatch,
                                                        answer, saved, closed):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    qtbot.keyClick(editor.form.title, Qt.Key.Key_End)
    qtbot.keyClicks(editor.form.title, " revised")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    qtbot.keyClick(editor.form.title, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert (catalogue.record(record.uid).title == record.title + " revised") == saved
    assert editor.isVisible() != closed


def test_escape_without_changes_just_closes(qtbot, catalogue, stack, reported, monkeypatch):
    editor = open_editor(qtbot, catalogue, first_record(catalogue), stack, reported)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without changes"))
    qtbot.keyClick(editor.form.title, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_pending_picker_text_counts_as_a_change(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, first_record(catalogue), stack, reported)
    editor.form.keywords.input.setText("half typed")
    assert editor.is_dirty()


def _answer(monkeypatch, dialog_class, button_name):
    """Make the dialog, when shown, click one of its buttons (its own wiring decides the result)."""
    seen = []

    def exec_(self):
        seen.append(self)
        getattr(self, button_name).click()
        return self.result()
    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def test_version_conflict_shows_both_and_keeps_mine_on_request(qtbot, catalogue, stack, reported, monkeypatch):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    editing.update(catalogue, record.uid, replace(record, year=2001), record.version)  # another window
    editor.form.title.setText("Mine")
    editor.form.changed.emit("title")
    seen = _answer(monkeypatch, VersionConflictDialog, "mine_button")
    save_shortcut(qtbot, editor)
    dialog = seen[0]
    fields = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert fields == ["Title", "Year"]
    assert dialog.table.item(0, 1).text() == "Mine" and dialog.table.item(1, 2).text() == "2001"
    stored = catalogue.record(record.uid)
    assert stored.title == "Mine" and stored.version == record.version + 2


def test_version_conflict_use_theirs_reloads_the_form(qtbot, catalogue, stack, reported, monkeypatch):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    editing.update(catalogue, record.uid, replace(record, title="Theirs"), record.version)
    editor.form.title.setText("Mine")
    editor.form.changed.emit("title")
    _answer(monkeypatch, VersionConflictDialog, "theirs_button")
    save_shortcut(qtbot, editor)
    assert editor.isVisible() and editor.form.title.text() == "Theirs"
    assert catalogue.record(record.uid).title == "Theirs"
    assert not editor.is_dirty()


def test_version_conflict_back_to_editing_writes_nothing(qtbot, catalogue, stack, reported, monkeypatch):
    record = first_record(catalogue)
    editor = open_editor(qtbot, catalogue, record, stack, reported)
    editing.update(catalogue, record.uid, replace(record, title="Theirs"), record.version)
    editor.form.title.setText("Mine")
    monkeypatch.setattr(VersionConflictDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    save_shortcut(qtbot, editor)
    assert editor.isVisible() and editor.form.title.text() == "Mine"
    assert catalogue.record(record.uid).title == "Theirs"


def test_duplicate_warning_save_anyway(qtbot, catalogue, stack, reported, monkeypatch):
    existing = editing.create(catalogue, RecordData(title="Original", doi="10.1000/dup")).uid
    editor = open_editor(qtbot, catalogue, RecordData(title="Something new", doi="https://doi.org/10.1000/DUP"),
                         stack, reported)
    seen = _answer(monkeypatch, DuplicateWarning, "save_button")
    with qtbot.waitSignal(editor.saved):
        save_shortcut(qtbot, editor)
    assert seen[0].selected == existing
    assert catalogue.count(Criteria(words=("something",))) == 1


def test_duplicate_warning_open_existing(qtbot, catalogue, stack, reported, monkeypatch):
    existing = editing.create(catalogue, RecordData(title="Original", doi="10.1000/dup")).uid
    editor = open_editor(qtbot, catalogue, RecordData(title="Copy", doi="10.1000/dup"), stack, reported)
    _answer(monkeypatch, DuplicateWarning, "open_button")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.open_record_requested) as opened:
        save_shortcut(qtbot, editor)
    assert opened.args == [existing]
    assert not editor.isVisible() and stack.count() == 0


def test_duplicate_warning_merge_a_draft_into_the_existing_record(qtbot, catalogue, stack, reported, monkeypatch):
    existing = editing.create(catalogue, RecordData(title="Original", doi="10.1000/dup", themes=["Wages"])).uid
    editor = open_editor(qtbot, catalogue, RecordData(title="Copy", doi="10.1000/dup", themes=["Skills"], year=2020),
                         stack, reported)
    _answer(monkeypatch, DuplicateWarning, "merge_button")

    def merge_exec(self):
        self.choose("title", 0)
        self.merge_button.click()
        return self.result()
    monkeypatch.setattr(editor_module.MergeDialog, "exec", merge_exec)
    with qtbot.waitSignal(editor.saved):
        save_shortcut(qtbot, editor)
    merged = catalogue.record(existing)
    assert (merged.title, merged.year, merged.themes) == ("Original", 2020, ["Skills", "Wages"])
    assert catalogue.count(Criteria(words=("copy",))) == 0


def test_editing_without_touching_identity_fields_skips_the_duplicate_check(qtbot, catalogue, stack, reported,
                                                                           monkeypatch):
    editing.create(catalogue, RecordData(title="A", doi="10.1000/same"))
    uid = editing.create(catalogue, RecordData(title="B", doi="10.1000/same")).uid
    editor = open_editor(qtbot, catalogue, catalogue.record(uid), stack, reported)
    monkeypatch.setattr(DuplicateWarning, "exec", lambda self: pytest.fail("warned again"))
    editor.form.summary.setPlainText("Only the summary changed.")
    with qtbot.waitSignal(editor.saved):
        save_shortcut(qtbot, editor)


def test_window_close_button_asks_too(qtbot, catalogue, stack, reported, monkeypatch):
    editor = open_editor(qtbot, catalogue, first_record(catalogue), stack, reported)
    editor.form.notes.setPlainText("typed notes")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.close()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.finished):
        editor.close()
    assert not editor.isVisible()


def test_opening_does_not_select_the_whole_title(qtbot, catalogue, stack, reported):
    editor = open_editor(qtbot, catalogue, first_record(catalogue), stack, reported)
    qtbot.waitUntil(lambda: not editor.form.title.hasSelectedText())
    qtbot.keyClicks(editor.form.title, "X")
    assert editor.form.title.text() != "X"
