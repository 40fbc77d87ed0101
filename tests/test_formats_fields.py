"""Value normalising and detection: names, dates, identifiers, encodings, delimiters, formats."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.transfer.formats import detect
from app.transfer.formats import fields as f
from app.transfer.formats.errors import FormatError
from app.transfer.formats.latex import to_latex, to_unicode


@pytest.mark.parametrize("text, expected", [
    ("Smith,Jane", "Smith, Jane"), ("Liu R.", "Liu, R."), ("Adler D.G.", "Adler, D.G."),
    ("M Mannelli", "Mannelli, M"), ("L. Ianni", "Ianni, L."), ("Jean Cesar", "Jean Cesar"),
    ("Nguyễn Văn An", "Nguyễn Văn An"), ("สมชาย ใจดี", "สมชาย ใจดี"), ("王小明", "王小明"),
])
def test_person_names(text, expected):
    assert f.person_name(text) == expected


def test_split_names():
    assert f.split_names("Liu R., Adler D.G.") == ["Liu R.", "Adler D.G."]
    assert f.split_names("Marx, Karl") == ["Marx, Karl"]
    assert f.split_names("A, B; C, D") == ["A, B", "C, D"]
    assert f.split_names("a and b") == ["a", "b"]


@pytest.mark.parametrize("text, expected", [
    ("2019", (2019, None, None, True)), ("2019//", (2019, None, None, True)),
    ("2014/03/15/", (2014, 3, 15, True)), ("2019-05", (2019, 5, None, True)),
    ("12 May 2019", (2019, 5, 12, True)), ("Spring 2020", (2020, 3, None, True)),
    ("25/12/2019", (2019, 12, 25, True)), ("10 15", (None, None, None, False)), ("", (None, None, None, True)),
])
def test_dates(text, expected):
    assert f.parse_date(text) == expected


def test_identifiers():
    assert f.normalise_doi("https://doi.org/10.1/X") == "10.1/X"
    assert f.normalise_doi("http://dx.doi.org/10.1002/cpp.2398") == "10.1002/cpp.2398"
    assert f.normalise_doi("doi: 10.5/abc") == "10.5/abc"
    assert f.identifier_kind("0306-4530 (ISSN)") == "issn"
    assert f.identifier_kind("978-0-7546-5033-1") == "isbn"
    assert f.split_identifiers("978-0-7546-5033-1 978-1-4094-0951-9") == ["978-0-7546-5033-1", "978-1-4094-0951-9"]


def test_lists_escape_their_separator():
    values = ["a;b", "c\\d", "e"]
    assert f.split_list(f.join_list(values)) == values
    assert f.split_list("x; y;; x") == ["x", "y"]


def test_latex_round_trip():
    for text in ["50% of A&B {x} $y_1 ~ ^ \\ #", "Hà Nội — “quoted” Łódź", "ภาษาไทย ខ្មែរ မြန်မာ 中文", "a -- b ''c''"]:
        assert to_unicode(to_latex(text)) == text
    assert to_unicode(r"Laid{\'e} \"u \texttt{collection} {\DJ}ức") == "Laidé ü collection Đức"


@pytest.mark.parametrize("raw, expected", [
    (codecs.BOM_UTF8 + "TY  - RPRT".encode(), "utf-8-sig"),
    ("TY  - RPRT ไทย".encode("utf-16"), "utf-16"),
    ("title\nไทย\n".encode("utf-16-le"), "utf-16-le"),
    ("ok ไทย".encode(), "utf-8"),
    ("title,author\n劳务移民与社会保障研究,王小明\n".encode("gbk"), "gb18030"),
    ("title\nCafé ouvrier à Zürich — “test”\n".encode("cp1252"), "cp1252"),
    ("TI  - แรงงานข้ามชาติในประเทศไทย\n".encode("cp874"), "cp874"),
    ("title\nแรงงานข้ามชาติ\n".encode("cp874"), "cp874"),   # short: also valid Big5 and Shift-JIS
    ("title\n劳务移民\n".encode("gbk"), "gb18030"),           # short: also valid cp874
    ("title\n移工在台灣\n".encode("big5"), "big5"),
])
def test_encoding_detection(raw, expected):
    assert detect.detect_encoding(raw) == expected


def test_decode_error_names_the_line():
    with pytest.raises(FormatError, match=r"x.csv, line 2: cannot be read as utf-8"):
        detect.decode(b"ok\n\xff\xfe bad", "utf-8", "x.csv")


@pytest.mark.parametrize("text, delimiter", [
    ("a;b;c\n\"x, y\";2;3\n", ";"), ("a,b\n1,2\n", ","), ("a\tb\n1\t2\n", "\t"), ("a|b|c\n1|2|3\n", "|"),
])
def test_delimiter(text, delimiter):
    assert detect.detect_delimiter(text) == delimiter


@pytest.mark.parametrize("name, text, expected", [
    ("a.txt", "\n\nTY  - JOUR\nER  -\n", "ris"), ("a.txt", "1.\nTY  - JOUR\n", "ris"),
    ("a.txt", "FN Clarivate\nVR 1.0\nPT J\nER\n", "wos"), ("x", "% c\n@article{k,\n}", "bibtex"),
    ("x", '[{"id": "a"}]', "csljson"), ("x", '{"format": "resource-catalogue", "version": 1}', "json"),
    ("x.yml", "references:\n- id: a\n", "csljson"), ("x.csv", "a,b\n1,2\n", "csv"), ("x.dat", "a\tb\n", "tsv"),
])
def test_format_detection(name, text, expected):
    assert detect.detect_format(Path(name), text.encode(), text) == expected


def test_zotero_ris_html_notes_and_dates(tmp_path, empty_catalogue):
    from app.transfer import service as transfer
    text = ("TY  - RPRT\nTI  - Wage theft in Penang\nAU  - Tan, Mei Ling\nDA  - 2020///\nPY  - 2020\n"
            "N1  - <p>Read for the <b>May</b> meeting.</p><p>Second &amp; last</p>\nER  - \n")
    path = tmp_path / "zotero.ris"
    path.write_text(text, encoding="utf-8")
    report = transfer.import_file(empty_catalogue, path)
    rec = empty_catalogue.record(next(iter(report.changes.created)))
    assert rec.notes == "Read for the May meeting.\nSecond & last"
    assert (rec.year, rec.month, rec.type) == (2020, None, "Report")


def test_a_block_cleaned_through_the_one_line_shortcut_equals_the_line_by_line_rule():
    import random
    import re as _re
    import unicodedata as _ud

    def by_lines(text: str) -> str:   # the rule before the shortcut (issue 17)
        if not text.isascii():
            text = _ud.normalize("NFC", text)
        text = _re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
        return "\n".join(line.rstrip() for line in text.split("\n")).strip()

    rng = random.Random(17)
    pool = "ab Z9 \t\n\r\x00\x07\x1f\x7f\u00a0\u2028\u3000e\u0301ไทย\u200b\ufeff-'\""
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 120)))
        assert f._clean_block(text) == by_lines(text), repr(text)
