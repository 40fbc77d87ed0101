"""The detail pane's "Documents" section: each attached document's first-page thumbnail, page
count and reading state, and, when the search has words, the passages that match them with their
page numbers and the words marked; a click on a passage opens the file at that page."""
from __future__ import annotations

import html

from PySide6.QtCore import QObject, QUrl

from app.documents import indexer
from app.documents import ocr
from app.documents import passages as doc_passages
from app.documents import status as doc_status
from app.documents.extract import DAMAGED, ENCRYPTED, TOO_BIG, UNKNOWN_FORMAT, UNREADABLE
from ui.i18n import QT_TRANSLATE_NOOP, localized, translate
from ui.plural import english_plural

MARK_STYLE = "background-color:#fff1a8; color:#000; font-weight:bold"
MAX_SHOWN = 8

# The kinds of failure the indexer stores ("kind: detail"), as said in the window.
FAILURE_KINDS = {
    ENCRYPTED: QT_TRANSLATE_NOOP("DocumentsSection", "protected by a password"),
    DAMAGED: QT_TRANSLATE_NOOP("DocumentsSection", "damaged"),
    TOO_BIG: QT_TRANSLATE_NOOP("DocumentsSection", "too big to read"),
    UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("DocumentsSection", "not a document format that can be read"),
    UNREADABLE: QT_TRANSLATE_NOOP("DocumentsSection", "the file cannot be read"),
    indexer.MISSING: QT_TRANSLATE_NOOP("DocumentsSection", "the file is missing"),
}


class DocumentsSection(QObject):
    """The section's counted words: lupdate marks plural forms only in ``self.tr`` calls."""

    def pages(self, n: int) -> str:
        return english_plural(self.tr("%n page(s)", "", n), n)

    def parts(self, n: int) -> str:
        return english_plural(self.tr("%n part(s)", "", n), n)

    def passages(self, n: int) -> str:
        return english_plural(self.tr("%n matching passage(s)", "", n), n)


_counted: DocumentsSection | None = None


def counted() -> DocumentsSection:
    global _counted
    if _counted is None:
        _counted = DocumentsSection()
    return _counted


def reason_text(reason: str) -> tuple[str, str]:
    """A stored reason (app.documents.indexer) in the window's language: (what it is, the
    technical detail as the reading library gave it, "" if none)."""
    if not reason:
        return "", ""
    if reason.startswith(indexer.NO_TEXT_LAYER):
        said = localized(indexer.NO_TEXT_LAYER)
        return (said + "; " + localized(ocr.INSTALL_HINT), "") if ocr.INSTALL_HINT in reason else (said, "")
    kind, sep, detail = reason.partition(": ")
    if sep and kind in FAILURE_KINDS:
        return translate("DocumentsSection", FAILURE_KINDS[kind]), detail
    return translate("Documents", reason), ""     # the marked no-text reasons; an OCR error as it came


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def marked(text: str, spans) -> str:
    """``text`` as HTML with ``spans`` (start, end) marked."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(_e(text[last:start]))
        out.append(f"<span style='{MARK_STYLE}'>{_e(text[start:end])}</span>")
        last = end
    out.append(_e(text[last:]))
    return "".join(out)


def state_text(state) -> str:
    """Plain text: the attachment's pages, or why it has no searchable text."""
    if state.status == "text":
        pages = counted().pages(state.pages) if state.paged else counted().parts(state.pages)
        return pages + (" · " + translate("DocumentsSection", "read by OCR") if state.method == "ocr" else "")
    if state.status == "waiting":
        return translate("DocumentsSection", "waiting to be read")
    said, _detail = reason_text(state.reason)
    if state.status == "no_text":
        return translate("DocumentsSection", "no searchable text") + (f" ({said})" if said else "")
    return translate("DocumentsSection", "could not be read: %1").replace("%1", said)


def state_tip(state) -> str:
    """The technical detail of a failure, for a tooltip ("" when there is none)."""
    return reason_text(state.reason)[1]


def render(catalogue, record, criteria) -> tuple[str, dict]:
    """(HTML, links) of the section for ``record``; empty when it has no attachments."""
    if catalogue is None or record is None:
        return "", {}
    states = doc_status.states(catalogue, record.uid)
    if not states:
        return "", {}
    links: dict[str, tuple[str, str]] = {}

    def link(kind: str, target: str, label_html: str, tip: str) -> str:
        anchor = f"d{len(links)}"
        links[anchor] = (kind, target)
        return f'<a href="#{anchor}" title="{_e(tip)}">{label_html}</a>'

    rows = []
    pictures = any(state.thumbnail is not None for state in states[:MAX_SHOWN])
    for state in states[:MAX_SHOWN]:
        image = ""
        if state.thumbnail is not None:
            src = QUrl.fromLocalFile(str(state.thumbnail)).toString()
            # A grey cell round the picture: scaled down, the thumbnail's own 1-pixel edge is lost.
            picture_html = (f"<table cellspacing='0' cellpadding='1' bgcolor='#a0a0a0'><tr><td>"
                            f"<img src='{_e(src)}' width='72'></td></tr></table>")
            image = link("page", f"{state.attachment_uid}\t1", picture_html,
                         translate("DocumentsSection", "Open %1").replace("%1", state.file_name))
        name = link("page", f"{state.attachment_uid}\t0", _e(state.file_name),
                    translate("DocumentsSection", "Open with the system viewer"))
        detail = state_tip(state)
        status = (f"<span style='color:#666' title='{_e(detail)}'>" if detail else "<span style='color:#666'>")
        picture = f"<td valign='top' width='80'>{image}</td>" if pictures else ""
        rows.append(f"<tr>{picture}<td valign='top'>{name}<br>"
                    f"{status}{_e(state_text(state))}</span></td></tr>")
    title = translate("DocumentsSection", "Documents")
    out = [f"<h3 style='margin-bottom:2px'>{_e(title)}</h3>",
           "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"]
    found = doc_passages.passages(catalogue, record.uid, criteria) if criteria is not None else []
    if found:
        heading = counted().passages(len(found))
        out.append(f"<p style='margin-bottom:2px'><b>{_e(heading)}</b></p>")
        for p in found:
            where = (translate("DocumentsSection", "p. %1") if p.paged
                     else translate("DocumentsSection", "part %1")).replace("%1", str(p.page))
            label = f"{_e(p.file_name)}, {_e(where)}" if len(states) > 1 else _e(where)
            target = f"{p.attachment_uid}\t{p.page if p.paged else 0}"
            tip = (translate("DocumentsSection", "Open the file at page %1").replace("%1", str(p.page)) if p.paged
                   else translate("DocumentsSection", "Open the file"))
            out.append(f"<p style='margin-top:2px; margin-bottom:4px'>{link('page', target, label, tip)}: "
                       f"{marked(p.text, p.highlights)}</p>")
    return "".join(out), links
