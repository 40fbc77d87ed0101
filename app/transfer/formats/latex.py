"""LaTeX in BibTeX values: LaTeX -> Unicode on the way in, and back on the way out.

Decoding uses pylatexenc's full tables (accents, ~1,500 text and math symbols) with the few
additions in latex_tables.py; math is read as text (``$\\alpha$`` -> "α") with sub- and
superscripts in Unicode where Unicode has them (``$x^{2}$`` -> "x²", ``$H_2O$`` -> "H₂O",
otherwise "x^(ab)"). Encoding escapes LaTeX's special characters ourselves (pylatexenc would
also rewrite "--" and quotes, which then read back as dashes and curly quotes) and lets
pylatexenc spell accented letters, Greek and math signs, one cached character at a time, each
kept only if it decodes back to itself; Thai, Khmer, Burmese, Chinese and anything without a
macro stay as UTF-8, which biber, JabRef and Zotero read.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.transfer.formats import latex_tables as tables

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
            "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# BibTeX counts "\{" and "\}" when it balances a value's braces, so a lone brace needs a macro.
_SPECIAL_UNBALANCED = {**_SPECIAL, "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_ENTRY_START = re.compile(r"@(?=\w*\s*[{(])")
_SPECIAL_RE = re.compile(r"[\\{}&%$#_~^]")
_LIGATURE = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')")
_NEEDS_DECODING = re.compile(r"[\\{}$~%]|--|``|''")
_PARAGRAPHS = re.compile(r"\n\s*\n")
# Latin-1 supplement, Latin extended A/B, spacing modifiers, Greek, Vietnamese, punctuation,
# super- and subscripts, letterlike signs, arrows and maths: what LaTeX may have a macro for.
# Other scripts are written as UTF-8.
_ENCODABLE = re.compile("[\u0080-\u03ff\u1e00-\u1eff\u2000-\u22ff]")
_SPACES = re.compile(r"\s+")
_MACRO = re.compile(r"\\(?:[A-Za-z]+|.)", re.DOTALL)
_SLOT = re.compile("\ue000(\\d+)\ue001")
_MATH_SIGNS = re.compile(r"[\\^_{}=<>+]")


class _Decoder:
    """pylatexenc's LatexNodes2Text with math as Unicode text, built once."""

    def __init__(self):
        from pylatexenc import latexwalker
        from pylatexenc.latex2text import (
            LatexNodes2Text,
            MacroTextSpec,
            get_default_latex_context_db,
        )
        from pylatexenc.macrospec import std_macro

        walker = latexwalker.get_default_latex_context_db()
        known = {name for cat in walker.categories() for name in walker.d[cat]["macros"]}
        one_arg = [n for n in (*tables.KEEP_TEXT, *tables.VERBATIM, *tables.DROP, *tables.NEW_ACCENTS, "textsuperscript",
                               "textsubscript", "t") if n not in known or n in tables.NEW_ACCENTS]
        walker.add_context_category("catalogue", prepend=True, macros=[
            *(std_macro(n, False, 1) for n in one_arg),
            std_macro("href", False, 2), std_macro("foreignlanguage", False, 2)])
        self.walker = walker

        decoder = self

        class Nodes2Text(LatexNodes2Text):
            def math_node_to_text(self, node):
                if node.isNodeType(latexwalker.LatexMathNode):
                    verbatim = node.latex_verbatim()
                    opening, closing = node.delimiters
                    if not verbatim.endswith(closing) or len(verbatim) < len(opening) + len(closing):
                        return verbatim           # an unclosed "$": a dollar sign, not maths
                    inner = verbatim[len(opening):len(verbatim) - len(closing)]
                    if opening == "$" and " " in inner.strip() and not _MATH_SIGNS.search(inner):
                        return verbatim           # "costs $5 and $10": unescaped dollars, not maths
                    return decoder.math(inner)
                return super().math_node_to_text(node)

        def last_arg(node, l2tobj):
            args = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
            return l2tobj.nodelist_to_text([args[-1]]) if args else ""

        def accent(name):
            combining, spacing = tables.ACCENTS[name]

            def repl(node, l2tobj):
                text = last_arg(node, l2tobj).strip()
                if not text:
                    return spacing
                text = text.replace("\u0131", "i").replace("\u0237", "j")
                return "".join(unicodedata.normalize("NFC", ch + combining) for ch in text)
            return MacroTextSpec(name, simplify_repl=repl)

        def verbatim(node, l2tobj):
            args = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
            if not args:
                return ""
            text = args[-1].latex_verbatim()
            return text[1:-1] if text.startswith("{") else text

        def tie(node, l2tobj):
            text = last_arg(node, l2tobj)
            return text[:1] + "\u0361" + text[1:] if text else "\u0361"

        def ensuremath(node, l2tobj):
            args = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
            return decoder.math(args[-1].latex_verbatim()[1:-1]) if args else ""

        def textscript(sup):
            def repl(node, l2tobj):
                text = last_arg(node, l2tobj)
                return tables.script(text, sup) or text
            return repl

        db = get_default_latex_context_db()
        macros = [MacroTextSpec(n, simplify_repl=text) for n, text in tables.SYMBOLS.items()]
        macros += [MacroTextSpec(n, simplify_repl=last_arg) for n in (*tables.KEEP_TEXT, "foreignlanguage")]
        macros += [MacroTextSpec(n, simplify_repl=verbatim) for n in tables.VERBATIM]
        macros += [MacroTextSpec(n, simplify_repl="") for n in tables.DROP]
        macros += [accent(n) for n in tables.ACCENTS]
        macros += [MacroTextSpec("t", simplify_repl=tie), MacroTextSpec("ensuremath", simplify_repl=ensuremath),
                   MacroTextSpec("textsuperscript", simplify_repl=textscript(True)),
                   MacroTextSpec("textsubscript", simplify_repl=textscript(False)),
                   MacroTextSpec("href", simplify_repl=last_arg)]
        db.add_context_category("catalogue", prepend=True, macros=macros)
        self.l2t = Nodes2Text(latex_context=db, math_mode="text", strict_latex_spaces=True)

    def text(self, latex: str) -> str:
        return self.l2t.latex_to_text(latex, latex_context=self.walker)

    def math(self, latex: str) -> str:
        """The inside of $...$ as text, sub- and superscripts done first (pylatexenc flattens them)."""
        slots: list[str] = []
        text = self.text(_scripts(latex, self.math, slots))
        if slots:
            text = _SLOT.sub(lambda m: slots[int(m.group(1))], text)
        return text.strip()


