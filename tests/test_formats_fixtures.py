"""Every real-world fixture file reads with the expected number of records and the right details."""
from __future__ import annotations

import lzma
import shutil
from pathlib import Path

import pytest

from app.transfer import formats, service as transfer
from app.transfer.formats.vocabulary import ImportContext

FIXTURES = Path(__file__).parent / "fixtures"

# path -> (format, records). Counts were taken independently of the importer (see the README).
EXPECTED = {
    "asreview_demo/_baseline.ris": ("ris", 100),
    "asreview_demo/baseline_empty_values.ris": ("ris", 4),
    "asreview_demo/embase.csv": ("csv", 6),
    "asreview_demo/embase.ris": ("ris", 6),
    "asreview_demo/faulty_year.ris": ("ris", 1),
    "asreview_demo/generic_semicolon.csv": ("csv", 2),
    "asreview_demo/generic_tab.tsv": ("tsv", 2),
    "asreview_demo/missing_values.csv": ("csv", 4),
    "asreview_demo/ovid_psycinfo.ris": ("ris", 6),
    "asreview_demo/proquest.ris": ("ris", 6),
    "asreview_demo/pubmed_endnote.txt": ("ris", 6),
    "asreview_demo/ris_issue_1099.txt": ("ris", 7),
    "asreview_demo/ris_issue_992.txt": ("ris", 19),
    "asreview_demo/ris_many_authors.ris": ("ris", 1),
    "asreview_demo/scopus.ris": ("ris", 6),
    "asreview_demo/web_of_science.txt": ("ris", 10),
    "rispy_fixtures/example_bom.ris": ("ris", 1),
    "rispy_fixtures/example_empty_tag.ris": ("ris", 1),
    "rispy_fixtures/example_extraneous_data.ris": ("ris", 2),
    "rispy_fixtures/example_full.ris": ("ris", 2),
    "rispy_fixtures/example_multi_unknown_tags.ris": ("ris", 1),
    "rispy_fixtures/example_multiline.ris": ("ris", 3),
    "rispy_fixtures/example_starting_newlines.ris": ("ris", 1),
    "rispy_fixtures/example_urls.ris": ("ris", 4),
    "rispy_fixtures/example_utf_chars.ris": ("ris", 1),
    "rispy_fixtures/example_wos.ris": ("wos", 2),
    "bibtexparser_fixtures/article_missing_coma.bib": ("bibtex", 4),
    "bibtexparser_fixtures/article_start_with_bom.bib": ("bibtex", 1),
    "bibtexparser_fixtures/article_with_special_characters.bib": ("bibtex", 1),
    "bibtexparser_fixtures/article_with_strings.bib": ("bibtex", 1),
    "bibtexparser_fixtures/biber-examples.bib": ("bibtex", 118),
    "bibtexparser_fixtures/comments_percentage.bib": ("bibtex", 2),
    "bibtexparser_fixtures/crossref_entries.bib": ("bibtex", 14),
    "bibtexparser_fixtures/encoding.bib": ("bibtex", 1),
    "bibtexparser_fixtures/gbk_test.bib": ("bibtex", 1),
    "bibtexparser_fixtures/traps.bib": ("bibtex", 1),
    "bibtexparser_fixtures/wrong.bib": ("bibtex", 2),
    "bibtexparser_fixtures/xref_entries.bib": ("bibtex", 8),
    "bbt_csl_json/issue1178_deterministic_ordering.csl.json": ("csljson", 26),
    "bbt_csl_json/issue3100_language_tag.csl.json": ("csljson", 3),
    "bbt_csl_json/issue3286_available_date.csl.json": ("csljson", 4),
    "bbt_csl_json/issue360_811_dates.csl.json": ("csljson", 15),
    "bbt_csl_json/issue365_825_creators_doi.csl.json": ("csljson", 7),
    "bbt_csl_json/issue860_season_ranges.csl.json": ("csljson", 6),
    "bbt_csl_json/pandoc_schomd.csl.json": ("csljson", 4),
    "bbt_csl_json/pandoc_schomd.csl.yml": ("csljson", 4),
}


def test_every_fixture_is_listed():
    on_disk = {p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*")
               if p.is_file() and p.suffix not in (".md", ".xz")}
    assert on_disk == set(EXPECTED)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    from app.catalogue import Catalogue
    from app.seed import load_seed_vocabularies
    cat = Catalogue.open(tmp_path_factory.mktemp("ctx") / "c.db", seed=False)
    load_seed_vocabularies(cat.database)
    yield ImportContext.load()
    cat.close()


