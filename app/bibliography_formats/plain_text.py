"""A bibliography as plain UTF-8 text: references separated by blank lines, summaries and notes
indented under them. Not wrapped: Thai, Khmer and Burmese have no spaces to wrap at."""
from __future__ import annotations

from app.bibliography_formats.csl import runs_text


def _indented(text: str, prefix: str = "") -> list[str]:
    lines = [line.strip() for line in text.strip().splitlines()]
    out = [f"    {line}" if line else "" for line in lines]
    if prefix and out:
        out[0] = f"    {prefix}{lines[0]}"
    return out


def to_text(bib) -> str:
    lines = [bib.title, "=" * min(max(len(bib.title), 3), 78), ""]
    if bib.description:
        lines += [bib.description.strip(), ""]
    lines += [bib.style, ""]
    for group in bib.groups:
        if group.heading:
            lines += [group.heading, "-" * min(max(len(group.heading), 3), 78), ""]
        for entry in group.entries:
            lines.append(runs_text(entry.runs))
            if entry.summary:
                lines += _indented(entry.summary)
            if entry.note:
                lines += _indented(entry.note, "Note: ")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
