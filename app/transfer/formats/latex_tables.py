"""What pylatexenc's tables lack for BibTeX values, as data: extra macros, sub- and superscripts.

pylatexenc 2.10 knows ~1,500 symbols and accents, but in a bibliography value it drops the text of
\\mbox{...} and \\href, leaves math verbatim or flattens x^{-1} to "x^-1", makes \\~{} (a tilde in a
URL) vanish, and has no \\pounds, \\S, \\textless, \\h (Vietnamese hook above) or \\noopsort. The
additions below are kept to those, each checked by a test in tests/test_formats_latex.py.
"""
from __future__ import annotations

# Text-mode macros without arguments -> text.
SYMBOLS = {
    "S": "§", "P": "¶", "pounds": "£", "copyright": "©", "euro": "€", "textless": "<",
    "textgreater": ">", "textbar": "|", "textminus": "−", "textperiodcentered": "·",
    "nobreakspace": " ", "slash": "/", "hyphen": "-", "-": "", "/": "", "@": "", "textbackslash": "\\",
    "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "TeX": "TeX", "BibTeX": "BibTeX", "textnumero": "№",
    "textdegree": "°", "textcelsius": "℃", "textasciigrave": "`", "textasciiacute": "´",
    "textquotedbl": '"', "textasciidieresis": "¨", "textasciimacron": "¯", "textasciibreve": "˘",
    "textasciicaron": "ˇ", "textdollar": "$", "textunderscore": "_", "textbraceleft": "{",
    "textbraceright": "}", "textasciitilde": "~", "textasciicircum": "^", "quad": " ", "qquad": " ",
    "dots": "…", "ldots": "…", "cdots": "⋯", "ss": "ß", "SS": "SS",
}

# Accent macros -> (combining mark, the spacing character for an empty argument: \~{} is "~").
ACCENTS = {
    "'": ("\u0301", "´"), "`": ("\u0300", "`"), '"': ("\u0308", "¨"), "^": ("\u0302", "^"),
    "~": ("\u0303", "~"), "=": ("\u0304", "¯"), ".": ("\u0307", "˙"), "u": ("\u0306", "˘"),
    "v": ("\u030c", "ˇ"), "H": ("\u030b", "˝"), "c": ("\u0327", "¸"), "k": ("\u0328", "˛"),
    "r": ("\u030a", "˚"), "d": ("\u0323", "."), "b": ("\u0331", "_"),
    "h": ("\u0309", "\u0309"), "G": ("\u030f", "\u030f"), "f": ("\u0311", "\u0311"),
    "U": ("\u030e", "\u030e"), "textcommabelow": ("\u0326", ","), "textogonekcentered": ("\u0328", "˛"),
}
# Accents pylatexenc's parser does not know take one argument here.
NEW_ACCENTS = ("h", "G", "f", "U", "textcommabelow", "textogonekcentered")

# Macros whose (last) argument is simply text in a catalogue.
KEEP_TEXT = ("mbox", "hbox", "text", "textrm", "textnormal", "texttt", "textsf", "textsc", "textup",
             "textmd", "textbf", "textit", "textsl", "emph", "mathbf", "mathit",
             "mathsf", "mathtt", "mathrm", "mathnormal", "boldsymbol", "bm", "operatorname", "NoCaseChange",
             "ensuremath_text", "foreignlanguage", "enquote", "textenglish", "textthai", "textvietnamese")
# Macros whose argument is kept exactly as written (a "~" in a URL is a tilde, not a space).
VERBATIM = ("url", "nolinkurl", "path", "doi")
# Macros whose argument is dropped (sorting hints, colours, labels).
DROP = ("noopsort", "SortNoop", "sortnoop", "label", "color", "index", "hphantom", "vphantom", "phantom")

_SUP_FROM = "0123456789+-−=()nia bcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ∘′″·"
_SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃ ᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᵠᵡ°′″·"
_SUB_FROM = "0123456789+-−=()aehijklmnoprstuvxβγρφχ "
_SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ "
SUPERSCRIPT = dict(zip(_SUP_FROM, _SUP_TO))
SUBSCRIPT = dict(zip(_SUB_FROM, _SUB_TO))
assert len(_SUP_FROM) == len(_SUP_TO) and len(_SUB_FROM) == len(_SUB_TO)


def script(text: str, sup: bool) -> str | None:
    """``text`` in Unicode superscript (or subscript) letters, or None if one has no such form."""
    table = SUPERSCRIPT if sup else SUBSCRIPT
    text = text.strip()
    if not text or any(ch not in table for ch in text):
        return None
    return "".join(table[ch] for ch in text)
