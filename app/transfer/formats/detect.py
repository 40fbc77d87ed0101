"""Guessing what a file is before reading it: text encoding, format and CSV delimiter.

Each guess can be overridden by the user (dialog or command line); these only pick the defaults.
Encodings: a byte-order mark decides; otherwise UTF-16 without a mark (many NUL bytes);
otherwise strict UTF-8; otherwise charset-normalizer's candidates, preferring the legacy encodings of
this region (GBK/GB18030, Big5, Thai cp874, Windows Western and Vietnamese code pages), because
short files are ambiguous and a Korean guess for Chinese text helps nobody.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from pathlib import Path

from app.transfer.formats.errors import FormatError
from app.text import QT_TRANSLATE_NOOP, message

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy encodings preferred, in order, among candidates that decode about equally well.
_PREFERRED = ("gb18030", "big5", "cp874", "cp1252", "cp1258", "shift_jis", "euc_kr", "cp1251")
_CHAOS_SLACK = 0.1

ENCODING_CHOICES = (
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with byte-order mark"), ("utf-16", "UTF-16"),
    ("gb18030", "Chinese simplified (GBK / GB18030)"), ("big5", "Chinese traditional (Big5)"),
    ("cp874", "Thai (Windows-874 / TIS-620)"), ("cp1258", "Vietnamese (Windows-1258)"),
    ("cp1252", "Western European (Windows-1252)"), ("latin-1", "Latin-1 (ISO 8859-1)"),
)


def detect_encoding(raw: bytes) -> str:
    """The most likely text encoding of ``raw`` (a codec name Python knows)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    sample = raw[:4000]
    if sample and sample.count(0) > len(sample) // 4:   # NUL bytes are valid UTF-8: test first
        evens, odds = sample[0::2].count(0), sample[1::2].count(0)
        return "utf-16-be" if evens > odds else "utf-16-le"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and len(raw) > 1000:
            return "utf-8"  # a sample cut in the middle of a character
    return _legacy_encoding(raw[:200_000])


def _legacy_encoding(raw: bytes) -> str:
    if _plausible_thai(raw):
        return "cp874"
    from charset_normalizer import from_bytes  # imported here: only needed for legacy files
    matches = list(from_bytes(raw))
    if not matches:
        return "cp1252"
    best = min(m.chaos for m in matches)
    close = {_canonical(m.encoding) for m in matches if m.chaos <= best + _CHAOS_SLACK}
    for name in _PREFERRED:
        if name in close:
            return name
    return _canonical(matches[0].encoding)


def _plausible_thai(raw: bytes) -> bool:
    """True if ``raw`` reads as Thai in cp874 (TIS-620) with its vowel and tone marks in places a
    Thai writer puts them. Short Thai files are otherwise taken for Chinese or Japanese: their
    bytes are valid there too, but the marks would land after the wrong letters."""
    try:
        text = raw.decode("cp874")
    except UnicodeDecodeError:
        return False
    high = [c for c in text if ord(c) > 127]
    thai = [c for c in high if "\u0e00" <= c <= "\u0e7f"]
    if not thai or len(thai) < 0.9 * len(high):
        return False
    if sum(1 for c in thai if c in _COMMON_THAI) < 0.75 * len(thai):
        return False   # Chinese bytes read as Thai give rare letters and Thai digits
    for prev, ch, nxt in zip(" " + text, text, text[1:] + " "):
        if unicodedata.category(ch) == "Mn" and not (_is_thai_consonant(prev) or unicodedata.category(prev) == "Mn"):
            return False
        if "\u0e40" <= ch <= "\u0e44" and not _is_thai_consonant(nxt):  # leading vowels come before a consonant
            return False
    return True


# The consonants, vowels and tone marks that make up most of any Thai text.
_COMMON_THAI = frozenset("กขคงจชซดตถทนบปผพฟมยรลวสหอะัาำิีึืุูเแโใไ็่้๊๋์")


def _is_thai_consonant(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e2e"


def _canonical(name: str) -> str:
    name = codecs.lookup(name).name
    return {"gbk": "gb18030", "gb2312": "gb18030", "windows-1252": "cp1252"}.get(name, name)


def decode(raw: bytes, encoding: str, source: str = "the file") -> str:
    """Decode ``raw``; a failure names the line and the bad bytes. Line ends become "\\n"."""
    try:
        text = raw.decode(encoding)
    except LookupError:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: unknown text encoding {encoding}"),
                                  source=source, encoding=repr(encoding))) from None
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        bad = raw[exc.start:exc.start + 4].hex(" ")
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}, line {line}: cannot be read as {encoding} "
                                                               "(bytes {bytes}); choose another encoding"),
                                  source=source, line=line, encoding=encoding, bytes=bad), line=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---- format ------------------------------------------------------------------------------------

