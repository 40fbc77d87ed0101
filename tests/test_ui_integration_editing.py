"""Issue 4 from the main window, as a librarian would do it (pytest-qt, keyboard first): fix a
record's country, tag 50 records by bulk edit, undo both, merge two duplicates, delete and
restore; the Trash and Quality places; the detail pane's lists and history; closing asks."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import editing
from app import reading_lists as rl
from app.criteria import Criteria, parse_query
from db.records import RecordData
from tests.test_ui_editor import pick, save_shortcut
from tests.ui_helpers import check, make_window, settle, when_modal
from ui.lists.places import LIST, QUALITY, TRASH, Place
from ui.table.table_model import UID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
HOUSING = "Housing and living conditions"


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch):
    """An editor left open by a test must not ask Save/Discard/Cancel at teardown."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def w(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    activate(qtbot, window)
    return window


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)     # window shortcuts need their window active


def press_in(qtbot, dialog, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key in a dialog's active window (its shortcuts need it active)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, k, modifier)


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.table, k, modifier)


def row_of(window, title_start: str) -> int:
    model = window.model
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(title_start))


def go_to_row(qtbot, window, row: int) -> None:
    """Keyboard focus in the table on ``row`` (Ctrl+T; Ctrl+Home, Down, Up select the first row
    alone; then the arrow keys)."""
    window.actions.go_results.trigger()
    key(qtbot, window, Qt.Key.Key_Home, CTRL)
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Up)
    for _ in range(row):
        key(qtbot, window, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.record() is not None
                    and window.detail.record().uid == window.model.data(window.model.index(row, 0), UID_ROLE))


def click_place(qtbot, window, place: Place) -> None:
    item = window.library._items[place]
    tree = window.library.places
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.place() == place)
    settle(qtbot, window)


def test_fix_a_country_in_the_editor_and_undo_it_from_the_keyboard(qtbot, w, catalogue):
    row = row_of(w, "Home truths")
    go_to_row(qtbot, w, row)
    uid = w.current_uid()
    before = catalogue.record(uid).countries
    key(qtbot, w, Qt.Key.Key_E, CTRL)                       # Ctrl+E opens the editor
    editor = w.editing.editors[uid]
    qtbot.waitExposed(editor)
    pick(qtbot, editor.form.countries, "viet")
    save_shortcut(qtbot, editor)                           # Ctrl+S saves and closes
    qtbot.waitUntil(lambda: uid not in w.editing.editors)
    assert "VN" in catalogue.record(uid).countries
    qtbot.waitUntil(lambda: "Viet" in w.detail.browser.toPlainText())
    assert w.actions.undo.text().startswith("&Undo: edit “Home truths")
    activate(qtbot, w)
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert catalogue.record(uid).countries == before
    qtbot.waitUntil(lambda: "Viet" not in w.detail.browser.toPlainText())
    assert w.actions.undo.text() == "&Undo" and w.actions.redo.text().startswith("&Redo: edit")


def test_enter_on_a_row_opens_its_editor(qtbot, w):
    go_to_row(qtbot, w, 2)
    key(qtbot, w, Qt.Key.Key_Return)
    uid = w.current_uid()
    assert uid in w.editing.editors and w.editing.editors[uid].isVisible()


def test_tag_fifty_records_by_bulk_edit_then_undo_both_steps(qtbot, w, catalogue):
    changes = None
    for i in range(35):
        changes = editing.create(catalogue, RecordData(title=f"Field report {i}")) | (changes or editing.Changes())
    w.apply_changes(changes)
    settle(qtbot, w)
    assert w.model.rowCount() == 55
    go_to_row(qtbot, w, 0)
    first = w.current_uid()
    key(qtbot, w, Qt.Key.Key_E, CTRL)
    editor = w.editing.editors[first]
    qtbot.waitExposed(editor)
    pick(qtbot, editor.form.countries, "lao")
    save_shortcut(qtbot, editor)
    qtbot.waitUntil(lambda: first not in w.editing.editors)
    activate(qtbot, w)
    go_to_row(qtbot, w, 0)
    for _ in range(49):                                    # Shift+Down: the first 50 rows
        key(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    selected = w.selected_uids()
    assert len(selected) == 50
    already = catalogue.count(parse_query(f'theme:"{HOUSING}"'))

    def bulk(dialog):
        assert dialog.windowTitle() == "Bulk edit 50 resources"
        dialog.value.setFocus()
        qtbot.keyClicks(dialog.value, HOUSING)
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=3000)
        qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    seen = when_modal(bulk)
    key(qtbot, w, Qt.Key.Key_B, CTRL)                       # Ctrl+B: bulk edit the selection
    check(seen)
    assert all(HOUSING in catalogue.record(u).themes for u in selected)
    assert catalogue.count(parse_query(f'theme:"{HOUSING}"')) == 50 + sum(
        1 for i in catalogue.search(parse_query(f'theme:"{HOUSING}"')).ids
        if catalogue.rows([i])[0].uid not in selected)
    undo_text = w.actions.undo.text()
    assert undo_text.startswith(f"&Undo: add theme {HOUSING} to ") and undo_text.endswith(" resources")
    activate(qtbot, w)
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    key(qtbot, w, Qt.Key.Key_Z, CTRL)
    assert catalogue.count(parse_query(f'theme:"{HOUSING}"')) == already
    assert "LA" not in catalogue.record(first).countries
    settle(qtbot, w)
    assert w.sidebar.boxes["theme"].model.values()  # counts came back
    assert {v.label: v.count for v in w.sidebar.boxes["theme"].model.values()}.get(HOUSING, 0) == already


