"""The detail pane under the table: the selected record in full, or how many are selected, or a hint.

It emits intents and never changes the search itself: ``filter_requested(facet, value)`` when a
facet value is clicked (facet "reading_list" with the list's uid for a reading list it is in);
web links open in the system browser, attachments in the system viewer. Later features add their own tabs
(attachments, history, reading lists) with ``add_tab`` and follow ``record_shown``.
"""
from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QTabWidget, QTextBrowser, QWidget

from app import attachments
from app import reading_lists as rl
from app.attachments import STATUS_MISSING, AttachmentError
from db.records import RecordData
from ui.detail.detail_html import render_message, render_record
from ui.colours import muted_colour




class DetailPane(QTabWidget):
    filter_requested = Signal(str, str)     # facet, value
    record_shown = Signal(object)           # RecordData, or None for no single record

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Resource details"))
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self._catalogue = None
        self._record: RecordData | None = None
        self._links: dict[str, tuple[str, str]] = {}
        # Sections other features add under the summary: provider(record) -> (html, {anchor: (kind,
        # target)}), and what a click on each kind of their links does.
        self._sections: list = []
        self._top_sections: list = []     # the same, above the summary (links to other records)
        self._link_handlers: dict[str, object] = {}

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setAccessibleName(self.tr("Resource details"))
        self.browser.setOpenLinks(False)   # every link comes to _on_link
        self.browser.anchorClicked.connect(self._on_link)
        self.addTab(self.browser, self.tr("Details"))
        self.show_none()

    def set_catalogue(self, catalogue) -> None:
        self._catalogue = catalogue
        self.show_none()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """A page for a later feature (history, attachments...); it follows ``record_shown``."""
        return self.addTab(widget, title)

    def record(self) -> RecordData | None:
        return self._record

    def add_section(self, provider, handlers: dict | None = None, top: bool = False) -> None:
        """A section under the summary of every record shown (see ``_sections``), or above it with
        ``top``; ``handlers``: link kind -> function called with the link's target."""
        (self._top_sections if top else self._sections).append(provider)
        self._link_handlers.update(handlers or {})

    # ---- states --------------------------------------------------------------------------------
    def show_none(self) -> None:
        self._show_message(self.tr("Select a resource in the table to read it here."),
                           self.tr("↑ and ↓ move through the results; Ctrl+F goes to the search box."))

    def show_many(self, count: int) -> None:
        self._show_message(self.tr("%Ln resource(s) selected.", "", count),
                           self.tr("Select a single resource to read it. Ctrl+A selects every result."))

    def show_record(self, record: RecordData | None) -> None:
        if record is None:
            self._show_message(self.tr("This resource no longer exists."))
            return
        lists = [(info.uid, info.name) for info in rl.lists_for_resource(record.uid)]
        files = []
        if self._catalogue is not None:
            files = [(a.uid, a.file_name, a.status == STATUS_MISSING)
                     for a in attachments.list_for(self._catalogue, record.uid, verify=False)]
        extra, top, extra_links = [], [], {}
        for providers, into in ((self._sections, extra), (self._top_sections, top)):
            for provider in providers:
                html, links = provider(record)
                into.append(html)
                extra_links.update(links)
        rendered = render_record(record, self._catalogue, lists, files, "".join(extra), "".join(top))
        self._record = record
        self._links = {**rendered.links, **extra_links}
        self.browser.setHtml(rendered.html)
        self.record_shown.emit(record)

    def _show_message(self, text: str, hint: str = "") -> None:
        self._record = None
        self._links = {}
        muted = muted_colour(self.palette())   # AA contrast on this palette (ui.colours)
        self.browser.setHtml(render_message(text, hint, muted))
        self.record_shown.emit(None)

    # ---- links ---------------------------------------------------------------------------------
    def links(self) -> dict[str, tuple[str, str]]:
        return dict(self._links)

    def _on_link(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            target = self._links.get(url.fragment())
            if target and target[0] == "attachment":
                self._open_attachment(target[1])
            elif target and target[0] in self._link_handlers:
                self._link_handlers[target[0]](target[1])
            elif target:
                self.filter_requested.emit(*target)   # a facet value, or ("reading_list", uid)
            return
        if url.scheme() in ("http", "https", "ftp", "mailto"):
            QDesktopServices.openUrl(url)

    def _open_attachment(self, attachment_uid: str) -> None:
        try:
            path = attachments.path_of(self._catalogue, attachment_uid)
        except AttachmentError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
