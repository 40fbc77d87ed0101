"""Clean up text extracted from documents before it is stored and indexed.

PDF text comes out in the order glyphs were drawn, not always in reading order, and with spaces
and line breaks where the layout put them. What this fixes, each rule safe on text that is already
right:
- Unicode NFC (accents as one character where one exists);
- Thai and Lao SARA AM drawn as NIKHAHIT + SARA AA (``ํา``), or emitted as SARA AA + NIKHAHIT
  (``าํ``, as Qt's PDF writer does), recomposed, and a tone mark emitted after SARA AA / SARA AM put
  back before it (``า้`` is never valid Thai);
- a Thai or Lao tone mark or above vowel emitted after a leading vowel (``ใหแ้`` for ``ให้แ``: a
  leading vowel never carries a mark) put back on the consonant before it;
- Burmese written in visual order (the E vowel and medial RA before their consonant, as PDF
  generators often emit them) reordered when the page shows that order;
- stray spaces and line breaks next to a combining mark in Thai, Lao, Khmer or Burmese (the mark
  belongs to the letter before it; the layout engine's gap is not a word break);
- a word hyphenated at a line end joined again (``recruit-\\nment`` -> ``recruitment``);
- control characters dropped (glyphs the PDF maps to nothing), runs of spaces collapsed.
"""
from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ufffe\uffff]")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\s*\n\s*(?=[^\W\d_])")
_SOFT_HYPHEN = re.compile("\u00ad")

# Thai (0E00-0E7F), Lao (0E80-0EFF), Myanmar (1000-109F, AA60-AA7F), Khmer (1780-17FF).
_UNSPACED_LETTER = "\u0e01-\u0e7f\u0e81-\u0eff\u1000-\u109f\uaa60-\uaa7f\u1780-\u17ff"
_MARK = ("\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
         "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
         "\u108f\u109a-\u109d\u17b4-\u17d3\u17dd")
# Marks that never end a syllable (Thai and Lao MAI HAN-AKAT and MAITAIKHU, Burmese medials, the
# Khmer COENG): a gap after one is the layout's, not a word break.
_NON_FINAL_MARK = "\u0e31\u0e47\u0eb1\u0ebb\u103b-\u103e\u105e-\u1060\u17d2"
# A gap (spaces, line breaks) right before a mark, or right after a non-final one and before a
# letter of the same scripts: never a word break.
_GAP_BEFORE_MARK = re.compile(f"(?<=[{_UNSPACED_LETTER}])[ \\t\\r\\n]+(?=[{_MARK}])")
_GAP_AFTER_MARK = re.compile(f"(?<=[{_NON_FINAL_MARK}])[ \\t\\r\\n]+(?=[{_UNSPACED_LETTER}])")
# In Thai and Lao extracted from PDFs, a space after any vowel or tone mark and before a letter is
# far more often the layout's (the mark's glyph drawn with its own advance) than a phrase break:
# joined. A real phrase break lost this way only joins two phrases; the words stay findable.
_THAI_LAO_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
_THAI_LAO_GAP_AFTER_MARK = re.compile(f"(?<=[{_THAI_LAO_MARK}]) (?=[\\u0e01-\\u0e2e\\u0e81-\\u0eae])")

_THAI_AM = re.compile("\u0e4d\u0e32|\u0e32\u0e4d")
_LAO_AM = re.compile("\u0ecd\u0eb2|\u0eb2\u0ecd")
# A mark after a leading vowel (SARA E, AE, O, AI MAIMUAN, AI MAIMALAI) belongs to the consonant before.
_THAI_MARK_AFTER_LEADING = re.compile("(?<=[\u0e01-\u0e2e])([\u0e40-\u0e44])([\u0e31\u0e34-\u0e37\u0e47-\u0e4c])")
_LAO_MARK_AFTER_LEADING = re.compile("(?<=[\u0e81-\u0eae])([\u0ec0-\u0ec4])([\u0eb1\u0eb4-\u0eb7\u0ec8-\u0ecc])")
# The misplaced tone mark also leaves a gap where the layout put the glyph: that goes too.
_THAI_TONE_AFTER_VOWEL = re.compile("([\u0e32\u0e33])([\u0e48-\u0e4b]) ?")
_LAO_TONE_AFTER_VOWEL = re.compile("([\u0eb2\u0eb3])([\u0ec8-\u0ecb]) ?")
_THAI_TONE_AM = re.compile("\u0e4d([\u0e48-\u0e4b])\u0e32")
_LAO_TONE_AM = re.compile("\u0ecd([\u0ec8-\u0ecb])\u0eb2")

_MY_CONSONANT = "\u1000-\u102a\u103f\u104e"
# Visual order: E vowel (1031) and/or medial RA (103C) before the consonant they belong to.
_MY_VISUAL = re.compile(f"(\u1031?)(\u103c?)([{_MY_CONSONANT}])")
# In logical order the E vowel is often followed by AA, a tone or a space; in visual order it is
# always followed by the consonant (or medial RA) it belongs to.
_MY_E_BEFORE_CONSONANT = re.compile(f"\u1031[{_MY_CONSONANT}\u103c]")

# A line break between two letters of these scripts is a wrap inside a run of words: joined.
_WRAP_IN_UNSPACED = re.compile(f"(?<=[{_UNSPACED_LETTER}])[ \t]*\n[ \t]*(?=[{_UNSPACED_LETTER}])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _burmese_logical(text: str) -> str:
    """Reorder Burmese typed in visual order, when most E vowels stand right before a consonant."""
    if "\u1031" not in text and "\u103c" not in text:
        return text
    visual = len(_MY_E_BEFORE_CONSONANT.findall(text))
    if visual <= text.count("\u1031") - visual:
        return text

    def swap(m: re.Match) -> str:
        if not (m.group(1) or m.group(2)):
            return m.group(0)
        return m.group(3) + m.group(2) + m.group(1)
    return _MY_VISUAL.sub(swap, text)


def normalise(text: str, join_wraps: bool = True) -> str:
    """Extracted text made fit to store, show and index (see the module docstring). Without
    ``join_wraps`` the lines stay as the page has them (a title page, where a line break between
    two lines of Thai is a new line, not a wrap)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_BREAK.sub("", text)
    text = _SOFT_HYPHEN.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = _GAP_BEFORE_MARK.sub("", text)
        text = _GAP_AFTER_MARK.sub("", text)
        text = _THAI_LAO_GAP_AFTER_MARK.sub("", text)
        if join_wraps:
            text = _WRAP_IN_UNSPACED.sub("", text)
        text = _THAI_TONE_AM.sub("\\1\u0e33", text)
        text = _LAO_TONE_AM.sub("\\1\u0eb3", text)
        text = _THAI_AM.sub("\u0e33", text)
        text = _LAO_AM.sub("\u0eb3", text)
        text = _THAI_MARK_AFTER_LEADING.sub("\\2\\1", text)
        text = _LAO_MARK_AFTER_LEADING.sub("\\2\\1", text)
        text = _THAI_TONE_AFTER_VOWEL.sub("\\2\\1", text)
        text = _LAO_TONE_AFTER_VOWEL.sub("\\2\\1", text)
        text = _burmese_logical(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()
