"""Render the main window's main states to PNG files (for the README and for looking at changes).

    python tools/render_screenshots.py [--out docs] [--width 1400 --height 900]

Uses a fresh seeded catalogue in a temporary folder, plus three records written in Thai, Khmer
and Burmese script, and a throwaway settings file, so your own catalogue and layout are never
touched. Files written:
  main-window.png           the seed catalogue, one record open (the README picture)
  main-window-filtered.png  "housing" in Thailand: chips, ticked boxes, narrowed counts
  main-window-scripts.png   a Burmese record in the table and the detail pane, beside Thai and Khmer ones
  main-window-empty.png     nothing matches: the empty state and its "Clear criteria" button
Install fonts-noto-core (and fonts-noto-cjk) first, or those scripts show as boxes.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCRIPT_RECORDS = [
    dict(title="การเข้าถึงที่อยู่อาศัยที่เหมาะสมสำหรับแรงงานข้ามชาติในประเทศไทย",
         summary="รายงานนี้สำรวจสภาพที่อยู่อาศัยของแรงงานข้ามชาติในภาคก่อสร้างและเกษตรกรรมของประเทศไทย "
                 "และเสนอแนวทางการปรับปรุงมาตรฐานที่พักอาศัย",
         type="Report", year=2023, countries=["TH"], languages=["th"],
         themes=["Housing and living conditions", "Working conditions"]),
    dict(title="ការការពារសង្គមសម្រាប់ពលករចំណាកស្រុកកម្ពុជា",
         summary="ការសិក្សានេះពិនិត្យលើការចូលរួមរបស់ពលករចំណាកស្រុកកម្ពុជាក្នុងប្រព័ន្ធសន្តិសុខសង្គម។",
         type="Study", year=2021, countries=["KH", "TH"], languages=["km"], themes=["Social protection"]),
    dict(title="မြန်မာရွှေ့ပြောင်းအလုပ်သမားများ၏ အခွင့်အရေးများဆိုင်ရာ လမ်းညွှန်",
         summary="ဤလမ်းညွှန်သည် ထိုင်းနိုင်ငံရှိ မြန်မာရွှေ့ပြောင်းအလုပ်သမားများအတွက် အလုပ်ခွင်အခွင့်အရေးများ၊ "
                 "လုပ်ခလစာနှင့် နေထိုင်မှုအခြေအနေများကို ရှင်းပြထားသည်။",
         type="Guide", year=2024, countries=["MM", "TH"], languages=["my"],
         themes=["Rights of migrant workers", "Wages"]),
]


def wait(app, condition, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app import editing
    from app.catalogue import Catalogue
    from app.changes import Changes
    from app.criteria import parse_query
    from db.records import RecordData
    from ui.main_window import MainWindow
    from ui.window_state import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="screens-"))
    catalogue = Catalogue.open(tmp / "field-laptop.db")
    window = MainWindow(catalogue, QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    window.resize(args.width, args.height)
    window.show()

    def shot(name: str, criteria: str, select_title: str | None = None) -> None:
        window.set_criteria(parse_query(criteria))
        wait(app, window.is_settled)
        window.table.clearSelection()
        if select_title:
            model = window.model
            row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(select_title))
            window.table.selectRow(row)
            wait(app, lambda: window.detail.record() is not None
                 and window.detail.record().title.startswith(select_title))
        window.table.setFocus()
        for _ in range(20):
            app.processEvents()
        path = out / name
        window.grab().save(str(path))
        print(f"wrote {path}")

    shot("main-window.png", "", "Home truths")
    shot("main-window-filtered.png", "housing country:Thailand", "Home truths")
    shot("main-window-empty.png", "housing country:Mongolia")
    changes = Changes()
    for data in SCRIPT_RECORDS:
        changes |= editing.create(catalogue, RecordData(**data))
    window.apply_changes(changes)
    shot("main-window-scripts.png", "country:Thailand", "မြန်မာ")
    window.close()
    catalogue.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
