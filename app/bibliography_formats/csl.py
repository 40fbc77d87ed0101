"""citeproc-py with the CSL styles shipped in app/csl_styles, producing styled runs, not markup.

citeproc-py's own HTML formatter does not escape the record's text (a title with "<script>"
comes out raw), so we use a formatter that marks italics, bold and the rest with private-use
characters and split the result into (text, styles) runs. Each output format then writes the
runs its own way and does its own escaping.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from app.bibliography_formats import citeproc_fixes
from db.records import RecordData

STYLE_DIR = Path(__file__).resolve().parents[1] / "csl_styles"

# style key -> (label, CSL file, locale). Files copied from the official CSL repository (CC BY-SA
# 3.0). Cite Them Right is British: single quotes, punctuation outside them.
STYLES: dict[str, tuple[str, str, str]] = {
    "apa": ("APA 7th edition", "apa.csl", "en-US"),
    "chicago": ("Chicago author-date (18th edition)", "chicago-author-date.csl", "en-US"),
    "harvard": ("Harvard (Cite Them Right)", "harvard-cite-them-right.csl", "en-GB"),
}

Run = tuple[str, frozenset[str]]   # text and its styles: italic, bold, underline, smallcaps, sup, sub

# Private-use code points: one opening and one closing mark per style.
_MARKS = {"italic": "\ue000", "bold": "\ue002", "underline": "\ue004", "smallcaps": "\ue006",
          "sup": "\ue008", "sub": "\ue00a"}
_OPEN = {mark: style for style, mark in _MARKS.items()}
_CLOSE = {chr(ord(mark) + 1): style for style, mark in _MARKS.items()}
_PRIVATE = re.compile("[\ue000-\uf8ff]")


def _wrapper(style: str):
    opening = _MARKS[style]
    closing = chr(ord(opening) + 1)

    class Marked(str):
        # A str subclass like citeproc's TagWrapper, so its text-case helpers treat it the same.
        def __new__(cls, text):
            return super().__new__(cls, f"{opening}{text}{closing}")
    return Marked


RUN_FORMATTER = SimpleNamespace(
    preformat=lambda text: text,
    Italic=_wrapper("italic"), Oblique=_wrapper("italic"), Bold=_wrapper("bold"),
    Light=lambda text: text, Underline=_wrapper("underline"), SmallCaps=_wrapper("smallcaps"),
    Superscript=_wrapper("sup"), Subscript=_wrapper("sub"),
)


def clean(text: str) -> str:
    """Record text made safe for the marker formatter (no private-use characters), its direction
    controls kept to itself (see isolate_bidi)."""
    return isolate_bidi(_PRIVATE.sub("", text or ""))


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")
FSI, PDI = "\u2068", "\u2069"


def isolate_bidi(text: str) -> str:
    """Text holding direction controls, wrapped in a first-strong isolate (U+2068 ... U+2069).

    An override opened in a title and never closed (U+202E) would otherwise reverse the rest of
    the line, the next fields included, in HTML, Markdown, DOCX or PDF. The isolate's end closes
    every embedding and override opened inside it; isolates left open inside are closed, and a
    stray isolate end (which would close ours early) is dropped. Text without them is unchanged."""
    if not text or _BIDI_CONTROLS.isdisjoint(text):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return FSI + "".join(out) + PDI * depth + PDI


def to_runs(marked: str) -> list[Run]:
    """Split citeproc output made with RUN_FORMATTER into runs, merging neighbours alike."""
    runs: list[Run] = []
    active: list[str] = []
    buf: list[str] = []

    def flush():
        if buf:
            styles = frozenset(active)
            text = "".join(buf)
            if runs and runs[-1][1] == styles:
                runs[-1] = (runs[-1][0] + text, styles)
            else:
                runs.append((text, styles))
            buf.clear()

    for ch in marked:
        if ch in _OPEN:
            flush()
            active.append(_OPEN[ch])
        elif ch in _CLOSE:
            flush()
            if _CLOSE[ch] in active:
                active.remove(_CLOSE[ch])
        else:
            buf.append(ch)
    flush()
    return runs


def runs_text(runs: list[Run]) -> str:
    return "".join(text for text, _ in runs)


# ---- records -> CSL-JSON -----------------------------------------------------------------------

def _name(text: str) -> dict:
    family, sep, given = (clean(text)).partition(",")
    if sep and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": clean(text).strip()}


def csl_item(record: RecordData, key: str, csl_type: str = "report",
             series: tuple[str, str] | None = None) -> dict:
    """One record as a CSL-JSON item (the input citeproc-py and reference managers read);
    ``series``: (name, number) of the series it is part of."""
    item: dict = {"id": key, "type": csl_type or "report", "title": clean(record.title)}
    authors = [_name(a) for a in record.authors]
    authors += [{"literal": clean(o.name)} for o in record.organizations if o.role == "author"]
    editors = [{"literal": clean(o.name)} for o in record.organizations if o.role == "editor"]
    publishers = [clean(o.name) for o in record.organizations if o.role == "publisher"]
    if authors:
        item["author"] = authors
    if editors:
        item["editor"] = editors
    if publishers:
        item["publisher"] = "; ".join(publishers)
    if record.year:
        item["issued"] = {"date-parts": [[p for p in (record.year, record.month, record.day) if p]]}
    optional = {
        "container-title": record.container_title, "volume": record.volume, "issue": record.issue,
        "page": record.pages, "URL": record.url, "DOI": record.doi, "ISBN": record.isbn,
        "number": record.publisher_ref, "abstract": record.summary,
    }
    item.update({k: clean(v) for k, v in optional.items() if v})
    if series:
        item["collection-title"] = clean(series[0])
        if series[1]:
            item["collection-number"] = clean(series[1])
    if record.languages:
        item["language"] = record.languages[0]   # citeproc title-cases English only
    return item


# ---- formatting --------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _style(key: str):
    from citeproc import CitationStylesStyle
    citeproc_fixes.apply()
    _, file_name, locale = STYLES[key]
    return CitationStylesStyle(str(STYLE_DIR / file_name), locale=locale, validate=False)


# Formatted references kept by style and item (its CSL-JSON without the id): a reference is
# formatted once per style, however often a bibliography with it is previewed or written. citeproc-py
# formats each bibliography entry on its own (no year suffixes or author substitutes across entries
# in 0.11), so an entry does not depend on its neighbours.
_FORMATTED: dict[tuple[str, str], list[Run]] = {}
FORMATTED_KEPT = 50_000


def forget_formatted() -> None:
    """Forget every formatted reference and every part of one kept (citeproc_fixes.forget): the
    next bibliography is formatted as the first of a process."""
    _FORMATTED.clear()
    citeproc_fixes.forget()


def _item_key(style: str, item: dict) -> tuple[str, str]:
    return style, json.dumps({k: v for k, v in item.items() if k != "id"}, sort_keys=True, ensure_ascii=False)


def render(items: list[dict], style: str) -> dict[str, list[Run]]:
    """Formatted reference for each CSL item, by id. The caller decides the order."""
    if style not in STYLES:
        raise ValueError(f"unknown style '{style}'; choose one of {', '.join(STYLES)}")
    keys = [_item_key(style, item) for item in items]
    known = {key: _FORMATTED.get(key) for key in keys}       # (read once: another thread may clear it)
    missing: dict[tuple[str, str], dict] = {}
    for key, item in zip(keys, items):
        if known[key] is None and key not in missing:
            missing[key] = item
    if missing:
        fresh = _render(list(missing.values()), style, strict=True)
        if fresh is None:                   # an entry came out empty: no cache, as before
            return _render(items, style) or {}
        if len(_FORMATTED) + len(fresh) > FORMATTED_KEPT:
            _FORMATTED.clear()
        for key, item in missing.items():
            known[key] = _FORMATTED[key] = fresh[item["id"]]
    return {item["id"]: list(known[key] or ()) for key, item in zip(keys, items)}


def _render(items: list[dict], style: str, strict: bool = False) -> dict[str, list[Run]] | None:
    """citeproc-py's formatting of ``items``, by id. An entry that comes out empty is left out by
    citeproc-py, and the entries no longer line up with the ids: None then if ``strict``."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON
    bibliography = CitationStylesBibliography(_style(style), CiteProcJSON(items), RUN_FORMATTER)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    # Unsorted: entries come back in registration order, aligned with bibliography.keys.
    entries = bibliography.bibliography()
    if strict and len(entries) != len(bibliography.keys):
        return None
    move_punctuation = STYLES[style][2] == "en-US"
    return {key: to_runs(_punctuation_in_quote(str(entry)) if move_punctuation else str(entry))
            for key, entry in zip(bibliography.keys, entries)}


_AFTER_QUOTE = re.compile("\u201d([.,])")


def _punctuation_in_quote(text: str) -> str:
    """American usage puts a period or comma before the closing quote ("Title."), which the
    en-US locale asks for and citeproc-py does not do."""
    return _AFTER_QUOTE.sub("\\1\u201d", text)
