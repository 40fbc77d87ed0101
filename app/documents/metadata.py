"""Metadata suggested from a document itself, offline: what its metadata and first pages say.

Nothing is stored here: the suggestions go to a preview (the window's Add documents dialog, or
``add-files --dry-run``) where each field can be kept or dropped before a record is made.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from app.documents.extract import Extracted
from app.text import QT_TRANSLATE_NOOP
from db.textfold import fold

# Where a suggested value came from (shown beside it in the preview, translated there).
FROM_METADATA = QT_TRANSLATE_NOOP("DocumentSources", "file metadata")
FROM_CREATION_DATE = QT_TRANSLATE_NOOP("DocumentSources", "file metadata (creation date)")
FROM_FIRST_PAGE = QT_TRANSLATE_NOOP("DocumentSources", "first page")
FROM_FIRST_PAGES = QT_TRANSLATE_NOOP("DocumentSources", "first pages")
FROM_COPYRIGHT = QT_TRANSLATE_NOOP("DocumentSources", "first pages (copyright)")
FROM_CHECKED_NUMBER = QT_TRANSLATE_NOOP("DocumentSources", "first pages (check digit valid)")
FROM_FILE_NAME = QT_TRANSLATE_NOOP("DocumentSources", "file name")
FROM_SCRIPT = QT_TRANSLATE_NOOP("DocumentSources", "script and common words")
FROM_NAMED = QT_TRANSLATE_NOOP("DocumentSources", "named in the first pages")

FIRST_PAGES = 2      # the title page and its back (the imprint: ISBN, ISSN, copyright year)

# Titles that are a file name or a tool's placeholder rather than a title.
_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\s*-|untitled|document\d*$|doc\d+$|title$|slide\s*\d*$|"
    r"presentation\d*$|book\d*$|\s*$)|\.(?:docx?|pdf|indd|pptx?|xlsx?|rtf|odt|qxd|tmp)\s*$|^[\W\d_]+$", re.I)


@dataclass
class Suggestion:
    """Suggested values, each with where it came from (``sources[field]``)."""
    title: str = ""
    authors: list[str] = field(default_factory=list)
    summary: str = ""
    keywords: list[str] = field(default_factory=list)
    year: int | None = None
    doi: str = ""
    isbn: str = ""
    issn: str = ""
    languages: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def fields(self) -> list[tuple[str, str, str]]:
        """(field, value as text, source) for each suggested field, in preview order."""
        out = []
        for name in ("title", "authors", "year", "organizations", "languages", "doi", "isbn", "issn",
                     "keywords", "summary"):
            value = getattr(self, name)
            if isinstance(value, list):
                value = "; ".join(value)
            if value not in ("", None):
                out.append((name, str(value), self.sources.get(name, "")))
        return out


def is_junk_title(title: str, file_name: str = "") -> bool:
    title = (title or "").strip()
    if _JUNK_TITLE.search(title) or len(title) < 4:
        return True
    stem = file_name.rsplit(".", 1)[0]
    return bool(stem) and fold(title) == fold(stem)


def _first_page_title(pages: list[str]) -> str:
    """The first line of the first page that reads like a title (some words, not a page header of
    numbers), joined with the next line when that one continues it."""
    for page in pages[:2]:
        lines = [" ".join(line.split()) for line in page.split("\n")]
        lines = [line for line in lines if line]
        for i, line in enumerate(lines[:12]):
            letters = sum(ch.isalpha() for ch in line)
            if letters < 4 or letters < len(line) / 2 or len(line) > 200:
                continue
            if re.match(r"^(page|p\.)\s*\d+|^\d+$|^(www\.|https?:)", line, re.I):
                continue
            title = line
            if (i + 1 < len(lines) and len(title) < 80 and lines[i + 1][:1].islower()
                    and len(title) + len(lines[i + 1]) < 150):
                title += " " + lines[i + 1]
            return title.rstrip(" .:;,")
    return ""


# ---- identifiers ------------------------------------------------------------------------------------

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_ISBN = re.compile(r"ISBN(?:-1[03])?[:\s]*((?:97[89][\s\-]?)?(?:\d[\s\-]?){9}[\dXx])")
_ISSN = re.compile(r"ISSN[:\s]*(?:\(?(?:print|online|e)\)?[:\s]*)?(\d{4}-?\d{3}[\dXx])", re.I)


def valid_isbn(text: str) -> str:
    """The ISBN's digits if its check digit is right, else ""."""
    digits = re.sub(r"[\s\-]", "", text).upper()
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return digits if total % 11 == 0 else ""
    if len(digits) == 13 and digits.isdigit():
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        return digits if total % 10 == 0 else ""
    return ""


