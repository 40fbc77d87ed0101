"""The reading-list panel and the bibliography dialog, driven as a user would (pytest-qt)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack

from app import bibliography as bibl
from app import reading_lists as rl
from app.criteria import Criteria
from ui.lists.reading_list_items import SOURCE_LIST_MIME, UIDS_MIME, mime_for_uids, uids_from_mime
from ui.lists.reading_list_panel import ReadingListPanel


@pytest.fixture
def uids(catalogue) -> list[str]:
    return [row.uid for row in catalogue.rows(catalogue.search(Criteria(), "title").ids)]


@pytest.fixture
def panel(qtbot, catalogue):
    stack = QUndoStack()
    widget = ReadingListPanel(undo_stack=stack)
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _names(panel) -> list[tuple[str, str]]:
    return [(panel.lists.topLevelItem(n).text(0), panel.lists.topLevelItem(n).text(1))
            for n in range(panel.lists.topLevelItemCount())]


def _order(list_uid) -> list[str]:
    return [item.resource_uid for item in rl.items(list_uid)]


def _workshop(panel, uids, n=4) -> str:
    uid = rl.create_list("Workshop", "Day one").uid
    rl.add_items(uid, uids[:n])
    panel.refresh()
    panel.select_list(uid)
    return uid


def _select_rows(panel, *rows) -> None:
    selection = panel.items.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(panel.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_empty_state_then_new_list_is_created_selected_and_announced(qtbot, panel, monkeypatch):
    assert panel.lists.topLevelItemCount() == 0 and panel.empty_hint.isVisible()
    monkeypatch.setattr(panel, "ask_properties", lambda *a: ("Workshop Feb", "for the training"))
    with qtbot.waitSignal(panel.changes) as changes, qtbot.waitSignal(panel.list_selected) as selected:
        panel.new_button.click()
    uid = selected.args[0]
    assert changes.args[0].reading_lists == {uid}
    assert _names(panel) == [("Workshop Feb", "0")]
    assert panel.current_list_uid() == uid and not panel.empty_hint.isVisible()
    assert panel.description.text() == "for the training"
    with qtbot.waitSignal(panel.list_selected, check_params_cb=lambda u: u == ""):
        panel.undo_stack.undo()       # the list is gone: nothing is selected any more
    assert rl.get_list(uid) is None and _names(panel) == [] and panel.current_list_uid() == ""


def test_selecting_a_list_shows_its_items_in_order(qtbot, panel, uids):
    uid = rl.create_list("Workshop").uid
    rl.add_items(uid, [uids[3], uids[0]])
    rl.set_note(uid, uids[0], "read chapter 3 first")
    panel.refresh()
    assert _names(panel) == [("Workshop", "2")]
    with qtbot.waitSignal(panel.list_selected, check_params_cb=lambda u: u == uid):
        panel.lists.setCurrentItem(panel.lists.topLevelItem(0))
    assert [panel.model.uid_at(r) for r in range(panel.model.rowCount())] == [uids[3], uids[0]]
    assert panel.model.index(1, 3).data() == "read chapter 3 first"
    assert panel.model.index(0, 0).data() == "1"


def test_edit_duplicate_and_delete_are_undoable(qtbot, panel, uids, monkeypatch):
    uid = _workshop(panel, uids)
    monkeypatch.setattr(panel, "ask_properties", lambda *a: ("Workshop March", "moved"))
    panel.edit_button.click()
    assert (rl.get_list(uid).name, rl.get_list(uid).description) == ("Workshop March", "moved")
    panel.duplicate_button.click()
    copy = panel.current_list_uid()
    assert copy != uid and rl.get_list(copy).name == "Workshop March (copy)"
    assert _order(copy) == _order(uid)
    panel.select_list(uid)
    panel.delete_button.click()                    # no confirmation: it can be undone
    assert rl.get_list(uid) is None
    assert all(rl.lists_for_resource(u) for u in uids[:4])   # the copy still holds them; records exist
    stack = panel.undo_stack
    stack.undo()
    assert _order(uid) == uids[:4] and rl.get_list(uid).name == "Workshop March"
    stack.undo()
    assert rl.get_list(copy) is None
    stack.undo()
    assert rl.get_list(uid).name == "Workshop"
    stack.redo()
    stack.redo()
    stack.redo()
    assert rl.get_list(uid) is None and rl.get_list(copy) is not None


def test_a_refused_name_is_shown_and_nothing_changes(qtbot, panel, uids, monkeypatch):
    _workshop(panel, uids)
    shown = []
    monkeypatch.setattr("ui.lists.reading_list_panel.QMessageBox.warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(panel, "ask_properties", lambda *a: ("workshop", ""))
    panel.new_button.click()
    assert shown == ["there is already a reading list called 'Workshop'"]
    assert panel.undo_stack.count() == 0 and len(rl.all_lists()) == 1


def _drop(widget, point, data: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


def test_dropping_resources_on_a_list_adds_them(qtbot, panel, uids):
    first = rl.create_list("First").uid
    rl.create_list("Second")
    panel.refresh()
    item = panel.lists.topLevelItem(0)
    point = panel.lists.visualItemRect(item).center()
    with qtbot.waitSignal(panel.changes) as changes:
        event = _drop(panel.lists, point, mime_for_uids([uids[5], uids[2]]))
    assert event.isAccepted()
    assert changes.args[0].resources == {uids[5], uids[2]}
    assert _order(first) == [uids[5], uids[2]]
    assert _names(panel)[0] == ("First", "2")
    plain = QMimeData()
    plain.setText("not resources")
    assert not _drop(panel.lists, point, plain).isAccepted()
    panel.undo_stack.undo()
    assert _order(first) == []


def test_items_drag_out_carries_uids_and_source(qtbot, panel, uids):
    uid = _workshop(panel, uids)
    data = panel.model.mimeData([panel.model.index(2, 1), panel.model.index(0, 1), panel.model.index(0, 2)])
    assert uids_from_mime(data) == [uids[0], uids[2]]
    assert bytes(data.data(SOURCE_LIST_MIME)).decode() == uid
    assert panel.model.mimeTypes() == [UIDS_MIME]


def test_drop_inside_the_items_moves_and_from_outside_inserts(qtbot, panel, uids):
    uid = _workshop(panel, uids)
    moved = panel.model.mimeData([panel.model.index(3, 0)])
    panel.model.dropMimeData(moved, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert _order(uid) == [uids[0], uids[3], uids[1], uids[2]]
    panel.model.dropMimeData(mime_for_uids([uids[9]]), Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert _order(uid) == [uids[9], uids[0], uids[3], uids[1], uids[2]]
    panel.model.dropMimeData(mime_for_uids([uids[8]]), Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert _order(uid)[-1] == uids[8]
    assert [panel.model.uid_at(r) for r in range(panel.model.rowCount())] == _order(uid)


def test_move_keys_and_delete_key(qtbot, panel, uids, catalogue):
    uid = _workshop(panel, uids)
    _select_rows(panel, 2, 3)
    panel.items.setFocus()
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _order(uid) == [uids[0], uids[2], uids[3], uids[1]]
    assert panel.selected_resource_uids() == [uids[2], uids[3]]   # the selection follows the rows
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _order(uid) == [uids[2], uids[3], uids[0], uids[1]]
    qtbot.keyClick(panel.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _order(uid) == [uids[0], uids[2], uids[3], uids[1]]
    total = catalogue.total()
    qtbot.keyClick(panel.items, Qt.Key.Key_Delete)
    assert _order(uid) == [uids[0], uids[1]]
    assert catalogue.total() == total and catalogue.record(uids[2]) is not None
    assert panel.items_hint.text() == "2 resources"
    panel.undo_stack.undo()
    assert _order(uid) == [uids[0], uids[2], uids[3], uids[1]]


def test_buttons_follow_the_selection(qtbot, panel, uids):
    assert not panel.delete_button.isEnabled()
    _workshop(panel, uids)
    assert panel.delete_button.isEnabled() and not panel.up_button.isEnabled()
    _select_rows(panel, 1)
    assert panel.up_button.isEnabled()
    panel.down_button.click()
    assert panel.selected_resource_uids() == [uids[1]]
    assert panel.model.uid_at(2) == uids[1]


def test_notes_are_edited_in_place_and_undoable(qtbot, panel, uids):
    uid = _workshop(panel, uids)
    index = panel.model.index(1, 3)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not panel.model.flags(panel.model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(panel.changes):
        panel.model.setData(index, "  อ่านบทที่ 3 ก่อน ")
    assert rl.items(uid)[1].note == "อ่านบทที่ 3 ก่อน"
    assert panel.model.index(1, 3).data() == "อ่านบทที่ 3 ก่อน"
    panel.undo_stack.undo()
    assert rl.items(uid)[1].note == ""


def test_apply_changes_from_elsewhere_refreshes_counts(qtbot, panel, uids):
    uid = _workshop(panel, uids, n=2)
    changes = rl.add_items(uid, [uids[7]])
    panel.apply_changes(changes)
    assert _names(panel) == [("Workshop", "3")] and panel.model.rowCount() == 3


# ---- the bibliography dialog -------------------------------------------------------------------

@pytest.fixture
def dialog(qtbot, panel, uids):
    from ui.lists.bibliography_dialog import BibliographyDialog
    uid = _workshop(panel, uids, n=5)
    rl.set_note(uid, uids[1], "read chapter 3 first")
    widget = BibliographyDialog(bibl.source_for_list(uid))
    qtbot.addWidget(widget)
    return widget


def _choose(box, key) -> None:
    box.setCurrentIndex(box.findData(key))


def test_preview_shows_exactly_what_is_written(qtbot, dialog, tmp_path):
    _choose(dialog.format_box, "txt")
    dialog.summaries_check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.toPlainText().startswith("Workshop\n========"))
    written = dialog.export_to(tmp_path / "list.txt").read_text("utf-8")
    assert dialog.preview.toPlainText() == written
    assert "    Note: read chapter 3 first" in written
    _choose(dialog.format_box, "html")
    dialog.update_preview()
    html = dialog.export_to(tmp_path / "list.html").read_text("utf-8")
    for entry in dialog.bibliography.entries:
        assert entry.text in dialog.preview.toPlainText()
        assert entry.title.split(":")[0] in html


def test_style_and_sort_change_the_preview(qtbot, dialog):
    _choose(dialog.format_box, "txt")
    dialog.update_preview()
    apa = dialog.preview.toPlainText()
    _choose(dialog.style_box, "chicago")     # rebuilt on the dialog's worker once the options settle
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        pass
    assert "Chicago author-date" in dialog.preview.toPlainText() and dialog.preview.toPlainText() != apa
    _choose(dialog.sort_box, "year")
    dialog.update_preview()
    years = [e.uid for e in dialog.bibliography.entries]
    assert years == [e.uid for e in bibl.build(dialog.source, dialog.options()).entries]


def test_export_docx_emits_the_path(qtbot, dialog, tmp_path):
    from docx import Document
    _choose(dialog.format_box, "docx")
    dialog.update_preview()
    with qtbot.waitSignal(dialog.exported) as signal:
        dialog.export_to(tmp_path / "w.docx")
    assert signal.args[0] == str(tmp_path / "w.docx")
    document = Document(signal.args[0])
    assert len([p for p in document.paragraphs if p.style.name == "Bibliography Entry"]) == 5


def test_reference_formats_preview_and_export(qtbot, dialog, tmp_path):
    import rispy
    if dialog.format_box.findData("ris") < 0:
        pytest.fail("RIS export (app/transfer/formats/ris.py) is missing")
    _choose(dialog.format_box, "ris")
    dialog.update_preview()
    assert dialog.preview.toPlainText().startswith("TY  - ")
    assert not dialog.style_box.isEnabled() and not dialog.print_button.isEnabled()
    path = dialog.export_to(tmp_path / "w.ris")
    assert len(rispy.loads(path.read_text("utf-8"))) == 5


def test_printing_paginates_like_the_pdf(qtbot, dialog, tmp_path):
    import pypdf
    from PySide6.QtPrintSupport import QPrinter
    dialog.summaries_check.setChecked(True)
    dialog.update_preview()
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = dialog.paint_on(printer)
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == pages >= 1


def test_an_undo_that_cannot_be_replayed_says_why(qtbot, panel, uids, monkeypatch):
    uid = _workshop(panel, uids)
    panel.delete_button.click()
    rl.create_list("Workshop")                     # the name is taken meanwhile (elsewhere)
    shown = []
    monkeypatch.setattr("ui.lists.reading_list_panel.QMessageBox.warning", lambda *a: shown.append(a[2]))
    panel.undo_stack.undo()
    assert rl.get_list(uid) is None
    assert len(shown) == 1 and "already a reading list called 'Workshop'" in shown[0]


def test_a_long_source_previews_the_first_references_and_writes_all(qtbot, panel, uids, tmp_path, monkeypatch):
    from docx import Document
    from ui.lists import bibliography_dialog
    monkeypatch.setattr(bibliography_dialog, "PREVIEW_LIMIT", 2)
    uid = _workshop(panel, uids, n=5)
    dialog = bibliography_dialog.BibliographyDialog(bibl.source_for_list(uid))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.bibliography is not None, timeout=10000)
    assert len(dialog.bibliography.entries) == 2
    assert "the first 2 of 5 references" in dialog.preview_label.text()
    document = Document(str(dialog.export_to(tmp_path / "all.docx")))
    assert len([p for p in document.paragraphs if p.style.name == "Bibliography Entry"]) == 5


def test_add_to_reading_list_menu(qtbot, panel, uids):
    from PySide6.QtWidgets import QMenu
    from ui.lists.reading_list_menu import fill_add_menu
    uid = rl.create_list("Workshop").uid
    selection = [uids[4], uids[6]]
    seen = []
    menu = QMenu(panel)
    fill_add_menu(menu, lambda: selection, panel.undo_stack, seen.append,
                  ask=lambda parent: ("Brief for MoL", "two items"))
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["Workshop  (0)", "New list with the selection…"]
    menu.actions()[0].trigger()
    assert _order(uid) == selection and seen[-1].reading_lists == {uid}
    menu.aboutToShow.emit()
    assert menu.actions()[0].text() == "Workshop  (2)"
    menu.actions()[-1].trigger()
    new = rl.find_list("Brief for MoL")
    assert new.description == "two items" and _order(new.uid) == selection
    panel.undo_stack.undo()
    assert rl.find_list("Brief for MoL") is None
    panel.undo_stack.undo()
    assert _order(uid) == []