def _scripts(latex: str, convert, slots: list[str]) -> str:
    """``latex`` with each ^x / _{...} replaced by a placeholder for its Unicode form."""
    if "^" not in latex and "_" not in latex:
        return latex
    out, i, n = [], 0, len(latex)
    while i < n:
        ch = latex[i]
        if ch == "\\":
            m = _MACRO.match(latex, i)
            if m is None:                     # a backslash at the very end
                out.append(ch)
                break
            out.append(m.group(0))
            i = m.end()
            continue
        if ch in "^_":
            arg, end = _script_argument(latex, i + 1)
            if arg is not None:
                text = convert(arg)
                done = tables.script(text, ch == "^")
                if done is None:
                    done = ch + (text if len(text) == 1 else f"({text})")
                slots.append(done)
                out.append(f"\ue000{len(slots) - 1}\ue001")
                i = end
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _script_argument(latex: str, i: int) -> tuple[str | None, int]:
    n = len(latex)
    while i < n and latex[i] == " ":
        i += 1
    if i >= n:
        return None, i
    if latex[i] == "{":
        end = group_end(latex, i)
        return (latex[i + 1:end], end + 1) if end is not None else (None, i)
    if latex[i] == "\\":
        m = _MACRO.match(latex, i)
        if m is None:
            return None, i
        end = m.end()
        if end < n and latex[end] == "{" and m.group(0)[1:].isalpha():   # ^\mathrm{T}
            close = group_end(latex, end)
            end = close + 1 if close is not None else end
        return latex[i:end], end
    return latex[i], i + 1


def group_end(text: str, start: int) -> int | None:
    """Index of the "}" closing the "{" at ``start`` (escaped braces skipped), or None."""
    depth, i, n = 0, start, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


@lru_cache(maxsize=1)
def _decoder() -> _Decoder:
    return _Decoder()


def to_unicode(value: str, block: bool = False) -> str:
    """A BibTeX value as plain Unicode. One-line values have their whitespace collapsed; blocks
    (abstracts, notes) keep blank-line paragraph breaks, as LaTeX does."""
    text = value
    if _NEEDS_DECODING.search(text):
        try:
            text = _decoder().text(text).replace("\u02c6", "^")
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
        out = _ENCODABLE.sub(lambda m: _char_to_latex(m.group(0)), out)
    # "@word{" inside a value looks like the start of an entry to bibtexparser: brace the "@".
    return _ENTRY_START.sub("{@}", out)


@lru_cache(maxsize=4096)
def _char_to_latex(ch: str) -> str:
    """One accented letter or sign as LaTeX, asked of pylatexenc once per character, and kept
    only if it reads back as the same character (else the character stays as UTF-8)."""
    latex = _encoder().unicode_to_latex(ch)
    if latex == ch or to_unicode(latex) != ch:
        return ch
    return latex


@lru_cache(maxsize=1)
def _encoder():
    from pylatexenc.latexencode import UnicodeToLatexEncoder
    return UnicodeToLatexEncoder(unknown_char_policy="keep", unknown_char_warning=False,
                                 non_ascii_only=True, replacement_latex_protection="braces-all")


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
