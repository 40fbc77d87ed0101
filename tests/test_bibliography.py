"""Formatted bibliographies, checked by real readers: python-docx, an HTML parser, citeproc-py, pypdf."""
from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from app import bibliography as bibl
from app import reading_lists as rl
from app.bibliography_formats import csl
from app.bibliography_formats.files import atomic_write, safe_file_name
from db.queries import resource_id_for_uid
from db.records import OrganizationRef
from tests.helpers import add

SCRIPT_TITLE = '<script>alert("x")</script> Housing & "safety" for migrant workers'
SCRIPTS = {
    "th": "แรงงานข้ามชาติในประเทศไทย",
    "km": "ពលករចំណាកស្រុកនៅកម្ពុជា",
    "my": "မြန်မာနိုင်ငံမှ ရွှေ့ပြောင်းလုပ်သားများ",
    "vi": "Lao động di cư Việt Nam: Đánh giá năm 2020",
}


@pytest.fixture
def records(empty_catalogue):
    """Six records in a known list order: list order is not title, year or author order."""
    cat = empty_catalogue
    made = [
        add(cat, SCRIPT_TITLE, type="Report", year=2021, authors=["Smith, Jane"],
            organizations=["International Labour Organization"], themes=["Housing"],
            summary="Living conditions <b>not bold</b> in dormitories.", url="https://example.org/a?x=1&y=2"),
        add(cat, SCRIPTS["th"], type="Study", year=2019, authors=["Chaiyaporn, Somchai"],
            themes=["Recruitment", "Housing"], languages=["th"], summary=SCRIPTS["th"] + " — สรุป"),
        add(cat, SCRIPTS["km"], type="Report", year=2023, authors=["Sok, Dara"], languages=["km"],
            summary=SCRIPTS["km"]),
        add(cat, SCRIPTS["my"], type="Guide", authors=["Aung, Thida"], languages=["my"],
            summary=SCRIPTS["my"]),
        add(cat, SCRIPTS["vi"], type="Journal article", year=2020, authors=["Nguyễn, Văn An"],
            container_title="Tạp chí Lao động", volume="3", issue="2", pages="10-20", languages=["vi"],
            summary=SCRIPTS["vi"]),
        add(cat, "Annual review of labour migration", type="Report", year=2022,
            organizations=[OrganizationRef("International Organization for Migration", "publisher")],
            publisher_ref="WCMS_1234"),
    ]
    return [r.uid for r in made]


@pytest.fixture
def workshop(records):
    uid = rl.create_list("Workshop Feb", "For the February training: read in this order.").uid
    rl.add_items(uid, records)
    rl.set_note(uid, records[1], "read chapter 3 first")
    return uid


def _build(list_uid, **options):
    return bibl.build(bibl.source_for_list(list_uid), bibl.BibliographyOptions(**options))


