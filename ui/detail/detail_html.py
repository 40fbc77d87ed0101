"""One record as HTML for the detail pane, with each facet value a link that filters by it.

Facet links are numbered anchors (``#f3``) mapped to (facet, value) pairs: no value ever needs
escaping into a URL, whatever its script or punctuation.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from app.catalogue import FACET_TITLES
from db.records import RecordData
from ui.colours import MUTED_LIGHT
from ui.i18n import QT_TRANSLATE_NOOP, local_time, localized, translate

ROLE_NAMES = {"author": "", "publisher": QT_TRANSLATE_NOOP("DetailPane", "publisher"),
              "editor": QT_TRANSLATE_NOOP("DetailPane", "editor"), "funder": QT_TRANSLATE_NOOP("DetailPane", "funder")}


@dataclass
class RenderedRecord:
    html: str
    links: dict[str, tuple[str, str]] = field(default_factory=dict)   # anchor -> (facet, value)


def _rtl() -> bool:
    """The window is mirrored (Arabic): the label column goes on the right."""
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.isRightToLeft()


def _e(text) -> str:
    return html.escape(str(text), quote=True)


class _Builder:
    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.links: dict[str, tuple[str, str]] = {}
        self.rows: list[str] = []

    def facet_link(self, facet: str, raw: str, suffix: str = "") -> str:
        value = self.catalogue.canonical_value(facet, raw) if self.catalogue else None
        label = self.catalogue.facet_label(facet, raw) if self.catalogue else raw
        if value is None:
            return _e(label) + suffix
        anchor = f"f{len(self.links)}"
        self.links[anchor] = (facet, value)
        tip = translate("DetailPane", "Show resources with %1: %2").replace(
            "%1", localized(FACET_TITLES.get(facet, facet))).replace("%2", label)
        return f'<a href="#{anchor}" title="{_e(tip)}">{_e(label)}</a>{suffix}'

    def link(self, kind: str, target: str, label: str, tip: str) -> str:
        """A link to something other than a facet value: a reading list, an attachment."""
        anchor = f"f{len(self.links)}"
        self.links[anchor] = (kind, target)
        return f'<a href="#{anchor}" title="{_e(tip)}">{_e(label)}</a>'

    def row(self, label: str, value_html: str) -> None:
        if value_html:
            if _rtl():   # Qt's rich text lays tables out left to right: the label cell goes last
                self.rows.append(f'<tr><td align="right">{value_html}</td>'
                                 f'<th align="right" valign="top" nowrap>{_e(label)}</th></tr>')
            else:
                self.rows.append(f'<tr><th align="left" valign="top">{_e(label)}</th><td>{value_html}</td></tr>')

    def facet_row(self, label: str, facet: str, values: list[str]) -> None:
        self.row(label, ", ".join(self.facet_link(facet, v) for v in values))


def _date(rec: RecordData) -> str:
    if not rec.year:
        return ""
    parts = [str(rec.year)] + [f"{p:02d}" for p in (rec.month, rec.day) if p]
    return "-".join(parts)


def _timestamp(value: str | None) -> str:
    return local_time(value) if value and len(value) >= 16 else (value or "")


def _in_source(rec: RecordData) -> str:
    bits = [rec.container_title] if rec.container_title else []
    if rec.volume:
        bits.append(translate("DetailPane", "vol. %1").replace("%1", rec.volume))
    if rec.issue:
        bits.append(translate("DetailPane", "no. %1").replace("%1", rec.issue))
    if rec.pages:
        bits.append(translate("DetailPane", "pp. %1").replace("%1", rec.pages))
    return ", ".join(bits)


def render_record(rec: RecordData, catalogue, lists=(), files=(), extra_html: str = "",
                  top_html: str = "") -> RenderedRecord:
    """``lists``: (uid, name) of the reading lists holding the record; ``files``: (attachment uid,
    file name, missing) of its attachments. Both become links (go to the list; open the file).
    ``extra_html``: sections added by other features (the documents' passages), under the summary;
    ``top_html`` above it (the links to other records: language versions, series, "replaced by")."""
    b = _Builder(catalogue)
    head = [f"<h2 style='margin-bottom:4px'>{_e(rec.title)}</h2>"]
    sub = [b.facet_link("type", rec.type) if rec.type else "", _e(_date(rec)) or translate("DetailPane", "no year")]
    head.append(f"<p style='margin-top:0'>{' · '.join(s for s in sub if s)}</p>")
    if rec.deleted_at:
        head.append("<p>" + translate("DetailPane", "<b>In the trash</b> since %1").replace(
            "%1", _e(_timestamp(rec.deleted_at))) + "</p>")
    head.append(top_html)
    if rec.summary:
        paragraphs = [p.strip() for p in rec.summary.split("\n\n") if p.strip()]
        head += [f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in paragraphs]
    else:
        head.append("<p><i>" + _e(translate("DetailPane", "No summary.")) + "</i></p>")

    b.row(translate("DetailPane", "Authors"), "; ".join(_e(a) for a in rec.authors))
    b.row(translate("DetailPane", "Organizations"), "; ".join(
        b.facet_link("organization", o.name, f" ({_e(localized(ROLE_NAMES.get(o.role, o.role)))})"
                     if ROLE_NAMES.get(o.role, o.role) else "")
        for o in rec.organizations))
    b.facet_row(translate("DetailPane", "Countries"), "country", rec.countries)
    b.facet_row(translate("DetailPane", "Regions"), "region", rec.regions)
    b.facet_row(translate("DetailPane", "Themes"), "theme", rec.themes)
    b.facet_row(translate("DetailPane", "Languages"), "language", rec.languages)
    b.facet_row(translate("DetailPane", "Keywords"), "keyword", rec.keywords)
    b.row(translate("DetailPane", "Published in"), _e(_in_source(rec)))
    b.row(translate("DetailPane", "Reading lists"), ", ".join(b.link(
        "reading_list", uid, name, translate("DetailPane", "Show the reading list %1").replace("%1", name))
                                     for uid, name in lists))
    b.row(translate("DetailPane", "Attachments"), ", ".join(
        _e(translate("DetailPane", "%1 (missing)").replace("%1", name)) if missing
        else b.link("attachment", uid, name, translate("DetailPane", "Open with the system viewer"))
        for uid, name, missing in files))
    if rec.url:
        tip = _e(translate("DetailPane", "Open in the web browser"))
        b.row(translate("DetailPane", "Link"), f'<a href="{_e(rec.url)}" title="{tip}">{_e(rec.url)}</a>')
    if rec.doi:
        doi_url = rec.doi if rec.doi.lower().startswith("http") else f"https://doi.org/{rec.doi}"
        b.row(translate("DetailPane", "DOI"), f'<a href="{_e(doi_url)}">{_e(rec.doi)}</a>')
    b.row(translate("DetailPane", "ISBN"), _e(rec.isbn))
    b.row(translate("DetailPane", "Reference"), _e(rec.publisher_ref))
    b.row(translate("DetailPane", "Notes"), _e(rec.notes).replace("\n", "<br>"))
    b.row(translate("DetailPane", "Added"), _e(_timestamp(rec.added_at)))
    b.row(translate("DetailPane", "Updated"), _e(_timestamp(rec.updated_at)))
    b.row(translate("DetailPane", "UID"), f"<span style='font-family: monospace'>{_e(rec.uid)}</span>")
    direction = " width='100%'" if _rtl() else ""
    table = (f"<table{direction} cellspacing='0' cellpadding='3' style='margin-top:6px'>" + "".join(b.rows)
             + "</table>")
    return RenderedRecord("".join(head) + extra_html + table, b.links)


def render_message(text: str, hint: str = "", muted: str = MUTED_LIGHT) -> str:
    hint_html = f"<p style='color: {muted}'>{_e(hint)}</p>" if hint else ""
    return f"<div style='margin-top:24px' align='center'><p>{_e(text)}</p>{hint_html}</div>"
