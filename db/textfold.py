"""Text folding shared by the search index and the query side.

FTS5's ``unicode61`` tokenizer folds case and most Latin diacritics, but not letters such as
Vietnamese ``đ`` that have no decomposition, and the ``trigram`` tokenizer of SQLite 3.40 folds no
diacritics at all. So the index stores text already folded here, and every query term is folded the
same way: the two sides always agree, whatever the tokenizer does.
"""
from __future__ import annotations

import re
import unicodedata

# Letters with no Unicode decomposition that readers still expect to fold.
_SPECIAL = str.maketrans({
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "h",
    "þ": "th", "Þ": "th",
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
})

# Whitespace controls become spaces (so words on two lines stay two words).
_WHITESPACE = str.maketrans({c: " " for c in "\n\r\t\f\v\u2028\u2029"})
# Control and format characters are dropped: NUL ends an FTS5 string early, and zero-width spaces
# (used between Khmer or Thai words), joiners, bidi marks or soft hyphens must not break a match.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
# Combining marks right after a Latin, Greek or Cyrillic letter are accents and go. In Thai, Khmer,
# Burmese and Devanagari the marks are vowels and tones: part of the word, so they stay.
_FOLDABLE_MARKS = re.compile("(?<=[\u0000-\u052f])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
                             "\u20d0-\u20ff\ufe20-\ufe2f]+")


_TABLE = {**_SPECIAL, **_WHITESPACE}
# str.translate walks a dict per character; most text needs none of it, and a regex search says so
# at C speed (fold runs on every title and abstract an import writes).
_NEEDS_TABLE = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE)) + "]")


_SWAPS = {chr(code): value for code, value in _TABLE.items()}


def _swap(match: re.Match) -> str:
    return _SWAPS[match.group()]


def fold(text: str | None) -> str:
    """Lower-case ``text`` and remove diacritics from Latin, Greek and Cyrillic letters."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text.lower()   # no control character, nothing to swap or drop: most titles and abstracts
    # One scan that swaps only the characters found: str.translate looked up every character of
    # a long abstract in a dict (a fifth of an import's writing, measured on SYNERGY's abstracts).
    text = _NEEDS_TABLE.sub(_swap, text)
    if text.isascii():
        return (_INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text).lower()
    text = _FOLDABLE_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text)).casefold()


# Scripts written without spaces between words: a word index cannot find a word inside a run of
# them, so terms in these scripts are looked up in the trigram (substring) index instead.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff"          # Thai, Lao
    "\u1000-\u109f"           # Myanmar
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer, Khmer symbols
    "\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # CJK radicals, kana, ideographs
    "\ua9e0-\ua9ff\uaa60-\uaa7f"  # Myanmar extended
    "\uf900-\ufaff\U00020000-\U0002fa1f]")  # CJK compatibility, extensions B-F


def is_unspaced_script(text: str) -> bool:
    """True if ``text`` has a character from a script written without spaces."""
    return _UNSPACED.search(text) is not None


def sort_key(text: str | None) -> str:
    """Key for sorting titles: folded, leading punctuation and quotes dropped."""
    folded = fold(text)
    return folded.lstrip(" \t\"'([{¿¡«»-–—.").strip()
