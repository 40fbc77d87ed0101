"""The import and export dialogs: detection shown, preview, mapping, import off the GUI thread with
Cancel, summary with problems, export counts and files."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app import editing
from app.transfer import service as transfer
from app.criteria import Criteria, parse_query
from ui.transfer.import_export_dialog import ExportDialog, ImportDialog

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, catalogue, settings, path) -> ImportDialog:
    """The dialog on ``path``; what its writes report (the window's apply_changes) lands in
    ``dialog.jobs.reported``."""
    reported: list = []
    dialog = ImportDialog(catalogue, settings=settings, report=reported.append)
    dialog.jobs.reported = reported
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.set_path(path)
    return dialog


def _cell(table, row, col) -> str:
    return table.item(row, col).text()


def test_preview_shows_detection_actions_and_problems(qtbot, catalogue, settings):
    dialog = _dialog(qtbot, catalogue, settings, FIXTURES / "asreview_demo/baseline_empty_values.ris")
    assert "RIS" in dialog.detected.text() and "utf-8" in dialog.detected.text()
    assert dialog.preview_table.rowCount() == 4
    assert [_cell(dialog.preview_table, r, 0) for r in range(4)] == ["1", "7", "13", "18"]
    assert _cell(dialog.preview_table, 1, 2) == "[untitled]" and "no title" in _cell(dialog.preview_table, 1, 5)
    assert _cell(dialog.preview_table, 2, 1) == "Skip"  # repeats record 1 of the file
    assert "4 records" in dialog.status.text()
    assert not dialog.tabs.isTabEnabled(1)  # no columns for RIS


def test_import_runs_and_reports(qtbot, catalogue, settings):
    dialog = _dialog(qtbot, catalogue, settings, FIXTURES / "asreview_demo/scopus.ris")
    before = catalogue.total()
    dialog.list_combo.setEditText("Gut feelings")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(dialog.jobs.reported), timeout=20000)
    changes, = dialog.jobs.reported             # through the job runner's report, once
    assert len(changes.created) == 6 and changes.reading_lists
    assert catalogue.total() == before + 6
    assert dialog.pages.currentIndex() == 1
    assert "6 added" in dialog.summary_label.text()
    assert dialog.keep_local_button.isHidden()


def test_csv_mapping_is_editable_and_remembered(qtbot, catalogue, settings, tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text("Name;Published;Where\nA ledger of wages;2020;Cambodia\n", encoding="utf-8")
    dialog = _dialog(qtbot, catalogue, settings, path)
    assert dialog.tabs.isTabEnabled(1) and "delimiter <b>;</b>" in dialog.detected.text()
    assert dialog.mapping_table.mapping() == {"Name": "title", "Published": "other", "Where": "other"}
    assert _cell(dialog.mapping_table, 1, 1) == "2020"
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.mapping_table.set_target("Published", "year")
    assert _cell(dialog.preview_table, 0, 3) == "2020"
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.mapping_table.set_target("Where", "countries")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(dialog.jobs.reported), timeout=20000)
    rec = catalogue.record(next(iter(dialog.jobs.reported[0].created)))
    assert (rec.year, rec.countries) == (2020, ["KH"])
    again = _dialog(qtbot, catalogue, settings, path)  # the next time, the mapping comes back
    assert again.mapping_table.mapping()["Where"] == "countries"


def test_encoding_override_redoes_the_preview(qtbot, catalogue, settings, tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_bytes("title\nแรงงานข้ามชาติ\n".encode("cp874"))
    dialog = _dialog(qtbot, catalogue, settings, path)
    assert "cp874" in dialog.detected.text()
    index = dialog.encoding_combo.findData("latin-1")
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.encoding_combo.setCurrentIndex(index)
    assert _cell(dialog.preview_table, 0, 2) != "แรงงานข้ามชาติ"


def test_unreadable_file_is_explained(qtbot, catalogue, settings, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"title": "a"},\n {"title": }]')
    dialog = _dialog(qtbot, catalogue, settings, path)
    assert "broken.json, line 2" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_rolls_back(qtbot, catalogue, settings, tmp_path, monkeypatch):
    import app.transfer.importing as ti
    path = tmp_path / "big.csv"
    path.write_text("title,year\n" + "\n".join(f"Record {i},2020" for i in range(2500)), encoding="utf-8")
    dialog = _dialog(qtbot, catalogue, settings, path)
    started, release = threading.Event(), threading.Event()
    real = ti.insert_many

    def slow(*args, **kwargs):
        started.set()
        release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(ti, "insert_many", slow)
    before = catalogue.total()
    dialog.import_button.click()
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert not dialog.running.isHidden()
    dialog.cancel_button.click()
    release.set()
    with qtbot.waitSignal(dialog.finished_import, timeout=20000) as signal:
        pass
    assert signal.args[0].cancelled
    assert "Cancelled, nothing was changed" in dialog.summary_label.text()
    assert catalogue.total() == before


def test_problems_can_be_saved(qtbot, catalogue, settings, tmp_path):
    dialog = _dialog(qtbot, catalogue, settings, FIXTURES / "asreview_demo/faulty_year.ris")
    with qtbot.waitSignal(dialog.finished_import, timeout=20000):
        dialog.import_button.click()
    assert dialog.problems_table.rowCount() == 1
    out = tmp_path / "problems.csv"
    dialog.save_problems(out)
    assert "10 15" in out.read_text(encoding="utf-8-sig")


def test_export_dialog_counts_and_writes(qtbot, catalogue, tmp_path):
    criteria = parse_query("housing")
    uids = [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids[:2])]
    dialog = ExportDialog(catalogue, criteria, uids)
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons["selection"].isChecked()
    assert "<b>2</b> records" in dialog.count_label.text()
    dialog.scope_buttons["result"].setChecked(True)
    assert dialog.count() == catalogue.search(criteria).total
    dialog.scope_buttons["all"].setChecked(True)
    assert dialog.count() == catalogue.total()
    assert not dialog.scope_buttons["list"].isEnabled()  # no reading lists yet
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("bibtex"))
    out = tmp_path / "all.bib"
    dialog.file_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.export_button.click()
    assert signal.args[0].count == catalogue.total()
    assert out.read_text(encoding="utf-8").count("\n@") + 1 == catalogue.total()
    assert f"{catalogue.total()} records written to" in dialog.status.text()


def test_export_dialog_without_result_or_selection(qtbot, catalogue):
    dialog = ExportDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons["all"].isChecked()
    assert not dialog.scope_buttons["result"].isEnabled() and not dialog.scope_buttons["selection"].isEnabled()
    assert transfer.export_count(catalogue, dialog.scope()) == catalogue.total()


def test_package_conflict_is_resolved_in_the_summary(qtbot, catalogue, settings, tmp_path):
    from app.catalogue import Catalogue
    from db import models
    from db.writes import save_record
    laptop = Catalogue.open(tmp_path / "laptop" / "catalogue.db", seed=False)
    try:
        from app.seed import load_seed_vocabularies
        load_seed_vocabularies(laptop.database)
        models.database.initialize(catalogue.database)
        transfer.export(catalogue, tmp_path / "p1.zip", "package")
        models.database.initialize(laptop.database)
        transfer.import_file(laptop, tmp_path / "p1.zip")
        uid = laptop.rows(laptop.search(Criteria()).ids[:1])[0].uid
        for cat, value in ((catalogue, "office"), (laptop, "laptop")):
            models.database.initialize(cat.database)
            rec = cat.record(uid)
            rec.issue = value
            save_record(cat.database, rec)
        models.database.initialize(catalogue.database)
        transfer.export(catalogue, tmp_path / "p2.zip", "package")
        models.database.initialize(laptop.database)
        dialog = _dialog(qtbot, laptop, settings, tmp_path / "p2.zip")
        assert "Conflict" in [_cell(dialog.preview_table, r, 1) for r in range(dialog.preview_table.rowCount())]
        with qtbot.waitSignal(dialog.finished_import, timeout=20000):
            dialog.import_button.click()
        assert not dialog.keep_remote_button.isHidden()
        row = next(r for r in range(dialog.problems_table.rowCount()) if _cell(dialog.problems_table, r, 3) == "conflict")
        dialog.problems_table.selectRow(row)
        reported = len(dialog.jobs.reported)
        dialog.keep_remote_button.click()
        assert len(dialog.jobs.reported) == reported + 1 and uid in dialog.jobs.reported[-1].updated
        assert laptop.record(uid).issue == "office"
        assert _cell(dialog.problems_table, row, 3) == "resolved"
    finally:
        laptop.close()
        models.database.initialize(catalogue.database)


def test_export_counts_agree_with_the_records_each_scope_writes(catalogue):
    """The dialog's counts are COUNTs (cheap at 1,000,000 records); they must match the ids."""
    from app.transfer.exporting import export_ids
    editing.delete(catalogue, [catalogue.rows(catalogue.search(Criteria()).ids[:1])[0].uid])
    scopes = [None, transfer.ExportScope(include_trash=True), transfer.ExportScope(criteria=parse_query("housing")),
              transfer.ExportScope(criteria=parse_query("country:TH year:2019..2023")),
              transfer.ExportScope(criteria=Criteria(trash=True)),
              transfer.ExportScope(uids=[r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids[:3])])]
    for scope in scopes:
        assert transfer.export_count(catalogue, scope) == len(export_ids(catalogue, scope)), scope


