"""First-page thumbnails of attached PDFs, rendered once by the indexer and kept on disk.

Kept as PPM files (what PDFium's bitmap is, with a header; Qt reads them, no imaging library
needed) in ``.thumbnails`` inside the attachments folder, named by the file's SHA-256: the same
file attached twice is rendered once, and a changed file gets a new one.
"""
from __future__ import annotations

import os
from pathlib import Path

WIDTH = 150


def folder(catalogue) -> Path:
    from app import attachments
    return attachments.folder(catalogue) / ".thumbnails"


def path_for(catalogue, sha256: str) -> Path:
    return folder(catalogue) / f"{sha256}.ppm"


def existing(catalogue, sha256: str) -> Path | None:
    path = path_for(catalogue, sha256)
    return path if path.is_file() else None


def render(pdf: Path, target: Path, width: int = WIDTH) -> bool:
    """Render the first page of ``pdf`` to ``target`` (PPM); False if it cannot be rendered."""
    import pypdfium2 as pdfium
    try:
        document = pdfium.PdfDocument(str(pdf))
    except pdfium.PdfiumError:
        return False
    try:
        if len(document) == 0:
            return False
        page = document[0]
        try:
            scale = width / max(page.get_width(), 1)
            bitmap = page.render(scale=scale, rev_byteorder=True)   # RGB(A) order in memory
        finally:
            page.close()
        channels = bitmap.n_channels
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
        rows = []
        for y in range(h):
            row = data[y * stride:y * stride + w * channels]
            if channels == 4:
                row = _drop_alpha(row)
            elif channels == 1:
                row = bytes(b for b in row for _ in range(3))
            rows.append(row)
        _frame(rows, w)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            fh.write(f"P6 {w} {h} 255\n".encode("ascii"))
            fh.writelines(rows)
        os.replace(tmp, target)
        return True
    except (pdfium.PdfiumError, OSError):
        return False
    finally:
        document.close()


FRAME = b"\xa0\xa0\xa0"   # a grey line round the page: a white page on a white pane has an edge


def _frame(rows: list[bytes], width: int) -> None:
    if not rows:
        return
    rows[0] = rows[-1] = FRAME * width
    for y in range(1, len(rows) - 1):
        rows[y] = FRAME + rows[y][3:-3] + FRAME


def _drop_alpha(row: bytes) -> bytes:
    out = bytearray(len(row) // 4 * 3)
    out[0::3] = row[0::4]
    out[1::3] = row[1::4]
    out[2::3] = row[2::4]
    return bytes(out)


def ensure(catalogue, pdf: Path, sha256: str) -> Path | None:
    """The thumbnail of ``pdf``, rendered now if it is not there yet."""
    target = path_for(catalogue, sha256)
    if target.is_file() or render(pdf, target):
        return target
    return None


def fill_missing(catalogue, cancelled=None) -> int:
    """Render the thumbnails that are missing (a copied or synced catalogue, a cleared cache);
    for the indexer's idle moments. Returns how many were made."""
    from app import attachments
    from db import documents as db_documents
    made = 0
    for uid, sha256 in db_documents.read_pdfs(catalogue.database):
        if cancelled is not None and cancelled():
            break
        if path_for(catalogue, sha256).is_file():
            continue
        try:
            pdf = attachments.path_of(catalogue, uid)
        except attachments.AttachmentError:
            continue
        made += bool(render(pdf, path_for(catalogue, sha256)))
    return made


def of_records(catalogue, resource_ids) -> dict[int, Path]:
    """resource id -> the thumbnail of its first PDF, for those of ``resource_ids`` that have one
    rendered (the table's thumbnail column; missing ones are rendered by the indexer)."""
    from db import documents as db_documents
    out = {}
    for rid, sha256 in db_documents.first_pdf_by_resource(catalogue.database, resource_ids).items():
        path = existing(catalogue, sha256)
        if path is not None:
            out[rid] = path
    return out
