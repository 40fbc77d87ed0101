"""The vocabularies' names in the window's language, and every shipped language's names as search terms.

Stored values stay language-neutral (ISO codes for countries and languages, the English names of
types, themes and regions); these labels are only what a reader sees and what a query may say:
``country:ไทย``, ``country:Thái Lan`` and ``country:TH`` mean the same country whatever language the
window speaks. The data is ``resources_seed/vocab_labels_<lang>.json`` (tools/build_vocab_labels.py).
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "resources_seed"
LANGUAGES = ("th", "vi", "ar")
FACETS = ("type", "theme", "region", "country", "language")

_display: str | None = None


def set_display_language(language: str | None) -> None:
    """The language labels are shown in (None or "en": the stored English names). Set once at start-up."""
    global _display
    _display = language if language in LANGUAGES else None


def display_language() -> str | None:
    return _display


@cache
def _table(language: str) -> dict[str, dict[str, str]]:
    path = SEED / f"vocab_labels_{language}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def label(facet: str, key: str, language: str | None = None) -> str | None:
    """The name of ``key`` (a country or language code, else the English name) in ``language``
    (default: the display language); None when there is none."""
    language = language or _display
    if not language or not key:
        return None
    return _table(language).get(facet, {}).get(key)


def names(facet: str, key: str) -> list[str]:
    """Every shipped language's name for ``key``: search terms for the editor and the query syntax."""
    return [n for lang in LANGUAGES if (n := _table(lang).get(facet, {}).get(key))]


def all_names(facet: str) -> dict[str, list[str]]:
    """key -> its names in every shipped language, for one facet."""
    out: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for key, name in _table(lang).get(facet, {}).items():
            out.setdefault(key, []).append(name)
    return out


@cache
def _keys_by_english_name(facet: str) -> dict[str, str]:
    """A country's or language's English names (as the table's rows carry them) -> its code."""
    if facet not in ("country", "language"):
        return {}
    rows = json.loads((SEED / ("countries.json" if facet == "country" else "languages.json")).read_text(encoding="utf-8"))
    out = {}
    for row in rows:
        for name in (row.get("name"), row.get("common_name")):
            if name:
                out.setdefault(name, row["code"])
    return out


def label_joined(facet: str, text: str, separator: str = ", ") -> str:
    """A row's joined English names ("Malaysia, Thailand") in the display language; names it does
    not know stay as they are."""
    if not _display or not text:
        return text
    keys = _keys_by_english_name(facet)
    return separator.join(label(facet, keys.get(name, name)) or name for name in text.split(separator))
