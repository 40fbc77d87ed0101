from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.criteria import Criteria
from tests.ui_helpers import click_header, make_window, settle
from ui import window_state
from ui.table.table_model import COLUMNS


def test_layout_columns_and_sort_are_restored(qtbot, catalogue, tmp_path):
    ini = tmp_path / "ui.ini"
    languages = [c.key for c in COLUMNS].index("languages")
    w = make_window(qtbot, catalogue, ini)
    w.table.set_column_visible(languages, False)
    w.table.setColumnWidth(0, 222)
    click_header(qtbot, w, 0)   # sort by title
    qtbot.waitUntil(lambda: w.controller.sort == "title")
    settle(qtbot, w)
    w.splitter.setSizes([500, 100])
    sizes = w.splitter.sizes()
    w.sidebar.boxes["theme"].set_expanded(False)
    w.sidebar.boxes["language"].set_expanded(True)
    w.criteria_dock.hide()
    w.close()

    w2 = make_window(qtbot, catalogue, ini)
    assert w2.table.isColumnHidden(languages)
    assert w2.table.columnWidth(0) == 222
    assert (w2.controller.sort, w2.controller.descending) == ("title", False)
    assert w2.table.horizontalHeader().sortIndicatorSection() == 0
    first = catalogue.rows(catalogue.search(Criteria(), "title", False).ids[:1])[0].title
    assert w2.model.data(w2.model.index(0, 0)) == first
    restored = w2.splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.03  # same split, whatever the height
    assert not w2.sidebar.boxes["theme"].is_expanded()
    assert w2.sidebar.boxes["language"].is_expanded()
    assert not w2.criteria_dock.isVisible()
    assert not w2.actions.show_criteria.isChecked()
    w2.actions.show_criteria.trigger()   # View › Criteria brings the closed dock back
    assert w2.criteria_dock.isVisible()


def test_last_and_recent_catalogues(qtbot, catalogue, tmp_path):
    ini = tmp_path / "ui.ini"
    w = make_window(qtbot, catalogue, ini)
    other = tmp_path / "other.db"
    assert w.open_catalogue(other)
    settle(qtbot, w)
    assert w.catalogue.path == other.resolve()
    assert w.model.rowCount() == 20 and "other.db" in w.windowTitle()
    w.close()
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert window_state.last_catalogue(settings) == str(other.resolve())
    assert window_state.recent_catalogues(settings)[:2] == [str(other.resolve()), str(Path(catalogue.path))]
    w.catalogue.close()


def test_a_bad_catalogue_keeps_the_current_one(qtbot, catalogue, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    assert not w.open_catalogue(bad)
    assert shown and "not a Resource Catalogue" in shown[0]
    assert w.catalogue is catalogue and w.model.rowCount() == 20


def test_run_gui_reports_a_bad_catalogue_in_one_line(tmp_path, capsys, qapp):
    from ui.app import run_gui
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    assert run_gui(str(bad)) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err and "Traceback" not in err


def test_choose_location(tmp_path, monkeypatch, qapp):
    from ui.app import choose_location
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv("RESOURCE_CATALOGUE_DB", raising=False)
    assert choose_location(None, settings) is None
    last = tmp_path / "last.db"
    last.write_bytes(b"")
    window_state.remember_catalogue(settings, last)
    assert choose_location(None, settings) == str(last.resolve())
    assert choose_location("/x/given.db", settings) == "/x/given.db"
    monkeypatch.setenv("RESOURCE_CATALOGUE_DB", "/x/env.db")
    assert choose_location(None, settings) is None   # the environment variable wins over the last one
    last.unlink()
    monkeypatch.delenv("RESOURCE_CATALOGUE_DB")
    assert choose_location(None, settings) is None   # gone: back to the default



def test_close_checks_can_keep_the_window_and_catalogue(qtbot, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    answers = [False]
    w.close_checks.append(lambda: answers[0])
    assert not w.open_catalogue(tmp_path / "other.db")
    assert w.catalogue is catalogue
    assert not w.close() and w.isVisible()
    answers[0] = True
    assert w.close()
