"""The detail pane's "Documents" section: each attached document's first-page thumbnail, page
count and reading state, and, when the search has words, the passages that match them with their
page numbers and the words marked; a click on a passage opens the file at that page."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl

from app.documents import passages as doc_passages
from app.documents import status as doc_status
from ui.plural import trn

MARK_STYLE = "background-color:#fff1a8; color:#000; font-weight:bold"
MAX_SHOWN = 8


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n >= 0:
        return trn("DocumentsSection", text, n, disambiguation)
    return QCoreApplication.translate("DocumentsSection", text, disambiguation, n)


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
    if state.status == "text":
        pages = (tr("%n page(s)", "", state.pages) if state.paged else tr("%n part(s)", "", state.pages))
        return pages + (" · " + tr("read by OCR") if state.method == "ocr" else "")
    if state.status == "waiting":
        return tr("waiting to be read")
    if state.status == "no_text":
        return tr("no searchable text") + (f" ({_e(state.reason)})" if state.reason else "")
    return tr("could not be read: %1").replace("%1", state.reason)


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
            image = link("page", f"{state.attachment_uid}\t1", f"<img src='{_e(src)}' width='72'>",
                         tr("Open %1").replace("%1", state.file_name))
        name = link("page", f"{state.attachment_uid}\t0", _e(state.file_name), tr("Open with the system viewer"))
        picture = f"<td valign='top' width='80'>{image}</td>" if pictures else ""
        rows.append(f"<tr>{picture}<td valign='top'>{name}<br>"
                    f"<span style='color:#666'>{_e(state_text(state))}</span></td></tr>")
    out = [f"<h3 style='margin-bottom:2px'>{_e(tr('Documents'))}</h3>",
           "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"]
    found = doc_passages.passages(catalogue, record.uid, criteria) if criteria is not None else []
    if found:
        out.append(f"<p style='margin-bottom:2px'><b>{_e(tr('%n matching passage(s)', '', len(found)))}</b></p>")
        for p in found:
            where = (tr("p. %1") if p.paged else tr("part %1")).replace("%1", str(p.page))
            label = f"{_e(p.file_name)}, {_e(where)}" if len(states) > 1 else _e(where)
            target = f"{p.attachment_uid}\t{p.page if p.paged else 0}"
            tip = tr("Open the file at page %1").replace("%1", str(p.page)) if p.paged else tr("Open the file")
            out.append(f"<p style='margin-top:2px; margin-bottom:4px'>{link('page', target, label, tip)}: "
                       f"{marked(p.text, p.highlights)}</p>")
    return "".join(out), links
