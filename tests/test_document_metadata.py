"""Normalising extracted text, metadata suggestions, the text: syntax and the add-files command."""
from __future__ import annotations

import pytest

from cli.main import build_parser, run
from app.criteria import parse_query
from app.documents import metadata
from app.documents.extract import extract
from app.documents.normalise import normalise
from tests.document_files import write_epub, write_odt, write_pdf


@pytest.mark.parametrize("raw, expected", [
    ("recruit-\nment fees", "recruitment fees"),
    ("ทํางาน", "ทำงาน"),                       # SARA AM drawn as NIKHAHIT + SARA AA
    ("จาํนวน", "จำนวน"),                       # ... or as SARA AA + NIKHAHIT (Qt's PDF writer)
    ("ใหแ้รงงาน", "ให้แรงงาน"),                 # a tone mark emitted after the leading vowel
    ("ເຮັດໃຫແ້ຮງ", "ເຮັດໃຫ້ແຮງ"),                   # ... in Lao too
    ("ขา้ม", "ข้าม"),                           # tone mark emitted after SARA AA
    ("จา่ ย", "จ่าย"),                          # ... and the gap it left
    ("จดั หา", "จดัหา"),                        # a gap after MAI HAN-AKAT is the layout's
    ("ေရေြပာင်း", "ရေပြောင်း"),                 # Burmese in visual order
    ("ရေး ကောင်း", "ရေး ကောင်း"),               # logical order and a real word break: unchanged
    ("ពលករ\nចំណាក", "ពលករចំណាក"),              # a wrap inside unspaced text
    ("ចំណ ាក", "ចំណាក"),                        # a layout gap before a Khmer vowel sign
    ("អលុប្ ប", "អលុប្ប"),                 # ... after a Khmer COENG
    ("အလုပ်သမ ား", "အလုပ်သမား"),                 # ... before a Burmese vowel sign
    ("ค่าจ้าง ขั้นต่ำ", "ค่าจ้าง ขั้นต่ำ"),               # a real space between Thai words stays
    ("Cafe\u0301  au\tlait\x07", "Café au lait"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_junk_titles():
    assert metadata.is_junk_title("Microsoft Word - final_v3.docx")
    assert metadata.is_junk_title("untitled")
    assert metadata.is_junk_title("report_2019", "report_2019.pdf")
    assert not metadata.is_junk_title("Recruitment fees in Asia")


def test_identifiers_are_validated():
    assert metadata.find_isbn("ISBN 978-0-306-40615-7 (print)") == "9780306406157"
    assert metadata.find_isbn("ISBN 978-0-306-40615-8") == ""              # wrong check digit
    assert metadata.find_issn("ISSN: 0378-5955") == "0378-5955"
    assert metadata.find_issn("ISSN 0378-5956") == ""
    assert metadata.find_doi("doi: https://doi.org/10.1016/j.worlddev.2019.104.") == "10.1016/j.worlddev.2019.104"


def test_languages_from_script_and_common_words():
    assert metadata.detect_languages("แรงงานข้ามชาติ") == ["th"]
    assert metadata.detect_languages("The workers and the agents of the state in this report") == ["en"]
    assert metadata.detect_languages("Người lao động di cư phải trả phí tuyển dụng") == ["vi"]


def test_suggestion_from_junk_metadata_uses_the_first_page(qapp, tmp_path):
    path = write_pdf(tmp_path / "final_v3.pdf",
                     ["Fair recruitment in the Mekong\nILO Regional Office for Asia and the Pacific\n"
                      "ISBN 978-0-306-40615-7\nCopyright © International Labour Organization 2019\n"
                      "The ILO and IOM work on the recruitment of migrant workers in the region."],
                     title="Microsoft Word - final_v3.docx")
    extracted = extract(path, first_pages=3)
    vocabulary = [{"name": "International Labour Organization", "acronym": "ILO"},
                  {"name": "International Organization for Migration", "acronym": "IOM"},
                  {"name": "UN Women", "acronym": ""}]
    s = metadata.suggest(extracted, path.name, vocabulary)
    assert s.title == "Fair recruitment in the Mekong" and s.sources["title"] == "first page"
    assert s.isbn == "9780306406157" and s.year == 2019 and s.languages == ["en"]
    assert s.organizations[:2] == ["International Labour Organization", "International Organization for Migration"]


XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Safe migration for women workers in ASEAN</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Mai Nguyen; Somchai Dee</rdf:li></rdf:Seq></dc:creator>
<pdf:Keywords>migration; gender; ASEAN</pdf:Keywords>
<prism:doi>10.18356/9789210012345</prism:doi>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def test_title_authors_keywords_and_doi_from_the_xmp_packet(qapp, tmp_path):
    path = write_pdf(tmp_path / "unw.pdf", ["Contents\n1. Introduction"], xmp=XMP)
    s = metadata.suggest(extract(path, first_pages=2), path.name, [])
    assert s.title == "Safe migration for women workers in ASEAN" and s.sources["title"] == "file metadata"
    assert s.authors == ["Mai Nguyen", "Somchai Dee"] and s.sources["authors"] == "file metadata"
    assert s.keywords == ["migration", "gender", "ASEAN"] and s.doi == "10.18356/9789210012345"
    assert s.sources["doi"] == "file metadata"


def test_a_thai_title_line_is_not_joined_with_the_next_line(qapp, tmp_path):
    """Body text joins a line break between Thai letters (a wrap); the title page keeps its lines."""
    path = write_pdf(tmp_path / "th.pdf", ["รายงานการสำรวจแรงงานข้ามชาติ\nกรมการจัดหางาน 2564", "หน้าสอง"],
                     language="th")
    extracted = extract(path, first_pages=2)
    assert metadata.suggest(extracted, path.name, []).title == "รายงานการสำรวจแรงงานข้ามชาติ"
    assert extracted.pages[0].startswith("รายงานการสำรวจแรงงานข้ามชาติกรม")      # indexed as one run
    assert extract(path).first_page_lines == ""                                 # only read for a preview


def test_other_formats(tmp_path):
    assert extract(write_odt(tmp_path / "a.odt", ["Hello", "world"])).pages == ["Hello\nworld"]
    assert extract(write_epub(tmp_path / "a.epub", ["one", "two"])).pages == ["one", "two"]
    (tmp_path / "a.html").write_text("<html><head><title>T</title><style>x{}</style></head>"
                                     "<body><p>Wage</p><script>no()</script></body></html>")
    html = extract(tmp_path / "a.html")
    assert html.pages == ["Wage"] and html.metadata == {"title": "T"}
    (tmp_path / "a.txt").write_bytes("ค่าจ้าง".encode("cp874"))
    assert extract(tmp_path / "a.txt").pages == ["ค่าจ้าง"]


def test_text_field_syntax_round_trips():
    c = parse_query('fees text:agents text:"recruitment fees" -text:draft')
    assert c.words == ("fees",) and c.text_words == ("agents",)
    assert c.text_phrases == ("recruitment fees",) and c.text_excluded == ("draft",)
    assert parse_query(c.to_query()) == c
    assert c.cleared("text").is_empty()


def _cli(db, *argv):
    import io
    out, err = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(["--db", str(db), *argv]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_add_files_dry_run_then_add_then_same_file_reported(qapp, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    write_pdf(folder / "a.pdf", ["Recruitment fees in Asia\nThe ILO report.", "Second page on wages"])
    write_pdf(folder / "b.pdf", ["Domestic workers in Thailand\nIOM"])
    db = tmp_path / "c.db"
    code, out, err = _cli(db, "add-files", str(folder), "--dry-run")
    assert code == 0 and "title:" in out and "Recruitment fees in Asia" in out and "nothing was stored" in err
    code, out, _ = _cli(db, "search", "Recruitment")
    assert "Recruitment fees in Asia" not in out
    code, out, err = _cli(db, "add-files", str(folder), "--list", "Field reports")
    assert code == 0 and out.count("added ") == 2
    code, out, _ = _cli(db, "search", "text:wages")
    assert "Recruitment fees in Asia" in out and "a.pdf, p. 2:" in out
    code, out, err = _cli(db, "add-files", str(folder / "a.pdf"))
    assert "already in the catalogue" in out and "0 of 1 files added" in err
    code, out, _ = _cli(db, "documents")
    assert "read: 2 documents (3 pages)" in out
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\x00 broken")
    code, out, err = _cli(db, "add-files", str(folder / "broken.pdf"))
    assert code == 0 and "failed (damaged" in err
    code, out, _ = _cli(db, "documents", "--failed")
    assert out.count("\n") == 1 and "broken.pdf: damaged" in out
    code, out, _ = _cli(db, "documents", "--no-text")
    assert out == ""
    code, out, _ = _cli(db, "documents")
    assert "read: 2 documents (3 pages); without text: 0; unreadable: 1; waiting: 0" in out


@pytest.mark.parametrize(("written", "authors"), [
    ("Mai Nguyen; Somchai Dee", ["Mai Nguyen", "Somchai Dee"]),
    ("Mai Nguyen, Somchai Dee and Ana Cruz", ["Mai Nguyen", "Somchai Dee", "Ana Cruz"]),
    ("Mai Nguyen & Somchai Dee", ["Mai Nguyen", "Somchai Dee"]),
    ("Ministry of Labour and Social Welfare", ["Ministry of Labour and Social Welfare"]),
    ("ILO Regional Office for Asia and the Pacific", ["ILO Regional Office for Asia and the Pacific"]),
    ("Nguyen, Mai", ["Nguyen, Mai"]),
    ("Nguyen, Thi Mai", ["Nguyen, Thi Mai"]),
    ("van der Berg, A.", ["van der Berg, A."]),
    ("Mai Nguyen, Somchai Dee", ["Mai Nguyen", "Somchai Dee"]),
    ("Nguyen, Mai; Dee, Somchai", ["Nguyen, Mai", "Dee, Somchai"]),
    ("  Mai   Nguyen ", ["Mai Nguyen"]),
    ("Anna Unger and Mai Nguyen", ["Anna Unger", "Mai Nguyen"]),
    ("UNDP and UN Women", ["UNDP and UN Women"]),
])
def test_authors_from_file_metadata_are_split_between_people_only(written, authors):
    assert metadata._split_authors(written) == authors


def test_keywords_from_file_metadata_keep_and_inside_a_subject():
    assert metadata._split_list("migration and development; remittances, gender") == \
        ["migration and development", "remittances", "gender"]
