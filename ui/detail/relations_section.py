"""The detail pane's links to other records (app/relations.py), at the top of the record:

- "Replaced by …" stands out on an outdated record;
- "Also in: ไทย · Tiếng Việt · ខ្មែរ": the other language versions, each named in its own language;
- "Part of: <series>, No. 3" with the previous and next parts;
- a series lists its parts in order;
- "Replaces …" and "Related".

Every record named is a link (kind "record", target its uid): a click shows that record.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from app import relations
from app.relations import LinkedRecord
from ui.colours import error_colour
from ui.i18n import translate

MAX_PARTS = 50


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def language_name(code: str) -> str:
    """A language named in itself ("ไทย", "Tiếng Việt"); the code if Qt does not know it."""
    if code == "en":
        return "English"    # Qt's native name is "American English", its default territory's
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class _Links:
    def __init__(self):
        self.links: dict[str, tuple[str, str]] = {}

    def to(self, rec: LinkedRecord, label: str | None = None) -> str:
        anchor = f"rel{len(self.links)}"
        self.links[anchor] = ("record", rec.uid)
        text = label if label is not None else rec.title
        tip = translate("RelationsSection", "Show “%1”").replace("%1", rec.title)
        if rec.deleted:
            text = translate("RelationsSection", "%1 (in the trash)").replace("%1", text)
        return f'<a href="#{anchor}" title="{_e(tip)}">{_e(text)}</a>'


def _titled(rec: LinkedRecord) -> str:
    return f"{rec.title} ({rec.year})" if rec.year else rec.title


def _number(number: str) -> str:
    return translate("RelationsSection", "No. %1").replace("%1", number) if number else ""


def render(catalogue, record) -> tuple[str, dict[str, tuple[str, str]]]:
    """(HTML, {anchor: ("record", uid)}) for the record's links; ("", {}) if it has none."""
    if catalogue is None or not record.uid:
        return "", {}
    rel = relations.relations_of(catalogue, record.uid)
    if rel.is_empty():
        return "", {}
    out = _Links()
    parts: list[str] = []
    if rel.replaced_by:
        colour = error_colour(QGuiApplication.palette())
        names = ", ".join(out.to(r, _titled(r)) for r in rel.replaced_by)
        parts.append(f"<p style='color:{colour}'><b>"
                     + _e(translate("RelationsSection", "Replaced by")) + f"</b> {names}</p>")
    if rel.versions:
        names = []
        for r in rel.versions:
            label = " / ".join(language_name(c) for c in r.languages) or r.title
            names.append(out.to(r, label))
        parts.append("<p><b>" + _e(translate("RelationsSection", "Also in:")) + "</b> " + " · ".join(names) + "</p>")
    for place in rel.part_of:
        line = out.to(place.series)
        if place.number:
            line += ", " + _e(_number(place.number))
        steps = []
        if place.previous:
            steps.append("← " + out.to(place.previous, translate("RelationsSection", "previous")))
        if place.next:
            steps.append(out.to(place.next, translate("RelationsSection", "next")) + " →")
        if steps:
            line += " &nbsp; " + " &nbsp; ".join(steps)
        parts.append("<p><b>" + _e(translate("RelationsSection", "Part of:")) + "</b> " + line + "</p>")
    if rel.parts:
        items = []
        for rec, number in rel.parts[:MAX_PARTS]:
            lead = _e(_number(number)) + " · " if number else ""
            items.append(f"<li>{lead}{out.to(rec, _titled(rec))}</li>")
        more = len(rel.parts) - MAX_PARTS
        if more > 0:
            items.append("<li>" + _e(translate("RelationsSection", "and %1 more").replace("%1", str(more))) + "</li>")
        heading = translate("RelationsSection", "Parts of this series (%1)").replace("%1", str(len(rel.parts)))
        tag = "ul" if any(number for _, number in rel.parts) else "ol"   # their own numbers, or 1, 2, 3
        parts.append(f"<p style='margin-bottom:0'><b>{_e(heading)}</b></p>"
                     f"<{tag} style='margin-top:2px'>{''.join(items)}</{tag}>")
    if rel.replaces:
        parts.append("<p><b>" + _e(translate("RelationsSection", "Replaces:")) + "</b> "
                     + ", ".join(out.to(r, _titled(r)) for r in rel.replaces) + "</p>")
    if rel.related:
        parts.append("<p><b>" + _e(translate("RelationsSection", "Related:")) + "</b> "
                     + "; ".join(out.to(r, _titled(r)) for r in rel.related) + "</p>")
    return "<div>" + "".join(parts) + "</div>", out.links