def _parse(name: str, ctx):
    source = formats.open_source(FIXTURES / name)
    return source, formats.parse(source, ctx)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reads_with_expected_count(name, ctx):
    fmt, count = EXPECTED[name]
    source, parsed = _parse(name, ctx)
    assert source.format == fmt
    assert len(parsed.records) == count
    assert not [r.error for r in parsed.records if r.error]
    assert all(r.data.title for r in parsed.records)
    assert all(r.line and r.line >= 1 for r in parsed.records)


def _one(name, ctx, index=0):
    return _parse(name, ctx)[1].records[index]


def test_bom_and_crlf_are_read(ctx):
    source, parsed = _parse("asreview_demo/_baseline.ris", ctx)
    assert source.encoding == "utf-8-sig"
    assert not parsed.records[0].data.title.startswith("\ufeff")
    assert all("\r" not in r.data.title for r in parsed.records)


def test_gbk_encoding_is_detected(ctx):
    source, parsed = _parse("bibtexparser_fixtures/gbk_test.bib", ctx)
    assert source.encoding == "gb18030"
    rec = parsed.records[0].data
    assert rec.authors == ["凯撒"]
    assert rec.container_title == "测试期刊"


def test_latex_accents_become_unicode(ctx):
    assert _one("bibtexparser_fixtures/traps.bib", ctx).data.authors == ["Jean Laidé, Ben Loaeb"]
    special = _one("bibtexparser_fixtures/article_with_special_characters.bib", ctx).data
    assert special.authors == ["Césarü, Jean"]


def test_string_macros_and_concatenation_resolve(ctx):
    rec = _one("bibtexparser_fixtures/article_with_strings.bib", ctx).data
    assert rec.authors == ["César, Jean"]
    assert rec.container_title == "Nice Journal"
    assert rec.month == 1


def test_crossref_child_inherits_parent(ctx):
    parsed = _parse("bibtexparser_fixtures/crossref_entries.bib", ctx)[1]
    child = next(r.data for r in parsed.records if r.data.title == "Fabulous Fourier Forms")
    assert child.container_title == "Graphs of the Continent"
    assert child.year == 1974


def test_duplicate_citation_key_is_kept_with_a_problem(ctx):
    parsed = _parse("bibtexparser_fixtures/biber-examples.bib", ctx)[1]
    assert any("used twice" in p for r in parsed.records for p in r.problems)


def test_unknown_entry_type_is_reported(ctx):
    parsed = _parse("bibtexparser_fixtures/wrong.bib", ctx)[1]
    assert "unknown entry type @wrong" in parsed.records[0].problems


def test_many_authors(empty_catalogue):
    report = transfer.import_file(empty_catalogue, FIXTURES / "asreview_demo/ris_many_authors.ris")
    rec = empty_catalogue.record(next(iter(report.changes.created)))
    assert len(rec.authors) == 7456 == (FIXTURES / "asreview_demo/ris_many_authors.ris").read_text().count("\nAU  -")


def test_continuation_lines_and_junk_between_records(ctx):
    parsed = _parse("rispy_fixtures/example_multiline.ris", ctx)[1]
    assert [r.data.summary for r in parsed.records[:2]] == [
        "first line, ER then second line and at the end the last line"] * 2
    assert "* second line" in parsed.records[0].data.notes
    extraneous = _parse("rispy_fixtures/example_extraneous_data.ris", ctx)[1]
    assert [r.data.title for r in extraneous.records] == ["Title of reference", "The title of the reference"]
    assert extraneous.records[0].data.authors == ["Marx, Karl", "Lindgren, Astrid"]


def test_ovid_numbered_lines_and_doi_urls(ctx):
    rec = _one("asreview_demo/ovid_psycinfo.ris", ctx).data
    assert rec.doi == "10.1002/cpp.2398"
    assert rec.year == 2019


def test_keyword_continuation_lines_are_separate_keywords(ctx):
    rec = _one("asreview_demo/ris_issue_992.txt", ctx).data
    assert "Joint Commission" in rec.keywords and "Medication Errors" in rec.keywords


def test_faulty_year_is_a_problem_kept_in_notes(ctx):
    rec = _one("asreview_demo/faulty_year.ris", ctx)
    assert rec.data.year is None
    assert any("10 15" in p for p in rec.problems)
    assert "Date: 10 15" in rec.data.notes


def test_empty_values_and_missing_titles(ctx):
    parsed = _parse("asreview_demo/baseline_empty_values.ris", ctx)[1]
    assert [r.data.title for r in parsed.records] == ["Title of reference", "[untitled]",
                                                       "Title of reference", "[untitled]"]
    assert parsed.records[1].problems[0].startswith("no title")
    assert parsed.records[1].line == 7