def _squash(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks lines and Thai has no spaces."""
    return "".join(text.split())


# ---- DOCX --------------------------------------------------------------------------------------

def _docx_entries(path):
    from docx import Document
    document = Document(str(path))
    return document, [p.text for p in document.paragraphs if p.style.name == "Bibliography Entry"]


def test_docx_has_one_entry_per_resource_in_list_order(workshop, records, tmp_path):
    bib = _build(workshop, include_summaries=True)
    path = bibl.write(bib, "docx", tmp_path / "Workshop Feb.docx")
    document, entries = _docx_entries(path)
    titles = [SCRIPT_TITLE, *SCRIPTS.values(), "Annual review of labour migration"]
    assert len(entries) == len(records)
    for entry, title in zip(entries, titles):
        assert title in entry
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Living conditions <b>not bold</b> in dormitories." in text   # summaries, as text
    assert "Note: read chapter 3 first" in text
    style_of = {p.text: p.style.name for p in document.paragraphs}
    assert style_of["Living conditions <b>not bold</b> in dormitories."] == "Bibliography Summary"
    assert style_of["Note: read chapter 3 first"] == "Bibliography Note"
    assert document.core_properties.title == "Workshop Feb"
    assert any(run.italic for p in document.paragraphs if p.style.name == "Bibliography Entry"
               for run in p.runs)   # APA italicises report titles


@pytest.mark.parametrize("sort, expected", [
    ("title", [SCRIPT_TITLE, "Annual review", "Lao động", "แรงงาน", "မြန်မာ", "ពលករ"]),
    ("year", ["ពលករ", "Annual review", SCRIPT_TITLE, "Lao động", "แรงงาน", "မြန်မာ"]),
    ("author", ["Annual review", "Aung", "Chaiyaporn", "Nguyễn", "Smith", "Sok"]),
])
def test_docx_follows_the_chosen_sort(workshop, tmp_path, sort, expected):
    path = bibl.write(_build(workshop, sort=sort), "docx", tmp_path / "x.docx")
    _, entries = _docx_entries(path)
    assert len(entries) == len(expected)
    for entry, start in zip(entries, expected):
        assert start in entry, (sort, entries)


# ---- HTML --------------------------------------------------------------------------------------

class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        self.text.append(data)


def test_html_parses_shows_every_title_and_keeps_script_as_text(workshop, tmp_path):
    path = bibl.write(_build(workshop, include_summaries=True), "html", tmp_path / "w.html")
    page = path.read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(page)
    parser.close()
    text = "".join(parser.text)
    for title in [SCRIPT_TITLE, *SCRIPTS.values(), "Annual review of labour migration"]:
        assert title in text
    assert "script" not in parser.tags and "b" not in parser.tags   # record text never becomes markup
    assert "Living conditions <b>not bold</b>" in text
    assert "https://example.org/a?x=1&y=2" in parser.links
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert parser.tags.count("h1") == 1


def test_html_groups_by_theme_and_type(workshop):
    by_theme = bibl.render(_build(workshop, group_by="theme"), "html")
    headings = [g.heading for g in _build(workshop, group_by="theme").groups]
    assert headings == ["Housing", "Recruitment", "No theme"]
    housing = _build(workshop, group_by="theme").groups[0]
    assert len(housing.entries) == 2    # a record with two themes is listed under both
    assert "<h2>Housing</h2>" in by_theme
    types = [g.heading for g in _build(workshop, group_by="type").groups]
    assert types == ["Report", "Study", "Guide", "Journal article"]   # the vocabulary's order


def test_summaries_and_notes_only_when_asked(workshop):
    plain = bibl.render(_build(workshop, include_notes=False), "txt")
    assert "Living conditions" not in plain and "read chapter 3 first" not in plain
    full = bibl.render(_build(workshop, include_summaries=True, include_notes=True), "txt")
    assert "    Living conditions <b>not bold</b> in dormitories." in full
    assert "    Note: read chapter 3 first" in full


# ---- Markdown and text -------------------------------------------------------------------------

def test_markdown_escapes_record_text(workshop):
    md = bibl.render(_build(workshop, include_summaries=True), "md")
    assert "<script>" not in md and "\\<script\\>" in md
    assert md.startswith("# Workshop Feb\n")
    assert "<https://example.org/a?x=1&y=2>" in md
    assert md.count("\n- ") == 6


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_text_formats_keep_every_script_intact(workshop, tmp_path, fmt):
    text = bibl.write(_build(workshop, include_summaries=True), fmt, tmp_path / f"x.{fmt}").read_text("utf-8")
    for title in SCRIPTS.values():
        assert title in text
    assert "Nguyễn, V. A." in text


def test_docx_keeps_every_script_intact(workshop, tmp_path):
    path = bibl.write(_build(workshop, include_summaries=True), "docx", tmp_path / "x.docx")
    _, entries = _docx_entries(path)
    for title in SCRIPTS.values():
        assert any(title in e for e in entries)


# ---- citation styles ---------------------------------------------------------------------------

@pytest.mark.parametrize("style, expected", [
    ("apa", "Nguyễn, V. A. (2020). Lao động di cư Việt Nam: Đánh giá năm 2020. Tạp chí Lao động, 3(2), 10–20."),
    ("chicago", "Nguyễn, Văn An. 2020. “Lao động di cư Việt Nam: Đánh giá năm 2020.” Tạp chí Lao động 3 (2): 10–20."),
    ("harvard", "Nguyễn, V.A. (2020) ‘Lao động di cư Việt Nam: Đánh giá năm 2020’, Tạp chí Lao động, 3(2), pp. 10–20."),
])
def test_each_style_formats_a_journal_article(workshop, records, style, expected):
    entry = next(e for e in _build(workshop, style=style).entries if e.uid == records[4])
    assert entry.text == expected


@pytest.mark.parametrize("style", sorted(bibl.STYLES))
def test_a_record_without_author_shows_its_title_once(workshop, records, style):
    entry = next(e for e in _build(workshop, style=style).entries if e.uid == records[5])
    assert entry.text.lower().count("annual review of labour migration") == 1
    assert entry.text.count("WCMS_1234") == 1
    assert "International Organization for Migration" in entry.text


def test_csl_json_items_are_accepted_and_rendered_by_citeproc(workshop):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    source = bibl.source_for_list(workshop)
    items = json.loads(json.dumps([csl.csl_item(e.record, e.record.uid) for e in source.entries],
                                  ensure_ascii=False))
    style = CitationStylesStyle(str(csl.STYLE_DIR / "apa.csl"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(x) for x in bibliography.bibliography()]
    assert len(rendered) == 6
    for title in SCRIPTS.values():
        assert any(title in r for r in rendered)


# ---- PDF ---------------------------------------------------------------------------------------

# The qapp fixture: the app's QApplication exists before the PDF writer looks for one (the
# writer starts a bare QGuiApplication only where there is none, as on the command line).

def _pdf(path):
    import pypdf
    return pypdf.PdfReader(str(path))


def test_pdf_is_valid_with_expected_pages_and_text(qapp, workshop, tmp_path):
    from app.bibliography_formats.pdf_file import write_pdf
    bib = _build(workshop, include_summaries=True)
    pages = write_pdf(bib, tmp_path / "short.pdf")
    reader = _pdf(tmp_path / "short.pdf")
    assert pages == 1 and len(reader.pages) == 1
    text = _squash(reader.pages[0].extract_text())
    assert _squash("Workshop Feb") in text and "1/1" in text
    for title in (SCRIPT_TITLE, SCRIPTS["th"], SCRIPTS["vi"]):
        assert _squash(title) in text, "Thai needs a font: apt-get install fonts-noto-core"
    fonts = " ".join(str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values())
    assert "Khmer" in fonts and "Myanmar" in fonts, f"Khmer/Burmese drawn without their fonts: {fonts}"


def test_long_pdf_paginates_in_order(qapp, records, empty_catalogue, tmp_path):
    summary = "A long summary of working conditions. " * 40
    extra = [add(empty_catalogue, f"Report number {n:02d}", year=2000 + n, summary=summary).uid
             for n in range(12)]
    source = bibl.source_for_ids([resource_id_for_uid(u) for u in extra], "Long list")
    bib = bibl.build(source, bibl.BibliographyOptions(include_summaries=True))
    path = bibl.write(bib, "pdf", tmp_path / "long.pdf")
    reader = _pdf(path)
    assert len(reader.pages) > 2
    pages = [_squash(page.extract_text()) for page in reader.pages]
    assert "Reportnumber00" in pages[0]
    text = "".join(pages)
    positions = [text.index(f"Reportnumber{n:02d}") for n in range(12)]
    assert positions == sorted(positions)
    for n, page in enumerate(pages, start=1):
        assert page.endswith(f"Longlist{n}/{len(pages)}")   # the footer on every page


# ---- files -------------------------------------------------------------------------------------

def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "list.docx"
    target.write_bytes(b"old")

    def broken(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["list.docx"]


@pytest.mark.parametrize("name, expected", [
    ("Workshop Feb", "Workshop Feb"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ('a<b>c:"d"|e?*', "a_b_c__d__e__"),
    ("CON", "_CON"),
    ("  ...  ", "bibliography"),
    ("รายการอ่าน ចំណាកស្រុក", "รายการอ่าน ចំណាកស្រុក"),
])
def test_safe_file_names(name, expected):
    assert safe_file_name(name) == expected


def test_default_file_name_and_unknown_options():
    assert bibl.default_file_name("Brief: MoL/2024", "pdf") == "Brief_ MoL_2024.pdf"
    with pytest.raises(ValueError):
        bibl.BibliographyOptions(style="mla")
    with pytest.raises(ValueError):
        bibl.BibliographyOptions(sort="colour")


# ---- reference-manager formats (writers in app/transfer/formats/, read back by the readers Zotero-like tools use)

def _reread(fmt: str, text: str) -> list[str]:
    if fmt == "ris":
        import rispy
        return [entry.get("title") or entry.get("primary_title") for entry in rispy.loads(text)]
    if fmt == "bibtex":
        import bibtexparser
        from bibtexparser.middlewares import LatexDecodingMiddleware
        library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
        assert not library.failed_blocks
        return [entry.fields_dict["title"].value for entry in library.entries]
    return [item["title"] for item in json.loads(text)]


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csljson"])
def test_reference_formats_keep_every_title_and_script_intact(workshop, tmp_path, fmt):
    from app.bibliography_formats.references import write_references
    source = bibl.source_for_list(workshop)
    path = tmp_path / f"list.{fmt}"
    assert write_references(fmt, [e.record for e in source.entries], path) == 6
    titles = _reread(fmt, path.read_text("utf-8"))
    assert titles == [SCRIPT_TITLE, *SCRIPTS.values(), "Annual review of labour migration"]


def test_cached_and_sped_up_formatting_gives_the_same_references_as_citeproc_alone(records, empty_catalogue,
                                                                                   monkeypatch):
    """Issue 17: references formatted once per style and kept, and citeproc-py's lookups kept per
    style; every entry, in every style and output, is what citeproc-py alone makes."""
    from app.bibliography_formats import citeproc_fixes
    from bench.synthetic import records as synthetic
    from db.writes import insert_many
    database = empty_catalogue.database   # the six records of the fixture, and 150 synthetic ones
    with database.atomic():
        insert_many(database, list(synthetic(150, seed=3)))
    ids = [rid for (rid,) in database.execute_sql("SELECT id FROM resource ORDER BY id").fetchall()]
    source = bibl.source_for_ids(ids)
    outputs = {}
    for style in bibl.STYLES:
        csl._FORMATTED.clear()
        first = bibl.build(source, bibl.BibliographyOptions(style=style, include_summaries=True))
        again = bibl.build(source, bibl.BibliographyOptions(style=style, include_summaries=True))
        outputs[style] = ([(e.uid, e.runs) for e in first.entries],
                          {f: bibl.render(first, f) for f in ("html", "md", "txt")})
        assert [(e.uid, e.runs) for e in again.entries] == outputs[style][0]
    csl._style("apa")                                      # the fixes are installed
    for (cls, name), original in citeproc_fixes.SPEEDUPS.items():
        monkeypatch.setattr(cls, name, original)
    monkeypatch.setattr(csl, "_FORMATTED", {})
    monkeypatch.setattr(csl, "FORMATTED_KEPT", 0)          # nothing kept: each build formats every entry
    for style in bibl.STYLES:
        plain = bibl.build(source, bibl.BibliographyOptions(style=style, include_summaries=True))
        assert [(e.uid, e.runs) for e in plain.entries] == outputs[style][0], style
        assert {f: bibl.render(plain, f) for f in ("html", "md", "txt")} == outputs[style][1]


# ---- kept macro outputs (issue 17): the same references as citeproc-py's own walk

_CSL_TYPES = ["report", "book", "chapter", "article-journal", "article-newspaper", "webpage", "thesis",
              "paper-conference", "dataset", "patent", "interview", "motion_picture", "legislation",
              "entry-encyclopedia", "post-weblog", "review-book", "speech", "personal_communication", "treaty"]
_WORDS = "labour migration policy ไทย Việt Nam workers recruitment fees Gulf women domestic care".split()
_OPTIONAL = {
    "publisher": ["ILO", "IOM; UN Women"], "publisher-place": ["Bangkok", "Geneva"],
    "container-title": ["Journal of Migration", "Asia report"], "volume": ["3", "IV"], "issue": ["2", "1-2"],
    "page": ["12-34", "5", "e123"], "URL": ["https://ilo.org/x"], "DOI": ["10.1000/xyz"],
    "ISBN": ["978-92-2-000000-1"], "number": ["No. 5", "12"], "collection-title": ["Working papers"],
    "collection-number": ["4"], "edition": ["2", "2nd"], "genre": ["Working paper"],
    "language": ["en", "th", "fr"], "title-short": ["Short"], "status": ["in press"], "year-suffix": ["a"],
}


def _varied_items(count: int, seed: int) -> list[dict]:
    """CSL items of many types, with and without authors (a substitute), editors, dates and the rest;
    titles drawn from few words, so that parts of entries repeat as in a real list."""
    import random
    rng = random.Random(seed)

    def name():
        if rng.random() < 0.3:
            return {"literal": rng.choice(["International Labour Organization", "IOM"])}
        return {"family": rng.choice(["Nguyen", "Smith", "O'Neil"]), "given": rng.choice(["An", "Mary Jane", "K."])}

    # First (before a macro seldom reused is left to citeproc alone), the same title and no author,
    # type after type: the author macro's substitute prints the title and represses it, and a kept
    # output must repress it again, or the title prints twice.
    items = [{"id": f"s{i}", "type": kind, "title": "Labour migration in Asia", "publisher": "ILO",
              "issued": {"date-parts": [[2000 + i % 5]]}}
             for i, kind in enumerate(["report", "book", "webpage", "article-journal"] * 8)]
    for i in range(count):
        item = {"id": f"k{i}", "type": rng.choice(_CSL_TYPES)}
        if rng.random() < 0.85:
            item["title"] = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4)))
        for role in ("author", "editor", "translator", "interviewer", "container-author"):
            if rng.random() < (0.5 if role == "author" else 0.12):
                item[role] = [name() for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.8:
            item["issued"] = {"date-parts": [[rng.choice([1999, 2020, 2024])] + ([3] if rng.random() < 0.3 else [])]}
        for variable, choices in _OPTIONAL.items():
            if rng.random() < 0.25:
                item[variable] = rng.choice(choices)
        items.append(item)
    return items


@pytest.mark.parametrize("style", sorted(csl.STYLES))
def test_kept_macro_outputs_give_the_references_citeproc_alone_gives(style, monkeypatch):
    from app.bibliography_formats import citeproc_fixes
    items = _varied_items(250, seed=7)
    csl._style(style)
    citeproc_fixes.forget()
    kept = csl._render(items, style)
    trials = list(citeproc_fixes._MACRO_TRIALS.values())
    assert sum(hits for _, _, hits in trials) > 100        # outputs were reused, not only made
    for (cls, name), original in citeproc_fixes.SPEEDUPS.items():
        monkeypatch.setattr(cls, name, original)
    plain = csl._render(items, style)
    assert len(plain) == len(kept) > 220
    assert {key: csl.runs_text(runs) for key, runs in kept.items()} == \
           {key: csl.runs_text(runs) for key, runs in plain.items()}
    assert kept == plain


def test_what_a_macro_depends_on_is_read_from_the_style():
    from app.bibliography_formats import citeproc_fixes
    style = csl._style("apa")
    values, presence, title_case = citeproc_fixes.macro_inputs(style.root.get_macro("source-DOI-URL"))
    assert {"DOI", "URL", "type"} <= set(values)
    assert "title" not in values and "author" not in values
    assert citeproc_fixes.macro_inputs(style.root.get_macro("label-locator")) is None   # the cited locator
    values, presence, _ = citeproc_fixes.macro_inputs(style.root.get_macro("identifier"))
    assert "title" in presence and "title" not in values      # only tested for, never printed there


def _python_docx_paragraph(document, runs, style_id):
    """A bibliography entry paragraph made the way python-docx's own API makes it."""
    paragraph = document.add_paragraph("")
    paragraph._p.style = style_id
    for text, styles in runs:
        run = paragraph.add_run(text)
        run._r.get_or_add_rPr()
        if "italic" in styles:
            run.italic = True
        if "bold" in styles:
            run.bold = True
        if "underline" in styles:
            run.underline = True
        if "smallcaps" in styles:
            run.font.small_caps = True
        if "sup" in styles:
            run.font.superscript = True
        if "sub" in styles:
            run.font.subscript = True
    return paragraph


def test_docx_paragraphs_made_directly_are_the_xml_python_docx_makes():
    from itertools import combinations

    from docx import Document
    from lxml import etree

    from app.bibliography_formats import docx_file
    names = ["italic", "bold", "underline", "smallcaps", "sup", "sub"]
    every_style = [frozenset(c) for k in range(len(names) + 1) for c in combinations(names, k)]
    texts = ["Title", " leading space", "trailing ", "tab\there", "line\nbreak\r\nand more", "ไทย 中文 عربي", ""]
    runs = [(texts[i % len(texts)], styles) for i, styles in enumerate(every_style)]
    document = Document()
    theirs = _python_docx_paragraph(document, runs, "BibliographyEntry")
    ours = docx_file._paragraph(document, "", "BibliographyEntry")
    docx_file._add_runs(ours, runs)
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)
    for text in texts[:-1]:                         # summary and note paragraphs: no run properties
        theirs = document.add_paragraph(text)
        theirs._p.style = "BibliographySummary"
        ours = docx_file._paragraph(document, text, "BibliographySummary")
        assert etree.tostring(ours._p) == etree.tostring(theirs._p)
