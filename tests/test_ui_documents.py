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
    uid = editing.create(catalogue, RecordData(title="Annual review")).uid
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
    uid = editing.create(catalogue, RecordData(title="Paused")).uid
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
