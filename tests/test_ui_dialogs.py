from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import attachments, editing, vocabularies
from app.change_log import set_user_name
from app.criteria import Criteria, parse_query
from db.records import RecordData
from ui.editing import vocabulary_dialog as vocab_module
from ui.detail.attachments_widget import AttachmentsWidget
from ui.editing.bulk_edit_dialog import BulkEditDialog
from ui.editing.duplicates_dialog import DuplicatesDialog
from ui.editing.editing_controller import EditingController
from ui.detail.history_widget import HistoryWidget, change_text
from ui.editing.merge_dialog import MergeDialog
from ui.editing.vocabulary_dialog import VocabularyDialog


@pytest.fixture(autouse=True)
def _no_prompts(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield
    set_user_name(None)


def all_uids(catalogue):
    return [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids)]


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# ---- bulk edit ---------------------------------------------------------------------------------

def test_bulk_preview_follows_the_form_and_apply_is_undoable(qtbot, catalogue):
    stack, reported = QUndoStack(), []
    uids = all_uids(catalogue)
    dialog = show(qtbot, BulkEditDialog(catalogue, uids, undo_stack=stack, report=reported.append))
    dialog.value_facet.setCurrentIndex(dialog.value_facet.findData("country"))
    qtbot.keyClicks(dialog.value, "Laos")
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled())
    rows = dialog.preview_rows()
    assert rows and all("Laos" in r.after and "Laos" not in r.before for r in rows)
    assert dialog.summary.text().startswith(f"{len(rows)} resource")
    dialog.apply_button.click()
    assert stack.undoText() == f"add country Laos to {len(rows)} resources"
    assert reported[-1].updated == {r.uid for r in rows}
    stack.undo()
    assert catalogue.count(parse_query("country:LA")) == len(uids) - len(rows)


def test_bulk_unknown_value_and_bad_regex_explain_themselves(qtbot, catalogue):
    dialog = show(qtbot, BulkEditDialog(catalogue, all_uids(catalogue)))
    qtbot.keyClicks(dialog.value, "Astrology")
    dialog.refresh_preview()
    assert "choose a value from the suggestions" in dialog.summary.text().lower()
    assert not dialog.apply_button.isEnabled()
    dialog.operation.setCurrentIndex(dialog.operation.findData("replace"))
    dialog.regex.setChecked(True)
    dialog.find.setText("(unclosed")
    dialog.refresh_preview()
    assert "regular expression is not valid" in dialog.summary.text()


def test_bulk_set_type_and_find_replace(qtbot, catalogue):
    uids = all_uids(catalogue)[:5]
    dialog = show(qtbot, BulkEditDialog(catalogue, uids))
    dialog.operation.setCurrentIndex(dialog.operation.findData("set"))
    dialog.set_value.setText("Guide")
    dialog.apply()
    assert all(catalogue.record(u).type == "Guide" for u in uids)
    dialog = show(qtbot, BulkEditDialog(catalogue, uids))
    dialog.operation.setCurrentIndex(dialog.operation.findData("replace"))
    dialog.find.setText("migrant")
    dialog.replacement.setText("MIGRANT")
    dialog.case.setChecked(True)
    dialog.refresh_preview()
    changing = {r.uid for r in dialog.preview_rows()}
    dialog.apply()
    assert all("MIGRANT" in catalogue.record(u).title for u in changing)


# ---- merge dialog -------------------------------------------------------------------------------

