"""Issue 6 from the main window (pytest-qt): a trainer builds a ten-item list, reorders it, and
sends a DOCX in APA style with summaries plus a RIS file; lists as places in the Library;
bibliographies of the selection or the result; File › Print."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import reading_lists as rl
from app.criteria import parse_query
from tests.test_ui_integration_editing import activate, go_to_row, key, press_in
from tests.ui_helpers import check, when_modal
from tests.ui_helpers import make_window, settle
from ui.lists.places import LIST, Place
from ui.table.table_model import UID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def w(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    activate(qtbot, window)
    return window


def titles(window) -> list[str]:
    return [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]


def table_uids(window) -> list[str]:
    return [window.model.data(window.model.index(r, 0), UID_ROLE) for r in range(window.model.rowCount())]


def order(list_uid: str) -> list[str]:
    return [item.resource_uid for item in rl.items(list_uid)]


def new_list(qtbot, w, name: str) -> str:
    """Lists › New reading list (Ctrl+Shift+N), typed in the dialog, Enter."""
    def type_name(dialog):
        qtbot.keyClicks(dialog.name_edit, name)
        press_in(qtbot, dialog, Qt.Key.Key_Return)
    seen = when_modal(type_name)
    key(qtbot, w, Qt.Key.Key_N, CTRL | SHIFT)
    check(seen)
    info = rl.find_list(name)
    assert info is not None
    return info.uid


def add_selection_to(w, list_name: str) -> None:
    """The toolbar's "Add to list ▾" menu, as it looks when opened."""
    menu = w.actions.lists.add_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text().startswith(list_name + "  ("))
    assert action.isEnabled()
    action.trigger()


def test_a_ten_item_list_reordered_and_sent_as_docx_apa_with_summaries_and_ris(qtbot, w, catalogue, tmp_path):
    import rispy
    from docx import Document
    list_uid = new_list(qtbot, w, "Workshop Feb")
    settle(qtbot, w)
    assert w.place() == Place(LIST, list_uid)              # the new list is selected: empty so far
    assert w.empty.title.text() == "This reading list is empty."
    w.set_place(Place())                                   # back to All resources
    settle(qtbot, w)
    go_to_row(qtbot, w, 0)
    for _ in range(9):
        key(qtbot, w, Qt.Key.Key_Down, SHIFT)
    chosen = w.selected_uids()
    assert len(chosen) == 10
    add_selection_to(w, "Workshop Feb")
    assert order(list_uid) == chosen
    qtbot.waitUntil(lambda: w.library.reading_lists.lists.topLevelItem(0).text(1) == "10")

    w.library.reading_lists.select_list(list_uid)           # the list in the Library
    qtbot.waitUntil(lambda: w.place() == Place(LIST, list_uid))
    settle(qtbot, w)
    assert table_uids(w) == chosen                          # the table shows it in list order
    assert w.status_label.text() == "Showing 10 of 10 resources in the reading list “Workshop Feb”"

    items = w.library.reading_lists.items                   # reorder from the keyboard: Alt+Down twice
    items.setFocus()
    items.setCurrentIndex(items.model().index(0, 1))
    qtbot.keyClick(items, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(items, Qt.Key.Key_Down, ALT)
    expected = [chosen[1], chosen[2], chosen[0], *chosen[3:]]
    assert order(list_uid) == expected
    settle(qtbot, w)
    assert table_uids(w) == expected
    assert w.actions.undo.text() == "&Undo: reorder 'Workshop Feb'"

    written = {}

    def export(dialog):
        assert dialog.windowTitle() == "Export bibliography — Workshop Feb"
        assert dialog.fmt() == "docx" and dialog.options().style == "apa"
        dialog.summaries_check.setFocus()                   # (Tab there, or Alt+S on a real screen)
        press_in(qtbot, dialog, Qt.Key.Key_Space)
        assert dialog.summaries_check.isChecked()
        written["docx"] = dialog.export_to(tmp_path / "Workshop Feb.docx")
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("ris"))
        written["ris"] = dialog.export_to(tmp_path / "Workshop Feb.ris")
        dialog.reject()
    seen = when_modal(export)
    activate(qtbot, w)
    key(qtbot, w, Qt.Key.Key_B, CTRL | SHIFT)                # Export bibliography of the list
    check(seen)
    document = Document(str(written["docx"]))
    entries = [p.text for p in document.paragraphs if p.style.name == "Bibliography Entry"]
    assert len(entries) == 10
    records = [catalogue.record(u) for u in expected]
    for entry, record in zip(entries, records):
        assert record.title.split(":")[0][:30] in entry       # one entry per resource, in list order
    summaries = "\n".join(p.text for p in document.paragraphs)
    assert sum(1 for r in records if r.summary and r.summary[:40] in summaries) == sum(1 for r in records if r.summary)
    references = rispy.loads(written["ris"].read_text("utf-8"))
    assert [r["primary_title"] if "primary_title" in r else r["title"] for r in references] == [
        r.title for r in records]


