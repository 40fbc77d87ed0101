"""An ImportContext with the seed's record types, without a catalogue: fast format tests."""
from __future__ import annotations

import json
from pathlib import Path

from app.transfer.formats.vocabulary import ExportContext, ImportContext
from db.textfold import fold

_TYPES = json.loads((Path(__file__).resolve().parents[1] / "resources_seed" / "types.json").read_text("utf-8"))


def import_context() -> ImportContext:
    ctx = ImportContext()
    for row in _TYPES:
        ctx.types[fold(row["name"])] = row["name"]
        ctx.type_csl[row["name"]] = row["csl_type"]
    ctx.languages = {"english": "en", "en": "en", "eng": "en", "thai": "th", "th": "th"}
    ctx.countries = {"thailand": "TH", "th": "TH", "us": "US", "united states": "US"}
    return ctx


def export_context() -> ExportContext:
    ctx = ExportContext()
    ctx.type_csl = {row["name"]: row["csl_type"] for row in _TYPES}
    ctx.language_names = {"en": "English", "th": "Thai"}
    ctx.country_names = {"TH": "Thailand", "US": "United States"}
    return ctx