def test_merge_two_duplicates_from_the_keyboard(qtbot, w, catalogue):
    a = editing.create(catalogue, RecordData(title="Wage theft in the Gulf", doi="10.1000/wt", year=2021))
    b = editing.create(catalogue, RecordData(title="Wage theft in the Gulf (copy)", doi="10.1000/wt",
                                             countries=["QA"]))
    w.apply_changes(a | b)
    settle(qtbot, w)
    w.set_criteria(parse_query("wage theft"))
    settle(qtbot, w)
    assert w.model.rowCount() == 2
    w.actions.go_results.trigger()
    key(qtbot, w, Qt.Key.Key_A, CTRL)
    assert w.actions.edit.merge.isEnabled()

    def merge(dialog):
        assert dialog.windowTitle() == "Merge two records"
        press_in(qtbot, dialog, Qt.Key.Key_Return, CTRL)    # Ctrl+Enter merges
    seen = when_modal(merge)
    key(qtbot, w, Qt.Key.Key_M, CTRL)
    check(seen)
    live = [catalogue.record(u) for u in (a.uid, b.uid)]
    survivor = next(r for r in live if r.deleted_at is None)
    assert sum(r.deleted_at is not None for r in live) == 1
    assert survivor.year == 2021 and "QA" in survivor.countries
    settle(qtbot, w)
    assert w.model.rowCount() == 1
    assert w.actions.undo.text().startswith("&Undo: merge")


def test_delete_then_restore_from_the_trash(qtbot, w, catalogue):
    go_to_row(qtbot, w, 1)
    uid, title = w.current_uid(), w.detail.record().title
    key(qtbot, w, Qt.Key.Key_Delete)                       # moves to the trash, no question asked
    assert catalogue.record(uid).deleted_at is not None
    settle(qtbot, w)
    assert w.model.rowCount() == 19 and w.status_label.text() == "Showing 19 of 19 resources"
    qtbot.waitUntil(lambda: w.library._items[Place(TRASH)].text(1) == "1")
    click_place(qtbot, w, Place(TRASH))
    assert w.status_label.text() == "Showing 1 of 1 resource in the trash"
    assert w.chips.place_label.text() == "<b>Trash</b>"
    assert w.library.places.currentItem().text(0) == "Trash"
    go_to_row(qtbot, w, 0)
    assert w.current_uid() == uid and "In the trash" in w.detail.browser.toPlainText()
    assert not w.actions.edit.bulk_edit.isEnabled() and w.actions.edit.restore.isEnabled()
    assert w.actions.edit.delete.text() == "&Delete for good…"
    key(qtbot, w, Qt.Key.Key_R, CTRL)                       # Ctrl+R restores
    assert catalogue.record(uid).deleted_at is None
    settle(qtbot, w)
    assert w.results_stack.currentWidget() is w.empty and w.empty.title.text() == "The trash is empty."
    click_place(qtbot, w, Place())
    assert w.model.rowCount() == 20 and title in [w.model.data(w.model.index(r, 0)) for r in range(20)]


def test_delete_for_good_and_empty_trash_ask_with_the_count(qtbot, w, catalogue, monkeypatch):
    uids = [catalogue.rows([i])[0].uid for i in catalogue.search(Criteria()).ids[:3]]
    w.apply_changes(w.editing.delete_records(uids))
    click_place(qtbot, w, Place(TRASH))
    assert w.model.rowCount() == 3
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    go_to_row(qtbot, w, 0)
    key(qtbot, w, Qt.Key.Key_Delete)                       # in the trash: delete for good, after asking
    assert asked and asked[0].startswith("Remove 1 resource in the trash for good")
    assert catalogue.record(uids[0]) is None or catalogue.count(Criteria(trash=True)) == 2
    settle(qtbot, w)
    assert w.model.rowCount() == 2
    w.actions.edit.empty_trash.trigger()
    assert asked[-1].startswith("Remove 2 resources")
    settle(qtbot, w)
    assert catalogue.count(Criteria(trash=True)) == 0 and w.empty.title.text() == "The trash is empty."


