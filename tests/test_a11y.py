"""Usable by everyone: every control has a name a screen reader can say, the tasks of a working day
run from the keyboard alone, and the colours the app sets keep WCAG AA contrast."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.i18n_helpers import dialogs
from tests.ui_helpers import check, make_window, settle, when_modal


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root) and w.isEnabled()
            and not w.objectName().startswith("qt_") and w is not root]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, or what Qt derives (a button's text,
    a field's label in a form)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or widget.accessibleName()


def _nameless(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}({w.objectName()}) in {type(w.parentWidget()).__name__}"
            for w in _focusable(root) if not spoken_name(w).strip()]


def test_every_focusable_control_has_an_accessible_name(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    missing = _nameless(window)
    for name, dialog in dialogs(window, catalogue, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        missing += [f"{name}: {m}" for m in _nameless(dialog)]
        dialog.close()
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _ready(qtbot, dialog) -> None:
    """A dialog just opened has the keyboard (a window manager activates it; offscreen Qt has none)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)


def _press(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard focus is, as the user's keyboard sends it."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, k, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_keyboard_alone_searches_ticks_opens_edits_lists_and_exports(qtbot, catalogue, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from app import reading_lists as rl
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)

    # Search: Ctrl+F, type.
    _press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is w.sidebar.keyword.edit
    _type(qtbot, "housing")
    qtbot.waitUntil(lambda: w.current_criteria().words == ("housing",), timeout=5000)
    settle(qtbot, w)
    found = w.model.rowCount()
    assert 0 < found < 20

    # Tick and untick a value: Tab from the search box reaches the resource types, Space ticks.
    types = w.sidebar.boxes["type"].view
    for _ in range(12):
        if QApplication.focusWidget() is types:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is types, f"Tab stopped at {QApplication.focusWidget()}"
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(w.current_criteria().values("type")))
    ticked = w.current_criteria().values("type")
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.current_criteria().values("type"))
    assert ticked
    settle(qtbot, w)

    # Open a record: Ctrl+T puts the keyboard in the results, the arrows select and show one.
    _press(qtbot, Qt.Key.Key_T, CTRL)
    assert QApplication.focusWidget() is w.table
    _press(qtbot, Qt.Key.Key_Home, CTRL)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: w.detail.record() is not None)
    uid = w.detail.record().uid

    # Edit and save: Enter opens the editor, Alt+T goes to the title, Ctrl+S saves.
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not w and QApplication.activeWindow() is not None)
    editor = QApplication.activeWindow()
    _press(qtbot, Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is editor.form.title
    _press(qtbot, Qt.Key.Key_End)
    _type(qtbot, " (keyboard)")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: catalogue.record(uid).title.endswith(" (keyboard)"))
    qtbot.waitUntil(lambda: not editor.isVisible())
    w.activateWindow()    # what a window manager does when a dialog closes (offscreen Qt has none)
    qtbot.waitUntil(w.isActiveWindow)

    # Add it to a new reading list: Alt+L opens Lists, A its "Add to reading list", Enter the new list.
    def name_the_list(dialog):
        _ready(qtbot, dialog)
        qtbot.keyClicks(dialog.focusWidget(), "Field visit")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    seen = when_modal(name_the_list)
    _press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    _press(qtbot, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is w.actions.lists.add_menu)
    _press(qtbot, Qt.Key.Key_End)
    menu = w.actions.lists.add_menu
    assert menu.activeAction() is menu.actions()[-1]     # "New list with the selection…"
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(info.name == "Field visit" for info in rl.all_lists()))
    check(seen)
    listed = next(info for info in rl.all_lists() if info.name == "Field visit")
    assert listed.count == 1

    # Export the list: Alt+F, E opens Export; arrows choose the list, Tab reaches the file, Alt+E exports.
    out = tmp_path / "field-visit.csv"

    def export(dialog):
        _ready(qtbot, dialog)
        for _ in range(4):
            if dialog.scope_buttons["list"].isChecked():
                break
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
        assert dialog.scope_buttons["list"].isChecked()
        for _ in range(8):
            if dialog.focusWidget() is dialog.file_edit:
                break
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.file_edit
        qtbot.keyClicks(dialog.file_edit, str(out))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_E, ALT)
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    seen = when_modal(export)
    w.activateWindow()    # back from the dialog, as a window manager does
    qtbot.waitUntil(w.isActiveWindow)
    _press(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    _press(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: bool(seen))
    check(seen)
    text = out.read_text(encoding="utf-8-sig")
    assert "(keyboard)" in text and text.count("\n") == 2      # a header and the one record


def _palettes():
    from PySide6.QtWidgets import QStyleFactory
    light = QStyleFactory.create("Fusion").standardPalette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#353535"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535")):
        dark.setColor(role, QColor(colour))
    return {"light": light, "dark": dark}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_colours_the_app_sets_keep_aa_contrast(qapp, name):
    from ui import colours
    palette = _palettes()[name]
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    assert colours.is_dark(palette) == (name == "dark")
    ratios = {
        "error message on a dialog": colours.contrast(QColor(colours.error_colour(palette)), window),
        "error message in a view": colours.contrast(QColor(colours.error_colour(palette)), base),
        "muted hint and counts": colours.contrast(QColor(colours.muted_colour(palette)), base),
        "text on the version-difference tint": colours.contrast(
            text, _over(colours.diff_colour(palette), base)),
        "chip text on its background": colours.contrast(text, palette.color(QPalette.ColorRole.AlternateBase)),
    }
    low = {k: round(v, 2) for k, v in ratios.items() if v < 4.5}
    assert not low, f"below WCAG AA (4.5:1) in the {name} palette: {low}"


def _over(tint: QColor, background: QColor) -> QColor:
    a = tint.alphaF()
    return QColor.fromRgbF(*(getattr(tint, c)() * a + getattr(background, c)() * (1 - a)
                             for c in ("redF", "greenF", "blueF")))


def test_contrast_ratio_matches_wcag_examples():
    from ui.colours import contrast
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#767676"), QColor("#ffffff")), 2) == 4.54
    assert contrast(QColor(0, 0, 0, 0), QColor("#ffffff")) == pytest.approx(1.0)


def test_focus_is_visible_on_chips_and_the_table(qtbot, catalogue, tmp_path):
    """Keyboard focus shows: the chips' style draws a highlight border on focus, and the table
    keeps Qt's focus rectangle (no style sheet turns it off)."""
    from ui.table.chips_bar import CHIP_STYLE
    assert ":focus" in CHIP_STYLE
    window = make_window(qtbot, catalogue, tmp_path / "ui.ini")
    for widget in (window.table, window.sidebar.keyword.edit, window.sidebar.boxes["type"].view):
        assert "outline:none" not in (widget.styleSheet() + window.styleSheet()).replace(" ", "")
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
