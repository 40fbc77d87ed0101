"""Records that belong together, in the window: the detail pane's links (ui/detail/relations_section.py),
each a click away, and View › One row per work (app/works.py), kept in the settings."""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app import works
from ui.detail import relations_section
from ui.preferences_dialog import preferred_languages

ONE_PER_WORK = "view/one_per_work"


class RelationsWindow(Protocol):
    """What this module uses of the main window, and all it may use (tests/test_window_helpers.py)."""
    catalogue: Any
    controller: Any
    detail: Any
    model: Any
    settings: Any
    def menu(self, *args: Any, **kwargs: Any) -> Any: ...
    def show_record(self, *args: Any, **kwargs: Any) -> Any: ...


class RelationsFeature(QObject):
    def __init__(self, window: RelationsWindow):
        super().__init__(window)
        self.window = w = window
        w.detail.add_section(self._section, {"record": self._show}, top=True)
        self.one_per_work = QAction(self.tr("One row per &work"), w)
        self.one_per_work.setObjectName("onePerWorkAction")
        self.one_per_work.setCheckable(True)
        self.one_per_work.setStatusTip(self.tr("Show the language versions of a work as one row, in your preferred "
                                               "language (Preferences); the counts then count works"))
        self.one_per_work.setChecked(str(w.settings.value(ONE_PER_WORK, "false")).lower() == "true")
        self.one_per_work.toggled.connect(self._on_toggled)
        w.menu("view").addSeparator()
        w.menu("view").addAction(self.one_per_work)
        self._index: works.WorkIndex | None = None
        w.controller.results_ready.connect(self._on_results)
        if self.one_per_work.isChecked():
            self._apply()

    def _on_results(self, _results) -> None:
        """Each new result: the versions' languages for the table's Languages column."""
        on = self.one_per_work.isChecked()
        self._index = works.work_index(self.window.catalogue) if on else None
        self.window.model.other_languages = self._other_languages if on else None

    def _other_languages(self, rid: int | None) -> list[str]:
        if self._index is None or rid is None:
            return []
        return [self.window.catalogue.facet_label("language", code) for code in works.other_languages(self._index, rid)]

    def _section(self, record):
        return relations_section.render(self.window.catalogue, record)

    def _show(self, uid: str) -> None:
        self.window.show_record(uid)

    def _on_toggled(self, on: bool) -> None:
        self.window.settings.setValue(ONE_PER_WORK, "true" if on else "false")
        self._apply()

    def _apply(self) -> None:
        self.window.controller.set_one_per_work(self.one_per_work.isChecked(),
                                                preferred_languages(self.window.settings))

    def preferences_changed(self) -> None:
        if self.one_per_work.isChecked():
            self._apply()
