"""Seed records and controlled vocabularies, as JSON data files beside this module."""
from __future__ import annotations

import json
from pathlib import Path

DATA_DIR = Path(__file__).parent


def load(name: str):
    """Parsed contents of one data file, e.g. load("records")."""
    with open(DATA_DIR / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)
