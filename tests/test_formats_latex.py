"""LaTeX -> Unicode, one case per construct, and back: what we decode is encoded again."""
from __future__ import annotations

import io

import pytest

from app.transfer.formats import bibtex
from app.transfer.formats.latex import to_latex, to_unicode
from db.records import RecordData
from tests.format_helpers import export_context, import_context

ACCENTS = [
    (r"\'{e}", "é"), (r"{\'e}", "é"), (r"\'e", "é"), (r"\' e", "é"), (r'\"{\i}', "ï"), (r"\'\i", "í"),
    (r"\c{c}", "ç"), (r"\c c", "ç"), (r"\v{s}", "š"), (r"{\v{S}}koda", "Škoda"), (r"\u{a}", "ă"),
    (r"\H{o}", "ő"), (r"\k{a}", "ą"), (r"\={a}", "ā"), (r"\.{z}", "ż"), (r"\r{a}", "å"), (r"\~{n}", "ñ"),
    (r"\^{o}", "ô"), (r"\`{a}", "à"), (r"\d{a}", "ạ"), (r"\b{a}", "a̱"), (r"\t{oo}", "o͡o"),
    (r"\h{a}", "ả"), (r"\~{\^{o}}", "ỗ"), (r"\'{\^{e}}", "ế"), (r"\textcommabelow{s}", "ș"),
]
SYMBOLS = [
    (r"\textdegree", "°"), (r"\ss", "ß"), (r"\ss{}", "ß"), (r"\o", "ø"), (r"\O", "Ø"), (r"{\aa}", "å"),
    (r"\AA", "Å"), (r"\l", "ł"), (r"\L", "Ł"), (r"\dh", "ð"), (r"\DH", "Ð"), (r"\th", "þ"), (r"\TH", "Þ"),
    (r"\ae", "æ"), (r"\oe", "œ"), (r"\i", "ı"), (r"\DJ", "Đ"), (r"\ng", "ŋ"),
    (r"\textendash", "–"), (r"\textemdash", "—"), ("a~b", "a b"), ("a--b", "a–b"), ("a---b", "a—b"),
    ("``q''", "“q”"), (r"\S 3", "§3"), (r"\P", "¶"), (r"\pounds 5", "£5"), (r"\euro", "€"),
    (r"\texteuro", "€"), (r"\copyright", "©"), (r"\textless x\textgreater", "<x>"), (r"a\textbar b", "a|b"),
    (r"\textperiodcentered", "·"), (r"\ldots", "…"), (r"\&", "&"), (r"\%", "%"), (r"\_", "_"), (r"\$", "$"),
    (r"\#", "#"), (r"\~{}", "~"), (r"a\~{}b", "a~b"), (r"\^{}", "^"), (r"x\-y", "xy"), (r"\LaTeX", "LaTeX"),
    (r"\textmu", "µ"), (r"\textsuperscript{th}", "ᵗʰ"), (r"\textsubscript{2}", "₂"),
]
MATH = [
    (r"$\alpha$", "α"), (r"$\Gamma$", "Γ"), (r"\(\beta\)", "β"), (r"$\mu$m", "μm"), (r"$x^2$", "x²"),
    (r"$x^{10}$", "x¹⁰"), (r"$H_2O$", "H₂O"), (r"$\mathrm{CO}_2$", "CO₂"), (r"$\beta_2$", "β₂"),
    (r"$\Gamma^{-1}$", "Γ⁻¹"), (r"$^{\circ}$C", "°C"), (r"$\sum_{i=1}^n$", "∑ᵢ₌₁ⁿ"),
    (r"$T_{\mathrm{eff}}$", "T_(eff)"), (r"$x^q$", "x^q"), (r"$\leq$", "≤"), (r"$\pm 3$", "±3"),
    (r"$\times$", "×"), (r"$\infty$", "∞"), (r"$\mathbf{x}$", "x"), (r"\ensuremath{\alpha}", "α"),
    (r"$x + y$", "x + y"), ("costs $5 and $10", "costs $5 and $10"), ("$5", "$5"), (r"H$_2$O", "H₂O"),
]
TEXT_MACROS = [
    (r"\mbox{x}", "x"), (r"\emph{Word}", "Word"), (r"\textbf{b}", "b"), (r"{\em x}", "x"),
    (r"\texttt{collection}", "collection"), (r"\url{http://a.b/~c}", "http://a.b/~c"),
    (r"\href{http://x}{y}", "y"), (r"\noopsort{a}b", "b"), (r"\foreignlanguage{thai}{ไทย}", "ไทย"),
    ("{DNA} sequencing", "DNA sequencing"),
]