def test_export_dialog_refuses_xlsx_beyond_excels_rows(qtbot, catalogue, monkeypatch):
    from app.transfer.formats import xlsx
    monkeypatch.setattr(xlsx, "MAX_ROWS", 6)              # a sheet holds 5 records here
    dialog = ExportDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    assert not dialog.export_button.isEnabled()
    assert "more than an Excel sheet holds" in dialog.count_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.export_button.isEnabled()


def test_an_import_from_the_window_updates_it_through_the_job_runner(qtbot, catalogue, tmp_path, monkeypatch):
    """File › Import… as the window opens it: the dialog's Changes reach the window only through the
    runner's report (the window's apply_changes), which refreshes the table and the status bar."""
    from tests.ui_helpers import make_window, settle
    from ui import file_commands
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    applied: list = []
    real_apply = window.apply_changes
    monkeypatch.setattr(window, "apply_changes", lambda changes: (applied.append(changes), real_apply(changes)))
    opened: list = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: (opened.append(self), self.show()) and 0)
    before = window.model.rowCount()
    file_commands.import_dialog(window, str(FIXTURES / "asreview_demo/scopus.ris"))
    dialog, = opened
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and dialog.preview_table.rowCount() > 0, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(applied), timeout=20000)
    changes, = applied
    assert len(changes.created) == 6
    settle(qtbot, window)
    assert window.model.rowCount() == before + 6
    from PySide6.QtWidgets import QLabel
    shown = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert f"Showing {before + 6} of {before + 6}" in shown, shown