def valid_issn(text: str) -> str:
    digits = text.replace("-", "").upper()
    if not re.fullmatch(r"\d{7}[\dX]", digits):
        return ""
    total = sum((8 - i) * int(c) for i, c in enumerate(digits[:7]))
    check = (11 - total % 11) % 11
    return f"{digits[:4]}-{digits[4:]}" if ("X" if check == 10 else str(check)) == digits[7] else ""


def find_doi(text: str) -> str:
    for m in _DOI.finditer(text):
        doi = m.group(1).rstrip(".,;:)]}'")
        if "/" in doi and len(doi.split("/", 1)[1]) >= 2:
            return doi
    return ""


def find_isbn(text: str) -> str:
    for m in _ISBN.finditer(text):
        found = valid_isbn(m.group(1))
        if found:
            return found
    return ""


def find_issn(text: str) -> str:
    for m in _ISSN.finditer(text):
        found = valid_issn(m.group(1))
        if found:
            return found
    return ""


def _year(metadata: dict, text: str) -> tuple[int | None, str]:
    this_year = datetime.date.today().year
    copyright_year = re.search(r"(?:©|\(c\)|copyright)\s*(?:\w+\s+){0,6}?((?:19|20)\d\d)\b", text, re.I)
    if copyright_year and 1900 < int(copyright_year.group(1)) <= this_year + 1:
        return int(copyright_year.group(1)), FROM_COPYRIGHT
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)", text)
             if 1950 <= int(y) <= this_year + 1]
    if years:
        return Counter(years).most_common(1)[0][0], FROM_FIRST_PAGES
    date = metadata.get("date", "")
    m = re.search(r"((?:19|20)\d\d)", date)
    if m and 1950 <= int(m.group(1)) <= this_year + 1:
        return int(m.group(1)), FROM_CREATION_DATE
    return None, ""


# ---- language ---------------------------------------------------------------------------------------

_SCRIPTS = (("th", "[\u0e00-\u0e7f]"), ("lo", "[\u0e80-\u0eff]"), ("my", "[\u1000-\u109f]"),
            ("km", "[\u1780-\u17ff]"), ("ar", "[\u0600-\u06ff]"), ("zh", "[\u4e00-\u9fff]"),
            ("ja", "[\u3040-\u30ff]"), ("ko", "[\uac00-\ud7af]"), ("hi", "[\u0900-\u097f]"))
_COMMON_WORDS = {
    "en": {"the", "and", "of", "to", "in", "for", "is", "that", "with", "on", "are", "by", "this"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "pour", "dans", "du", "que", "sur"},
    "es": {"el", "la", "los", "las", "de", "y", "en", "que", "para", "por", "con", "una"},
    "id": {"dan", "yang", "di", "untuk", "dengan", "dari", "ini", "dalam", "pada", "tidak"},
    "vi": {"và", "của", "các", "cho", "được", "trong", "những", "người", "là", "với", "không", "có"},
}


