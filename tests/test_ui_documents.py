"""Documents in the window: the background indexer, passages in the detail pane, adding files."""
from __future__ import annotations

from PySide6.QtCore import QUrl

from app import attachments, editing
from app.criteria import parse_query
from app.documents import adding
from db import documents as db_documents
from db.records import RecordData
from tests.document_files import write_pdf
from tests.ui_helpers import make_window, settle
from ui.documents import feature as documents_feature
from ui.documents import open_page
from ui.documents.add_dialog import AddDocumentsDialog
from ui.table.table_model import UID_ROLE

PAGES = [f"Page {n}: wages and hours." for n in range(1, 11)]
PAGES[6] = "Page 7: workers paid recruitment fees before departure."


def _read_all(qtbot, window):
    qtbot.waitUntil(lambda: db_documents.counts(window.catalogue.database)["pending"] == 0, timeout=20000)
    qtbot.waitUntil(lambda: not window.documents.indexer.widget.isVisible(), timeout=10000)


def test_indexer_reads_in_background_and_passages_open_at_their_page(qtbot, qapp, catalogue, tmp_path, monkeypatch):
    uid = editing.create(catalogue, RecordData(title="Annual review")).extra["uid"]
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.apply_changes(attachments.add(catalogue, uid, write_pdf(tmp_path / "review.pdf", PAGES)))
    _read_all(qtbot, w)
    w.set_criteria(parse_query('text:"recruitment fees"'))
    settle(qtbot, w)
    assert w.model.rowCount() == 1
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: "matching passage" in w.detail.browser.toPlainText())
    text = w.detail.browser.toPlainText()
    assert "1 matching passage" in text and "p. 7" in text and "10 pages" in text
    opened = []
    monkeypatch.setattr(documents_feature, "open_at_page", lambda path, page: opened.append((path.name, page)) or True)
    anchor = next(a for a, target in w.detail.links().items() if target[0] == "page" and target[1].endswith("\t7"))
    w.detail.browser.anchorClicked.emit(QUrl(f"#{anchor}"))
    assert opened == [("review.pdf", 7)]


def test_pause_is_remembered_and_stops_reading(qtbot, qapp, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.documents.indexer.set_paused(True)
    uid = editing.create(catalogue, RecordData(title="Paused")).extra["uid"]
    w.apply_changes(attachments.add(catalogue, uid, write_pdf(tmp_path / "p.pdf", ["paused words"])))
    widget = w.documents.indexer.widget
    assert widget.isVisible() and "paused" in widget.label.text() and widget.button.text() == "Resume"
    qtbot.wait(500)
    assert db_documents.counts(catalogue.database)["pending"] == 1
    assert w.settings.value("documents/indexing_paused", type=bool)
    widget.button.click()
    _read_all(qtbot, w)
    assert db_documents.counts(catalogue.database)["text"] == 1


def test_add_documents_preview_dialog_adds_the_ticked_files_with_edited_titles(qtbot, qapp, catalogue, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "a.pdf", ["Fair recruitment in the Mekong\nThe ILO report"], title="Microsoft Word - a.docx")
    write_pdf(folder / "b.pdf", ["Domestic work in Thailand"])
    items = adding.preview(catalogue, [folder])
    dialog = AddDocumentsDialog(items)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Fair recruitment in the Mekong"
    dialog.table.item(1, 1).setText("Domestic workers: a study")
    dialog.field_boxes["year"].setChecked(False)
    changes = adding.add(catalogue, dialog.chosen(), accepted=dialog.accepted_fields())
    titles = {catalogue.record(u).title for u in changes.created}
    assert titles == {"Fair recruitment in the Mekong", "Domestic workers: a study"}
    assert all(catalogue.record(u).year is None for u in changes.created)
    again = adding.preview(catalogue, [folder / "a.pdf"])
    assert again[0].existing and not again[0].addable


def test_open_at_page_uses_a_viewer_that_takes_a_page(monkeypatch, tmp_path):
    started = []
    monkeypatch.setattr(open_page.shutil, "which", lambda name: f"/usr/bin/{name}" if name == "okular" else None)
    monkeypatch.setattr(open_page.sys, "platform", "linux")
    monkeypatch.setattr(open_page.QProcess, "startDetached", lambda exe, args: started.append((exe, args)) or True)
    assert open_page.open_at_page(tmp_path / "r.pdf", 12)
    assert started == [("/usr/bin/okular", ["-p", "12", str(tmp_path / "r.pdf")])]


def _drop(qtbot, window, widget, paths, pos):
    """A drop as the window's filter sees it (Qt delivers drop events only inside a real drag, which
    an offscreen test cannot start)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    assert window.documents.eventFilter(widget, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    assert window.documents.eventFilter(widget, drop)
    qtbot.wait(50)


def test_dropping_files_adds_them_or_attaches_them_to_the_row(qtbot, qapp, catalogue, tmp_path, monkeypatch):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    calls = []
    monkeypatch.setattr(w.documents, "add_paths", lambda paths, to_record=None: calls.append((paths, to_record)))
    pdf = write_pdf(tmp_path / "dropped.pdf", ["dropped text"])
    _drop(qtbot, w, w, [tmp_path], w.rect().center())
    assert calls == [([str(tmp_path)], None)]
    rect = w.table.visualRect(w.model.index(0, 0))
    _drop(qtbot, w, w.table.viewport(), [pdf], rect.center())
    assert calls[1] == ([str(pdf)], w.model.index(0, 0).data(UID_ROLE))


def test_dropped_files_on_a_row_are_attached_to_that_record(qtbot, qapp, catalogue, tmp_path):
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    uid = w.model.index(0, 0).data(UID_ROLE)
    w.documents.add_paths([write_pdf(tmp_path / "extra.pdf", ["extra words"])], to_record=uid)
    assert [a.file_name for a in attachments.list_for(catalogue, uid)] == ["extra.pdf"]


DOCUMENT_SOURCES = ("ui/documents", "ui/detail/documents_section.py", "ui/detail/attachments_widget.py", "app/documents")


def _pseudo_documents_qm(folder):
    """resource_catalogue_th.qm in ``folder`` wrapping in ⟦…⟧ every string pyside6-lupdate finds in
    the documents' files (so this test does not wait for the lead to regenerate ui/i18n/*.ts)."""
    import subprocess
    import xml.etree.ElementTree as ET

    from tests.i18n_helpers import CLOSE, OPEN, ROOT, tool
    files = sorted(str(p) for s in DOCUMENT_SOURCES for p in ([ROOT / s] if s.endswith(".py") else (ROOT / s).glob("*.py")))
    ts = folder / "documents.ts"
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", "th", *files,
                    "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    plural = []
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            plural.append(source)
            ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
            translation.text = None
        else:
            translation.text = OPEN + source + CLOSE
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(folder / "resource_catalogue_th.qm")],
                   check=True, capture_output=True)
    return plural