def test_semicolon_csv_that_sniffer_misreads(ctx):
    source, parsed = _parse("asreview_demo/generic_semicolon.csv", ctx)
    assert source.delimiter == ";"
    rec = parsed.records[0].data
    assert rec.summary.startswith("BACKGROUND")
    assert rec.title and rec.year


def test_unmapped_columns_go_to_notes(ctx):
    rec = _one("asreview_demo/embase.csv", ctx).data
    assert "Emtree" in rec.notes
    assert rec.authors[:2] == ["Liu, R.", "Adler, D.G."]


def test_web_of_science_tagged(ctx):
    rec = _one("rispy_fixtures/example_wos.ris", ctx).data
    assert rec.title.startswith("Interactions stabilizing the structure")
    assert rec.doi == "10.1021/bi049798f" and rec.pages == "7003-7016"
    assert rec.languages == ["en"] and rec.year == 2004


def test_csl_dates_and_creators(ctx):
    parsed = _parse("bbt_csl_json/issue860_season_ranges.csl.json", ctx)[1]
    assert any("unusual year" in p for r in parsed.records for p in r.problems)
    creators = _parse("bbt_csl_json/issue365_825_creators_doi.csl.json", ctx)[1]
    report = creators.records[0].data
    assert report.type == "Working paper"  # genre "working paper" under type report
    assert report.publisher_ref == "77"
    yml = _parse("bbt_csl_json/pandoc_schomd.csl.yml", ctx)[1]
    assert yml.records[0].data.year == 2014 and yml.records[0].line == 2


def test_language_tags_map_to_iso(ctx):
    parsed = _parse("bbt_csl_json/issue3100_language_tag.csl.json", ctx)[1]
    assert parsed.records[0].data.languages == ["en"]


def test_synergy_csv_imports_every_record(tmp_path, empty_catalogue):
    src = tmp_path / "synergy.csv"
    with lzma.open(FIXTURES / "synergy_openalex_7k.csv.xz") as fi, open(src, "wb") as fo:
        shutil.copyfileobj(fi, fo)
    report = transfer.import_file(empty_catalogue, src, transfer.ImportOptions(on_duplicate="new"))
    assert (report.total, report.added, report.failed) == (7234, 7234, 0)
    assert empty_catalogue.total() == 7234
    untitled = [p for p in report.problems if p.message.startswith("no title")]
    assert len(untitled) == 14
    from db.bulk_records import all_ids, records_for_ids
    records = records_for_ids(empty_catalogue.database, all_ids(empty_catalogue.database))
    assert max(len(r.summary) for r in records) == 30000
    assert sum(1 for r in records if not r.title.isascii() or any(not a.isascii() for a in r.authors)) > 1000


def test_messy_excel_sheet(tmp_path, empty_catalogue):
    """A colleague's workbook: a title line above the header, headers of its own, numbers stored as
    numbers, a date cell, an empty row, a second sheet."""
    import datetime as dt

    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Field notes"
    ws.append(["Migration resources collected in 2023 (draft)"])
    ws.append([])
    ws.append(["Title of document", "Author(s)", "Yr", "Country", "Language", "Date published", "Remarks"])
    ws.append(["Recruitment fees in the Mekong", "Nguyễn, Văn An; Smith J.", 2019.0, "Viet Nam; Cambodia", "vie",
               dt.datetime(2019, 5, 1), "Draft: check the figures"])
    ws.append([])
    ws.append(["ការងារចំណាកស្រុក", None, 2021, "Cambodia", "Khmer", None, None])
    wb.create_sheet("Other").append(["title"])
    path = tmp_path / "messy.xlsx"
    wb.save(path)
    source = formats.open_source(path)
    assert source.format == "xlsx"
    preview = transfer.preview(empty_catalogue, path)
    assert preview.sheets == ["Field notes", "Other"]
    assert preview.mapping == {"Title of document": "title", "Author(s)": "authors", "Yr": "year",
                               "Country": "countries", "Language": "languages", "Date published": "date",
                               "Remarks": "notes"}
    first, second = (s.parsed for s in preview.steps)
    assert first.line == 4 and second.line == 6
    assert first.data.authors == ["Nguyễn, Văn An", "Smith, J."]
    assert (first.data.year, first.data.month, first.data.countries, first.data.languages) == (2019, 5, ["VN", "KH"], ["vi"])
    assert first.data.notes == "Draft: check the figures"
    assert (second.data.title, second.data.languages) == ("ការងារចំណាកស្រុក", ["km"])
    other = transfer.preview(empty_catalogue, path, transfer.ImportOptions(sheet="Other"))
    assert other.total == 0 and other.columns == ["title"]