def test_quality_list_opens_in_the_table_and_shrinks_as_records_are_fixed(qtbot, w, catalogue):
    qtbot.waitUntil(lambda: w.library._items[Place(QUALITY, "no_year")].text(1) == "16")
    click_place(qtbot, w, Place(QUALITY, "no_year"))
    assert w.model.rowCount() == 16
    assert w.status_label.text() == "Showing 16 of 16 resources on the list “No year”"
    types = {v.label: v.count for v in w.sidebar.boxes["type"].model.values()}
    assert sum(types.values()) <= 16                        # the criteria boxes follow the place
    w.set_criteria(w.current_criteria().with_value("type", "Report"))
    settle(qtbot, w)
    assert w.model.rowCount() == types["Report"] and w.place() == Place(QUALITY, "no_year")
    w.clear_criteria()
    settle(qtbot, w)
    uid = w.model.data(w.model.index(0, 0), UID_ROLE)
    record = catalogue.record(uid)
    record.year = 2019
    w.apply_changes(editing.update(catalogue, uid, record, record.version))
    settle(qtbot, w)
    assert w.model.rowCount() == 15
    qtbot.waitUntil(lambda: w.library._items[Place(QUALITY, "no_year")].text(1) == "15")


def test_detail_pane_shows_reading_lists_and_history(qtbot, w, catalogue, monkeypatch):
    from ui.preferences_dialog import USER_NAME
    go_to_row(qtbot, w, 0)
    uid = w.current_uid()
    list_uid = rl.create_list("Workshop Feb").uid
    w.apply_changes(rl.add_items(list_uid, [uid]))
    qtbot.waitUntil(lambda: "Workshop Feb" in w.detail.browser.toPlainText())

    def name(dialog):
        dialog.name_edit.setText("Somchai (librarian)")
        dialog.accept()
    seen = when_modal(name)
    w.actions.edit.preferences.trigger()
    check(seen)
    assert w.settings.value(USER_NAME) == "Somchai (librarian)"
    record = catalogue.record(uid)
    record.countries = [*record.countries, "KH"]
    w.apply_changes(editing.update(catalogue, uid, record, record.version))
    w.detail.setCurrentWidget(w.features.tabs.history)
    history = w.features.tabs.history.tree
    qtbot.waitUntil(lambda: history.topLevelItemCount() >= 1)
    top = history.topLevelItem(0)
    assert "Somchai (librarian)" in top.text(0)
    assert "Countries: + Cambodia" in [top.child(n).text(0) for n in range(top.childCount())]
    assert w.detail.isTabEnabled(w.detail.indexOf(w.features.tabs.attachments))
    anchor = next(a for a, target in w.detail.links().items() if target == ("reading_list", list_uid))
    from PySide6.QtCore import QUrl
    w.detail.browser.anchorClicked.emit(QUrl(f"#{anchor}"))  # the list's link opens the list
    qtbot.waitUntil(lambda: w.place() == Place(LIST, list_uid))
    settle(qtbot, w)
    assert w.model.rowCount() == 1 and w.library.reading_lists.current_list_uid() == list_uid


def test_closing_with_an_unsaved_editor_asks(qtbot, w, monkeypatch):
    editor = w.editing.new_record()
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.form.title, "A draft I must not lose")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    assert not w.close()                                    # "go back": nothing closes
    assert asked == ["Save your changes to “A draft I must not lose”?"]
    assert w.isVisible() and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert w.close()
    assert not editor.isVisible()