def test_every_documents_string_goes_through_translation(qtbot, qapp, catalogue, tmp_path):
    """With a translation wrapping each string of the documents' files in ⟦…⟧, every word the
    documents' dialog, status bar widget and detail section show is wrapped, but the data (file
    names, paths, titles, passages). Counted strings are plural forms."""
    import re

    from app.documents import indexer
    from app.documents import status as doc_status
    from tests.document_files import encrypt_pdf
    from tests.i18n_helpers import OPEN, language, visible_texts
    from ui.detail import documents_section
    from ui.documents.indexer_status import IndexerStatus

    plural = _pseudo_documents_qm(tmp_path)
    assert {"%n page(s)", "%n matching passage(s)", "Add %n document(s)", "Reading documents: %n waiting"} <= set(plural)
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "a.pdf", ["Fair recruitment in the Mekong\nThe ILO report"], title="Microsoft Word - a.docx")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4\x00 broken")
    uid = editing.create(catalogue, RecordData(title="Annual review")).extra["uid"]
    attachments.add(catalogue, uid, write_pdf(tmp_path / "review.pdf", PAGES))
    attachments.add(catalogue, uid, encrypt_pdf(tmp_path / "review.pdf", tmp_path / "locked.pdf"))
    indexer.index_pending(catalogue)
    data = {str(folder / n) for n in ("a.pdf", "b.pdf")} | {"a.pdf", "b.pdf", "Fair recruitment in the Mekong"}

    def unwrapped(pairs):
        return [f"{where}: {text!r}" for where, text in pairs
                if re.search(r"[^\W\d_]", re.sub(r"<[^>]+>", " ", text or "")) and OPEN not in text and text not in data]

    with language("th", tmp_path):
        items = adding.preview(catalogue, [folder, tmp_path / "review.pdf"])
        dialog = AddDocumentsDialog(items)
        qtbot.addWidget(dialog)
        bad = unwrapped(visible_texts(dialog))
        notes = {dialog.table.item(r, 0).text(): dialog.table.item(r, 7).text() for r in range(dialog.table.rowCount())}
        assert notes["a.pdf"] == "" and notes["b.pdf"].startswith(OPEN) and notes["review.pdf"].startswith(OPEN)
        sources = dialog.sources.toPlainText()
        assert "Fair recruitment in the Mekong" in sources and "⟦from ⟦first page⟧⟧" in sources
        status = IndexerStatus(None)
        qtbot.addWidget(status)
        status.show_state(2, 3, paused=False, last=indexer.Outcome("a1", uid, "review.pdf", "text"))
        assert status.label.toolTip() == OPEN + "Last read: review.pdf⟧"
        bad += unwrapped(visible_texts(status))
        states = {s.file_name: s for s in doc_status.states(catalogue, uid)}
        assert documents_section.state_text(states["review.pdf"]).startswith(OPEN + "10 page")
        assert documents_section.state_text(states["locked.pdf"]).startswith(OPEN + "could not be read: " + OPEN)
        html, _links = documents_section.render(catalogue, catalogue.record(uid), parse_query('text:"recruitment fees"'))
        words = re.sub(r"<[^>]+>", "\n", html)
        assert OPEN + "Documents" in words and OPEN + "1 matching passage" in words and OPEN + "p. 7" in words
    assert not bad, "strings that escape tr():\n" + "\n".join(bad)


