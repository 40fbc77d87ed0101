"""Normalising single values as they arrive from other tools: names, dates, DOIs, ISBNs, pages.

Pure functions, no database: each format module calls them, so a DOI or a date is read the same
way whatever file it came in.
"""
from __future__ import annotations

import re
import unicodedata

from db.textfold import fold, is_unspaced_script

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|2[0-9]{3})(?!\d)")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?")
_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
_WORD = re.compile(r"[A-Za-z]+")
_DOI_PREFIX = re.compile(r"^\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_DOI_IN_TEXT = re.compile(r"\b(10\.\d{4,9}/\S+)")
_INITIALS = re.compile(r"^(?:[A-Z]\.?-?){1,4}$")


_CLEANED: dict[str, str] = {}   # short values repeat (countries, themes, names): cleaned once
_CLEANED_MAX = 100_000


def clean(text) -> str:
    """A one-line value: whitespace runs become one space, control characters go."""
    if not text:
        return ""
    if text.__class__ is not str:
        text = str(text)
    done = _CLEANED.get(text)
    if done is not None:
        return done
    out = _clean(text)
    if len(text) <= 80:
        if len(_CLEANED) >= _CLEANED_MAX:
            _CLEANED.clear()
        _CLEANED[text] = out
    return out


def _clean(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text   # the common case, without building a new string
    text = " ".join(text.split())
    return text if text.isprintable() else _CONTROL.sub("", text)


def clean_block(text) -> str:
    """A multi-line value (abstract, notes): line breaks kept, trailing spaces trimmed."""
    if not text:
        return ""
    if text.__class__ is not str:
        text = str(text)
    if len(text) <= 80:
        done = _CLEANED_BLOCKS.get(text)
        if done is None:
            if len(_CLEANED_BLOCKS) >= _CLEANED_MAX:
                _CLEANED_BLOCKS.clear()
            done = _CLEANED_BLOCKS[text] = _clean_block(text)
        return done
    return _clean_block(text)


_CLEANED_BLOCKS: dict[str, str] = {}


def _clean_block(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        return text.strip()   # one line, no control characters: what the lines below give
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


_SPLIT: dict[tuple[str, str], list[str]] = {}   # list cells repeat (themes, countries): split once


def split_list(text: str, separators: str = ";") -> list[str]:
    """Split on any of ``separators`` (a backslash escapes one), dropping blanks and repeats."""
    if not text:
        return []
    if len(text) > 200:
        return _split_list(text, separators)
    done = _SPLIT.get((text, separators))
    if done is None:
        if len(_SPLIT) >= _CLEANED_MAX:
            _SPLIT.clear()
        done = _SPLIT[text, separators] = _split_list(text, separators)
    return list(done)


def _split_list(text: str, separators: str) -> list[str]:
    if "\\" not in text:
        for sep in separators[1:]:
            text = text.replace(sep, separators[0])
        return unique([clean(p) for p in text.split(separators[0])])
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\" and ";" in separators:
            escaped = True
        elif ch in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return unique(clean(p) for p in parts)


def join_list(values, separator: str = "; ") -> str:
    """The inverse of :func:`split_list`: a separator inside a value is escaped."""
    mark = separator.strip()
    return separator.join(v.replace("\\", "\\\\").replace(mark, "\\" + mark) for v in values)


def unique(values) -> list[str]:
    """Non-empty values, first of each kept, in order."""
    out = list(dict.fromkeys(values))
    return out if "" not in out else [v for v in out if v]


# ---- names ---------------------------------------------------------------------------------------

def person_name(text: str) -> str:
    """A personal name in "Family, Given" form where that can be known without guessing.

    "Family, Given" stays; "Liu R." and "Adler D.G." (family then initials, as Embase and Scopus
    write) and "M Mannelli" / "L. Ianni" (initials then family) are turned round. A full name
    with no comma ("Nguyen Van Anh", "Jean Cesar") is kept as written: its order depends on the
    culture, and a wrong inversion is worse than none.
    """
    name = clean(text).strip(" ;")
    if not name or "," in name or is_unspaced_script(name):
        return re.sub(r"\s*,\s*", ", ", name, count=1) if "," in name else name
    tokens = name.split(" ")
    if len(tokens) < 2:
        return name
    if all(_INITIALS.match(t) for t in tokens[1:]) and not _INITIALS.match(tokens[0]):
        return f"{tokens[0]}, {' '.join(tokens[1:])}"
    lead = 0
    while lead < len(tokens) - 1 and _INITIALS.match(tokens[lead]):
        lead += 1
    if lead and not _INITIALS.match(tokens[-1]):
        return f"{' '.join(tokens[lead:])}, {' '.join(tokens[:lead])}"
    return name


def split_names(text: str) -> list[str]:
    """Split an author cell: on ";" or line breaks or " and "; else on "," when every part looks
    like "Family I." (Embase: "Liu R., Adler D.G."); else it is one "Family, Given" name."""
    text = (text or "").strip()
    if not text:
        return []
    if ";" in text:
        return split_list(text, ";")
    for sep in ("\n", "|"):
        if sep in text:
            return [n for n in (clean(p) for p in text.split(sep)) if n]
    if " and " in text:
        return [n for n in (clean(p) for p in text.split(" and ")) if n]
    parts = [clean(p) for p in text.split(",")]
    if len(parts) > 2 or (len(parts) == 2 and all(_family_initials(p) for p in parts)):
        return [p for p in parts if p]
    return [clean(text)]


def _family_initials(part: str) -> bool:
    tokens = part.split(" ")
    return len(tokens) >= 2 and all(_INITIALS.match(t) for t in tokens[1:])


# ---- dates ---------------------------------------------------------------------------------------

def parse_date(text) -> tuple[int | None, int | None, int | None, bool]:
    """(year, month, day, understood) from the many ways tools write a date.

    "2019", "2019//", "2019/05/12/", "2019-05", "12 May 2019", "May-Jun 2019", "Spring 2020",
    "25/12/2019". ``understood`` is False when text was given but no year could be found in it.
    """
    raw = clean(text)
    if not raw:
        return None, None, None, True
    m = _ISO_DATE.match(raw)
    if m and 1000 <= int(m.group(1)) <= 2999:
        year = int(m.group(1))
        month = _valid_month(m.group(2))
        day = _valid_day(m.group(3)) if month else None
        if month is None and not m.group(2):
            month = _month_from_words(raw[m.end():])
        return year, month, day, True
    m = _DMY.match(raw)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if month > 12 >= day:                 # "05/17/2001": month first, as EndNote writes
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= 31:
            return year, month, day, True
    ym = _YEAR.search(raw)
    if not ym:
        return None, None, None, False
    year = int(ym.group(1))
    month = _month_from_words(raw)
    day = None
    if month:
        dm = re.search(r"(?<!\d)(\d{1,2})(?!\d)", raw.replace(ym.group(1), " "))
        day = _valid_day(dm.group(1)) if dm else None
    return year, month, day, True


_RIS_DATE = re.compile(r"^\s*(\d{1,4})?\s*/\s*(\d{0,2})\s*(?:/\s*(\d{0,2})\s*(?:/(.*))?)?$")


def ris_date(text) -> tuple[int | None, int | None, int | None, str | None]:
    """(year, month, day, other) from a date in the RIS specification's shape YYYY/MM/DD/other,
    where every part may be empty ("2001///", "2001/05//", "2001/05/17/Spring", "/05/17/");
    a part given as 0 counts as missing (as Zotero reads it). All None when ``text`` has
    another shape, for :func:`parse_date`."""
    m = _RIS_DATE.match(clean(text))
    if not m:
        return None, None, None, None
    year = int(m.group(1)) if m.group(1) and 1000 <= int(m.group(1)) <= 2999 else None
    month = _valid_month(m.group(2))
    day = _valid_day(m.group(3)) if month else None
    other = clean(m.group(4)) or None
    if year is None and month is None and other is None:
        return None, None, None, None
    return year, month, day, other


def _valid_month(text: str | None) -> int | None:
    if text and len(text) <= 2 and text.isdigit() and 1 <= int(text) <= 12:
        return int(text)
    return None


def _valid_day(text: str | None) -> int | None:
    if text and len(text) <= 2 and text.isdigit() and 1 <= int(text) <= 31:
        return int(text)
    return None


def _month_from_words(text: str) -> int | None:
    for word in _WORD.findall(text.lower()):
        if word in MONTHS:
            return MONTHS[word]
        if word in _SEASONS:
            return _SEASONS[word]
    return None


def month_in(text: str) -> int | None:
    """The month named in free text ("Mar 1", "Spring"), if any."""
    return _month_from_words(text)


def day_in(text: str) -> int | None:
    """A day number beside a month name ("Mar 1" -> 1)."""
    m = re.search(r"(?<!\d)(\d{1,2})(?!\d)", text)
    return _valid_day(m.group(1)) if m else None


def month_number(text) -> int | None:
    """A month from "3", "03", "mar", "March"."""
    value = clean(text).lower().rstrip(".")
    if value.isdigit():
        return _valid_month(value)
    return MONTHS.get(value)


def format_date(year: int | None, month: int | None, day: int | None, sep: str = "-") -> str:
    if not year:
        return ""
    parts = [f"{year:04d}"]
    if month:
        parts.append(f"{month:02d}")
        if day:
            parts.append(f"{day:02d}")
    return sep.join(parts)


# ---- identifiers -------------------------------------------------------------------------------

def normalise_doi(text) -> str:
    """"https://doi.org/10.1/x", "doi:10.1/x" and "10.1/x" all become "10.1/x"."""
    value = clean(text)
    if not value:
        return ""
    stripped = _DOI_PREFIX.sub("", value)
    if stripped != value:
        return stripped.strip()
    m = _DOI_IN_TEXT.search(value)
    return m.group(1).rstrip(".,;") if m and not value.startswith("10") else value


def identifier_kind(text: str) -> str:
    """"isbn", "issn" or "" for a standard-number field (RIS SN, BibTeX isbn/issn)."""
    digits = re.sub(r"[^0-9Xx]", "", text.split("(")[0])
    if len(digits) == 8:
        return "issn"
    if len(digits) in (10, 13):
        return "isbn"
    return ""


def split_identifiers(text: str) -> list[str]:
    """"978-0-7546-5033-1 978-1-4094-0951-9" and "a; b" are two numbers; "0306-4530 (ISSN)" one."""
    value = clean(text)
    if not value:
        return []
    parts = re.split(r"[;,]\s*|\s+(?=[0-9Xx][-0-9Xx]{8,})", value)
    return [p.strip() for p in parts if p.strip()]


_LINK = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:[/?#]\S*)?)$")


def is_link(text: str) -> bool:
    """A value a browser can open: "https://...", "mailto:...", "www.example.org", "ilo.org/x"
    (an http address with a space in its path is still one, as Zotero keeps it)."""
    if "<" in text or ">" in text:
        return False
    return bool(_LINK.match(text)) or bool(re.match(r"(?i)(?:https?|ftp)://\S", text))


def split_urls(text: str) -> list[str]:
    """The URLs in a URL field: split at ";" and line breaks, and at spaces only where every
    piece starts as an address does ("http://a.org www.b.org"); anything else stays whole, so EndNote's
    "<Go to ISI>://WOS:000298449100001" is one value, not three."""
    out: list[str] = []
    for part in split_list(text, ";\n"):
        pieces = part.split()
        whole = len(pieces) > 1 and all(re.match(r"(?i)(?:[a-z][a-z0-9+.-]*://|www\.)\S", p) for p in pieces)
        out += pieces if whole else [part]
    return unique(out)


def pages(start, end=None) -> str:
    start, end = clean(start), clean(end)
    if start and end and end != start:
        return f"{start}-{end}"
    return start or end


_MARKUP = re.compile(r"</?(?:i|b|em|strong|sup|sub|sc|span|p|div|br|h\d)(?:\s[^<>]*)?/?>", re.IGNORECASE)


_SCRIPT = re.compile(r"<(sub|sup)>([^<>]*)</\1>", re.IGNORECASE)
_NOCASE = re.compile(r"<span\s+class=[\"']nocase[\"']>(.*?)</span>", re.IGNORECASE | re.DOTALL)


def plain_text(text: str) -> str:
    """The mini-HTML of CSL titles and Zotero notes (<i>, <span class="nocase">, <p>) removed and
    entities decoded; any other "<" or ">" is text ("wages < 5 USD"). A sub- or superscript
    becomes Unicode's where it has one ("g<sub>1</sub>" -> "g₁"), as LaTeX's do (latex.py)."""
    import html
    if "<" not in text and "&" not in text:
        return text
    if "<su" in text.lower():
        from app.transfer.formats.latex_tables import script
        text = _SCRIPT.sub(lambda m: script(html.unescape(m.group(2)), m.group(1).lower() == "sup") or m.group(0), text)
    return html.unescape(_MARKUP.sub("", text))


def nocase_phrases(text: str) -> list[str]:
    """The text of each <span class="nocase"> in CSL mini-HTML: Zotero's case protection."""
    return [plain_text(m) for m in _NOCASE.findall(text or "") if plain_text(m).strip()]


def ascii_fold(text: str) -> str:
    """Letters without accents, for citation keys ("Nguyễn" -> "Nguyen"); other scripts vanish."""
    return unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()