_EXTENSIONS = {
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".ris": "ris", ".bib": "bibtex", ".bibtex": "bibtex", ".yml": "csljson", ".yaml": "csljson",
    ".zip": "package",
}
_RIS_LINE = re.compile(r"^(?:\d+\.\s*\n)?TY  -", re.MULTILINE)
_WOS_FIRST = re.compile(r"(?:FN |PT [A-Z]\b)")          # the first line of a Web of Science file
_WOS_END = re.compile(r"^ER\s*$", re.MULTILINE)
_BIB_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)


def detect_format(path: Path, raw_head: bytes, text_head: str | None) -> str | None:
    """The format of a file from its name and first bytes (see :func:`detect_format_noted`)."""
    return detect_format_noted(path, raw_head, text_head)[0]


# Extensions that name one text format: the content never silently overrules them.
_PLAIN_TEXT_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".ris": "ris", ".bib": "bibtex",
                          ".bibtex": "bibtex"}


def detect_format_noted(path: Path, raw_head: bytes, text_head: str | None) -> tuple[str | None, str | None]:
    """(format, note). A plain extension (.csv, .tsv, .ris, .bib) decides, even when the content
    looks like another format (a CSV whose first title starts "PT " looks like Web of Science); then
    the note says what the content looked like and how to choose that. Otherwise the content decides
    (.txt, .json, no extension), and the name only where the content says nothing."""
    if raw_head.startswith(b"PK\x03\x04"):
        return ("package" if _looks_like_package(path) else "xlsx"), None
    if text_head is None:
        return _EXTENSIONS.get(path.suffix.lower()), None
    by_content = _by_content(path, text_head)
    plain = _PLAIN_TEXT_EXTENSIONS.get(path.suffix.lower())
    if plain is not None and {by_content, plain} in ({"csv", "tsv"}, {"ris", "wos"}):
        return by_content, None     # siblings: the content tells which of the two
    if plain is not None:
        note = None
        if by_content is not None and by_content != plain:
            note = message(QT_TRANSLATE_NOOP("ImportWarning", "{source}: read as {named} because of its name, though its "
                                                              "content looks like {content}; choose the format {format} if "
                                                              "that is what it is"),
                           source=path.name, named=plain.upper(), content=by_content.upper(), format=by_content)
        return plain, note
    if by_content is not None:
        return by_content, None
    by_name = _EXTENSIONS.get(path.suffix.lower())
    if by_name:
        return by_name, None
    first = text_head.lstrip().split("\n", 1)[0]
    if "\t" in first:
        return "tsv", None
    if any(d in first for d in ",;|"):
        return "csv", None
    return None, None


def _by_content(path: Path, text_head: str) -> str | None:
    head = text_head.lstrip()
    if head.startswith(("{", "[")):
        return _json_kind(head)
    if head.startswith("references:") or (path.suffix.lower() in (".yml", ".yaml")):
        return "csljson"
    if _WOS_FIRST.match(head) and _WOS_END.search(text_head):
        return "wos"
    if _RIS_LINE.search(text_head):
        return "ris"
    if _BIB_ENTRY.search(text_head):
        return "bibtex"
    return None


def _looks_like_package(path: Path) -> bool:
    import zipfile
    try:
        with zipfile.ZipFile(path) as zf:
            return "manifest.json" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _json_kind(head: str) -> str:
    """Native catalogue JSON announces itself in its first key; anything else is CSL-JSON."""
    if re.match(r'\{\s*"format"\s*:\s*"resource-catalogue"', head):
        return "json"
    return "csljson"


# ---- CSV delimiter -----------------------------------------------------------------------------

_DELIMITERS = (",", ";", "\t", "|")


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same, largest number of columns.

    csv.Sniffer is not used: it reads a ";"-separated file whose abstracts contain commas as
    comma-separated. Counting columns per row with the real csv reader does not fall for that.
    """
    sample = text[:64_000]
    best, best_score = ",", (0, 0)
    for delim in _DELIMITERS:
        try:
            rows = list(_first_rows(sample, delim, 20))
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(r) for r in rows]
        header = widths[0]
        if header < 2:
            continue
        consistent = sum(1 for w in widths if w == header)
        score = (consistent, header)
        if score > best_score:
            best, best_score = delim, score
    return best


def _first_rows(sample: str, delim: str, n: int):
    reader = csv.reader(io.StringIO(sample), delimiter=delim)
    for i, row in enumerate(reader):
        if i >= n:
            return
        yield row

