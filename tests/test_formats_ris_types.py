"""RIS by type: one small record per RIS type, each tag in the field its type gives it (the RIS
specification and Zotero's RIS translator), the rest in the notes under its tag; every date shape."""
from __future__ import annotations

import pytest

from app.transfer.formats import ris
from tests.format_helpers import import_context


def _read(body: str):
    text = body.strip() + "\nER  - \n"
    records = ris.read("\n".join(line.strip() for line in text.split("\n")), import_context()).records
    assert len(records) == 1
    return records[0]


def test_bill():
    rec = _read("""TY  - BILL
TI  - Clean Air Act Amendments
T2  - United States Code
VL  - H.R. 3030
M1  - H.R. 3030
SP  - 2399-2712
A2  - Waxman, Henry
T3  - House of Representatives
ET  - 101st Congress
PY  - 1990
DA  - 1990/11/15/""")
    d = rec.data
    assert (d.title, d.type, d.publisher_ref, d.year, d.month, d.day) == (
        "Clean Air Act Amendments", "Legal instrument", "H.R. 3030", 1990, 11, 15)
    assert (d.container_title, d.volume, d.pages, d.authors) == ("", "", "", [])
    for line in ("Code (T2): United States Code", "Code pages (SP): 2399-2712", "Sponsor (A2): Waxman, Henry",
                 "Legislative body (T3): House of Representatives", "Session (ET): 101st Congress",
                 "RIS type: BILL"):
        assert line in d.notes


def test_case():
    rec = _read("""TY  - CASE
TI  - Brown v. Board of Education
PB  - Supreme Court
VL  - 347
SP  - 483
A2  - United States Reports
SV  - 1
DA  - 1954/05/17/""")
    d = rec.data
    assert (d.title, d.type, d.volume, d.pages, d.year, d.month, d.day) == (
        "Brown v. Board of Education", "Legal instrument", "347", "483", 1954, 5, 17)
    assert [o.name for o in d.organizations if o.role == "publisher"] == ["Supreme Court"]
    assert "Docket number (SV): 1" in d.notes and "RIS type: CASE" in d.notes


def test_statute():
    d = _read("""TY  - STAT
TI  - Civil Rights Act of 1964
T2  - United States Code
VL  - 42
M1  - Pub. L. 88-352
PY  - 1964""").data
    assert (d.title, d.type, d.volume, d.publisher_ref, d.year) == ("Civil Rights Act of 1964", "Legal instrument", "", "", 1964)
    for line in ("Code (T2): United States Code", "Code number (VL): 42", "Public law number (M1): Pub. L. 88-352"):
        assert line in d.notes


def test_film_mpct():
    d = _read("""TY  - MPCT
TI  - Uncle Boonmee Who Can Recall His Past Lives
A2  - Weerasethakul, Apichatpong
A3  - Sirisakul, Simon
PB  - Kick the Machine
SP  - 114 min
C4  - Drama
PY  - 2010""").data
    assert (d.type, d.authors, d.pages, d.year) == ("Video", ["Weerasethakul, Apichatpong"], "", 2010)
    for line in ("Producer (A3): Sirisakul, Simon", "Running time (SP): 114 min", "Genre (C4): Drama", "RIS type: MPCT"):
        assert line in d.notes


def test_video_recording():
    d = _read("""TY  - VIDEO
TI  - Training on water safety
AU  - Somchai, P.
SP  - 1-20
PY  - 2015""").data
    assert (d.type, d.authors, d.pages) == ("Video", ["Somchai, P."], "1-20")
    assert "RIS type" not in d.notes


def test_artwork():
    d = _read("""TY  - ART
TI  - Water lilies
AU  - Monet, Claude
C3  - 200 x 180 cm
M3  - Oil on canvas
PY  - 1906""").data
    assert (d.type, d.authors, d.year) == (None, ["Monet, Claude"], 1906)
    for line in ("Size (C3): 200 x 180 cm", "Type: Oil on canvas", "RIS type: ART"):
        assert line in d.notes


def test_map():
    d = _read("""TY  - MAP
TI  - Mekong basin land cover
AU  - Mekong River Commission
C1  - 1:250,000
CY  - Vientiane
PY  - 2010""").data
    assert (d.type, d.year) == (None, 2010)
    assert [(o.name, o.role) for o in d.organizations] == [("Mekong River Commission", "author")]
    for line in ("Scale (C1): 1:250,000", "Place (CY): Vientiane", "RIS type: MAP"):
        assert line in d.notes