def test_a_list_place_keeps_the_keywords_and_narrows_the_criteria_boxes(qtbot, w, catalogue):
    uids = table_uids(w)
    created = rl.create_list("Gulf")
    list_uid = created.uid
    w.apply_changes(created | rl.add_items(list_uid, uids[:4]))
    w.set_criteria(parse_query("migrant"))
    settle(qtbot, w)
    before = w.model.rowCount()
    w.library.reading_lists.select_list(list_uid)
    qtbot.waitUntil(lambda: w.place() == Place(LIST, list_uid))
    settle(qtbot, w)
    assert w.current_criteria().words == ("migrant",)       # other criteria still apply
    assert w.model.rowCount() <= min(4, before)
    assert sum(v.count for v in w.sidebar.boxes["type"].model.values()) <= 4
    assert w.chips.place_label.text() == "<b>Gulf</b>"
    assert w.library.places.selectedItems() == []           # one place at a time


def test_remove_from_list_keeps_the_record_and_deleting_the_list_goes_back_to_all(qtbot, w, catalogue):
    uids = table_uids(w)
    created = rl.create_list("Brief")
    list_uid = created.uid
    w.apply_changes(created | rl.add_items(list_uid, uids[:3]))
    w.set_place(Place(LIST, list_uid))
    settle(qtbot, w)
    assert w.library.reading_lists.current_list_uid() == list_uid
    go_to_row(qtbot, w, 1)
    gone = w.current_uid()
    key(qtbot, w, Qt.Key.Key_Delete, CTRL)                   # Ctrl+Del: remove from this list
    assert order(list_uid) == [uids[0], uids[2]] and catalogue.record(gone).deleted_at is None
    settle(qtbot, w)
    assert w.model.rowCount() == 2
    w.library.reading_lists.delete_current()                 # undoable, so no question
    settle(qtbot, w)
    assert w.place() == Place() and w.model.rowCount() == 20
    assert w.library.places.currentItem().text(0) == "All resources"
    w.undo_stack.undo()
    assert rl.get_list(list_uid) is not None


def test_bibliography_of_a_long_result_is_read_off_the_gui_thread(qtbot, w, monkeypatch):
    from ui.lists import list_actions
    monkeypatch.setattr(list_actions, "READ_IN_BACKGROUND", 5)
    w.table.clearSelection()
    source = w.actions.lists.source()
    assert source.title == "All resources" and len(source.entries) == 20
    assert [e.record.uid for e in source.entries] == table_uids(w)
    w.set_criteria(parse_query("migrant"))
    settle(qtbot, w)
    assert w.actions.lists.source().title == "All resources: migrant"


def test_export_of_a_long_bibliography_formats_in_the_background(qtbot, w, tmp_path, monkeypatch):
    from docx import Document
    from ui.lists import bibliography_dialog
    monkeypatch.setattr(bibliography_dialog, "PREVIEW_LIMIT", 3)
    dialog = bibliography_dialog.BibliographyDialog(w.actions.lists.source(), w)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.bibliography is not None, timeout=10000)
    assert len(dialog.bibliography.entries) == 3
    target = tmp_path / "all.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_interactively()
    document = Document(str(target))
    assert len([p for p in document.paragraphs if p.style.name == "Bibliography Entry"]) == 20


def test_file_print_prints_the_list(qtbot, w, tmp_path, monkeypatch):
    import pypdf
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    uids = table_uids(w)
    created = rl.create_list("Print me")
    w.apply_changes(created | rl.add_items(created.uid, uids[:6]))
    w.set_place(Place(LIST, created.uid))
    settle(qtbot, w)
    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", accept)
    key(qtbot, w, Qt.Key.Key_P, CTRL)                         # File › Print (Ctrl+P)
    text = " ".join("".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages).split())
    assert text.startswith("Print me APA 7th edition · 6 references")


def test_switching_catalogue_resets_the_library(qtbot, w, catalogue, tmp_path):
    uids = table_uids(w)
    created = rl.create_list("Only in the first")
    w.apply_changes(created | rl.add_items(created.uid, uids[:2]))
    w.set_place(Place(LIST, created.uid))
    settle(qtbot, w)
    editor = w.editing.edit_record(uids[0])
    qtbot.waitExposed(editor)
    assert w.open_catalogue(tmp_path / "second.db")         # the unchanged editor closes quietly
    settle(qtbot, w)
    assert not editor.isVisible() and w.editing.editors == {}
    assert w.place() == Place() and w.model.rowCount() == 20
    assert w.library.reading_lists.lists.topLevelItemCount() == 0
    assert w.library.reading_lists.current_list_uid() == ""
    assert w.undo_stack.count() == 0
