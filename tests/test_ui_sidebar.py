from __future__ import annotations

from PySide6.QtCore import Qt

from app import saved_searches
from app.criteria import parse_query
from tests.ui_helpers import click_value, facet_counts, make_window, settle


def test_save_apply_rename_delete_saved_searches(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    box = w.sidebar.saved
    w.set_criteria(parse_query("housing country:Thailand"))
    settle(qtbot, w)
    box.save_current("Thai housing")
    assert box.names() == ["Thai housing"]
    assert [s.name for s in saved_searches.list_searches(catalogue)] == ["Thai housing"]

    w.clear_criteria()
    settle(qtbot, w)
    assert w.model.rowCount() == 20
    item = box.list.item(0)
    qtbot.mouseClick(box.list.viewport(), Qt.MouseButton.LeftButton, pos=box.list.visualItemRect(item).center())
    qtbot.waitUntil(lambda: w.current_criteria() == parse_query("housing country:Thailand"))
    settle(qtbot, w)
    assert w.model.rowCount() == 1
    assert w.sidebar.keyword.text() == "housing country:Thailand"
    assert w.sidebar.boxes["country"].selected_values() == ["Thailand"]

    box.rename("Thai housing", "Housing in Thailand")
    assert box.names() == ["Housing in Thailand"]
    box.delete("Housing in Thailand")
    assert box.names() == [] and box.hint.isVisibleTo(box)


def test_save_asks_for_a_name(qtbot, catalogue, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query("region:ASEAN"))
    settle(qtbot, w)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ASEAN", True))
    qtbot.mouseClick(w.sidebar.saved.save_button, Qt.MouseButton.LeftButton)
    assert w.sidebar.saved.names() == ["ASEAN"]
    assert saved_searches.get(catalogue, "ASEAN").query == "region:ASEAN"


def test_facet_filter_field_and_clear_buttons(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    country = w.sidebar.boxes["country"]
    qtbot.keyClicks(country.filter_edit, "thai")
    assert country.proxy.rowCount() == 1
    assert country.proxy.index(0, 0).data() == "Thailand"
    click_value(qtbot, w, "country", "Thailand")
    click_value(qtbot, w, "type", "Report")
    qtbot.waitUntil(lambda: w.current_criteria() == parse_query("type:Report country:Thailand"))
    settle(qtbot, w)
    assert country.clear_button.isVisibleTo(country)
    assert "1 selected" in country.toggle.text()
    qtbot.mouseClick(country.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.current_criteria() == parse_query("type:Report"))
    settle(qtbot, w)
    qtbot.mouseClick(w.sidebar.clear_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.current_criteria().is_empty())
    assert not w.sidebar.clear_all_button.isEnabled()


def test_space_ticks_the_current_value(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    view = w.sidebar.boxes["type"].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    first = view.model().index(0, 0).data()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.current_criteria().values("type") == (first,))
    settle(qtbot, w)
    assert w.model.rowCount() == facet_counts(w, "type")[first]


def test_year_range_and_undated(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    year = w.sidebar.year_box
    assert "(16)" in year.undated.text()   # 16 seed records have no year
    year.from_edit.setText("2020")
    year.from_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: w.current_criteria().year_from == 2020)
    settle(qtbot, w)
    assert w.model.rowCount() == 3
    assert w.sidebar.keyword.text() == "year:2020.."
    qtbot.mouseClick(year.undated, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.current_criteria().undated)
    settle(qtbot, w)
    assert w.model.rowCount() == 16
    assert not year.from_edit.isEnabled()
    w.sidebar.keyword.set_text("")
    qtbot.keyClicks(w.sidebar.keyword.edit, "year:2018..2021")
    qtbot.waitUntil(lambda: (w.current_criteria().year_from, w.current_criteria().year_to) == (2018, 2021))
    settle(qtbot, w)
    assert (year.from_edit.text(), year.to_edit.text(), year.undated.isChecked()) == ("2018", "2021", False)
