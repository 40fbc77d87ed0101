"""A bibliography as Markdown: headings and one list item per reference. Record text is
backslash-escaped so it can never turn into markup or raw HTML; web addresses are autolinks."""
from __future__ import annotations

import re

from app.bibliography_formats.csl import Run
from app.bibliography_formats.html_page import URL

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_MARKS = {"italic": "*", "bold": "**"}


def escape_md(text: str) -> str:
    out, last = [], 0
    for match in URL.finditer(text):
        url = match.group(0).rstrip(".,;:)]")
        out.append(_SPECIAL.sub(r"\\\1", text[last:match.start()]))
        out.append(f"<{url}>")
        last = match.start() + len(url)
    out.append(_SPECIAL.sub(r"\\\1", text[last:]))
    return "".join(out)


def runs_md(runs: list[Run]) -> str:
    parts = []
    for text, styles in runs:
        piece = escape_md(text)
        # Emphasis markers must hug the text: keep surrounding spaces outside them.
        core = piece.strip()
        if core:
            for style in ("italic", "bold"):
                if style in styles:
                    core = f"{_MARKS[style]}{core}{_MARKS[style]}"
            lead = piece[:len(piece) - len(piece.lstrip())]
            trail = piece[len(piece.rstrip()):]
            piece = lead + core + trail
        parts.append(piece)
    return "".join(parts)


def _block(text: str, indent: str) -> list[str]:
    lines = [escape_md(line.strip()) for line in text.strip().splitlines()]
    return [f"{indent}{line}" if line else "" for line in lines]


def to_markdown(bib) -> str:
    lines = [f"# {escape_md(bib.title)}", ""]
    if bib.description:
        lines += _block(bib.description, "") + [""]
    lines += [f"*{escape_md(bib.style)}*", ""]
    for group in bib.groups:
        if group.heading:
            lines += [f"## {escape_md(group.heading)}", ""]
        for entry in group.entries:
            lines.append(f"- {runs_md(entry.runs)}")
            if entry.summary:
                lines += [""] + _block(entry.summary, "  ")
            if entry.note:
                note = _block(entry.note, "  ")
                note[0] = "  *Note:* " + note[0].lstrip()
                lines += [""] + note
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