def test_merge_dialog_choices_and_survivor(qtbot, catalogue):
    a = catalogue.record(editing.create(catalogue, RecordData(title="Left", year=2020, themes=["Wages"])).uid)
    b = catalogue.record(editing.create(catalogue, RecordData(title="Right", summary="Only right",
                                                              themes=["Skills"])).uid)
    dialog = show(qtbot, MergeDialog(a, b, catalogue=catalogue))
    assert set(dialog.groups) == {"title", "year", "summary"}
    merged = dialog.merged_record()
    assert (merged.title, merged.year, merged.summary, merged.themes) == ("Left", 2020, "Only right",
                                                                         ["Wages", "Skills"])
    dialog.choose("title", 1)
    dialog.survivor.button(1).setChecked(True)
    merged = dialog.merged_record()
    assert merged.title == "Right" and merged.uid == b.uid
    assert (dialog.survivor_uid, dialog.loser_uid) == (b.uid, a.uid)


def test_controller_merge_records(qtbot, catalogue, monkeypatch):
    stack = QUndoStack()
    parent = show(qtbot, QWidget())
    controller = EditingController(catalogue, stack, parent)
    a = editing.create(catalogue, RecordData(title="Report on wages")).uid
    b = editing.create(catalogue, RecordData(title="Report on wages (2)", year=2021)).uid
    monkeypatch.setattr(MergeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    changes = controller.merge_records(a, b)
    assert changes.deleted == {b} and catalogue.record(a).year == 2021
    assert stack.undoText().startswith("merge “Report on wages (2)” into")
    stack.undo()
    assert catalogue.record(b).deleted_at is None


# ---- history ------------------------------------------------------------------------------------

def test_history_widget_lists_changes_and_restores_a_version(qtbot, catalogue):
    set_user_name("Somchai")
    uid = editing.create(catalogue, RecordData(title="First", countries=["TH"])).uid
    current = catalogue.record(uid)
    editing.update(catalogue, uid, replace(current, title="Second", countries=["TH", "LA"]), current.version)
    stack, reported = QUndoStack(), []
    widget = show(qtbot, HistoryWidget(catalogue, stack, reported.append))
    widget.set_record(uid)
    top = widget.tree.topLevelItem(0)
    assert "Somchai · Edited (version 2)" in top.text(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Title: First → Second", "Countries: + Laos"]
    assert not widget.restore_button.isEnabled()      # the latest version is the current one
    widget.tree.setCurrentItem(widget.tree.topLevelItem(1))
    assert widget.restore_button.isEnabled()
    with qtbot.waitSignal(widget.restored):
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert catalogue.record(uid).title == "First" and catalogue.record(uid).countries == ["TH"]
    assert stack.undoText() == "restore version 1 of “First”"
    assert "Restored an earlier version" in widget.tree.topLevelItem(0).text(0)
    stack.undo()
    assert catalogue.record(uid).title == "Second"


def test_change_text_for_lists_and_trash():
    from app.history import HistoryEntry
    assert change_text(HistoryEntry("themes", ["A", "B"], ["B", "C"])) == "Themes: + C, − A"
    assert change_text(HistoryEntry("deleted_at", None, "2025-01-01T00:00:00.000000Z")) == "Moved to the trash"
    assert change_text(HistoryEntry("year", None, 2020)) == "Year: — → 2020"


# ---- vocabularies ---------------------------------------------------------------------------------

def _name_dialog_answers(monkeypatch, name, short=""):
    def exec_(self):
        self.name.setText(name)
        self.short.setText(short)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(vocab_module._NameDialog, "exec", exec_)


def test_vocabulary_dialog_add_rename_merge_retire(qtbot, catalogue, monkeypatch):
    stack, reported = QUndoStack(), []
    dialog = show(qtbot, VocabularyDialog(catalogue, undo_stack=stack, report=reported.append, facet="theme"))
    _name_dialog_answers(monkeypatch, "Climate mobility")
    dialog.add()
    assert dialog.selected().name == "Climate mobility" and stack.undoText() == "add theme “Climate mobility”"
    dialog.select("COVID-19")
    _name_dialog_answers(monkeypatch, "COVID-19 pandemic")
    dialog.rename()
    assert catalogue.count(parse_query('theme:"COVID-19 pandemic"')) > 0
    assert reported[-1].vocabularies == {"theme"}

    def merge_exec(self):
        self.target.setText("Health")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(vocab_module._MergeTargetDialog, "exec", merge_exec)
    dialog.merge()
    assert stack.undoText() == "merge theme “COVID-19 pandemic” into “Health”"
    dialog.select("Health")
    dialog.toggle_retired()
    assert dialog.selected().retired and dialog.retire_button.text() == "Bring &back"
    for _ in range(4):
        stack.undo()
    assert catalogue.count(parse_query("theme:COVID-19")) > 0
    values = {v.name: v for v in vocabularies.values(catalogue, "theme")}
    assert "Climate mobility" not in values and not values["Health"].retired


def test_vocabulary_dialog_filter_and_tabs(qtbot, catalogue):
    dialog = show(qtbot, VocabularyDialog(catalogue, facet="organization"))
    dialog.filter.setText("labour")
    names = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert names == ["International Labour Organization"]
    assert not dialog.view.isColumnHidden(1)
    dialog.tabs.setCurrentIndex(1)   # themes: no short form
    assert dialog.facet == "theme" and dialog.view.isColumnHidden(1)


# ---- duplicates, attachments, controller ------------------------------------------------------------

def test_duplicates_dialog_not_duplicates_is_remembered(qtbot, catalogue):
    editing.create(catalogue, RecordData(title="A", doi="10.1000/pair"))
    editing.create(catalogue, RecordData(title="B", doi="10.1000/PAIR"))
    dialog = show(qtbot, DuplicatesDialog(catalogue))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "same DOI"
    with qtbot.waitSignal(dialog.merge_requested):
        dialog.merge_button.click()
    dialog.not_button.click()
    assert dialog.table.rowCount() == 0
    assert show(qtbot, DuplicatesDialog(catalogue)).table.rowCount() == 0


def test_attachments_widget_add_flag_remove_undo(qtbot, catalogue, tmp_path):
    uid = all_uids(catalogue)[0]
    file = tmp_path / "brief.pdf"
    file.write_bytes(b"%PDF-1.4")
    stack, reported = QUndoStack(), []
    widget = show(qtbot, AttachmentsWidget(catalogue, undo_stack=stack, report=reported.append))
    widget.set_record(uid)
    assert widget.empty.isVisible()
    widget.add_files([str(file)])
    # The file, its size, then where reading its text stands (issue 13): not read yet.
    assert widget.list.count() == 1 and widget.list.item(0).text() == "brief.pdf (8 bytes) — waiting to be read"
    attachments.list_for(catalogue, uid)[0].path.unlink()
    widget.refresh()
    assert "brief.pdf (8 bytes) — missing from the attachments folder" in widget.list.item(0).text()
    assert not widget.open_button.isEnabled()
    widget.remove_selected()
    assert widget.list.count() == 0 and stack.undoText() == "remove attachment brief.pdf"
    stack.undo()
    widget.refresh()
    assert widget.list.count() == 1


def test_controller_reuses_an_open_editor_and_asks_before_closing(qtbot, catalogue, monkeypatch):
    parent = show(qtbot, QWidget())
    controller = EditingController(catalogue, QUndoStack(), parent)
    uid = all_uids(catalogue)[0]
    editor = controller.edit_record(uid)
    qtbot.addWidget(editor)
    assert controller.edit_record(uid) is editor
    editor.form.title.setText("Changed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not controller.maybe_close_editors() and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert controller.maybe_close_editors()
    assert catalogue.record(uid).title == "Changed" and controller.editors == {}


def test_controller_duplicate_opens_an_unsaved_copy(qtbot, catalogue):
    parent = show(qtbot, QWidget())
    controller = EditingController(catalogue, QUndoStack(), parent)
    uid = all_uids(catalogue)[0]
    editor = controller.duplicate_record(uid)
    qtbot.addWidget(editor)
    assert editor.is_new and editor.form.title.text().endswith("(copy)")