@pytest.mark.parametrize("latex, text", ACCENTS + SYMBOLS + MATH + TEXT_MACROS)
def test_latex_construct_becomes_unicode(latex, text):
    assert to_unicode(latex) == text


@pytest.mark.parametrize("text", ["α x² H₂O ≤ ∞ ° € § ·", "Γ⁻¹ ℃ µ μ ᵗʰ", "Hà Nội — “quoted” Łódź Škoda ő ș",
                                  "50% of A&B {x} $y_1 ~ ^ \\ #", "ภาษาไทย ខ្មែរ မြန်မာ 中文"])
def test_decoded_text_is_encoded_again(text):
    latex = to_latex(text)
    assert to_unicode(latex) == text


def test_greek_and_maths_are_written_as_latex():
    assert to_latex("α") == r"{\ensuremath{\alpha}}"
    assert to_latex("x²") == r"x{\texttwosuperior}"


def _read(text: str):
    return bibtex.read(text, import_context()).records


def test_every_text_field_is_decoded():
    rec = _read(r"""@article{k,
  title = {The $\alpha$-{MSH} receptor in H$_2$O},
  author = {M{\"u}ller, J{\"o}rg and {\O}stergaard, {\AA}se},
  journal = {Journal of {\"O}kologie},
  publisher = {Presses de l'{\'E}cole},
  abstract = {At 37\textdegree{}C, 95\% of\ldots},
  keywords = {caf{\'e}, na\"ive},
  note = {see p.~3}
}""")[0].data
    assert rec.title == "The α-MSH receptor in H₂O"
    assert rec.authors == ["Müller, Jörg", "Østergaard, Åse"]
    assert rec.container_title == "Journal of Ökologie"
    assert rec.organizations[0].name == "Presses de l'École"
    assert rec.summary == "At 37°C, 95% of…"
    assert rec.keywords == ["café", "naïve"]
    assert "see p. 3" in rec.notes


def test_protected_words_are_dropped_from_display_and_braced_again_on_export():
    parsed = _read("@article{k, title = {{DNA} sequencing in {Thailand} and the {World Health Organization}},"
                   " journal = {{PLoS} One}}")[0].data
    assert parsed.title == "DNA sequencing in Thailand and the World Health Organization"
    assert parsed.container_title == "PLoS One"
    # "DNA" and "PLoS" are braced again by rule; the others are remembered in the notes.
    assert "BibTeX protected: Thailand; World Health Organization" in parsed.notes
    parsed.uid = "0b7e5a5e-8d2c-4f7e-9a51-3d1f2a6c9e10"   # as a stored record has
    out = io.StringIO()
    bibtex.write([parsed], out, export_context())
    text = out.getvalue()
    assert "title = {{DNA} sequencing in {Thailand} and the {World Health Organization}}" in text
    assert "journal = {{PLoS} One}" in text
    assert "BibTeX protected" not in text
    again = _read(text)[0].data
    assert (again.title, again.container_title, again.notes) == (parsed.title, parsed.container_title, parsed.notes)


def test_a_title_braced_whole_is_not_kept_as_a_phrase():
    rec = _read("@article{k, title = {{Rice markets of DNA in Laos}}}")[0].data
    assert rec.title == "Rice markets of DNA in Laos"
    assert "BibTeX protected" not in rec.notes


def test_a_typed_title_keeps_its_acronyms_on_export():
    out = io.StringIO()
    bibtex.write([RecordData(title="COVID-19 and iPhone use in Laos", uid="")], out, export_context())
    assert "title = {{COVID-19} and {iPhone} use in Laos}" in out.getvalue()


def test_accent_braces_are_not_case_protection():
    rec = _read(r"@article{k, title = {{\'E}cole and {\v{S}}koda}}")[0].data
    assert rec.title == "École and Škoda"
    assert "BibTeX protected" not in rec.notes
