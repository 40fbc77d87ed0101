"""Text out of a document file, page by page, with its own metadata; no Qt, no database.

PDF through pypdfium2 (PDFium, the engine of Chrome's viewer: fast, and reads damaged files that
stricter parsers refuse); DOCX through python-docx; ODT, EPUB and HTML are zip or markup files read
with the standard library; plain text decoded with charset-normalizer when it is not UTF-8.
Formats without pages (DOCX, ODT, HTML, text) are cut into parts of about PART_CHARS characters at
paragraph breaks; an EPUB has one part per chapter. Every page's text goes through
:func:`app.documents.normalise.normalise`.

Failures raise ExtractionError with a ``kind`` (encrypted, damaged, too big, unknown format) and a
one-line reason, so the indexer can store them and not try again on every start.
"""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from app.documents.normalise import normalise

MAX_BYTES = 200 * 1024 * 1024      # bigger files are refused as "too big"
MAX_PAGES = 5000                   # page numbers are kept in 16 bits of a page row's id
PART_CHARS = 4000

ENCRYPTED, DAMAGED, TOO_BIG, UNKNOWN_FORMAT, UNREADABLE = (
    "encrypted", "damaged", "too big", "unknown format", "unreadable")

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".epub": "epub", ".html": "html",
            ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text", ".md": "text"}


class ExtractionError(Exception):
    """A document whose text cannot be read; ``kind`` says why in one word, the message in a line."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass
class Extracted:
    kind: str                                   # pdf, docx, odt, epub, html, text
    pages: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)   # title, author, subject, keywords, date
    first_page_lines: str = ""    # a PDF's first page with its lines as drawn (for a title), when read

    @property
    def paged(self) -> bool:
        """True if the parts are real pages (a viewer can open the file at one)."""
        return self.kind == "pdf"

    def has_text(self) -> bool:
        return any(p.strip() for p in self.pages)


def kind_of(path: Path, head: bytes | None = None) -> str | None:
    """The format of ``path`` from its first bytes, failing that from its suffix; None if unknown."""
    if head is None:
        try:
            with open(path, "rb") as fh:
                head = fh.read(2048)
        except OSError:
            return None
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK"):
        suffix = SUFFIXES.get(path.suffix.lower())
        if suffix in ("docx", "odt", "epub"):
            return suffix
        return _zip_kind(path)
    suffix = SUFFIXES.get(path.suffix.lower())
    if suffix in ("html", "text"):
        return suffix
    if re.search(rb"<html|<!doctype html", head[:512], re.I):
        return "html"
    return None


def _zip_kind(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names:
                mime = zf.read("mimetype").decode("ascii", "replace").strip()
                if mime == "application/vnd.oasis.opendocument.text":
                    return "odt"
                if mime == "application/epub+zip":
                    return "epub"
    except (zipfile.BadZipFile, OSError):
        return None
    return None


def extract(path: str | Path, max_bytes: int = MAX_BYTES, cancelled=None, first_pages: int | None = None
            ) -> Extracted:
    """Every page's text (or the first ``first_pages``) and the metadata of the document at
    ``path``; raises ExtractionError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExtractionError(UNREADABLE, f"cannot read {path.name}: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise ExtractionError(TOO_BIG, f"{path.name} is {size / 1048576:.0f} MB; documents over "
                                       f"{max_bytes / 1048576:.0f} MB are not read")
    kind = kind_of(path)
    if kind is None:
        raise ExtractionError(UNKNOWN_FORMAT, f"{path.name} is not a PDF, DOCX, ODT, EPUB, HTML or text file")
    try:
        if kind == "pdf":
            out = _pdf(path, cancelled, first_pages)
        else:
            out = {"docx": _docx, "odt": _odt, "epub": _epub, "html": _html, "text": _text}[kind](path, cancelled)
        if first_pages is not None:
            out.pages = out.pages[:first_pages]
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExtractionError(DAMAGED, f"{path.name} is damaged: {exc}") from None
    out.kind = kind
    return out


