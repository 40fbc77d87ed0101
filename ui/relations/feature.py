"""Records that belong together, in the window: the detail pane's links (ui/detail/relations_section.py),
each a click away."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ui.detail import relations_section


class RelationsFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = w = window
        w.detail.add_section(self._section, {"record": self._show}, top=True)

    def _section(self, record):
        return relations_section.render(self.window.catalogue, record)

    def _show(self, uid: str) -> None:
        self.window.show_record(uid)
