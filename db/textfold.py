"""Text folding shared by the search index and the query side.

FTS5's ``unicode61`` tokenizer folds case and most Latin diacritics, but not letters such as
Vietnamese ``đ`` that have no decomposition, and the ``trigram`` tokenizer of SQLite 3.40 folds no
diacritics at all. So the index stores text already folded here, and every query term is folded the
same way: the two sides always agree, whatever the tokenizer does.
"""
from __future__ import annotations

import unicodedata

# Letters with no Unicode decomposition that readers still expect to fold.
_SPECIAL = str.maketrans({
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "h",
    "þ": "th", "Þ": "th",
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
})

# Combining marks are stripped only after these bases (Latin, Greek, Cyrillic). In Thai, Khmer,
# Burmese and Devanagari the marks are vowels and tones: part of the word, never "accents".
_FOLDABLE_BASE_LIMIT = 0x0530


_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}


def fold(text: str | None) -> str:
    """Lower-case ``text`` and remove diacritics from Latin, Greek and Cyrillic letters."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    out: list[str] = []
    base_is_foldable = False
    for ch in decomposed:
        if ch in "\n\r\t\f\v":
            out.append(" ")
            base_is_foldable = False
            continue
        if unicodedata.category(ch) in _INVISIBLE:
            # Control and format characters: NUL ends an FTS5 string early, and zero-width spaces
            # (used between Khmer or Thai words) or soft hyphens must not break a match.
            continue
        if unicodedata.combining(ch):
            if base_is_foldable:
                continue
        else:
            base_is_foldable = ord(ch) < _FOLDABLE_BASE_LIMIT
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


# Scripts written without spaces between words: a word index cannot find a word inside a run of
# them, so terms in these scripts are looked up in the trigram (substring) index instead.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3000, 0x30FF),  # CJK punctuation, Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xA9E0, 0xA9FF),  # Myanmar extended B
    (0xAA60, 0xAA7F),  # Myanmar extended A
    (0xF900, 0xFAFF),  # CJK compatibility
    (0x20000, 0x2FA1F),  # CJK extensions B-F
)


def is_unspaced_script(text: str) -> bool:
    """True if ``text`` has a character from a script written without spaces."""
    for ch in text:
        cp = ord(ch)
        if cp < 0x0E00:
            continue
        for lo, hi in _UNSPACED_RANGES:
            if lo <= cp <= hi:
                return True
    return False


def sort_key(text: str | None) -> str:
    """Key for sorting titles: folded, leading punctuation and quotes dropped."""
    folded = fold(text)
    return folded.lstrip(" \t\"'([{¿¡«»-–—.").strip()
