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
    """``document.add_paragraph(text, style=name)`` with the style id set directly: python-docx looks a
    style up by name and compares it with the default style, a search of every style, per paragraph
    (70% of the writing); the XML is the same."""
    paragraph = document.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _add_runs(paragraph, runs: list[Run]) -> None:
    for text, styles in runs:
        run = paragraph.add_run(text)
        run._r.get_or_add_rPr()       # (python-docx writes an empty <w:rPr/> when it sets a property to None)
        if "italic" in styles:
            run.italic = True
        if "bold" in styles:
            run.bold = True
        if "underline" in styles:
            run.underline = True
        if "smallcaps" in styles:
            run.font.small_caps = True
        if "sup" in styles:
            run.font.superscript = True
        if "sub" in styles:
            run.font.subscript = True


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
