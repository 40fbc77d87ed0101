"""A bibliography as a Word document (python-docx): one "Bibliography Entry" paragraph per
reference with a hanging indent, optional summary and note paragraphs under it."""
from __future__ import annotations

from pathlib import Path

from app.bibliography_formats.csl import Run

ENTRY_STYLE, SUMMARY_STYLE, NOTE_STYLE = "Bibliography Entry", "Bibliography Summary", "Bibliography Note"


def _styles(document) -> dict[str, str]:
    """Add the three bibliography paragraph styles; their names -> style ids."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt
    styles = document.styles
    entry = styles.add_style(ENTRY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    entry.base_style = styles["Normal"]
    entry.paragraph_format.left_indent = Cm(1.27)
    entry.paragraph_format.first_line_indent = Cm(-1.27)
    entry.paragraph_format.space_before = Pt(8)
    entry.paragraph_format.space_after = Pt(2)
    for name, italic in ((SUMMARY_STYLE, False), (NOTE_STYLE, True)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(10)
        style.font.italic = italic
        style.paragraph_format.left_indent = Cm(1.27)
        style.paragraph_format.space_after = Pt(2)
    return {name: styles[name].style_id for name in (ENTRY_STYLE, SUMMARY_STYLE, NOTE_STYLE)}


def _paragraph(document, text: str, style_id: str):
    """``document.add_paragraph(text, style=name)``, the XML made directly (see _add_run): python-docx
    looks a style up by name and compares it with the default style, a search of every style, per
    paragraph; and it places each new element by searching the parent for every element that may
    follow it (some thirty of them for a paragraph's style or a run's italics). The XML is the same
    (tests/test_bibliography.py compares it with python-docx's own for every kind of run)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    paragraph = document.add_paragraph()
    properties = OxmlElement("w:pPr")
    properties.append(OxmlElement("w:pStyle", attrs={qn("w:val"): style_id}))
    paragraph._p.insert(0, properties)
    if text:
        _add_run(paragraph, text, None)
    return paragraph


_BREAKS = frozenset("\t\r\n")


def _add_run(paragraph, text: str, styles: frozenset[str] | None) -> None:
    """``paragraph.add_run(text)`` with italic, bold, underline, small caps, superscript or subscript
    set as python-docx sets them, in the order the schema gives them (``styles`` None: no run
    properties at all, as add_run leaves them; a set, even empty, writes <w:rPr>). python-docx reads the text a
    character at a time to turn tabs and line breaks into their elements: text without them becomes
    one <w:t>, as it makes it then."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.run import Run
    r = OxmlElement("w:r")
    paragraph._p.append(r)
    if text:
        if _BREAKS.isdisjoint(text):
            r.add_t(text)
        else:
            Run(r, paragraph).text = text
    if styles is None:
        return
    properties = r.get_or_add_rPr()
    for style, tag in (("bold", "w:b"), ("italic", "w:i"), ("smallcaps", "w:smallCaps")):
        if style in styles:
            properties.append(OxmlElement(tag))
    if "underline" in styles:
        properties.append(OxmlElement("w:u", attrs={qn("w:val"): "single"}))
    if "sub" in styles or "sup" in styles:
        position = "subscript" if "sub" in styles else "superscript"
        properties.append(OxmlElement("w:vertAlign", attrs={qn("w:val"): position}))


def _add_runs(paragraph, runs: list[Run]) -> None:
    for text, styles in runs:
        _add_run(paragraph, text, styles)


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in text.strip().split("\n\n") if block.strip()]


def write_docx(bib, path: Path) -> None:
    from docx import Document
    document = Document()
    ids = _styles(document)
    document.core_properties.title = bib.title
    document.core_properties.comments = f"{bib.style}; made by Resource Catalogue"
    document.add_heading(bib.title, level=0)
    for block in _paragraphs(bib.description):
        document.add_paragraph(block)
    document.add_paragraph(bib.style).runs[0].italic = True
    for group in bib.groups:
        if group.heading:
            document.add_heading(group.heading, level=1)
        for entry in group.entries:
            _add_runs(_paragraph(document, "", ids[ENTRY_STYLE]), entry.runs)
            for block in _paragraphs(entry.summary):
                _paragraph(document, block, ids[SUMMARY_STYLE])
            for n, block in enumerate(_paragraphs(entry.note)):
                _paragraph(document, f"Note: {block}" if n == 0 else block, ids[NOTE_STYLE])
    document.save(str(path))
