"""The detail pane under the table: the selected record in full, or how many are selected, or a hint.

It emits intents and never changes the search itself: ``filter_requested(facet, value)`` when a
facet value is clicked; web links open in the system browser. Later features add their own tabs
(attachments, history, reading lists) with ``add_tab`` and follow ``record_shown``.
"""
from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QTabWidget, QTextBrowser, QWidget

from db.records import RecordData
from ui.detail_html import render_message, render_record

NONE_TEXT = "Select a resource in the table to read it here."
NONE_HINT = "↑ and ↓ move through the results; Ctrl+F goes to the search box."


class DetailPane(QTabWidget):
    filter_requested = Signal(str, str)     # facet, value
    record_shown = Signal(object)           # RecordData, or None for no single record

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName("Resource details")
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self._catalogue = None
        self._record: RecordData | None = None
        self._links: dict[str, tuple[str, str]] = {}

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setAccessibleName("Resource details")
        self.browser.setOpenLinks(False)   # every link comes to _on_link
        self.browser.anchorClicked.connect(self._on_link)
        self.addTab(self.browser, "Details")
        self.show_none()

    def set_catalogue(self, catalogue) -> None:
        self._catalogue = catalogue
        self.show_none()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """A page for a later feature (history, attachments...); it follows ``record_shown``."""
        return self.addTab(widget, title)

    def record(self) -> RecordData | None:
        return self._record

    # ---- states --------------------------------------------------------------------------------
    def show_none(self) -> None:
        self._show_message(NONE_TEXT, NONE_HINT)

    def show_many(self, count: int) -> None:
        self._show_message(f"{count:,} resources selected.",
                           "Select a single resource to read it. Ctrl+A selects every result.")

    def show_record(self, record: RecordData | None) -> None:
        if record is None:
            self._show_message("This resource no longer exists.")
            return
        rendered = render_record(record, self._catalogue)
        self._record = record
        self._links = rendered.links
        self.browser.setHtml(rendered.html)
        self.record_shown.emit(record)

    def _show_message(self, text: str, hint: str = "") -> None:
        self._record = None
        self._links = {}
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.browser.setHtml(render_message(text, hint, muted))
        self.record_shown.emit(None)

    # ---- links ---------------------------------------------------------------------------------
    def links(self) -> dict[str, tuple[str, str]]:
        return dict(self._links)

    def _on_link(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            target = self._links.get(url.fragment())
            if target:
                self.filter_requested.emit(*target)
            return
        if url.scheme() in ("http", "https", "ftp", "mailto"):
            QDesktopServices.openUrl(url)