# ---- PDF ----------------------------------------------------------------------------------------

def _pdf(path: Path, cancelled=None, first_pages: int | None = None) -> Extracted:
    import pypdfium2 as pdfium   # imported on first use: loading PDFium takes a moment
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower() or "security" in text.lower():
            raise ExtractionError(ENCRYPTED, f"{path.name} is protected by a password") from None
        raise ExtractionError(DAMAGED, f"{path.name} is damaged or not a PDF ({text})") from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise ExtractionError(TOO_BIG, f"{path.name} has {count} pages; at most {MAX_PAGES} are read")
        pages, first_lines = [], ""
        for index in range(count if first_pages is None else min(count, first_pages)):
            if cancelled is not None and cancelled():
                raise ExtractionError("cancelled", "cancelled")
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    raw = textpage.get_text_range()
                    pages.append(normalise(raw))
                    if index == 0 and first_pages is not None:
                        first_lines = normalise(raw, join_wraps=False)
                finally:
                    textpage.close()
            finally:
                page.close()
        metadata = _pdf_metadata(document, path)
    except pdfium.PdfiumError as exc:
        raise ExtractionError(DAMAGED, f"{path.name} is damaged ({exc})") from None
    finally:
        document.close()
    return Extracted("pdf", pages, metadata, first_lines)


def _pdf_metadata(document, path: Path) -> dict[str, str]:
    info = {}
    try:
        raw = document.get_metadata_dict(skip_empty=True)
    except Exception:   # noqa: BLE001 - a broken info dictionary is only missing metadata
        raw = {}
    for key, name in (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                      ("Keywords", "keywords"), ("CreationDate", "date")):
        value = (raw.get(key) or "").strip()
        if value:
            info[name] = value
    for name, value in _xmp(path).items():
        info.setdefault(name, value)
    return info


