"""Helpers for the translation and accessibility tests (not a test module): build a pseudo
translation, switch the window's language, open each window part and dialog."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "ui" / "i18n"
OPEN, CLOSE = "⟦", "⟧"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the interpreter running the tests."""
    return str(Path(sys.executable).parent / name)


def pseudo_qm(folder: Path, ts_file: Path | None = None) -> Path:
    """resource_catalogue_th.qm in ``folder`` whose every translation is its source wrapped in ⟦…⟧
    (made from the Thai .ts, which lists every string of ui/ and app/, or from ``ts_file``)."""
    tree = ET.parse(ts_file or I18N / "resource_catalogue_th.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
            translation.text = None
        else:
            translation.text = OPEN + source + CLOSE
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "resource_catalogue_th.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@contextmanager
def language(code: str, folder: Path | None = None):
    """The app speaking ``code`` (its .qm from ``folder``, default ui/i18n) inside the block; English after."""
    import os

    from ui.i18n import language as lang
    app = QApplication.instance()
    lang.remove(app)
    old = os.environ.get(lang.TRANSLATIONS_ENV)
    if folder is not None:
        os.environ[lang.TRANSLATIONS_ENV] = str(folder)
    try:
        lang.install(app, QLocale(code))
        yield
    finally:
        lang.remove(app)
        if old is None:
            os.environ.pop(lang.TRANSLATIONS_ENV, None)
        else:
            os.environ[lang.TRANSLATIONS_ENV] = old
        lang.install(app, QLocale("en_US"))


def dialogs(window, catalogue, tmp_path):
    """(name, dialog) for every dialog of the window, built as the window builds them."""
    from app import bibliography as bibl
    from app.reading_lists import create_list
    from ui.lists.bibliography_dialog import BibliographyDialog
    from ui.editing.bulk_edit_dialog import BulkEditDialog
    from ui.editing.duplicates_dialog import DuplicatesDialog
    from ui.editing.editor import RecordEditor
    from ui.transfer.export_dialog import ExportDialog
    from ui.transfer.import_export_dialog import ImportDialog
    from ui.editing.merge_dialog import MergeDialog
    from ui.preferences_dialog import PreferencesDialog
    from ui.lists.reading_list_views import ListPropertiesDialog
    from ui.sync.sync_dialog import MakeCopyDialog
    from ui.syntax_help import SyntaxHelpDialog
    from ui.editing.vocabulary_dialog import VocabularyDialog
    settings = QSettings(str(tmp_path / "dialogs.ini"), QSettings.Format.IniFormat)
    uids = [catalogue.record_by_id(rid).uid for rid in window.model.ids()[:2]]
    first, second = (catalogue.record(uid) for uid in uids)
    changes = create_list("Workshop")
    yield "editor", RecordEditor(catalogue, first, parent=window)
    yield "new resource", RecordEditor(catalogue, None, parent=window)
    yield "bulk edit", BulkEditDialog(catalogue, uids, parent=window)
    yield "vocabularies", VocabularyDialog(catalogue, parent=window)
    yield "duplicates", DuplicatesDialog(catalogue, parent=window)
    yield "merge", MergeDialog(first, second, parent=window, catalogue=catalogue)
    yield "preferences", PreferencesDialog(settings, window)
    yield "syntax help", SyntaxHelpDialog(window)
    yield "import", ImportDialog(catalogue, window, settings)
    yield "export", ExportDialog(catalogue, parent=window)
    yield "bibliography", BibliographyDialog(bibl.source_for_list(changes.extra["uid"]), window, preview=False)
    yield "reading list", ListPropertiesDialog(QCoreApplication.translate("ReadingListPanel", "New reading list"),
                                               parent=window)
    yield "offline copy", MakeCopyDialog(catalogue, window, suggested_folder=tmp_path)


def visible_texts(root):
    """(where, text) for the words a reader sees in ``root``: labels, buttons, tabs, group titles,
    placeholders, tooltips, window titles, column headers, menus and their actions."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (QAbstractButton, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar,
                                   QTableView, QTreeView, QWidget)
    out = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName()})"
        if _not_ours(w):
            continue
        if w.isWindow() or isinstance(w, QDockWidget):
            out.append((name + ".windowTitle", w.windowTitle()))
        if isinstance(w, QLabel) and w.isVisibleTo(root):
            out.append((name + ".text", w.text()))
        if isinstance(w, QAbstractButton) and w.isVisibleTo(root):
            out.append((name + ".text", w.text()))
        if isinstance(w, QGroupBox):
            out.append((name + ".title", w.title()))
        if isinstance(w, QLineEdit) and w.isVisibleTo(root):
            out.append((name + ".placeholder", w.placeholderText()))
        if isinstance(w, QTabBar):
            out += [(f"{name}.tab{i}", w.tabText(i)) for i in range(w.count())]
            out += [(f"{name}.tabtip{i}", w.tabToolTip(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            out.append((name + ".title", w.title()))
        header = w.horizontalHeader() if isinstance(w, QTableView) else w.header() if isinstance(w, QTreeView) else None
        if header is not None and not header.isHidden() and w.model() is not None:
            model = w.model()
            out += [(f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(header.count()) if not header.isSectionHidden(c)]
        out.append((name + ".toolTip", w.toolTip()))
        out.append((name + ".accessibleName", w.accessibleName()))
        out.append((name + ".accessibleDescription", w.accessibleDescription()))
    for action in root.findChildren(QAction):
        out.append((f"QAction({action.objectName() or action.text()}).text", action.text()))
        out.append((f"QAction({action.text()}).toolTip", action.toolTip()))
    return out


def _not_ours(w) -> bool:
    """Words Qt itself writes (translated by Qt's qtbase_*.qm where Qt ships one), and widgets that
    show the catalogue's data (property "data", value chips) rather than the window's words."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox
    if w.objectName().startswith("qt_") or w.objectName() in ("ScrollLeftButton", "ScrollRightButton"):
        return True
    box = w.parentWidget()
    if isinstance(w, QAbstractButton) and isinstance(box, QDialogButtonBox):
        return box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton
    return bool(w.property("data") or w.property("chip"))
