"""The window's side of issue 19: excluding a value in the sidebar (Ctrl-click, Ctrl+Space, the
context menu), chips for excluded values and whole expressions, the notice for what the boxes
cannot show, completion in the search box, and the search history."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.criteria import parse_query
from tests.ui_helpers import facet_counts, make_window, settle


def _row(box, label):
    for row in range(box.proxy.rowCount()):
        index = box.proxy.index(row, 0)
        if index.data() == label:
            return index
    raise AssertionError(label)


def test_ctrl_click_excludes_a_value_struck_through_with_a_chip(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    box = w.sidebar.boxes["country"]
    box.set_expanded(True)
    index = _row(box, "Thailand")
    box.view.scrollTo(index)
    with qtbot.waitSignal(w.criteria_changed):
        qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=box.view.visualRect(index).center())
    settle(qtbot, w)
    assert w.current_criteria().excluded_values("country") == ("Thailand",)
    assert w.sidebar.keyword.text() == "-country:Thailand"
    assert w.model.rowCount() == 17
    index = _row(box, "Thailand")
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert facet_counts(w, "country")["Thailand"] == 3       # how many it leaves out
    assert box.excluded_values() == ["Thailand"]
    assert [c.text() for c in w.chips.chips()] == ["not Thailand  ✕"]
    # A plain click on an excluded value takes it out of the search again.
    qtbot.mouseClick(box.view.viewport(), Qt.MouseButton.LeftButton, pos=box.view.visualRect(index).center())
    qtbot.waitUntil(lambda: w.current_criteria().excluded_values("country") == ())
    settle(qtbot, w)
    assert w.model.rowCount() == 20


def test_ctrl_space_and_the_context_menu_exclude(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    box = w.sidebar.boxes["type"]
    index = _row(box, "Report")
    box.view.setCurrentIndex(index)
    box.view.setFocus()
    with qtbot.waitSignal(w.criteria_changed):
        qtbot.keyClick(box.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, w)
    assert w.current_criteria().excluded_values("type") == ("Report",)
    box._context_menu(box.view.visualRect(_row(box, "Report")).center())
    actions = {a.objectName() or a.text(): a for a in box._menu.actions()}
    assert actions["excludeAction"].text() == "Include again"
    box._menu.hide()
    actions["Include"].trigger()        # ticks it instead
    qtbot.waitUntil(lambda: w.current_criteria().values("type") == ("Report",))
    assert w.current_criteria().excluded_values("type") == ()


def test_an_expression_shows_whole_in_chips_and_the_sidebar_says_what_it_cannot_show(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query("(country:TH OR region:GCC) -type:strategy year:>=2018"))
    settle(qtbot, w)
    chips = [c.text() for c in w.chips.chips()]
    assert "not Strategy  ✕" in chips
    assert "(Country: Thailand or Region: Gulf Cooperation Council)  ✕" in chips
    notice = w.sidebar.expression_notice
    assert notice.isVisibleTo(w.sidebar) and "(country:TH OR region:GCC)" in notice.text()
    assert w.sidebar.boxes["country"].selected_values() == []     # not silently shown as ticks
    expected = catalogue.search(parse_query("(country:TH OR region:GCC) -type:strategy year:>=2018")).total
    assert w.model.rowCount() == expected
    # Chips are removed one by one.
    chip = next(c for c in w.chips.chips() if c.text().startswith("(Country"))
    chip.click()
    qtbot.waitUntil(lambda: w.current_criteria().terms == ())
    settle(qtbot, w)
    assert not w.sidebar.expression_notice.isVisibleTo(w.sidebar)
    assert w.sidebar.keyword.text() == "-type:strategy year:2018.."


def test_a_parse_error_names_its_position(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "housing year:>=soon")
    qtbot.waitUntil(lambda: w.sidebar.keyword.message.isVisibleTo(w.sidebar))
    assert "character 14" in w.sidebar.keyword.message.text()


def test_completion_of_field_names_and_values(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    kb = w.sidebar.keyword
    assert kb.completions_for("housing coun")[1][:1] == ["country:"]
    start, options = kb.completions_for("housing country:th")
    assert start == len("housing ") and "country:Thailand" in options
    assert kb.completions_for("(has:d")[1] == ["has:doi"]
    assert kb.completions_for("-is:du")[1] == ["is:duplicate"]
    qtbot.keyClicks(kb.edit, "coun")
    qtbot.waitUntil(lambda: kb.completer.popup().isVisible())
    kb._insert_completion("country:")
    assert kb.text() == "country:"
    qtbot.keyClicks(kb.edit, "thai")
    qtbot.waitUntil(lambda: kb.completer.popup().isVisible())
    kb._insert_completion("country:Thailand")
    assert kb.text() == "country:Thailand "
    qtbot.waitUntil(lambda: w.current_criteria().values("country") == ("Thailand",))


def test_search_history_keeps_the_last_twenty(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    kb = w.sidebar.keyword
    assert not kb.history_button.isEnabled()
    for i in range(25):
        kb.edit.setText(f"housing{i}")
        qtbot.keyClick(kb.edit, Qt.Key.Key_Return)
    kb.edit.setText("year:>=soon")
    qtbot.keyClick(kb.edit, Qt.Key.Key_Return)          # cannot be read: not kept
    assert len(kb.history) == 20 and kb.history[0] == "housing24" and kb.history[-1] == "housing5"
    assert kb.history_button.isEnabled()
    kb.history_menu.actions()[3].trigger()
    assert kb.text() == "housing21" and kb.history[0] == "housing21"
    w.close()
    again = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    assert again.sidebar.search_history()[0] == "housing21"


def test_ticking_a_value_excluded_under_another_name_includes_it(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    qtbot.keyClicks(w.sidebar.keyword.edit, "-country:TH")
    qtbot.waitUntil(lambda: w.current_criteria().excluded_values("country") == ("TH",))
    settle(qtbot, w)
    box = w.sidebar.boxes["country"]
    assert box.excluded_values() == ["Thailand"]
    box._include(_row(box, "Thailand"))
    qtbot.waitUntil(lambda: w.current_criteria().values("country") == ("Thailand",))
    assert w.current_criteria().excluded_values("country") == ()
    settle(qtbot, w)
    assert w.model.rowCount() == 3


def test_chips_read_states_and_dates_in_words(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query('no:summary -has:doi added:<30d -in:"Workshop list" NOT (type:guide OR year:none)'))
    settle(qtbot, w)
    assert [c.text() for c in w.chips.chips()] == [
        "without summary  ✕", "without doi  ✕", "added <30d  ✕", "not on the list “Workshop list”  ✕",
        "not (Resource type: Guide or Year: none)  ✕"]
    assert w.sidebar.expression_notice.isVisibleTo(w.sidebar)   # the NOT group is named