def test_the_table_can_show_each_record_s_first_page(qtbot, qapp, catalogue, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.table.table_model import THUMBNAIL_COLUMN
    uid = editing.create(catalogue, RecordData(title="Annual review")).extra["uid"]
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.apply_changes(attachments.add(catalogue, uid, write_pdf(tmp_path / "review.pdf", PAGES)))
    _read_all(qtbot, w)
    assert w.table.isColumnHidden(THUMBNAIL_COLUMN)            # hidden until chosen
    w.table.set_column_visible(THUMBNAIL_COLUMN, True)
    w.model.refresh_rows()
    rows = {w.model.index(r, 0).data(UID_ROLE): r for r in range(w.model.rowCount())}
    picture = w.model.index(rows[uid], THUMBNAIL_COLUMN).data(Qt.ItemDataRole.DecorationRole)
    assert picture is not None and not picture.isNull() and picture.height() == w.model.thumbnail_height
    assert picture.height() <= w.table.verticalHeader().defaultSectionSize()
    other = next(r for u, r in rows.items() if u != uid)
    assert w.model.index(other, THUMBNAIL_COLUMN).data(Qt.ItemDataRole.DecorationRole) is None
    assert w.model.index(rows[uid], THUMBNAIL_COLUMN).data(UID_ROLE) == uid
    # A layout saved before the column existed keeps it hidden; one saved with it shown shows it.
    shown = w.table.save_state()
    old = QTableView()
    old.setModel(QStandardItemModel(0, THUMBNAIL_COLUMN))
    old.setColumnHidden(3, True)
    assert w.table.restore_state(old.horizontalHeader().saveState())
    assert w.table.isColumnHidden(THUMBNAIL_COLUMN) and w.table.isColumnHidden(3)
    assert w.table.restore_state(shown) and not w.table.isColumnHidden(THUMBNAIL_COLUMN)


def test_the_column_menu_names_columns_in_the_window_language(qtbot, qapp, catalogue, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    from tests.i18n_helpers import language
    with language("th"):
        w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        menu = QMenu()
        names = [a.text() for a in w.table.column_actions(menu)]
        headers = [w.model.headerData(i, Qt.Orientation.Horizontal)
                   for i in range(w.model.columnCount())]
    assert names == headers and names[0] != "Title"


def test_a_dropped_folder_is_previewed_added_read_and_found_at_its_page(qtbot, qapp, catalogue, tmp_path, monkeypatch):
    """The issue's "done means" in the window: a folder of reports dropped, the suggestions
    accepted, and a minute later the one that mentions recruitment fees is found on its page."""
    from ui.documents import add_dialog
    folder = tmp_path / "reports"
    folder.mkdir()
    write_pdf(folder / "ilo.pdf", ["Fair recruitment in the Mekong\nThe ILO report", *PAGES[1:]],
              title="Microsoft Word - final_v3.docx")
    write_pdf(folder / "iom.pdf", ["Domestic work in Thailand\nIOM 2021", "Wages and hours"])
    shown = []
    monkeypatch.setattr(add_dialog.AddDocumentsDialog, "exec",
                        lambda self: shown.append(self) or add_dialog.AddDocumentsDialog.DialogCode.Accepted)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    _drop(qtbot, w, w, [folder], w.rect().center())
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].table.rowCount() == 2
    _read_all(qtbot, w)
    w.set_criteria(parse_query('text:"recruitment fees"'))
    settle(qtbot, w)
    assert [w.model.index(r, 0).data() for r in range(w.model.rowCount())] == ["Fair recruitment in the Mekong"]
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: "p. 7" in w.detail.browser.toPlainText())
