"""The window's translations: complete, consistent with their sources, compiled, loaded, and
reaching every visible string (the pseudo-translation test)."""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.i18n_helpers import I18N, OPEN, ROOT, dialogs, language, pseudo_qm, visible_texts
from tests.ui_helpers import make_window, settle

FORMS = {"th": 1, "vi": 1, "ar": 6, "en": 2}
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w+\}")


def _messages(lang: str):
    for context in ET.parse(I18N / f"resource_catalogue_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", ["th", "vi", "ar"])
def test_every_string_is_translated_with_its_plural_forms_and_placeholders(lang):
    count = 0
    for context, message in _messages(lang):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") is None, f"{lang}: unfinished {context}: {source!r}"
        numerus = message.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
        assert len(forms) == (FORMS[lang] if numerus else 1) and all(forms), f"{lang}: {context}: {source!r} -> {forms}"
        wanted = set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"}
        for form in forms:
            found = set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"}
            # %1 %2 all kept; {fields} may drop one the language does not need ({month_name} is English:
            # translations write the month as a number, {month}, which the message also carries).
            assert {p for p in found if p[0] == "%"} == {p for p in wanted if p[0] == "%"}, (lang, source, form)
            assert {p for p in found if p[0] == "{"} <= {p for p in wanted if p[0] == "{"} | {"{month}"}, form
            assert ("&" in form) >= ("&" in source.replace("&&", "")), f"{lang}: lost the mnemonic: {form!r}"
        count += 1
    assert count > 700


def test_ts_files_list_every_string_of_the_code_and_the_qm_files_are_current():
    result = subprocess.run(["bash", str(ROOT / "tools" / "translations.sh"), "check"], capture_output=True,
                            text=True, env={"PYTHON": __import__("sys").executable, "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_english_plurals_and_locale_numbers(qapp):
    from ui.lists.places import ALL, Place, status_text
    assert status_text(Place(ALL), 1, 1, 1) == "Showing 1 of 1 resource"
    assert status_text(Place(ALL), 1234, 1234, 1234) == "Showing 1,234 of 1,234 resources"
    with language("ar"):
        text = status_text(Place(ALL), 2, 2, 2)
        assert text.startswith("عرض ٢ من") and "مصدران" in text        # Arabic digits, the dual form
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_system_locale_is_followed_unless_preferences_choose(tmp_path, monkeypatch):
    from ui.i18n import language as lang
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("vi_VN")))
    assert lang.chosen_locale(settings).name() == "vi_VN"
    lang.save_language(settings, "th")
    assert lang.chosen_locale(settings).name().startswith("th")
    lang.save_language(settings, "xx")                       # not shipped: back to the system
    assert lang.chosen_locale(settings).name() == "vi_VN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert QLocale.languageToCode(lang.chosen_locale(settings).language()) == "en"


def test_preferences_language_is_saved(qtbot, tmp_path):
    from ui.i18n.language import saved_language
    from ui.preferences_dialog import PreferencesDialog
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    dialog.accept()
    assert saved_language(settings) == "ar"


def test_qt_own_dialogs_speak_arabic(qapp):
    with language("ar"):
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"   # standard buttons
        assert QCoreApplication.translate("Places", "Trash") == "سلة المهملات"
    assert QCoreApplication.translate("Places", "Trash") == "Trash"


def _unwrapped(root, allowed=()):
    bad = []
    for where, text in visible_texts(root):
        text = re.sub(r"<[^>]+>", " ", text or "")
        if not re.search(r"[^\W\d_]", text) or OPEN in text or text.strip() in allowed:
            continue
        bad.append(f"{where}: {text!r}")
    return bad


def test_pseudo_translation_reaches_every_visible_string(qtbot, catalogue, tmp_path):
    """Every word of the main window and the dialogs comes through tr(): with a translation that
    wraps each string in ⟦…⟧, nothing unwrapped shows but data (titles, names, the user's name)."""
    from app.change_log import current_user
    pseudo_qm(tmp_path)
    with language("th", tmp_path):
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: window.detail.record() is not None)
        settle(qtbot, window)
        record = window.detail.record()
        data = {current_user(), record.title, catalogue.display_name, str(catalogue.path), "Workshop"}
        bad = _unwrapped(window, data)
        from ui.detail.detail_html import render_record
        labels = re.findall(r"<th[^>]*>(.*?)</th>", render_record(record, catalogue).html)
        assert len(labels) >= 4 and all(label.startswith(OPEN) for label in labels), labels
        for name, dialog in dialogs(window, catalogue, tmp_path):
            qtbot.addWidget(dialog)
            bad += [f"{name}: {b}" for b in _unwrapped(dialog, data)]
    assert not bad, "strings that escape tr():\n" + "\n".join(bad)