_XMP = re.compile(rb"<x:xmpmeta.*?</x:xmpmeta>", re.S)
_XMP_FIELDS = {
    "title": re.compile(r"<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
    "author": re.compile(r"<dc:creator>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
    "subject": re.compile(r"<dc:description>.*?<rdf:li[^>]*>(.*?)</rdf:li>", re.S),
    "keywords": re.compile(r"<pdf:Keywords>(.*?)</pdf:Keywords>", re.S),
    "date": re.compile(r"<xmp:CreateDate>(.*?)</xmp:CreateDate>", re.S),
    "doi": re.compile(r"<prism:doi>(.*?)</prism:doi>", re.S),
}


def _xmp(path: Path) -> dict[str, str]:
    """Fields of the XMP packet, when the file carries one uncompressed (as most writers store it:
    the XMP specification asks for it to be readable without parsing the PDF)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(4 * 1024 * 1024)
    except OSError:
        return {}
    m = _XMP.search(data)
    if not m:
        return {}
    packet = m.group(0).decode("utf-8", "replace")
    out = {}
    for name, pattern in _XMP_FIELDS.items():
        found = pattern.search(packet)
        if found:
            value = html.unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip()
            if value:
                out[name] = value
    return out


# ---- word processors, e-books, web pages, text ----------------------------------------------------

def _parts(paragraphs) -> list[str]:
    """Paragraphs grouped into parts of about PART_CHARS characters."""
    parts, current, size = [], [], 0
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        if current and size + len(para) > PART_CHARS:
            parts.append(normalise("\n".join(current)))
            current, size = [], 0
        current.append(para)
        size += len(para) + 1
    if current:
        parts.append(normalise("\n".join(current)))
    return parts


def _docx(path: Path, cancelled=None) -> Extracted:
    import docx   # python-docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise ExtractionError(DAMAGED, f"{path.name} is damaged or not a Word document") from None
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append("\t".join(cell.text for cell in row.cells))
    props = document.core_properties
    metadata = {k: v for k, v in (("title", props.title or ""), ("author", props.author or ""),
                                  ("subject", props.subject or ""), ("keywords", props.keywords or ""),
                                  ("date", props.created.isoformat() if props.created else ""))
                if v and v.strip()}
    return Extracted("docx", _parts(paragraphs), metadata)


class _TextParser(HTMLParser):
    """Visible text of HTML or XML, one paragraph per block element; script and style skipped."""
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "text:p", "text:h", "text:list-item", "blockquote", "pre", "title", "td", "th"}
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self.skipping:
            self.chunks.append(data)

    def paragraphs(self) -> list[str]:
        return [" ".join(p.split()) for p in "".join(self.chunks).split("\n")]


def _markup_paragraphs(text: str) -> tuple[list[str], str]:
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    return parser.paragraphs(), " ".join(parser.title.split())


def _odt(path: Path, cancelled=None) -> Extracted:
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml").decode("utf-8", "replace")
        meta = zf.read("meta.xml").decode("utf-8", "replace") if "meta.xml" in zf.namelist() else ""
    paragraphs, _ = _markup_paragraphs(content)
    metadata = {}
    for name, tag in (("title", "dc:title"), ("author", "dc:creator"), ("subject", "dc:subject"),
                      ("keywords", "meta:keyword"), ("date", "meta:creation-date")):
        m = re.search(f"<{tag}>(.*?)</{tag}>", meta, re.S)
        if m and m.group(1).strip():
            metadata[name] = html.unescape(m.group(1).strip())
    return Extracted("odt", _parts(paragraphs), metadata)


def _epub(path: Path, cancelled=None) -> Extracted:
    with zipfile.ZipFile(path) as zf:
        container = zf.read("META-INF/container.xml").decode("utf-8", "replace")
        m = re.search(r'full-path="([^"]+)"', container)
        if not m:
            raise ExtractionError(DAMAGED, f"{path.name} is damaged: no package document")
        opf_path = m.group(1)
        opf = zf.read(opf_path).decode("utf-8", "replace")
        base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
        items = {mm.group("id"): mm.group("href") for mm in re.finditer(
            r'<item\b(?=[^>]*\bid="(?P<id>[^"]+)")(?=[^>]*\bhref="(?P<href>[^"]+)")[^>]*>', opf)}
        spine = re.findall(r'<itemref\b[^>]*\bidref="([^"]+)"', opf)
        pages = []
        for idref in spine:
            href = items.get(idref)
            if href is None:
                continue
            name = base + href.split("#")[0]
            if name not in zf.namelist():
                continue
            paragraphs, _ = _markup_paragraphs(zf.read(name).decode("utf-8", "replace"))
            text = normalise("\n".join(p for p in paragraphs if p))
            if text:
                pages.append(text)
    metadata = {}
    for name, tag in (("title", "dc:title"), ("author", "dc:creator"), ("subject", "dc:description"),
                      ("date", "dc:date"), ("language", "dc:language")):
        mm = re.search(f"<{tag}[^>]*>(.*?)</{tag}>", opf, re.S)
        if mm and mm.group(1).strip():
            metadata[name] = html.unescape(mm.group(1).strip())
    return Extracted("epub", pages, metadata)


def _decode(raw: bytes) -> str:
    """UTF-8, or the legacy encoding the import code detects (charset-normalizer, preferring the
    Thai, Vietnamese and other encodings this catalogue's files come in)."""
    from app.transfer.formats.detect import detect_encoding
    from app.transfer.formats.errors import FormatError
    try:
        return raw.decode(detect_encoding(raw), errors="replace").lstrip("\ufeff")
    except (LookupError, FormatError):
        raise ExtractionError(UNKNOWN_FORMAT, "the text's encoding cannot be recognised") from None


def _html(path: Path, cancelled=None) -> Extracted:
    paragraphs, title = _markup_paragraphs(_decode(path.read_bytes()))
    return Extracted("html", _parts(paragraphs), {"title": title} if title else {})


def _text(path: Path, cancelled=None) -> Extracted:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError(UNKNOWN_FORMAT, f"{path.name} is not a text file")
    return Extracted("text", _parts(_decode(raw).split("\n")), {})
