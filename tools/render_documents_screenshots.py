"""Render the documents feature (issue 13) to PNG files for the README's documents section.

    python tools/render_documents_screenshots.py [--out docs] [--width 1400 --height 900]

Writes a few PDFs with Qt's PDF writer (an ILO report whose page 12 mentions recruitment fees and
whose metadata title is junk, a Thai survey, a Vietnamese guide, a scan without a text layer, a
password-protected draft) into a temporary folder, adds them to a fresh seeded catalogue as the
Add documents dialog does, reads their text, and grabs:
  documents-add-preview.png     File › Add documents…: the preview, field by field, with where each value came from
  documents-passages.png        text:"recruitment fees": the Documents section, thumbnail, page count, the passage on p. 12
  documents-thai.png            text:ข้ามชาติ, a Thai word inside sentences of the Thai PDF, its passages marked
  documents-attachments.png     the Attachments tab: first-page thumbnails, pages, reading state
  documents-unreadable.png      Needs attention › Unreadable documents, with the reason in the detail pane
Install fonts-noto-core first, or the Thai text shows as boxes. Tesseract, when installed, reads the scan.
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

FILLER = ("Labour migration in the Greater Mekong Subregion continues to grow. Workers from Cambodia, Lao PDR and "
          "Myanmar seek jobs in Thailand and Malaysia in construction, agriculture, fisheries and domestic work. ")


def write_documents(folder: Path) -> None:
    from tests.document_files import encrypt_pdf, write_pdf
    folder.mkdir(parents=True, exist_ok=True)
    pages = ["Fair recruitment in the Mekong: costs borne by migrant workers\n"
             "International Labour Organization (ILO)\nBangkok, 2022"]
    pages += [f"{n}. " + FILLER * 4 for n in range(2, 16)]
    pages[11] = ("12. Workers reported paying recruitment fees of 600 to 1,500 US dollars to brokers before "
                 "departure. " + FILLER * 2)
    write_pdf(folder / "ilo_fair_recruitment_final_v3.pdf", pages, title="Microsoft Word - final_v3.docx")
    write_pdf(folder / "iom_thai_migrant_survey.pdf", [
        "รายงานการสำรวจแรงงานข้ามชาติ\n\nIOM 2021",
        "จำนวนแรงงานข้ามชาติที่ทำงานในโรงงาน ค่าจ้างให้แรงงานกำหนดโดยนายจ้าง "
        "แรงงานข้ามชาติต้องจ่ายค่าธรรมเนียมการจัดหางานก่อนเดินทาง",
        "แรงงานจำนวนมากทำงานในภาคประมงและเกษตรกรรม"], language="th")
    write_pdf(folder / "huong_dan_lao_dong_di_cu.pdf", [
        "Hướng dẫn cho người lao động di cư\nTổ chức Lao động Quốc tế (ILO), 2020",
        "Người lao động di cư phải trả phí tuyển dụng trước khi xuất cảnh."], language="vi")
    write_pdf(folder / "scanned_briefing_note.pdf", ["Briefing note: recruitment fees and debt bondage among fishers"],
              image_only=True)
    plain = write_pdf(folder.parent / "plain.pdf", ["Confidential draft on wage protection"])
    encrypt_pdf(plain, folder / "confidential_draft.pdf")


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])

    from app.catalogue import Catalogue
    from app.criteria import parse_query
    from app.documents import adding
    from db import documents as db_documents
    from ui.documents.add_dialog import AddDocumentsDialog
    from ui.lists.places import QUALITY, Place

    app = application()
    from PySide6.QtCore import QLocale

    from ui.i18n import language
    language.install(app, QLocale("en_US"))       # English plural forms ("25 resources")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="documents-screens-"))
    folder = tmp / "Mekong reports"
    write_documents(folder)
    catalogue = Catalogue.open(tmp / "catalogue.db")
    window = open_window(catalogue, tmp, args)
    wait(app, window.is_settled)

    def grab(widget, name: str) -> None:
        for _ in range(30):
            app.processEvents()
        widget.grab().save(str(out / name))
        print(f"wrote {out / name}")

    items = adding.preview(catalogue, [folder])
    dialog = AddDocumentsDialog(items, window)
    dialog.resize(1300, 560)
    dialog.table.setCurrentCell(next(r for r, i in enumerate(items) if i.path.name.startswith("ilo_")), 1)
    dialog.show()
    grab(dialog, "documents-add-preview.png")
    changes = adding.add(catalogue, dialog.chosen(), list_name="Mekong reports", accepted=dialog.accepted_fields())
    dialog.done(0)
    window.apply_changes(changes)
    wait(app, lambda: db_documents.counts(catalogue.database)["pending"] == 0, timeout=300)
    wait(app, lambda: not window.documents.indexer.widget.isVisible())

    def shot(name: str, criteria: str, select_title: str | None = None, tab: int = 0) -> None:
        window.set_criteria(parse_query(criteria, window.current_criteria().cleared_all()))
        wait(app, window.is_settled)
        window.table.clearSelection()
        if select_title:
            model = window.model
            row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(select_title))
            window.table.selectRow(row)
            wait(app, lambda: window.detail.record() is not None
                 and window.detail.record().title.startswith(select_title))
        window.detail.setCurrentIndex(tab)
        window.table.setFocus()
        grab(window, name)

    shot("documents-passages.png", 'text:"recruitment fees"', "Fair recruitment in the Mekong")
    shot("documents-thai.png", "text:ข้ามชาติ", "รายงานการสำรวจ")
    shot("documents-attachments.png", "", "Fair recruitment in the Mekong", tab=1)
    window.set_place(Place(QUALITY, "unreadable_documents"))
    shot("documents-unreadable.png", "", "confidential draft")
    window.close()
    catalogue.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
