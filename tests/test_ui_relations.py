"""Records that belong together in the window: the detail pane's links, a click away."""
from __future__ import annotations

from PySide6.QtCore import QUrl

from app import editing, relations
from app.criteria import parse_query
from db.records import RecordData
from tests.ui_helpers import make_window, settle
from ui.detail import relations_section


def new(cat, title, **f) -> str:
    return editing.create(cat, RecordData(title=title, **f)).extra["uid"]


def _click(w, uid: str) -> None:
    anchor = next(a for a, target in w.detail.links().items() if target == ("record", uid))
    w.detail.browser.anchorClicked.emit(QUrl(f"#{anchor}"))


def test_also_in_names_languages_in_their_own_script_and_goes_there(qtbot, qapp, catalogue, tmp_path):
    en = new(catalogue, "Recruitment fees report", languages=["en"])
    th = new(catalogue, "รายงานค่าธรรมเนียม", languages=["th"])
    vi = new(catalogue, "Báo cáo phí", languages=["vi"])
    relations.link(catalogue, th, "version", en)
    relations.link(catalogue, vi, "version", en)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.set_criteria(parse_query('"Recruitment fees report"'))
    settle(qtbot, w)
    w.table.selectRow(0)
    qtbot.waitUntil(lambda: "Also in:" in w.detail.browser.toPlainText())
    text = w.detail.browser.toPlainText()
    assert "Also in: ไทย · Tiếng Việt" in text
    _click(w, th)      # one click to the Thai version
    qtbot.waitUntil(lambda: w.detail.record() is not None and w.detail.record().uid == th)
    assert "Also in: English · Tiếng Việt" in w.detail.browser.toPlainText()


def test_series_parts_previous_next_and_replaced_by(qtbot, qapp, catalogue, tmp_path):
    series = new(catalogue, "TRIANGLE in ASEAN Quarterly Briefing Notes")
    parts = [new(catalogue, f"Briefing note {n}") for n in (1, 2, 3)]
    for n, uid in enumerate(parts, start=1):
        relations.link(catalogue, uid, "series", series, str(n))
    old, newer = new(catalogue, "Strategy 2017–2020"), new(catalogue, "Strategy 2021–2024", year=2021)
    relations.link(catalogue, newer, "replaces", old)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.show_record(parts[1])
    qtbot.waitUntil(lambda: "Part of:" in w.detail.browser.toPlainText())
    text = w.detail.browser.toPlainText()
    assert "Part of: TRIANGLE in ASEAN Quarterly Briefing Notes, No. 2" in text
    assert "previous" in text and "next" in text
    _click(w, parts[2])
    qtbot.waitUntil(lambda: w.detail.record().uid == parts[2])
    _click(w, series)
    qtbot.waitUntil(lambda: w.detail.record().uid == series)
    text = w.detail.browser.toPlainText()
    assert "Parts of this series (3)" in text
    assert text.index("Briefing note 1") < text.index("Briefing note 2") < text.index("Briefing note 3")
    w.show_record(old)
    qtbot.waitUntil(lambda: "Replaced by" in w.detail.browser.toPlainText())
    html, _ = relations_section.render(catalogue, catalogue.record(old))
    assert "color:" in html.split("Replaced by")[0]          # it stands out
    assert "Strategy 2021–2024 (2021)" in w.detail.browser.toPlainText()


def test_a_record_without_links_has_no_section(catalogue, qapp):
    uid = new(catalogue, "Alone")
    assert relations_section.render(catalogue, catalogue.record(uid)) == ("", {})


def test_history_says_what_was_linked(catalogue, qapp):
    from app import history
    from ui.detail.history_widget import change_text
    a, b = new(catalogue, "Report"), new(catalogue, "Series")
    relations.link(catalogue, a, "series", b, "3")
    relations.unlink(catalogue, a, "series", b)
    steps = history.list_history(catalogue, a)
    assert change_text(steps[1].entries[0], catalogue) == "Made part of the series “Series”, No. 3"
    assert change_text(steps[0].entries[0], catalogue) == "No longer part of the series “Series”, No. 3"
    assert change_text(history.list_history(catalogue, b)[1].entries[0], catalogue) == "Part added: “Report”, No. 3"
