"""LaTeX in BibTeX values: accents and escapes -> Unicode on the way in, and back on the way out.

Decoding uses pylatexenc, told to keep the text of \\texttt{...} and similar (its default drops
it) and to leave math alone. Encoding escapes LaTeX's special characters ourselves (pylatexenc
would also rewrite "--" and quotes, which then read back as dashes and curly quotes) and lets
pylatexenc spell accented Latin letters and typographic signs, one cached character at a time;
Thai, Khmer, Burmese, Chinese and any letter LaTeX has no macro for stay as UTF-8, which biber,
JabRef and Zotero read.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
            "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# BibTeX counts "\{" and "\}" when it balances a value's braces, so a lone brace needs a macro.
_SPECIAL_UNBALANCED = {**_SPECIAL, "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_ENTRY_START = re.compile(r"@(?=\w*\s*[{(])")
_SPECIAL_RE = re.compile(r"[\\{}&%$#_~^]")
_LIGATURE = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')")
_NEEDS_DECODING = re.compile(r"[\\{}$~%]|--|``|''")
_PARAGRAPHS = re.compile(r"\n\s*\n")
# Latin-1 supplement, Latin extended A/B, Vietnamese (extended additional), general punctuation:
# the characters LaTeX has macros for. Other scripts are written as UTF-8.
_LATIN = re.compile("[\u0080-\u024f\u1e00-\u1eff\u2000-\u206f]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _decoder():
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
    db = get_default_latex_context_db()
    keep = ("texttt", "textsf", "textsc", "textup", "textmd", "textnormal", "url")
    braces = [MacroTextSpec("textbraceleft", simplify_repl="{"), MacroTextSpec("textbraceright", simplify_repl="}")]
    db.add_context_category("catalogue-keep", prepend=True,
                            macros=[MacroTextSpec(n, simplify_repl="%(1)s") for n in keep] + braces)
    return LatexNodes2Text(latex_context=db, math_mode="verbatim", strict_latex_spaces=True)


@lru_cache(maxsize=1)
def _encoder():
    from pylatexenc.latexencode import UnicodeToLatexEncoder
    return UnicodeToLatexEncoder(unknown_char_policy="keep", unknown_char_warning=False,
                                 non_ascii_only=True, replacement_latex_protection="braces-all")


def to_unicode(value: str, block: bool = False) -> str:
    """A BibTeX value as plain Unicode. One-line values have their whitespace collapsed; blocks
    (abstracts, notes) keep blank-line paragraph breaks, as LaTeX does."""
    text = value
    if _NEEDS_DECODING.search(text):
        try:
            text = _decoder().latex_to_text(text).replace("\u02c6", "^")
        except Exception:  # noqa: BLE001 - malformed LaTeX: keep the raw text rather than lose it
            text = value
    text = text.replace("\xa0", " ")
    if block:
        return "\n\n".join(p for p in (_SPACES.sub(" ", p).strip() for p in _PARAGRAPHS.split(text)) if p)
    return _SPACES.sub(" ", text).strip()


def to_latex(text: str) -> str:
    """Plain text as a BibTeX value body (to go between braces)."""
    special = _SPECIAL if _balanced(text) else _SPECIAL_UNBALANCED
    out = _SPECIAL_RE.sub(lambda m: special[m.group(0)], text)
    out = _LIGATURE.sub("{}", out)
    if not out.isascii():
        out = _LATIN.sub(lambda m: _char_to_latex(m.group(0)), out)
    # "@word{" inside a value looks like the start of an entry to bibtexparser: brace the "@".
    return _ENTRY_START.sub("{@}", out)


@lru_cache(maxsize=4096)
def _char_to_latex(ch: str) -> str:
    """One accented letter or typographic sign as LaTeX, asked of pylatexenc once per character."""
    return _encoder().unicode_to_latex(ch)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
