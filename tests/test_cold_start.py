"""What a start on a catalogue file loads (issue 17: cold start at 1,000,000 records)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STARTS = """
import sys
import ui.app
from ui.main_window import MainWindow
from app.catalogue import Catalogue
from app.criteria import Criteria
cat = Catalogue.open(sys.argv[1])
cat.search(Criteria())
cat.facets(Criteria())
print(sorted(m for m in ("psycopg", "numpy", "asyncio") if m in sys.modules))
from db import postgres
import peewee
postgres.cursor_class()
print(peewee.psycopg is not None, peewee.Psycopg3Adapter.txn_idle is not None)
"""


def test_the_window_on_a_catalogue_file_loads_no_server_driver_and_no_numpy(tmp_path):
    """psycopg (with asyncio, ~0.15 s) is for server catalogues and numpy (~0.1 s) for the facet
    index and one row per work, both loaded on first use; a server catalogue still gets its driver
    (tests/test_postgres.py opens them)."""
    out = subprocess.run([sys.executable, "-c", STARTS, str(tmp_path / "c.db")], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[:2] == ["[]", "True True"]
