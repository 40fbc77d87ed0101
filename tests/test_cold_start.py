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


WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.catalogue import Catalogue
from ui import icons
from ui.main_window import MainWindow
cat = Catalogue.open(sys.argv[1])
w = MainWindow(cat, QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.show()
built = "qtawesome" in sys.modules
painted = []
from PySide6.QtCore import QObject, QEvent
class Filter(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and w.model.rowCount() and not painted:
            painted.append("qtawesome" in sys.modules)
        return False
f = Filter()
w.table.viewport().installEventFilter(f)
import time
end = time.monotonic() + 60
while not (painted and icons._state["loaded"] and w.is_settled()) and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.01)
pixels = icons.icon("magnify").pixmap(32, 32).toImage()
drawn = any(pixels.pixelColor(x, y).alpha() for x in range(32) for y in range(32))
print(built, painted, icons._state["loaded"], drawn)
w.close()
"""


def test_the_icon_font_loads_after_the_rows_are_painted(tmp_path):
    """qtawesome (0.2-0.4 s) is not loaded while the window is built or first painted with rows;
    right after that it is, and the icons draw their glyphs."""
    out = subprocess.run([sys.executable, "-c", WINDOW, str(tmp_path / "c.db"), str(tmp_path / "ui.ini")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "False [False] True True"
