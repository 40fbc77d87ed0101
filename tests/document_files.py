"""Document files written by the tests themselves: PDFs through Qt's PDF writer (offscreen), the
other formats with the standard library and python-docx."""
from __future__ import annotations

import zipfile
from pathlib import Path

FONTS = {"th": "Noto Sans Thai", "km": "Noto Sans Khmer", "my": "Noto Sans Myanmar", "ar": "Noto Naskh Arabic",
         "vi": "Noto Sans", "en": "Noto Sans"}


def write_pdf(path: Path, pages: list[str], title: str = "", author: str = "", language: str = "en",
              image_only: bool = False, xmp: str = "") -> Path:
    """A PDF with one page per string (needs a QGuiApplication: the ``qapp`` fixture). With
    ``image_only`` each page is a picture of its text, with no text layer (a scan)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setResolution(72)
    if title:
        writer.setTitle(title)
    if author:
        writer.setCreator(author)
    if xmp:
        from PySide6.QtCore import QByteArray
        writer.setDocumentXmpMetadata(QByteArray(xmp.encode("utf-8")))
    painter = QPainter(writer)
    font = QFont(FONTS.get(language, "Noto Sans"), 11)
    for n, text in enumerate(pages):
        if n:
            writer.newPage()
        box = QRectF(30, 30, 360, 520)
        if image_only:
            image = QImage(720, 1040, QImage.Format.Format_Grayscale8)
            image.fill(QColor("white"))
            p = QPainter(image)
            big = QFont(font)
            big.setPointSize(28)
            p.setFont(big)
            p.drawText(QRectF(40, 40, 640, 960), int(Qt.TextFlag.TextWordWrap), text)
            p.end()
            painter.drawImage(box, image)
        else:
            painter.setFont(font)
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
    painter.end()
    return path


def encrypt_pdf(source: Path, target: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password)
    with open(target, "wb") as fh:
        writer.write(fh)
    return target


def damage(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[:9] + b"\x00garbage" * 40)
    return target


def write_docx(path: Path, paragraphs: list[str], title: str = "") -> Path:
    import docx
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if title:
        document.core_properties.title = title
    document.save(str(path))
    return path


def write_odt(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               f'{body}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return path


def write_epub(path: Path, chapters: list[str], title: str = "A book") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="OEBPS/content.opf"/>'
                                              '</rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml"/>' for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        zf.writestr("OEBPS/content.opf", f'<package><metadata><dc:title>{title}</dc:title></metadata>'
                                         f'<manifest>{items}</manifest><spine>{spine}</spine></package>')
        for i, text in enumerate(chapters):
            zf.writestr(f"OEBPS/c{i}.xhtml", f"<html><body><p>{text}</p></body></html>")
    return path
