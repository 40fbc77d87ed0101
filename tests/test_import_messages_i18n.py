"""What import and export say about a file (problems, reasons, warnings, why a file cannot be read)
reaches the window in its language: app/transfer marks each message (app.text), the dialogs show it
with ui.i18n.localized. A pseudo translation made from the code as it is now wraps every marked
string in ⟦…⟧, so these tests do not wait for the .ts files to be translated."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.transfer import service as transfer
from tests.i18n_helpers import CLOSE, OPEN, ROOT, language, pseudo_qm, tool
from ui.transfer.import_export_dialog import ExportDialog, ImportDialog


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory) -> Path:
    """A folder holding a Thai .qm that wraps every string of ui/ and app/ (as the code is now) in ⟦…⟧."""
    folder = tmp_path_factory.mktemp("pseudo")
    sources = sorted(str(p) for top in ("ui", "app") for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts)
    ts = folder / "current.ts"
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", "th", *sources,
                    "-ts", str(ts)], check=True, capture_output=True)
    pseudo_qm(folder, ts)
    return folder


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(qtbot, catalogue, settings, path) -> ImportDialog:
    reported: list = []
    dialog = ImportDialog(catalogue, settings=settings, report=reported.append)
    dialog.jobs.reported = reported
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.set_path(path)
    return dialog


def _column(table, col) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _import(qtbot, dialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20000)


BIBTEX = """@article{wages2020,
  title = {Wages in the Mekong}
  author = {Doe, Jane},
  year = {2020},
  country = {Atlantis}
}
"""


def test_bibtex_problems_are_said_in_the_window_language_with_their_values(qtbot, catalogue, settings, tmp_path,
                                                                           pseudo):
    path = tmp_path / "broken.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    with language("th", pseudo):
        dialog = _dialog(qtbot, catalogue, settings, path)
        preview_problems = _column(dialog.preview_table, 5)
        _import(qtbot, dialog)
        kinds, messages = _column(dialog.problems_table, 3), _column(dialog.problems_table, 4)
    # The missing comma, said at its line: both the "line N: ..." frame and the problem are translated,
    # the line number and the field's name (data) filled in.
    comma = [m for m in messages if "missing comma" in m]
    assert comma and re.fullmatch(rf"{OPEN}line 2: {OPEN}missing comma after field 'title' \(both fields are kept\)"
                                  rf"{CLOSE}{CLOSE}", comma[0]), messages
    assert messages and all(m.startswith(OPEN) for m in messages), messages
    assert kinds and set(kinds) == {f"{OPEN}warning{CLOSE}"}, kinds
    assert preview_problems[0] and all(part.startswith(OPEN) for part in preview_problems[0].split("; ")), preview_problems
    assert "missing comma after field 'title'" in preview_problems[0]
    # The same report in English afterwards: the window's language is chosen where it is shown.
    again = transfer.import_file(catalogue, path, transfer.ImportOptions(dry_run=True))
    assert "line 2: missing comma after field 'title' (both fields are kept)" in [p.message for p in again.problems]


def test_csv_reasons_and_row_problems_are_translated(qtbot, catalogue, settings, tmp_path, pseudo):
    path = tmp_path / "sheet.csv"
    path.write_text("title,year\nA ledger of wages,2020,extra cell\nA ledger of wages,2020\n", encoding="utf-8")
    with language("th", pseudo):
        dialog = _dialog(qtbot, catalogue, settings, path)
        preview_problems = _column(dialog.preview_table, 5)
        actions = _column(dialog.preview_table, 1)
        _import(qtbot, dialog)
        kinds, messages = _column(dialog.problems_table, 3), _column(dialog.problems_table, 4)
    assert f"{OPEN}3 cells but 2 columns: the extra cells are kept in the notes{CLOSE}" in messages, messages
    # The second row repeats the first: the reason and what it matched on are both translated.
    assert actions[1] == f"{OPEN}Skip{CLOSE}"
    assert preview_problems[1] == f"{OPEN}repeats record 1 of this file ({OPEN}a near-identical title{CLOSE}){CLOSE}"
    assert f"{OPEN}skipped{CLOSE}" in kinds and f"{OPEN}warning{CLOSE}" in kinds, kinds
    assert all(m.startswith(OPEN) for m in messages), messages


def _damage_manifest(path: Path) -> None:
    """The package as it was, but for its manifest, which loses its format version."""
    import json
    import zipfile
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    del manifest["version"]
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_damaged_package_is_refused_in_the_window_language(qtbot, catalogue, settings, tmp_path, pseudo,
                                                             monkeypatch):
    path = tmp_path / "exchange.zip"
    transfer.export(catalogue, path, "package")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("ui.transfer.import_export_dialog.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))
    damaged = f"{OPEN}exchange.zip: the package is damaged (its manifest has no format version){CLOSE}"
    with language("th", pseudo):
        dialog = _dialog(qtbot, catalogue, settings, path)
        assert dialog.import_button.isEnabled()
        _damage_manifest(path)           # damaged after the preview, before Import
        dialog.import_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert shown == [(f"{OPEN}Import failed{CLOSE}", damaged)]
        # Chosen again, the damaged file is refused by the preview, in the same words.
        with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
            dialog.set_path(path)
        assert damaged in dialog.status.text()
        # A file that is no .zip at all under its .zip name: the reason is translated too.
        path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
            dialog.set_path(path)
        reason = dialog.status.text().split("</b>", 1)[1].strip()
        assert reason.startswith(f"{OPEN}exchange.zip: ") and reason.endswith(CLOSE), reason
    with pytest.raises(transfer.FormatError, match=r"^exchange\.zip: cannot be read as an Excel workbook"):
        transfer.preview(catalogue, path)


def test_file_warnings_and_export_warnings_are_translated(qtbot, catalogue, settings, tmp_path, pseudo):
    from dataclasses import replace

    from app import editing
    from app.criteria import Criteria
    path = tmp_path / "list.csv"     # a CSV name, RIS content: read as CSV, with a warning saying so
    path.write_text("TY  - RPRT\nTI  - Wages\nER  - \n", encoding="utf-8")
    record = catalogue.rows(catalogue.search(Criteria()).ids[:1])[0]
    full = catalogue.record(record.uid)
    editing.update(catalogue, full.uid, replace(full, summary="wages " * 6000), full.version)
    with language("th", pseudo):
        dialog = _dialog(qtbot, catalogue, settings, path)
        status = dialog.status.text()
        export = ExportDialog(catalogue, None, [full.uid])
        qtbot.addWidget(export)
        export.format_combo.setCurrentIndex(export.format_combo.findData("xlsx"))
        export.file_edit.setText(str(tmp_path / "out.xlsx"))
        with qtbot.waitSignal(export.exported, timeout=30000):
            export.export_button.click()
        exported = export.status.text()
    assert f"<br>{OPEN}list.csv: read as CSV because of its name" in status, status
    assert f"<br>{OPEN}row 2 ({full.uid}): the summary has 35,999 characters; an Excel cell holds 32,767" in exported, exported


def test_an_export_refused_is_said_in_the_window_language(qtbot, catalogue, tmp_path, pseudo):
    folder = tmp_path / "exports"
    folder.mkdir()
    with language("th", pseudo):
        export = ExportDialog(catalogue)
        qtbot.addWidget(export)
        export.format_combo.setCurrentIndex(export.format_combo.findData("csv"))
        export.file_edit.setText(str(folder))
        with qtbot.waitSignal(export.failed, timeout=30000) as failed:
            export.export_button.click()
    assert failed.args[0] == f"{OPEN}{folder} is a folder: give a file name{CLOSE}"
    assert failed.args[0] in export.status.text()


def test_marked_messages_survive_copies_and_pickles():
    """A report's problems stay marked when copied (dataclasses.asdict deep-copies) or pickled."""
    import copy
    import dataclasses
    import pickle

    from app.text import Message
    from app.transfer.formats import bibtex
    from app.transfer.formats.vocabulary import ImportContext
    parsed = bibtex.read(BIBTEX, ImportContext())
    problem = next(p for p in parsed.records[0].problems if "missing comma" in p)
    for copied in (copy.deepcopy(problem), pickle.loads(pickle.dumps(problem)),
                   dataclasses.asdict(parsed.records[0])["problems"][0]):
        assert isinstance(copied, Message) and copied == problem
        assert copied.template == problem.template and copied.params["problem"].params == {"name": "title"}
