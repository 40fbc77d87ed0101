"""File › Export as web page…: what will be published and how many, the work on a worker thread,
Cancel, and the menu entry."""
from __future__ import annotations

from app import editing
from app import reading_lists as rl
from app.criteria import Criteria, parse_query
from bench.synthetic import records
from db.writes import VocabularyCache, insert_many
from ui.transfer.publish_dialog import PublishDialog


def test_the_dialog_says_what_and_how_many_then_publishes(qtbot, catalogue, tmp_path):
    criteria = parse_query("housing")
    dialog = PublishDialog(catalogue, criteria)
    qtbot.addWidget(dialog)
    n = catalogue.count(criteria)
    assert dialog.scope_buttons["result"].isChecked() and dialog.count() == n
    assert f"<b>{n} record" in dialog.what.text() and "notes, history and the trash stay out" in dialog.what.text()
    assert dialog.scope_buttons["all"].text() == "The whole catalogue (20 records)"
    dialog.include_notes.setChecked(True)
    assert "and the internal notes" in dialog.what.text()
    dialog.include_notes.setChecked(False)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    dialog.title_edit.setText("Housing")
    with qtbot.waitSignal(dialog.published, timeout=20000) as signal:
        dialog.publish_button.click()
    assert signal.args[0].records == n
    assert (tmp_path / "site" / "index.html").read_text("utf-8").count("Housing") >= 1
    assert "published to" in dialog.status.text() and not dialog.open_button.isHidden()
    assert dialog.publish_button.isEnabled()


def test_a_reading_list_place_preselects_that_list(qtbot, catalogue):
    made = rl.create_list("Workshop Feb")
    uid = made.extra["uid"]
    first = catalogue.rows(catalogue.search(Criteria()).ids[:3])
    rl.add_items(uid, [r.uid for r in first])
    dialog = PublishDialog(catalogue, Criteria(reading_list=uid))
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons["list"].isChecked() and dialog.scope().reading_list == "Workshop Feb"
    assert dialog.count() == 3 and dialog.title_edit.placeholderText() == "Workshop Feb"


def test_the_trash_is_never_the_current_result(qtbot, catalogue):
    uid = catalogue.rows(catalogue.search(Criteria()).ids[:1])[0].uid
    editing.delete(catalogue, [uid])
    dialog = PublishDialog(catalogue, Criteria(trash=True))
    qtbot.addWidget(dialog)
    assert not dialog.scope_buttons["result"].isEnabled() and dialog.count() == 19


def test_cancel_leaves_no_folder(qtbot, catalogue, tmp_path):
    insert_many(catalogue.database, list(records(3000)), VocabularyCache())
    catalogue.drop_caches()
    dialog = PublishDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "site"))
    with qtbot.waitSignal(dialog.failed, timeout=30000) as signal:
        dialog.publish_button.click()
        assert dialog.cancel_button.isVisible() or not dialog.isVisible()
        dialog.cancel()
    assert signal.args[0] == "PublishCancelled"
    assert "nothing was written" in dialog.status.text()
    assert not (tmp_path / "site").exists()
    assert [p for p in tmp_path.iterdir() if "publishing" in p.name] == []


def test_the_file_menu_has_the_entry(qtbot, catalogue):
    from ui.main_window import MainWindow
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export as &web page…" in texts


def test_every_word_of_the_dialog_goes_through_tr(qtbot, catalogue, tmp_path):
    """A pseudo translation made by lupdate from the dialog's own source (so it holds exactly what
    tr() calls there say) wraps every word in ⟦…⟧: nothing unwrapped shows, before or after a publish,
    but the count, the folder and the title typed."""
    import re
    import subprocess

    from tests.i18n_helpers import OPEN, ROOT, language, pseudo_qm, tool, visible_texts
    ts = tmp_path / "publish.ts"
    subprocess.run([tool("pyside6-lupdate"), str(ROOT / "ui" / "transfer" / "publish_dialog.py"), "-ts", str(ts)],
                   check=True, capture_output=True)
    pseudo_qm(tmp_path, ts)

    def unwrapped(dialog) -> list[str]:
        bad = []
        for where, text in visible_texts(dialog):
            text = re.sub(r"<[^>]+>", " ", text or "").replace(str(tmp_path / "site"), "")
            if re.search(r"[^\W\d_]", text) and OPEN not in text and text.strip() != "Resource Catalogue":
                bad.append(f"{where}: {text!r}")
        return bad

    with language("th", tmp_path):
        dialog = PublishDialog(catalogue, parse_query("housing"))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle().startswith(OPEN)
        assert unwrapped(dialog) == []
        dialog.include_notes.setChecked(True)
        dialog.folder_edit.setText(str(tmp_path / "site"))
        with qtbot.waitSignal(dialog.published, timeout=20000):
            dialog.publish_button.click()
        assert dialog.status.text().startswith(OPEN) and unwrapped(dialog) == []
