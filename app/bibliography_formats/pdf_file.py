"""A bibliography as PDF, laid out by Qt (QTextDocument + QPdfWriter).

Qt shapes Thai, Khmer and Burmese through HarfBuzz with system fonts, which pure-Python PDF
libraries do not. Qt is imported here only, when a PDF is wanted; without a running
QGuiApplication (the command line) one is started on the offscreen platform.
"""
from __future__ import annotations

import os
from pathlib import Path

from app.bibliography_formats.html_page import to_html

MARGIN_MM = 20.0
FOOTER_MM = 8.0


def _gui_application():
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def layout_document(bib, device):
    """The bibliography's HTML as a QTextDocument paginated for ``device`` (a QPdfWriter or
    QPrinter with zero margins): the page margins are the root frame's."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setHtml(to_html(bib, screen=False))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, bib.title)
    # Frame margins are in Qt's 96-dpi document units; the layout scales them to the device.
    units_per_mm = 96 / 25.4
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_MM * units_per_mm)
    frame.setBottomMargin((MARGIN_MM + FOOTER_MM) * units_per_mm)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(device.width(), device.height()))
    return document


def paint_pages(document, device, title: str) -> int:
    """Draw every page of ``document`` on ``device`` with a footer "title · n / N"; returns N."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter
    painter = QPainter(device)
    try:
        page_height = document.pageSize().height()
        width = document.pageSize().width()
        count = document.pageCount()
        dots_per_mm = device.logicalDpiY() / 25.4
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(8)
        for page in range(count):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            footer = QRectF(MARGIN_MM * dots_per_mm, page_height - (MARGIN_MM + 2) * dots_per_mm,
                            width - 2 * MARGIN_MM * dots_per_mm, FOOTER_MM * dots_per_mm)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft), title)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                             f"{page + 1} / {count}")
        return count
    finally:
        painter.end()


def write_pdf(bib, path: Path) -> int:
    """Write an A4 PDF; returns the number of pages."""
    _gui_application()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(bib.title)
    writer.setCreator("Resource Catalogue")
    document = layout_document(bib, writer)
    return paint_pages(document, writer, bib.title)