def test_table_context_menu_follows_selection_and_place(qtbot, w, catalogue):
    from PySide6.QtWidgets import QMenu
    go_to_row(qtbot, w, 0)
    key(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    menu = QMenu()
    w.actions.edit.fill_context_menu(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Edit resource…", "Dupl&icate resource…", "&Delete", "&Bulk edit…",
                     "&Merge the two resources…", "&Add to reading list", "Export &selection…",
                     "Bibliography of the &selection…"]
    assert not w.actions.edit.duplicate.isEnabled()         # two rows selected
    w.apply_changes(w.editing.delete_records(w.selected_uids()))
    click_place(qtbot, w, Place(TRASH))
    w.actions.go_results.trigger()
    key(qtbot, w, Qt.Key.Key_A, CTRL)
    menu = QMenu()
    w.actions.edit.fill_context_menu(menu)
    assert [a.text() for a in menu.actions()] == ["Res&tore from trash", "&Delete for good…"]


def test_find_duplicates_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, w, catalogue, monkeypatch):
    import threading

    from app import duplicates
    from ui import jobs as background
    from ui.editing.duplicates_dialog import DuplicatesDialog
    editing.create(catalogue, RecordData(title="Same report", doi="10.1000/x1"))
    editing.create(catalogue, RecordData(title="Same report again", doi="10.1000/x1"))
    threads = []
    real_find = duplicates.find_pairs

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_find(*args, **kwargs)
    monkeypatch.setattr(duplicates, "find_pairs", spy)
    shown = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: shown.append(self.table.rowCount()) or 0)
    w.actions.edit.find_duplicates.trigger()
    assert shown == [1] and threads and threads[0] is not threading.main_thread()

    release = threading.Event()

    def slow(_progress, cancelled):
        while not cancelled() and not release.is_set():
            release.wait(0.01)
        return "done"

    def cancel(dialog):
        assert dialog.labelText() == "Looking slowly…"
        press_in(qtbot, dialog, Qt.Key.Key_Escape)        # Esc cancels, as the Cancel button does
    seen = when_modal(cancel)
    finished, result = background.run_with_progress(w, "Looking slowly…", slow, show_after_ms=0)
    release.set()
    check(seen)
    assert (finished, result) == (False, None)
    finished, result = background.run_with_progress(w, "Quick", lambda p, c: 42)
    assert (finished, result) == (True, 42)


def test_dragging_rows_onto_a_reading_list_adds_them(qtbot, w, catalogue):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent
    created = rl.create_list("Brief for MoL")
    list_uid = created.uid
    w.apply_changes(created)
    settle(qtbot, w)           # the refreshed rows are in before the selection is made (the write below lets them land)
    go_to_row(qtbot, w, 0)
    key(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    rows = w.selected_rows()
    mime = w.model.mimeData([w.model.index(r, 0) for r in rows])   # what a drag from the table carries
    assert w.model.flags(w.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    lists = w.library.reading_lists.lists
    item = lists.topLevelItem(0)
    pos = QPointF(lists.visualItemRect(item).center())
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    lists.dropEvent(event)
    assert [i.resource_uid for i in rl.items(list_uid)] == w.selected_uids()
    qtbot.waitUntil(lambda: lists.topLevelItem(0).text(1) == "3")
    assert w.actions.undo.text() == "&Undo: add 3 resources to 'Brief for MoL'"


def test_the_duplicates_list_is_compared_off_the_gui_thread_and_cancel_stays_put(qtbot, w, catalogue, monkeypatch):
    from app import duplicates
    from ui.lists.places import DUPLICATES
    w.apply_changes(editing.create(catalogue, RecordData(title="Same report", doi="10.1000/x1"))
                    | editing.create(catalogue, RecordData(title="Same report again", doi="10.1000/x1")))
    click_place(qtbot, w, DUPLICATES)
    assert sorted(titles_shown(w)) == ["Same report", "Same report again"]
    click_place(qtbot, w, Place())
    real_find = duplicates.find_pairs

    def slow(catalogue_, cancelled=None):       # as on a big catalogue: runs until cancelled
        while not cancelled():
            time.sleep(0.01)
        return real_find(catalogue_, cancelled)
    monkeypatch.setattr(duplicates, "find_pairs", slow)

    def cancel(dialog):
        assert dialog.labelText() == "Looking for likely duplicates…"
        press_in(qtbot, dialog, Qt.Key.Key_Escape)
    seen = when_modal(cancel)
    w.set_place(DUPLICATES)
    check(seen)
    assert w.place() == Place() and w.library.places.currentItem().text(0) == "All resources"


def titles_shown(window) -> list[str]:
    return [window.model.data(window.model.index(r, 0)) for r in range(window.model.rowCount())]


def test_a_quality_list_is_a_place_in_the_criteria(catalogue):
    """Service side of the Quality places (app.criteria / app.catalogue): no Qt needed."""
    from app import quality
    base = Criteria(quality="no_year")
    assert parse_query("report", base).quality == "no_year"
    assert parse_query("report", base).cleared_all() == base and base.is_empty()
    no_year = catalogue.search(base).ids
    assert no_year == quality.ids(catalogue, "no_year")
    assert catalogue.count(parse_query("type:report", base)) == catalogue.count(
        parse_query("type:report year:none"))
    assert catalogue.facets(base).undated == len(no_year)
