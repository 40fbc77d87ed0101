"""A bibliography as one standalone, printable HTML page. Every text from a record is escaped;
web addresses become links. The same HTML feeds the dialog's preview and the PDF writer."""
from __future__ import annotations

import re
from html import escape

from app.bibliography_formats.csl import Run

URL = re.compile(r"https?://[^\s<>\"]+")
_TAGS = {"italic": "i", "bold": "b", "underline": "u", "sup": "sup", "sub": "sub"}

# Qt's rich text (PDF, print and preview) reads this CSS too: lengths in px (it ignores em in
# text-indent), and the @media screen rule only where a browser shows the page (to_html(screen=True)).
CSS = """
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11pt; color: #111; }
h1 { font-size: 18pt; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 20px; }
p.description { margin-top: 0; }
p.style { color: #555; font-size: 9pt; }
p.ref { margin: 12px 0 2px 48px; text-indent: -48px; line-height: 130%; }
p.summary { margin: 2px 0 2px 48px; font-size: 10pt; color: #333; line-height: 130%; }
p.note { margin: 2px 0 2px 48px; font-size: 10pt; font-style: italic; }
span.smallcaps { font-variant: small-caps; }
a { color: #1a4d8f; }
@media print { a { text-decoration: none; } }
"""
SCREEN_CSS = """
@media screen { body { max-width: 46em; margin: 2em auto; padding: 0 1em; } }
"""


def _linked(text: str) -> str:
    """Escaped text with http(s) addresses made into links (trailing punctuation left out)."""
    out, last = [], 0
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:)]")
        out.append(escape(text[last:match.start()]))
        out.append(f'<a href="{escape(url, quote=True)}">{escape(url)}</a>')
        last = match.start() + len(url)
    out.append(escape(text[last:]))
    return "".join(out)


def runs_html(runs: list[Run]) -> str:
    parts = []
    for text, styles in runs:
        piece = _linked(text)
        for style in sorted(styles):
            if style == "smallcaps":
                piece = f'<span class="smallcaps">{piece}</span>'
            else:
                piece = f"<{_TAGS[style]}>{piece}</{_TAGS[style]}>"
        parts.append(piece)
    return "".join(parts)


def _paragraphs(text: str, css_class: str, label: str = "") -> list[str]:
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    out = []
    for n, block in enumerate(blocks):
        lead = f"{escape(label)} " if label and n == 0 else ""
        body = "<br>".join(_linked(line) for line in block.splitlines())
        out.append(f'<p class="{css_class}">{lead}{body}</p>')
    return out


def to_html(bib, screen: bool = True) -> str:
    """The page; ``screen=False`` leaves out the browser-only layout (for Qt's paged output)."""
    count = len({e.uid for e in bib.entries})
    noun = "reference" if count == 1 else "references"
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="generator" content="Resource Catalogue">',
             f"<title>{escape(bib.title)}</title>", f"<style>{CSS}{SCREEN_CSS if screen else ''}</style>", "</head>", "<body>",
             f"<h1>{escape(bib.title)}</h1>"]
    if bib.description:
        lines += _paragraphs(bib.description, "description")
    lines.append(f'<p class="style">{escape(bib.style)} · {count} {noun}</p>')
    for group in bib.groups:
        if group.heading:
            lines.append(f"<h2>{escape(group.heading)}</h2>")
        for entry in group.entries:
            lines.append(f'<div class="entry"><p class="ref">{runs_html(entry.runs)}</p>')
            if entry.summary:
                lines += _paragraphs(entry.summary, "summary")
            if entry.note:
                lines += _paragraphs(entry.note, "note", "Note:")
            lines.append("</div>")
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)