def detect_languages(text: str) -> list[str]:
    """ISO 639-1 codes of the languages the text is mostly in (script first, then common words),
    most used first; at most two."""
    counts = Counter()
    for code, pattern in _SCRIPTS:
        n = len(re.findall(pattern, text))
        if n:
            counts[code] = n
    vietnamese = len(re.findall("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text.lower()))
    if vietnamese >= 3:
        counts["vi"] = vietnamese * 5    # letters no other language of the region writes
    words = re.findall(r"[^\W\d_]+", text.lower())
    latin = [w for w in words if w.isascii() or re.search("[\u00c0-\u024f\u1e00-\u1eff]", w)]
    if latin:
        scores = {code: sum(1 for w in latin if w in common) for code, common in _COMMON_WORDS.items()}
        best = max(scores, key=scores.get)
        if scores[best] >= 3 and not (best != "vi" and "vi" in counts):
            counts[best] = max(counts.get(best, 0), sum(len(w) for w in latin))
    if not counts:
        return []
    top = counts.most_common(2)
    return [code for code, n in top if n >= top[0][1] * 0.2]


# ---- organizations ----------------------------------------------------------------------------------

def find_organizations(text: str, vocabulary: list[dict], limit: int = 3) -> list[str]:
    """Names of the vocabulary's organizations the text mentions (acronym as a whole word in
    capitals, or the full name), most mentioned first."""
    folded = fold(text)
    found = Counter()
    for org in vocabulary:
        if org.get("retired"):
            continue
        name, acronym = org["name"], (org.get("acronym") or "").strip()
        n = folded.count(fold(name)) if len(name) > 3 else 0
        if acronym and len(acronym) >= 2:
            n += len(re.findall(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text))
        if n:
            found[name] = n
    return [name for name, _ in found.most_common(limit)]


def _split_list(value: str) -> list[str]:
    """Keywords as a file's metadata lists them: split on semicolons and commas, never on "and"
    ("migration and development" is one subject)."""
    return [" ".join(p.split()) for p in re.split(r"[;,]", value) if p.strip()]


# Words that mark a corporate author: "Ministry of Labour and Social Welfare" is one author.
_CORPORATE = re.compile(
    r"\b((?i:ministry|ministère|department|office|organi[sz]ation|association|federation|union|institute|"
    r"council|commission|agency|foundation|bureau|cent(?:re|er)|university|network|programme|program|"
    r"secretariat|committee|government|bank|fund|alliance|coalition|project|partnership|forum|"
    r"international|national|unit|division)|ILO|IOM|UN[A-Z]*)\b")
# A name written "Family, Given": one family name (particles such as "van der" allowed), a comma,
# one or two given names or initials; "Mai Nguyen, Somchai Dee" is two people.
_INVERTED_NAME = re.compile(r"(?i)^(?:(?:van|von|der|den|de|del|da|di|du|le|la|al|el|bin|binti)\s+)*[^\s,;&]+"
                            r"\s*,\s*[^\s,;&]+(?:\s+[^\s,;&]+)?$")


def _split_authors(value: str) -> list[str]:
    """Authors as a file's metadata gives them, one string: split on semicolons if there are any;
    else on commas and "and"/"&" between personal names, but a corporate author (a ministry, an
    office, "... and Social Welfare") and a single "Family, Given" name stay whole."""
    value = " ".join(value.split())
    if ";" in value:
        parts = value.split(";")
    elif _CORPORATE.search(value):
        parts = [value] if "," not in value else value.split(",")
    elif _INVERTED_NAME.match(value) and not re.search(r"\band\b|&", value):
        parts = [value]
    else:
        parts = re.split(r",|\band\b|&", value)
    return [p.strip() for p in parts if p.strip()]


def suggest(extracted: Extracted, file_name: str, organizations: list[dict]) -> Suggestion:
    """What the document says about itself (see the module docstring)."""
    meta = extracted.metadata
    pages = extracted.pages[:FIRST_PAGES]
    text = "\n".join(pages)
    out = Suggestion()
    title = meta.get("title", "")
    if title and not is_junk_title(title, file_name):
        out.title, out.sources["title"] = " ".join(title.split()), FROM_METADATA
    else:
        first = _first_page_title([extracted.first_page_lines, *pages[1:]] if extracted.first_page_lines else pages)
        if first:
            out.title, out.sources["title"] = first, FROM_FIRST_PAGE
        else:
            out.title, out.sources["title"] = file_name.rsplit(".", 1)[0].replace("_", " "), FROM_FILE_NAME
    author = meta.get("author", "")
    if author and not re.fullmatch(r"(?i)(user|admin|administrator|owner|author|unknown|\W+)", author.strip()):
        out.authors, out.sources["authors"] = _split_authors(author), FROM_METADATA
    if meta.get("subject"):
        out.summary, out.sources["summary"] = meta["subject"].strip(), FROM_METADATA
    if meta.get("keywords"):
        out.keywords, out.sources["keywords"] = _split_list(meta["keywords"]), FROM_METADATA
    out.doi = meta.get("doi", "") or find_doi(text)
    if out.doi:
        out.sources["doi"] = FROM_METADATA if meta.get("doi") else FROM_FIRST_PAGES
    out.isbn = find_isbn(text)
    if out.isbn:
        out.sources["isbn"] = FROM_CHECKED_NUMBER
    out.issn = find_issn(text)
    if out.issn:
        out.sources["issn"] = FROM_CHECKED_NUMBER
    out.year, source = _year(meta, text)
    if out.year:
        out.sources["year"] = source
    language = meta.get("language", "").split("-")[0].lower()
    out.languages = [language] if len(language) == 2 else detect_languages(text)
    if out.languages:
        out.sources["languages"] = FROM_METADATA if len(language) == 2 else FROM_SCRIPT
    out.organizations = find_organizations(text + "\n" + meta.get("author", ""), organizations)
    if out.organizations:
        out.sources["organizations"] = FROM_NAMED
    return out
