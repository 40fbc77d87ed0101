from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any QApplication exists: Qt tests run without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from app.catalogue import Catalogue  # noqa: E402


@pytest.fixture
def catalogue(tmp_path):
    """A fresh seeded catalogue in a temporary folder."""
    cat = Catalogue.open(tmp_path / "catalogue.db")
    yield cat
    cat.close()


@pytest.fixture
def empty_catalogue(tmp_path):
    """A catalogue with the vocabularies but no records."""
    from app.seed import load_seed_vocabularies
    cat = Catalogue.open(tmp_path / "empty.db", seed=False)
    load_seed_vocabularies(cat.database)
    yield cat
    cat.close()
