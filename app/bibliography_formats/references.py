"""A list for reference managers (RIS, BibTeX, CSL-JSON), through the import/export modules.

The writers themselves live in app/transfer/formats/ (ris, bibtex, csl_json), each with
``write(records, out, ExportContext) -> count``; this module only picks one, renders to text
and writes the file atomically. A format whose module is missing is simply not offered.
"""
from __future__ import annotations

import importlib
import importlib.util
import io
from pathlib import Path

from app.bibliography_formats.files import atomic_write
from app.transfer.formats.vocabulary import ExportContext

# format key -> (module in app.transfer.formats, file suffix, label)
REFERENCE_FORMATS: dict[str, tuple[str, str, str]] = {
    "ris": ("ris", ".ris", "RIS (Zotero, EndNote, Mendeley)"),
    "bibtex": ("bibtex", ".bib", "BibTeX (JabRef, LaTeX)"),
    "csljson": ("csl_json", ".json", "CSL-JSON (Zotero)"),
}


def available() -> dict[str, tuple[str, str, str]]:
    """The formats whose writer module exists."""
    return {key: value for key, value in REFERENCE_FORMATS.items()
            if importlib.util.find_spec(f"app.transfer.formats.{value[0]}") is not None}


def _module(fmt: str):
    if fmt not in available():
        raise ValueError(f"{fmt} export is not available in this version")
    return importlib.import_module(f"app.transfer.formats.{REFERENCE_FORMATS[fmt][0]}")


def render_references(fmt: str, records) -> str:
    """The text of the file, for a preview."""
    stream = io.StringIO()
    _module(fmt).write(list(records), stream, ExportContext.load())
    return stream.getvalue()


def write_references(fmt: str, records, path: Path) -> int:
    """Write records as ``fmt`` to ``path`` through a temporary file; returns the count written."""
    module, context, counted = _module(fmt), ExportContext.load(), []

    def produce(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline="\n") as stream:
            counted.append(module.write(list(records), stream, context))

    atomic_write(Path(path), produce)
    return counted[0]