def test_vocabularies_are_named_in_the_window_language_and_found_by_any_name(qtbot, catalogue, tmp_path):
    from app.criteria import parse_query
    results = {q: catalogue.search(parse_query(q)).total
               for q in ("country:TH", "country:ไทย", "country:Thái Lan", "country:تايلاند", "country:Thailand")}
    assert len(set(results.values())) == 1 and results["country:TH"] > 0, results
    assert catalogue.search(parse_query("type:รายงาน")).total == catalogue.search(parse_query("type:Report")).total
    with language("vi"):
        catalogue.invalidate_vocabularies()
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        labels = {v.label for v in window.sidebar.boxes["country"].model.values()}
        assert "Thái Lan" in labels and "Thailand" not in labels
        assert window.statusBar().isVisible() and "Hiển thị" in window.status_label.text()
    catalogue.invalidate_vocabularies()
    assert catalogue.facet_label("country", "TH") == "Thailand"     # back in English


def test_every_label_app_keeps_in_english_is_listed_for_translation():
    """ui/i18n/app_labels.py mirrors app/'s English tables; a new format, encoding, import column or
    bibliography choice must be added there (else it shows in English)."""
    from app import bibliography as bibl
    from app.transfer.formats import FORMATS
    from app.transfer.formats.columns import TARGETS
    from app.transfer.formats.detect import ENCODING_CHOICES
    from ui.i18n import app_labels
    assert {f.label for f in FORMATS.values()} | {label for _, label in ENCODING_CHOICES} <= set(
        app_labels.FORMATS + app_labels.ENCODINGS)
    assert set(TARGETS.values()) <= set(app_labels.IMPORT_COLUMNS)
    assert {*bibl.FORMAT_LABELS.values(), *bibl.GROUPS.values(), *bibl.SORTS.values()} <= set(app_labels.BIBLIOGRAPHY)


def test_counts_in_the_side_panels_are_written_in_the_window_language(qtbot, catalogue, tmp_path):
    """The library's quality-list counts and the reading lists' sizes go through QLocale, like the
    status bar and the sidebar (in Arabic: ٣, not 3)."""
    from app import reading_lists as rl
    rl.create_list("Field visit")
    with language("ar"):
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        library = window.features.library
        qtbot.waitUntil(lambda: any(item.text(1) for item in library._items.values()))
        counts = [item.text(1) for item in library._items.values() if item.text(1)]
        assert counts and all(re.fullmatch(r"[٠-٩٬]+", c) for c in counts), counts
        from ui.lists.reading_list_panel import ReadingListPanel
        panel = window.findChild(ReadingListPanel)
        panel.refresh()
        sizes = [panel.lists.topLevelItem(i).text(1) for i in range(panel.lists.topLevelItemCount())]
        assert sizes and all(re.fullmatch(r"[٠-٩٬]+", s) for s in sizes), sizes


def test_a_published_page_without_a_title_is_named_in_the_window_language(qtbot, catalogue):
    from app import publish as pub
    from ui.transfer.publish_dialog import PublishDialog
    with language("vi"):
        dialog = PublishDialog(catalogue)
        qtbot.addWidget(dialog)
        assert dialog.title_edit.placeholderText() == "Danh mục tài liệu"
        assert dialog.options().title == "Danh mục tài liệu"
    dialog = PublishDialog(catalogue)
    qtbot.addWidget(dialog)
    assert dialog.options().title == pub.DEFAULT_TITLE


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(texts) -> list[str]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        if key := _mnemonic(text):
            seen.setdefault(key, []).append(text)
    return [" / ".join(group) for group in seen.values() if len(group) > 1]


