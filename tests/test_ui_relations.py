"""Records that belong together in the window: the detail pane's links, a click away."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from app import editing, relations
from app.criteria import parse_query
from db.records import RecordData
from tests.ui_helpers import make_window, settle
from ui.detail import relations_section


def new(cat, title, **f) -> str:
    return editing.create(cat, RecordData(title=title, **f)).uid


def _click(w, uid: str) -> None:
    anchor = next(a for a, target in w.detail.links().items() if target == ("record", uid))
    w.detail.browser.anchorClicked.emit(QUrl(f"#{anchor}"))


def test_also_in_names_languages_in_their_own_script_and_goes_there(qtbot, qapp, catalogue, tmp_path):
    en = new(catalogue, "Recruitment fees report", languages=["en"])
    th = new(catalogue, "รายงานค่าธรรมเนียม", languages=["th"])
    vi = new(catalogue, "Báo cáo phí", languages=["vi"])
    relations.link(catalogue, th, "version", en)
    relations.link(catalogue, vi, "version", en)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query('"Recruitment fees report"'))
    settle(qtbot, w)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: "Also in:" in w.detail.browser.toPlainText())
    text = w.detail.browser.toPlainText()
    assert "Also in: ไทย · Tiếng Việt" in text
    _click(w, th)      # one click to the Thai version
    qtbot.waitUntil(lambda: w.detail.record() is not None and w.detail.record().uid == th)
    assert "Also in: English · Tiếng Việt" in w.detail.browser.toPlainText()


def test_series_parts_previous_next_and_replaced_by(qtbot, qapp, catalogue, tmp_path):
    series = new(catalogue, "TRIANGLE in ASEAN Quarterly Briefing Notes")
    parts = [new(catalogue, f"Briefing note {n}") for n in (1, 2, 3)]
    for n, uid in enumerate(parts, start=1):
        relations.link(catalogue, uid, "series", series, str(n))
    old, newer = new(catalogue, "Strategy 2017–2020"), new(catalogue, "Strategy 2021–2024", year=2021)
    relations.link(catalogue, newer, "replaces", old)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.show_record(parts[1])
    qtbot.waitUntil(lambda: "Part of:" in w.detail.browser.toPlainText())
    text = w.detail.browser.toPlainText()
    assert "Part of: TRIANGLE in ASEAN Quarterly Briefing Notes, No. 2" in text
    assert "previous" in text and "next" in text
    _click(w, parts[2])
    qtbot.waitUntil(lambda: w.detail.record().uid == parts[2])
    _click(w, series)
    qtbot.waitUntil(lambda: w.detail.record().uid == series)
    text = w.detail.browser.toPlainText()
    assert "Parts of this series (3)" in text
    assert text.index("Briefing note 1") < text.index("Briefing note 2") < text.index("Briefing note 3")
    w.show_record(old)
    qtbot.waitUntil(lambda: "Replaced by" in w.detail.browser.toPlainText())
    html, _ = relations_section.render(catalogue, catalogue.record(old))
    assert "color:" in html.split("Replaced by")[0]          # it stands out
    assert "Strategy 2021–2024 (2021)" in w.detail.browser.toPlainText()


def test_a_record_without_links_has_no_section(catalogue, qapp):
    uid = new(catalogue, "Alone")
    assert relations_section.render(catalogue, catalogue.record(uid)) == ("", {})


def test_history_says_what_was_linked(catalogue, qapp):
    from app import history
    from ui.detail.history_widget import change_text
    a, b = new(catalogue, "Report"), new(catalogue, "Series")
    relations.link(catalogue, a, "series", b, "3")
    relations.unlink(catalogue, a, "series", b)
    steps = history.list_history(catalogue, a)
    assert change_text(steps[1].entries[0], catalogue) == "Made part of the series “Series”, No. 3"
    assert change_text(steps[0].entries[0], catalogue) == "No longer part of the series “Series”, No. 3"
    assert change_text(history.list_history(catalogue, b)[1].entries[0], catalogue) == "Part added: “Report”, No. 3"


def test_editor_links_with_the_picker_and_every_step_undoes(qtbot, qapp, catalogue, monkeypatch):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMessageBox
    from db.records import OrganizationRef
    from ui.editing.editor import RecordEditor
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    series = new(catalogue, "Mekong labour notes")
    parts = [new(catalogue, f"Quarterly note {n}") for n in (1, 2)]
    en = new(catalogue, "Fees report", year=2022, organizations=[OrganizationRef("ILO")], languages=["en"])
    th = new(catalogue, "รายงานค่าธรรมเนียม", year=2022, organizations=[OrganizationRef("ILO")], languages=["th"])
    stack, reported = QUndoStack(), []
    editor = RecordEditor(catalogue, catalogue.record(parts[0]), undo_stack=stack, report=reported.append)
    qtbot.addWidget(editor)
    box = editor.relations
    box.kind.setCurrentIndex(0)                       # Part of the series
    qtbot.keyClicks(box.picker, "Mekong notes")
    labels = box.picker.search_now()
    assert labels == ["Mekong labour notes"]
    box.picker.pick(labels[0])
    box.number.setText("1")
    assert box.add_button.isEnabled()
    box.add_button.click()
    assert relations.relations_of(catalogue, parts[0]).part_of[0].number == "1"
    assert reported and stack.count() == 1 and box.links.count() == 1
    box.links.setCurrentRow(0)
    box.number.setText("2022 Q1")
    box.renumber_button.click()
    assert relations.relations_of(catalogue, parts[0]).part_of[0].number == "2022 Q1"
    stack.undo()
    assert relations.relations_of(catalogue, parts[0]).part_of[0].number == "1"
    stack.undo()
    assert relations.relations_of(catalogue, parts[0]).part_of == []
    stack.redo()
    assert relations.relations_of(catalogue, parts[0]).part_of[0].number == "1"
    editor.reject()
    # The series: reorder its parts, undoably.
    relations.link(catalogue, parts[1], "series", series, "2")
    editor = RecordEditor(catalogue, catalogue.record(series), undo_stack=stack, report=reported.append)
    qtbot.addWidget(editor)
    box = editor.relations
    assert [box.links.item(i).text() for i in range(box.links.count())] == [
        "Part: No. 1 · Quarterly note 1", "Part: No. 2 · Quarterly note 2"]
    box.links.setCurrentRow(1)
    box.up_button.click()
    assert [p.uid for p, _ in relations.relations_of(catalogue, series).parts] == [parts[1], parts[0]]
    stack.undo()
    assert [p.uid for p, _ in relations.relations_of(catalogue, series).parts] == [parts[0], parts[1]]
    box.links.setCurrentRow(0)
    box.remove_button.click()
    assert len(relations.relations_of(catalogue, series).parts) == 1
    stack.undo()
    assert len(relations.relations_of(catalogue, series).parts) == 2
    editor.reject()
    # A likely language version is offered, and linked only when confirmed.
    editor = RecordEditor(catalogue, catalogue.record(en), undo_stack=stack, report=reported.append)
    qtbot.addWidget(editor)
    box = editor.relations
    assert box.suggestions.count() == 1 and relations.relations_of(catalogue, en).versions == []
    box.suggestions.setCurrentRow(0)
    box.confirm_button.click()
    assert [r.uid for r in relations.relations_of(catalogue, en).versions] == [th]
    assert box.suggestions.count() == 0
    stack.undo()
    assert relations.relations_of(catalogue, en).versions == []
    editor.reject()


def test_a_new_record_is_saved_before_it_is_linked(qtbot, qapp, catalogue):
    from ui.editing.editor import RecordEditor
    editor = RecordEditor(catalogue, None)
    qtbot.addWidget(editor)
    assert not hasattr(editor.relations, "links")


def test_view_one_row_per_work_in_the_preferred_language(qtbot, qapp, catalogue, tmp_path):
    from ui.preferences_dialog import PREFERRED_LANGUAGES
    en = new(catalogue, "Zebra fees report", languages=["en"])
    th = new(catalogue, "Zebra รายงาน", languages=["th"])
    relations.link(catalogue, th, "version", en)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.settings.setValue(PREFERRED_LANGUAGES, "th, en")
    w.set_criteria(parse_query("zebra"))
    settle(qtbot, w)
    assert w.model.rowCount() == 2
    action = w.relations.one_per_work
    assert action in w.menu("view").actions() and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    settle(qtbot, w)
    assert w.model.rows_data([0])[0].uid == th
    languages = next(i for i in range(w.model.columnCount()) if w.model.headerData(i, Qt.Orientation.Horizontal) == "Languages")
    assert "(also English)" in w.model.index(0, languages).data()
    assert w.settings.value("view/one_per_work") == "true"
    action.trigger()
    qtbot.waitUntil(lambda: w.model.rowCount() == 2)