def test_patent():
    d = _read("""TY  - PAT
TI  - Rice husk filter
AU  - Nguyen, Van An
A2  - Intellectual Property Office of Viet Nam
PB  - Green Filters Co.
SN  - VN 12345
M1  - 1-2019-01234
C3  - Thailand
C6  - Granted
VL  - 2
DA  - 2021/03/04/""")
    d = rec = d.data
    assert (d.type, d.authors, d.publisher_ref, d.year, d.month, d.day) == (
        None, ["Nguyen, Van An"], "VN 12345", 2021, 3, 4)
    assert d.countries == ["TH"]
    assert [(o.name, o.role) for o in rec.organizations] == [("Intellectual Property Office of Viet Nam", "publisher")]
    for line in ("Assignee (PB): Green Filters Co.", "Application number (M1): 1-2019-01234", "Legal status (C6): Granted",
                 "Patent version number (VL): 2", "RIS type: PAT"):
        assert line in d.notes


def test_report():
    d = _read("""TY  - RPRT
TI  - Poverty in the Lao PDR
AU  - World Bank
T2  - Working paper series
SN  - WP-2019-7
PB  - World Bank
PY  - 2019""").data
    assert (d.type, d.publisher_ref, d.container_title, d.isbn) == ("Report", "WP-2019-7", "Working paper series", "")
    assert "RIS type" not in d.notes


def test_thesis():
    d = _read("""TY  - THES
TI  - Rice markets in Cambodia
AU  - Sok, Dara
A3  - Smith, Jane
PB  - Royal University of Phnom Penh
M3  - PhD thesis
SP  - 250
PY  - 2018///""").data
    assert (d.type, d.pages, d.year) == ("Thesis", "250", 2018)
    assert [o.name for o in d.organizations] == ["Royal University of Phnom Penh"]
    assert "Advisor (A3): Smith, Jane" in d.notes and "Type: PhD thesis" in d.notes


@pytest.mark.parametrize("code", ["CONF", "CPAPER"])
def test_conference_paper(code):
    d = _read(f"""TY  - {code}
TI  - Flood maps from radar
AU  - Lee, K.
T2  - Asian Conference on Remote Sensing
C1  - Bangkok
SP  - 10
EP  - 18
PY  - 2017""").data
    assert (d.type, d.container_title, d.pages) == ("Conference paper", "Asian Conference on Remote Sensing", "10-18")
    assert "Conference place (C1): Bangkok" in d.notes
    assert ("RIS type: CONF" in d.notes) == (code == "CONF")


def test_book_section():
    d = _read("""TY  - CHAP
TI  - Land tenure
AU  - Pham, Thi
A2  - Miller, Ann
A3  - Jones, Bob
BT  - Handbook of Mekong studies
C2  - Osborne, Milton
SP  - 33-58
PY  - 2012""").data
    assert (d.type, d.container_title, d.pages, d.authors) == (
        "Book chapter", "Handbook of Mekong studies", "33-58", ["Pham, Thi"])
    for line in ("Editor: Miller, Ann", "Series editor (A3): Jones, Bob", "Book author (C2): Osborne, Milton"):
        assert line in d.notes


@pytest.mark.parametrize("code", ["ELEC", "WEB"])
def test_web_page(code):
    d = _read(f"""TY  - {code}
TI  - Mekong River Commission
T2  - MRC website
UR  - https://www.mrcmekong.org/
Y2  - 2020/05/01/
VL  - 2020
PY  - 2019""").data
    assert (d.type, d.container_title, d.url) == ("Web page", "MRC website", "https://www.mrcmekong.org/")
    assert "Access date (Y2): 2020/05/01/" in d.notes
    assert d.volume == ("2020" if code == "ELEC" else "")
    assert ("Access year (VL): 2020" in d.notes) == (code == "WEB")


def test_journal_article():
    d = _read("""TY  - JOUR
TI  - Mangroves and storms
AU  - Tran, Van Ba
JO  - J. Coast. Res.
T2  - Journal of Coastal Research
VL  - 12
IS  - 3
SP  - 45
EP  - 67
SN  - 0749-0208
DO  - 10.2112/JCOASTRES-D-12-00001.1
J2  - J Coast Res
PY  - 2011""").data
    assert (d.type, d.container_title, d.volume, d.issue, d.pages, d.doi) == (
        "Journal article", "Journal of Coastal Research", "12", "3", "45-67", "10.2112/JCOASTRES-D-12-00001.1")
    assert "ISSN: 0749-0208" in d.notes and "Journal abbreviation (J2): J Coast Res" in d.notes
    assert "RIS type" not in d.notes