@pytest.mark.parametrize("lang", ["en", "th", "vi", "ar"])
def test_alt_letters_are_unique_in_each_menu_and_dialog(qtbot, catalogue, tmp_path, lang):
    """Alt+letter reaches one item: no two entries of a menu (shown or hidden), and no two buttons or
    labelled fields of a dialog, share a mnemonic, in English and in every translation."""
    from PySide6.QtWidgets import QAbstractButton, QLabel
    bad = []
    with language(lang):
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        bar = window.menuBar()
        bad += [f"menu bar: {c}" for c in _clashes(a.text() for a in bar.actions())]
        for top in bar.actions():
            entries = [a.text() for a in top.menu().actions() if not a.isSeparator()]
            bad += [f"{top.text()}: {c}" for c in _clashes(entries)]
        for name, dialog in dialogs(window, catalogue, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
            texts += [lab.text() for lab in dialog.findChildren(QLabel) if lab.isVisibleTo(dialog) and lab.buddy()]
            bad += [f"{name}: {c}" for c in _clashes(texts)]
            dialog.close()
    assert not bad, f"{lang}: " + "\n".join(bad)


@pytest.mark.parametrize(("lang", "look_in"), [("th", "ค้นหาใน(&L):"), ("vi", "Tìm t&rong:")])
def test_qt_own_file_dialog_speaks_thai_and_vietnamese(qtbot, lang, look_in):
    """Qt ships no Thai or Vietnamese qtbase; our .ts carries its file dialog's words (ui/i18n/qt_strings.py)."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
    with language(lang):
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        buttons = {button.text() for button in dialog.findChildren(QPushButton)}
        assert look_in in labels and "&Look in:" not in labels, labels
        assert not buttons & {"&Open", "Cancel"}, buttons


@pytest.mark.parametrize(("lang", "words"), [
    ("th", {"title": "ตัวอย่างก่อนพิมพ์", "next": "หน้าถัดไป", "setup": "ตั้งค่าหน้า"}),
    ("vi", {"title": "Xem trước khi in", "next": "Trang sau", "setup": "Thiết lập trang"}),
    ("ar", {"title": None, "next": None, "setup": None}),   # Qt's own Arabic: anything but the English
])
def test_qt_print_preview_speaks_the_window_language(qtbot, lang, words):
    """The bibliography's Print preview is Qt's dialog; our .ts carries its words for Thai and
    Vietnamese (ui/i18n/qt_strings.py PRINT_DIALOGS), Qt's qtbase has Arabic."""
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    with language(lang):
        printer = QPrinter()               # kept: the dialog holds a pointer to it
        dialog = QPrintPreviewDialog(printer)
        qtbot.addWidget(dialog)
        actions = {a.text() for a in dialog.findChildren(QAction)}
        english = {"title": "Print Preview", "next": "Next page", "setup": "Page setup"}
        assert dialog.windowTitle() != english["title"] and english["next"] not in actions, actions
        assert english["setup"] not in actions
        if words["title"]:
            assert dialog.windowTitle() == words["title"]
            assert {words["next"], words["setup"]} <= actions, actions


def test_typing_a_filter_suggests_values_in_the_window_language(qtbot, catalogue, tmp_path):
    """The Thai colleague of the issue types `country:ไทย type:` and is offered Thai type names."""
    with language("th"):
        catalogue.invalidate_vocabularies()
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        box = window.sidebar.keyword
        box.edit.setFocus()
        # The completions offered for the text before the cursor (what the popup lists).
        assert "country:ไทย" in box.completions_for("country:ไท")[1], box.completions_for("country:ไท")
        offered = box.completions_for("country:ไทย type:")[1]
        assert "type:รายงาน" in offered and not any("Report" in s for s in offered), offered
        assert box.completions_for("country:ไทย type:x ")[1] == []
    catalogue.invalidate_vocabularies()


def test_table_and_detail_pane_name_vocabulary_values_in_the_window_language(qtbot, catalogue, tmp_path):
    from app.criteria import parse_query
    from ui.detail.detail_html import render_record
    uid = catalogue.record_by_id(catalogue.search(parse_query("country:TH")).ids[0]).uid
    with language("vi"):
        catalogue.invalidate_vocabularies()
        window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
        column = next(c for c in range(window.model.columnCount())
                      if window.model.headerData(c, Qt.Orientation.Horizontal) == "Quốc gia")
        cells = {str(window.model.index(r, column).data() or "") for r in range(window.model.rowCount())}
        assert any("Thái Lan" in cell for cell in cells) and not any("Thailand" in cell for cell in cells)
        html = render_record(catalogue.record(uid), catalogue).html
        assert ">Thái Lan</a>" in html and ">Thailand</a>" not in html        # the summary may say Thailand
    catalogue.invalidate_vocabularies()


def test_import_export_and_sync_results_are_told_in_the_window_language(qapp):
    """The summaries the dialogs show after an import, an export or a sync (app/'s own summary()
    stays English for the command line): plural forms, local digits, nothing left in English."""
    from pathlib import Path

    from app.sync.service import SyncReport
    from app.transfer.importing import ImportReport
    from app.transfer.writing import ExportReport
    from ui.report_text import export_summary, import_summary, sync_summary
    imported = ImportReport("p.zip", "package", total=3, added=1, updated=2, links_added=1, links_removed=2)
    assert import_summary(imported) == ("3 records read from p.zip: 1 added, 2 updated, 0 skipped, 0 failed, "
                                         "links between records: 1 added, 2 removed.")
    assert export_summary(ExportReport(Path("out.ris"), "ris", 1)) == "1 record written to out.ris."
    synced = SyncReport("server", pulled=2, pushed=1, conflicts=["u"])
    assert sync_summary(synced) == "2 received, 1 sent, 1 conflict to resolve"
    with language("th"):
        text = import_summary(imported)
        assert text.startswith("อ่าน 3 ระเบียนจาก p.zip") and "ลบ 2" in text
        assert not re.search(r"[A-Za-z]{3,}", text.replace("p.zip", "")), text
    with language("ar"):
        assert export_summary(ExportReport(Path("out.ris"), "ris", 2)) == "كُتبت تسجيلتان في out.ris."
        text = sync_summary(synced)
        assert "٢" in text and "2" not in text and "، " in text and not re.search(r"[A-Za-z]{3,}", text), text
    with language("vi"):
        cancelled = ImportReport("a.csv", "csv", total=5, cancelled=True)
        assert import_summary(cancelled).startswith("Đã hủy, không có gì thay đổi: đã đọc 5 biểu ghi từ a.csv")
