"""Render the main window's main states and the editing and reading-list dialogs to PNG files
(for the README and for looking at changes).

    python tools/render_screenshots.py [--out docs] [--width 1400 --height 900]

Uses a fresh seeded catalogue in a temporary folder, plus three records written in Thai, Khmer
and Burmese script, two reading lists, a record in the trash and one edited record, and a
throwaway settings file, so your own catalogue and layout are never touched. Files written:
  main-window.png           the seed catalogue with the Library dock, one record open (the README picture)
  main-window-filtered.png  "housing" in Thailand: chips, ticked boxes, narrowed counts
  main-window-scripts.png   a Burmese record in the table and the detail pane, beside Thai and Khmer ones
  main-window-empty.png     nothing matches: the empty state and its "Clear criteria" button
  main-window-trash.png     the Trash place: its record, Restore / Delete for good
  main-window-quality.png   the "No year" quality list as a result, with the criteria boxes following it
  reading-list-panel.png    a reading list as the place: the table in list order, the list's items and notes
  history-tab.png           the detail pane's History tab for an edited record
  editor.png                the record editor
  merge-dialog.png          the merge dialog with two likely duplicates side by side
  bibliography-dialog.png   the bibliography export dialog: APA with summaries, DOCX preview
Install fonts-noto-core (and fonts-noto-cjk) first, or those scripts show as boxes.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_window import application, open_window, parse_args, wait  # noqa: E402

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


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])

    from app import change_log, editing
    from app import reading_lists as rl
    from app.catalogue import Catalogue
    from app.changes import Changes
    from app.criteria import parse_query
    from db.records import RecordData

    app = application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="screens-"))
    catalogue = Catalogue.open(tmp / "field-laptop.db")
    window = open_window(catalogue, tmp, args)

    def shot(name: str, criteria: str, select_title: str | None = None) -> None:
        window.set_criteria(parse_query(criteria, window.current_criteria().cleared_all()))   # in the place
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

    window.apply_changes(prepare_features(catalogue, editing, rl, change_log))
    shot("main-window.png", "", "Home truths: Access")
    shot("main-window-filtered.png", "housing country:Thailand", "Home truths: Access")
    shot("main-window-empty.png", "housing country:Mongolia")
    changes = Changes()
    for data in SCRIPT_RECORDS:
        changes |= editing.create(catalogue, RecordData(**data))
    window.apply_changes(changes)
    shot("main-window-scripts.png", "country:Thailand", "မြန်မာ")
    feature_shots(app, window, out, shot)
    window.close()
    catalogue.close()
    return 0


def prepare_features(catalogue, editing, rl, change_log):
    """Two reading lists (one with notes), a record in the trash, one record edited by a named
    librarian (for its history), and a likely duplicate pair (for the merge dialog)."""
    from app.changes import Changes
    from app.criteria import Criteria
    rows = {row.title: row.uid for row in catalogue.rows(catalogue.search(Criteria()).ids)}
    uid = {title.split(":")[0][:24]: u for title, u in rows.items()}
    pick = [u for t, u in uid.items() if not t.startswith("Home truths")]
    workshop = rl.create_list("Workshop Feb", "Two-day training for labour attachés, February")
    wuid = workshop.uid
    changes = workshop | rl.add_items(wuid, [uid["Home truths"], *pick[2:7]])
    changes |= rl.set_note(wuid, uid["Home truths"], "Read chapter 3 before day one")
    changes |= rl.set_note(wuid, pick[3], "For the session on wages")
    brief = rl.create_list("Brief for MoL", "Background for the Ministry of Labour")
    changes |= brief | rl.add_items(brief.uid, pick[8:11])
    changes |= editing.delete(catalogue, [pick[-1]])
    change_log.set_user_name("Somchai (librarian)")
    record = catalogue.record(uid["Home truths"])
    record.countries = [*record.countries, "VN"]
    record.keywords = [*record.keywords, "dormitories"]
    changes |= editing.update(catalogue, record.uid, record, record.version)
    change_log.set_user_name(None)
    return changes if isinstance(changes, Changes) else Changes()


def feature_shots(app, window, out: Path, shot) -> None:
    from app import bibliography as bibl
    from app import reading_lists as rl
    from ui.lists.bibliography_dialog import BibliographyDialog
    from ui.editing.editor import RecordEditor
    from ui.editing.merge_dialog import MergeDialog
    from ui.lists.places import LIST, QUALITY, TRASH, Place

    def settle_and_grab(widget, name: str) -> None:
        for _ in range(30):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(f"wrote {out / name}")

    from app.criteria import Criteria
    trashed = window.catalogue.rows(window.catalogue.search(Criteria(trash=True)).ids)
    window.set_place(Place(TRASH))
    shot("main-window-trash.png", "", trashed[0].title)
    window.set_place(Place(QUALITY, "no_year"))
    shot("main-window-quality.png", "")
    workshop = rl.find_list("Workshop Feb")
    window.set_place(Place(LIST, workshop.uid))
    panel = window.library.reading_lists
    panel.items.setCurrentIndex(panel.model.index(0, 1))
    shot("reading-list-panel.png", "", "Home truths: Access")
    window.set_place(Place())
    window.detail.setCurrentWidget(window.features.tabs.history)
    shot("history-tab.png", "", "Home truths: Access")
    window.detail.setCurrentIndex(0)

    record = window.detail.record()
    editor = RecordEditor(window.catalogue, record, parent=window)
    editor.resize(1000, 760)
    editor.show()
    settle_and_grab(editor, "editor.png")
    editor.done(0)
    from app import editing
    from app.criteria import parse_query
    from db.records import RecordData
    window.apply_changes(editing.create(window.catalogue, RecordData(
        title="Home truths: access to adequate housing for migrant workers in ASEAN", year=2022,
        type="Report", countries=["SG"], themes=["Housing and living conditions"])))
    twins = window.catalogue.search(parse_query('"home truths"')).ids
    left, right = (window.catalogue.record_by_id(i) for i in twins[:2])
    merge = MergeDialog(left, right, window, catalogue=window.catalogue)
    merge.show()
    settle_and_grab(merge, "merge-dialog.png")
    merge.done(0)
    dialog = BibliographyDialog(bibl.source_for_list(workshop.uid), window)
    dialog.summaries_check.setChecked(True)
    dialog.update_preview()
    dialog.show()
    settle_and_grab(dialog, "bibliography-dialog.png")
    dialog.done(0)


if __name__ == "__main__":
    sys.exit(main())