def test_journal_abbreviation_is_the_container_when_alone():
    d = _read("TY  - JOUR\nTI  - T\nJA  - Nat. Clim. Change\nPY  - 2020").data
    assert d.container_title == "Nat. Clim. Change"


def test_book():
    d = _read("""TY  - BOOK
TI  - The Mekong
AU  - Osborne, Milton
A2  - Said, Edward
A3  - Khan, Ali
T2  - Asian Studies
PB  - Grove Press
SN  - 978-0-8021-3802-3
ET  - 2nd
PY  - 2000""").data
    assert (d.type, d.container_title, d.isbn) == ("Book", "Asian Studies", "978-0-8021-3802-3")
    for line in ("Series editor (A2): Said, Edward", "Editor: Khan, Ali", "Edition (ET): 2nd"):
        assert line in d.notes


def test_edited_book_authors_are_editors():
    d = _read("""TY  - EDBOOK
TI  - Regional perspectives
AU  - Chen, Li
AU  - Asian Development Bank
PY  - 2016""").data
    assert (d.type, d.authors) == ("Book", [])
    assert "Editor: Chen, Li" in d.notes and "RIS type: EDBOOK" in d.notes
    assert [(o.name, o.role) for o in d.organizations] == [("Asian Development Bank", "editor")]


def test_generic():
    d = _read("TY  - GEN\nTI  - Something\nZZ  - unknown tag value\nPY  - 2001").data
    assert (d.type, d.title, d.year) == (None, "Something", 2001)
    assert "ZZ: unknown tag value" in d.notes and "RIS type" not in d.notes


def test_endnote_doi_in_m3():
    d = _read("TY  - JOUR\nTI  - T\nM3  - 10.1016/j.marpol.2019.01.001\nPY  - 2019").data
    assert (d.doi, d.type) == ("10.1016/j.marpol.2019.01.001", "Journal article")


@pytest.mark.parametrize("lines, expected, note", [
    ("PY  - 2001///", (2001, None, None), None),
    ("PY  - 2001//", (2001, None, None), None),
    ("PY  - 2001", (2001, None, None), None),
    ("PY  - 2001/05//", (2001, 5, None), None),
    ("PY  - 2001/05/17/", (2001, 5, 17), None),
    ("PY  - 2001/05/17", (2001, 5, 17), None),
    ("PY  - 2001/05/17/Spring", (2001, 5, 17), "Date: Spring"),
    ("PY  - 2001///Spring", (2001, 3, None), None),
    ("PY  - 2001/00/00/", (2001, None, None), None),
    ("DA  - 2001-05-17", (2001, 5, 17), None),
    ("Y1  - 2001/05/17/", (2001, 5, 17), None),
    ("PY  - 2001\nDA  - 2001/05/17/", (2001, 5, 17), None),
    ("PY  - 2001\nDA  - /05/17/", (2001, 5, 17), None),
    ("PY  - 2001\nDA  - May 17", (2001, 5, 17), None),
    ("DA  - 05/17/2001", (2001, 5, 17), None),
    ("DA  - 17 May 2001", (2001, 5, 17), None),
])
def test_every_ris_date_shape(lines, expected, note):
    rec = _read("TY  - JOUR\nTI  - T\n" + lines)
    assert (rec.data.year, rec.data.month, rec.data.day) == expected
    assert not rec.problems
    if note:
        assert note in rec.data.notes


@pytest.mark.parametrize("code", ["PAT", "MAP", "CONF", "BILL", "EJOUR", "MPCT"])
def test_ris_type_survives_export_and_reimport(code):
    import io

    from tests.format_helpers import export_context
    first = _read(f"TY  - {code}\nTI  - Title\nAU  - Doe, Jane\nPY  - 2001").data
    first.uid = "0b7e5a5e-8d2c-4f7e-9a51-3d1f2a6c9e10"
    out = io.StringIO()
    ris.write([first], out, export_context())
    assert out.getvalue().startswith(f"TY  - {code}")
    again = ris.read(out.getvalue(), import_context()).records[0].data
    assert (again.type, again.notes, again.authors) == (first.type, first.notes, first.authors)


def test_bill_from_zotero_has_its_number_in_m1_and_the_code_volume_in_vl():
    d = _read("TY  - BILL\nTI  - An act\nM1  - S. 1\nVL  - 42\nPY  - 2001").data
    assert d.publisher_ref == "S. 1"
    assert "Code volume (VL): 42" in d.notes
