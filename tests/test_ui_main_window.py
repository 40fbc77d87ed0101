from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl

from app.changes import Changes
from app.criteria import Criteria, parse_query
from tests.ui_helpers import click_header, click_value, facet_counts, make_window, settle
from ui.table.table_model import ADDED_COLUMN, COLUMNS, UID_ROLE


def titles(window) -> list[str]:
    model = window.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_opens_on_every_resource_latest_first(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    assert w.model.rowCount() == 20
    assert w.status_label.text() == "Showing 20 of 20 resources"
    assert titles(w) == [r.title for r in catalogue.rows(catalogue.search(Criteria(), "latest").ids)]
    assert w.table.horizontalHeader().sortIndicatorSection() == ADDED_COLUMN
    assert facet_counts(w, "country")["Thailand"] == 3


def test_typing_a_keyword_filters_the_table(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "housing")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    settle(qtbot, w)
    assert titles(w)[0].startswith("Home truths")
    assert w.status_label.text() == "Showing 1 of 20 resources"
    assert [c.text() for c in w.chips.chips()] == ["Search: housing  ✕"]
    assert facet_counts(w, "country") == {"Malaysia": 1, "Singapore": 1, "Thailand": 1}


def test_ticking_a_facet_value_narrows_rows_and_other_counts(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    themes_before = facet_counts(w, "theme")
    with qtbot.waitSignal(w.criteria_changed):
        click_value(qtbot, w, "country", "Thailand")
    settle(qtbot, w)
    assert w.model.rowCount() == 3
    assert w.sidebar.keyword.text() == "country:Thailand"   # the query text follows the tick
    assert w.current_criteria().values("country") == ("Thailand",)
    themes_after = facet_counts(w, "theme")
    assert themes_after != themes_before
    assert sum(themes_after.values()) < sum(themes_before.values())
    # The country box ignores its own selection: other countries stay clickable with their counts.
    assert facet_counts(w, "country")["Malaysia"] == 3
    assert w.sidebar.boxes["country"].selected_values() == ["Thailand"]


def test_query_text_ticks_the_box_and_unticking_edits_the_text(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "housing country:TH")
    qtbot.waitUntil(lambda: w.current_criteria().values("country") == ("TH",))
    settle(qtbot, w)
    assert w.sidebar.boxes["country"].selected_values() == ["Thailand"]
    assert w.sidebar.boxes["country"].is_expanded()
    click_value(qtbot, w, "country", "Thailand")   # untick: the alias TH goes too
    qtbot.waitUntil(lambda: not w.current_criteria().values("country"))
    settle(qtbot, w)
    assert w.sidebar.keyword.text() == "housing"
    assert w.sidebar.boxes["country"].selected_values() == []


def test_a_bad_query_says_why_and_keeps_the_results(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "colour:red")
    qtbot.keyClick(w.sidebar.keyword.edit, Qt.Key.Key_Return)
    assert "unknown field" in w.sidebar.keyword.message.text().lower()
    assert w.model.rowCount() == 20 and w.current_criteria().is_empty()


def test_clicking_a_country_in_the_detail_pane_filters_by_it(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    row = titles(w).index(next(t for t in titles(w) if t.startswith("Home truths")))
    w.table.selectRow(row)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    assert "Home truths" in w.detail.browser.toPlainText()
    anchor = next(a for a, target in w.detail.links().items() if target == ("country", "Thailand"))
    with qtbot.waitSignal(w.criteria_changed):
        w.detail.browser.anchorClicked.emit(QUrl(f"#{anchor}"))
    settle(qtbot, w)
    assert w.current_criteria() == parse_query("country:Thailand")
    assert w.model.rowCount() == 3
    assert w.selected_uids() == [catalogue.rows([w.model.id_at(w.selected_rows()[0])])[0].uid]


def test_detail_pane_states(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    assert "Select a resource" in w.detail.browser.toPlainText()
    w.table.selectAll()
    qtbot.waitUntil(lambda: "20 resources selected" in w.detail.browser.toPlainText())
    assert len(w.selected_uids()) == 20
    w.table.clearSelection()
    qtbot.waitUntil(lambda: "Select a resource" in w.detail.browser.toPlainText())
    assert w.current_uid() is None


def test_sorting_by_a_header_is_done_by_the_database(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    click_header(qtbot, w, 0)   # Title: ascending first
    qtbot.waitUntil(lambda: w.controller.sort == "title")
    settle(qtbot, w)
    assert titles(w) == [r.title for r in catalogue.rows(catalogue.search(Criteria(), "title", False).ids)]
    click_header(qtbot, w, 0)   # again: descending
    qtbot.waitUntil(lambda: w.controller.descending)
    settle(qtbot, w)
    assert titles(w) == [r.title for r in catalogue.rows(catalogue.search(Criteria(), "title", True).ids)]
    countries = [c.key for c in COLUMNS].index("countries")
    click_header(qtbot, w, countries)   # not sortable: nothing changes
    assert (w.controller.sort, w.table.horizontalHeader().sortIndicatorSection()) == ("title", 0)


def test_sorting_keeps_the_selected_record(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.table.selectRow(5)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    uid = w.current_uid()
    click_header(qtbot, w, 0)
    qtbot.waitUntil(lambda: w.controller.sort == "title")
    settle(qtbot, w)
    assert w.selected_uids() == [uid]


def test_empty_state_and_clear_criteria(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "zzqqxx")
    qtbot.waitUntil(lambda: w.results_stack.currentWidget() is w.empty)
    assert "No resources match" in w.empty.title.text()
    assert w.status_label.text() == "Showing 0 of 20 resources"
    qtbot.mouseClick(w.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.model.rowCount() == 20)
    assert w.results_stack.currentWidget() is w.table
    assert w.sidebar.keyword.text() == ""


def test_chips_remove_one_criterion(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query("migrant country:Thailand theme:COVID-19"))
    settle(qtbot, w)
    chips = {c.text(): c for c in w.chips.chips()}
    assert "Country: Thailand  ✕" in chips
    qtbot.mouseClick(chips["Country: Thailand  ✕"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.current_criteria().values("country"))
    assert w.current_criteria() == parse_query("migrant theme:COVID-19")


def test_keyboard_find_escape_and_down(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.activateWindow()
    w.table.setFocus()
    w.actions.find.trigger()    # Ctrl+F
    assert w.actions.find.shortcut().toString() == "Ctrl+F"
    qtbot.waitUntil(lambda: w.sidebar.keyword.edit.hasFocus())
    qtbot.keyClicks(w.sidebar.keyword.edit, "housing")
    qtbot.keyClick(w.sidebar.keyword.edit, Qt.Key.Key_Down)   # into the results
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    assert w.detail.record().title.startswith("Home truths")
    w.sidebar.keyword.focus()
    qtbot.keyClick(w.sidebar.keyword.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.model.rowCount() == 20)
    assert w.current_criteria().is_empty() and w.sidebar.keyword.text() == ""


def test_apply_changes_refreshes_rows_counts_and_detail(qtbot, catalogue, tmp_path):
    from app import editing
    from db.records import RecordData
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    changes = editing.create(catalogue, RecordData(title="ที่อยู่อาศัยของแรงงานข้ามชาติ", countries=["TH"]))
    w.apply_changes(changes)
    qtbot.waitUntil(lambda: w.model.rowCount() == 21)
    settle(qtbot, w)
    assert facet_counts(w, "country")["Thailand"] == 4
    assert titles(w)[0] == "ที่อยู่อาศัยของแรงงานข้ามชาติ"
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    uid = w.current_uid()
    record = catalogue.record(uid)
    record.title = "ที่อยู่อาศัย (แก้ไข)"
    w.apply_changes(editing.update(catalogue, uid, record, record.version))
    qtbot.waitUntil(lambda: w.detail.record().title == "ที่อยู่อาศัย (แก้ไข)")
    assert titles(w)[0] == "ที่อยู่อาศัย (แก้ไข)"
    assert not Changes().affects_results


def test_feature_menus_and_undo_stack(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    lists = w.menu("lists")
    assert w.menu("lists") is lists
    titles_ = [a.text() for a in w.menuBar().actions()]
    assert titles_ == ["&File", "&Edit", "&View", "&Lists", "&Tools", "&Help"]   # as UX.md sketches
    reports = w.menu("reports")             # a later feature's menu goes before Help
    assert [a.text() for a in w.menuBar().actions()][-2:] == ["&Reports", "&Help"] and reports is w.menu("reports")
    edit_actions = w.menus["edit"].actions()
    assert w.actions.undo in edit_actions and w.actions.redo in edit_actions
    assert not w.actions.undo.isEnabled()
    assert w.table.accessibleName() == "Resources" and w.sidebar.accessibleName() == "Criteria"
    assert w.detail.accessibleName() == "Resource details"
    assert w.model.data(w.model.index(0, 0), UID_ROLE)


def test_show_record_selects_it_or_shows_it_alone(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.model.data(w.model.index(7, 0))
    uid = w.model.data(w.model.index(7, 0), UID_ROLE)
    w.show_record(uid)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    assert w.selected_uids() == [uid] and w.current_uid() == uid
    w.set_criteria(parse_query("housing"))
    settle(qtbot, w)
    other = next(u for u in (catalogue.rows([i])[0].uid for i in catalogue.search(Criteria()).ids) if u != uid
                 and "Home truths" not in catalogue.record(u).title)
    w.show_record(other)
    assert w.detail.record().uid == other and w.selected_uids() == []


def test_web_links_open_in_the_browser(qtbot, catalogue, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query("housing"))
    settle(qtbot, w)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    url = w.detail.record().url
    assert url and url in w.detail.browser.toHtml()
    w.detail.browser.anchorClicked.emit(QUrl(url))
    assert opened == [url]
    assert w.current_criteria() == parse_query("housing")   # a web link never changes the search


def test_syntax_help_opens_once_and_is_found_again_not_kept_on_the_window(qtbot, catalogue, tmp_path):
    from ui import file_commands
    from ui.syntax_help import SyntaxHelpDialog
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    file_commands.show_syntax_help(window)
    file_commands.show_syntax_help(window)
    dialogs = window.findChildren(SyntaxHelpDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert not [name for name in vars(window) if "syntax" in name]
    dialogs[0].close()


@pytest.mark.parametrize("total_kept", [False, True])
def test_first_page_is_painted_before_the_whole_order_and_is_its_head(qtbot, catalogue, tmp_path, monkeypatch,
                                                                      total_kept):
    """Opening a catalogue whose order is not worked out yet shows the head of that order first
    (issue 17); the whole answer then adds the rows below it: the same rows in the same order, and
    the row selected meanwhile stays selected. The status bar shows the count with the head only if
    it is known without counting (kept from an earlier session), and then the same count."""
    from PySide6.QtCore import QSettings

    from db.count_cache import CountCache
    from ui import search_controller
    from ui.main_window import MainWindow
    monkeypatch.setattr(search_controller, "FIRST_PAGE_ROWS", 5)
    if total_kept:
        catalogue.planner.count_store = CountCache(tmp_path / "counts", "test")
        catalogue.total()                          # counted once: kept for the "next session"
    catalogue.drop_caches()
    w = MainWindow(catalogue, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    seen: list = []
    resets: list = []

    def on_first_page(page):
        # The window has shown the head (its own slot runs first); select a row as a user might.
        seen.append((list(w.model.ids()), w.status_label.text(), w.controller.search_pending, titles(w)))
        w.table.selectRow(2)
        w.model.modelReset.connect(lambda: resets.append(True))
    w.controller.first_page_ready.connect(on_first_page)
    w.show()
    settle(qtbot, w)
    whole = catalogue.search(Criteria(), "latest").ids
    assert len(seen) == 1
    head, status, pending, head_titles = seen[0]
    assert pending and len(head) == 5
    assert head == list(whole[:5]) and list(w.model.ids()) == list(whole)
    assert head_titles == titles(w)[:5]
    assert w.status_label.text() == "Showing 20 of 20 resources"
    assert status == (w.status_label.text() if total_kept else "")
    assert not resets                              # rows added below the head, not a new table
    assert w.selected_rows() == [2] and w.selected_ids() == [whole[2]]
    assert facet_counts(w, "country")["Thailand"] == 3


def test_no_first_page_once_the_order_is_known(qtbot, catalogue, tmp_path):
    catalogue.search(Criteria(), "latest")         # the whole order is cached: it is the answer at once
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    w = MainWindow(catalogue, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    seen: list = []
    w.controller.first_page_ready.connect(seen.append)
    w.show()
    settle(qtbot, w)
    assert seen == [] and w.model.rowCount() == 20


class _RowPaints(QObject):
    """Counts paints of a table's viewport made while the table has rows."""

    def __init__(self, window):
        super().__init__()
        self.window, self.count = window, 0
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.window.model.rowCount():
            self.count += 1
        return False


@pytest.mark.parametrize("order_known", [False, True])
def test_the_first_rows_of_a_catalogue_just_opened_are_painted_at_once(qtbot, catalogue, tmp_path, order_known):
    """The first rows shown after opening (the head of the order, or the whole answer when the order
    is known) are painted by the window's own slot, before anything else the same turn of the event
    loop brings (the counts kept from an earlier start, which fill the sidebar, and the warm-up)."""
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    if order_known:
        catalogue.search(Criteria(), "latest")
    else:
        catalogue.drop_caches()
    w = MainWindow(catalogue, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    paints = _RowPaints(w)
    painted_when_shown: list = []
    signal = w.controller.results_ready if order_known else w.controller.first_page_ready
    signal.connect(lambda *_: painted_when_shown.append((w.model.rowCount(), paints.count)))   # after the window's slot
    w.show()
    settle(qtbot, w)
    rows, painted = painted_when_shown[0]
    assert rows > 0 and painted >= 1
