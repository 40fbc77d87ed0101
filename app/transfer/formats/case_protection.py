"""BibTeX case protection: "{DNA} sequencing in {Thailand}" shows as "DNA sequencing in Thailand"
and is written back with the same braces.

A brace group at the top of a value that does not start with a macro (``{\\'e}`` is an accented
letter, not a protection) keeps its case in every bibliography style. On import the braces go
from the text; the protected words that our export would not brace again by itself are kept in
the record's notes as one line, "BibTeX protected: Thailand; World Health Organization". On
export a word with a capital after its first letter ("DNA", "iPhone", "COVID-19": the rule
Zotero's BibTeX export uses) is braced, and so is every phrase listed on that line.
"""
from __future__ import annotations

import re

from app.transfer.formats import fields as f
from app.transfer.formats.latex import group_end, to_latex, to_unicode

LABEL = "BibTeX protected"
_LINE = re.compile(r"^" + LABEL + r": (.*)$", re.MULTILINE)
_MACRO = re.compile(r"\\(?:[A-Za-z]+|.)", re.DOTALL)
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”?!]+")


def auto_protected(word: str) -> bool:
    """A word whose case our export keeps by itself: a capital after its first letter."""
    core = word.strip(".'’-")
    return any(ch.isupper() for ch in core[1:])


def protected_groups(raw: str) -> list[str]:
    """The Unicode text of each case-protecting brace group in a (resolved) BibTeX value."""
    found, i, n = [], 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\\":
            macro = _MACRO.match(raw, i)
            i = macro.end() if macro else n
            j = i
            while j < n and raw[j] == " ":
                j += 1
            if j < n and raw[j] == "{":         # a macro's argument, not a protection
                end = group_end(raw, j)
                i = n if end is None else end + 1
            continue
        if ch == "$":                            # maths: no case changes inside
            end = raw.find("$", i + 1)
            i = n if end < 0 else end + 1
            continue
        if ch == "{":
            end = group_end(raw, i)
            if end is None:
                break
            inner = raw[i + 1:end]
            if not inner.lstrip().startswith("\\"):
                text = to_unicode(inner)
                if any(c.isalpha() for c in text):
                    found.append(text)
            i = end + 1
            continue
        i += 1
    return found


def phrases_to_keep(raw_values: list[str], decoded_values: list[str]) -> list[str]:
    """Protected phrases our export would not brace again by itself, in the order found; only
    those standing as whole words in the decoded text ("{T}he" protects nothing a style changes),
    and not a whole value in braces (Mendeley and JabRef brace every title so)."""
    out: list[str] = []
    for raw, text in zip(raw_values, decoded_values):
        for phrase in protected_groups(raw):
            if " " not in phrase and auto_protected(phrase):
                continue
            if phrase == text:   # "{{Whole title}}", as Mendeley and JabRef write every title
                continue
            if phrase not in out and _find(phrase, text):
                out.append(phrase)
    return out


def _find(phrase: str, text: str):
    return re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)


def _find_any(phrase: str, text: str) -> bool:
    return next(_find(phrase, text), None) is not None


def stored_phrases(notes: str) -> list[str]:
    m = _LINE.search(notes or "")
    return f.split_list(m.group(1)) if m else []


def notes_without_line(notes: str) -> str:
    """The notes as written to BibTeX: the protection line is carried by the braces instead."""
    if LABEL not in (notes or ""):
        return notes
    return "\n".join(line for line in notes.split("\n") if not _LINE.fullmatch(line)).strip()


def note_value(phrases: list[str]) -> str:
    return f.join_list(phrases)


def protect(text: str, phrases: list[str]) -> str:
    """``text`` as a LaTeX value body with the protected phrases and words braced."""
    spans: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in spans)

    for phrase in sorted(phrases, key=len, reverse=True):
        for m in _find(phrase, text):
            if free(m.start(), m.end()):
                spans.append((m.start(), m.end()))
    for m in _TOKEN.finditer(text):
        if auto_protected(m.group(0)) and free(m.start(), m.end()):
            spans.append((m.start(), m.end()))
    if not spans:
        return to_latex(text)
    spans.sort()
    out, pos = [], 0
    for start, end in spans:
        out.append(to_latex(text[pos:start]))
        out.append("{" + to_latex(text[start:end]) + "}")
        pos = end
    out.append(to_latex(text[pos:]))
    return "".join(out)
