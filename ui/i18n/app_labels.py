"""Labels app/ keeps in English tables (file formats, encodings, import columns, bibliography
choices), listed for lupdate under the contexts the window translates them in
(``translate("Formats", fmt.label)``...). app/ stays free of Qt and of the marker; a label changed
there shows in English until this list is updated (tests/test_i18n.py checks it is complete)."""
from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

FORMATS = (
    QT_TRANSLATE_NOOP("Formats", "CSV (comma-separated values)"),
    QT_TRANSLATE_NOOP("Formats", "TSV (tab-separated values)"),
    QT_TRANSLATE_NOOP("Formats", "Excel workbook"),
    QT_TRANSLATE_NOOP("Formats", "RIS (EndNote, Zotero, Mendeley, Scopus...)"),
    QT_TRANSLATE_NOOP("Formats", "Web of Science tagged text"),
    QT_TRANSLATE_NOOP("Formats", "BibTeX / BibLaTeX"),
    QT_TRANSLATE_NOOP("Formats", "CSL-JSON (Zotero, pandoc; also CSL-YAML)"),
    QT_TRANSLATE_NOOP("Formats", "Resource Catalogue JSON (everything)"),
    QT_TRANSLATE_NOOP("Formats", "Catalogue package (.zip with attachments)"),
)
ENCODINGS = (
    QT_TRANSLATE_NOOP("Formats", "UTF-8"),
    QT_TRANSLATE_NOOP("Formats", "UTF-8 with byte-order mark"),
    QT_TRANSLATE_NOOP("Formats", "UTF-16"),
    QT_TRANSLATE_NOOP("Formats", "Chinese simplified (GBK / GB18030)"),
    QT_TRANSLATE_NOOP("Formats", "Chinese traditional (Big5)"),
    QT_TRANSLATE_NOOP("Formats", "Thai (Windows-874 / TIS-620)"),
    QT_TRANSLATE_NOOP("Formats", "Vietnamese (Windows-1258)"),
    QT_TRANSLATE_NOOP("Formats", "Western European (Windows-1252)"),
    QT_TRANSLATE_NOOP("Formats", "Latin-1 (ISO 8859-1)"),
)
IMPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportColumns", "UUID"),
    QT_TRANSLATE_NOOP("ImportColumns", "Title"),
    QT_TRANSLATE_NOOP("ImportColumns", "Type"),
    QT_TRANSLATE_NOOP("ImportColumns", "Year"),
    QT_TRANSLATE_NOOP("ImportColumns", "Month"),
    QT_TRANSLATE_NOOP("ImportColumns", "Day"),
    QT_TRANSLATE_NOOP("ImportColumns", "Date (any form)"),
    QT_TRANSLATE_NOOP("ImportColumns", "Authors (people)"),
    QT_TRANSLATE_NOOP("ImportColumns", "Organizations (author)"),
    QT_TRANSLATE_NOOP("ImportColumns", "Publishers"),
    QT_TRANSLATE_NOOP("ImportColumns", "Organizations (editor)"),
    QT_TRANSLATE_NOOP("ImportColumns", "Funders"),
    QT_TRANSLATE_NOOP("ImportColumns", "Countries"),
    QT_TRANSLATE_NOOP("ImportColumns", "Regions"),
    QT_TRANSLATE_NOOP("ImportColumns", "Themes"),
    QT_TRANSLATE_NOOP("ImportColumns", "Languages"),
    QT_TRANSLATE_NOOP("ImportColumns", "Keywords"),
    QT_TRANSLATE_NOOP("ImportColumns", "Summary"),
    QT_TRANSLATE_NOOP("ImportColumns", "Journal / container"),
    QT_TRANSLATE_NOOP("ImportColumns", "Volume"),
    QT_TRANSLATE_NOOP("ImportColumns", "Issue"),
    QT_TRANSLATE_NOOP("ImportColumns", "Pages"),
    QT_TRANSLATE_NOOP("ImportColumns", "First page"),
    QT_TRANSLATE_NOOP("ImportColumns", "Last page"),
    QT_TRANSLATE_NOOP("ImportColumns", "Publisher reference"),
    QT_TRANSLATE_NOOP("ImportColumns", "ISBN"),
    QT_TRANSLATE_NOOP("ImportColumns", "DOI"),
    QT_TRANSLATE_NOOP("ImportColumns", "URL"),
    QT_TRANSLATE_NOOP("ImportColumns", "Notes"),
    QT_TRANSLATE_NOOP("ImportColumns", "Added"),
    QT_TRANSLATE_NOOP("ImportColumns", "Updated"),
    QT_TRANSLATE_NOOP("ImportColumns", "Other (into notes)"),
    QT_TRANSLATE_NOOP("ImportColumns", "Ignore"),
)
BIBLIOGRAPHY = (
    QT_TRANSLATE_NOOP("Bibliography", "HTML page"),
    QT_TRANSLATE_NOOP("Bibliography", "Markdown"),
    QT_TRANSLATE_NOOP("Bibliography", "Plain text"),
    QT_TRANSLATE_NOOP("Bibliography", "Word (DOCX)"),
    QT_TRANSLATE_NOOP("Bibliography", "PDF"),
    QT_TRANSLATE_NOOP("Bibliography", "No grouping"),
    QT_TRANSLATE_NOOP("Bibliography", "Resource type"),
    QT_TRANSLATE_NOOP("Bibliography", "Theme"),
    QT_TRANSLATE_NOOP("Bibliography", "List order"),
    QT_TRANSLATE_NOOP("Bibliography", "Title"),
    QT_TRANSLATE_NOOP("Bibliography", "Year (newest first)"),
    QT_TRANSLATE_NOOP("Bibliography", "Author"),
)
