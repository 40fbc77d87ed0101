"""Import fidelity on the real-world files in tests/fixtures (copies of ../shared/fixtures): every value
of every RIS tag, BibTeX field and CSL-JSON key reaches the record (a field, or the notes under its
name, as Zotero keeps what it has no field for), and what came in leaves again: exported as RIS,
BibTeX and CSL-JSON and read back, each record is the same."""
from __future__ import annotations

import itertools
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
import yaml

from app.catalogue import Catalogue
from app.transfer import formats
from app.transfer import service as transfer
from app.transfer.formats import bibtex, bibtex_syntax, ris
from app.transfer.formats import fields as f
from app.transfer.formats.latex import to_unicode
from app.transfer.formats.vocabulary import ImportContext
from db import models
from db.bulk_records import all_ids, records_for_ids

FIXTURES = Path(__file__).parent / "fixtures"
RIS_FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*")
                   if p.suffix in (".ris", ".txt") and formats.open_source(p).format == "ris")
BIB_FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.bib"))
CSL_FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.csl.*"))


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    from app.seed import load_seed_vocabularies
    cat = Catalogue.open(tmp_path_factory.mktemp("ctx") / "c.db", seed=False)
    load_seed_vocabularies(cat.database)
    yield ImportContext.load()
    cat.close()


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def _haystack(parsed) -> str:
    d = parsed.data
    parts = [d.title, d.summary, d.notes, d.container_title, d.volume, d.issue, d.pages, d.doi, d.url, d.isbn,
             d.publisher_ref, d.type or "", *d.authors, *(o.name for o in d.organizations), *d.keywords,
             *d.countries, *d.regions, *d.themes]
    return _norm(" ".join(p or "" for p in parts))


def _kept(value: str, hay: str) -> bool:
    """The value is in the record: whole, or each of its ";"/","-separated parts (a list written
    in one line), or each space-separated identifier (two ISBNs in one field)."""
    if _norm(value) in hay:
        return True
    parts = [p for p in re.split(r"[;,]", value) if _norm(p)]
    if len(parts) > 1 and all(_kept(p, hay) for p in parts):
        return True
    words = value.split()
    return len(words) > 1 and all(any(c.isdigit() for c in w) or f.is_link(w) for w in words) \
        and all(_norm(w) in hay for w in words)


def _date_kept(value: str, rec) -> bool:
    d = rec.data
    year, month, day, other = f.ris_date(value)
    if year is None and month is None:
        year, month, day, _ = f.parse_date(value)
    return (year in (None, d.year) and month in (None, d.month) and day in (None, d.day)
            and (not other or _norm(other) in _haystack(rec)))


@pytest.mark.parametrize("name", RIS_FILES)
def test_every_ris_value_reaches_the_record(name, ctx):
    source = formats.open_source(FIXTURES / name)
    parsed = formats.parse(source, ctx)
    raw = ris._parse(source.text, ris._parser(False), "TY", name)
    assert len(raw) == len(parsed.records)
    lost = []
    for (line, tags, _), rec in zip(raw, parsed.records):
        hay = _haystack(rec)
        for tag, values in tags.items():
            for value in values:
                if tag in ("TY", "ER") or _kept(value, hay):
                    continue
                if tag in ("PY", "Y1", "DA") and _date_kept(value, rec):
                    continue
                if tag == "LA" and rec.data.languages:
                    continue
                if tag in ("DO", "M3") and rec.data.doi and _norm(rec.data.doi) in _norm(value):
                    continue
                lost.append(f"line {line}: {tag} {value[:60]!r}")
    assert lost == []


@pytest.mark.parametrize("name", BIB_FILES)
def test_every_bibtex_field_reaches_the_record(name, ctx):
    source = formats.open_source(FIXTURES / name)
    parsed = formats.parse(source, ctx)
    raw = bibtex_syntax.read(source.text)
    by_line = {r.line: r for r in parsed.records}
    lost = []
    for entry in raw.entries:
        rec = by_line[entry.line]
        hay = _haystack(rec)
        for key, value in bibtex._raw_fields(entry, raw.strings).items():
            text = to_unicode(value)
            if key in ("crossref", "xref") or _kept(text, hay):
                continue
            if key in ("author", "editor", "translator"):
                words = re.split(r"\s+|,|\band\b", to_unicode(value.replace("{", "").replace("}", "")))
                if all(_norm(w) in hay for w in words if _norm(w)):
                    continue
            if key in ("year", "date") and rec.data.year and str(rec.data.year) in text:
                continue
            if key == "month" and rec.data.month:
                continue
            if key in ("language", "langid") and rec.data.languages:
                continue
            lost.append(f"line {entry.line}: {key} {text[:60]!r}")
    assert lost == []


@pytest.mark.parametrize("name", CSL_FILES)
def test_every_csl_value_reaches_the_record(name, ctx):
    source = formats.open_source(FIXTURES / name)
    parsed = formats.parse(source, ctx)
    items = json.loads(source.text) if name.endswith(".json") else yaml.safe_load(source.text)["references"]
    assert len(items) == len(parsed.records)
    lost = []
    for item, rec in zip(items, parsed.records):
        hay = _haystack(rec)
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            if isinstance(value, (str, int, float)):
                text = f.plain_text(str(value))
                if not (_kept(text, hay) or (key == "language" and rec.data.languages)):
                    lost.append(f"{item['id']}: {key} {text[:60]!r}")
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                for person in value:
                    for part in ("family", "given", "literal"):
                        if person.get(part) and _norm(person[part]) not in hay:
                            lost.append(f"{item['id']}: {key} {person[part]!r}")
            elif isinstance(value, dict):
                bits = [str(x) for parts in value.get("date-parts", []) for x in parts]
                bits += [str(value[k]) for k in ("literal", "raw", "season") if value.get(k)]
                lost += [f"{item['id']}: {key} {b!r}" for b in bits if _norm(b) not in hay and not (
                    key == "issued" and b in (str(rec.data.year), str(rec.data.month), str(rec.data.day)))]
    assert lost == []


OTHER_FILES = sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*")
                     if p.suffix in (".csv", ".tsv", ".ris", ".txt") and formats.open_source(p).format in ("csv", "tsv", "wos"))


@pytest.mark.parametrize("name", OTHER_FILES)
def test_every_column_and_web_of_science_tag_reaches_the_record(name, ctx):
    import csv
    import io
    source = formats.open_source(FIXTURES / name)
    parsed = formats.parse(source, ctx)
    if source.format == "wos":
        rows = [tags for _, tags, _ in ris._parse(source.text, ris._parser(True), "PT", name)]
        values = [[(tag, v) for tag, vs in tags.items() for v in vs] for tags in rows]
    else:
        reader = csv.DictReader(io.StringIO(source.text), delimiter=source.delimiter or ",")
        values = [[(k, v) for k, v in row.items() if isinstance(v, str)] for row in reader]
    assert len(values) == len(parsed.records)
    lost = [f"{rec.line}: {k} {v[:60]!r}" for pairs, rec in zip(values, parsed.records) for k, v in pairs
            if v and not _kept(v, _haystack(rec))
            and not (k in ("LA", "language") and rec.data.languages)
            and not (k in ("PY", "publication_year", "year") and rec.data.year and str(rec.data.year) in v)]
    assert lost == []


def test_endnote_web_of_science_links_stay_whole(ctx):
    """EndNote writes "<Go to ISI>://WOS:..." in UR: no link, kept whole in the notes (it was
    once split at its spaces into a URL "<Go" and two notes)."""
    rec = next(r for r in formats.parse(formats.open_source(FIXTURES / "asreview_demo/ris_issue_992.txt"), ctx).records
               if r.line == 119).data
    assert rec.url == ""
    assert "URL: <Go to ISI>://WOS:000298449100001" in rec.notes.split("\n")
    assert f.split_urls("http://a.org http://b.org; www.c.org") == ["http://a.org", "http://b.org", "www.c.org"]
    assert f.split_urls("see the ILO site") == ["see the ILO site"]
    assert f.split_urls("https://x.org/annual report.pdf") == ["https://x.org/annual report.pdf"]
    assert f.is_link("https://x.org/annual report.pdf")
    assert [f.is_link(u) for u in ("ilo.org/x", "mailto:a@b.org", "on request", "<Go to ISI>://WOS:1")] == [
        True, True, False, False]


def test_biblatex_language_keys_and_babel_names(ctx):
    rec = next(r for r in formats.parse(formats.open_source(FIXTURES / "bibtexparser_fixtures/biber-examples.bib"),
                                        ctx).records if r.line == 486)
    assert rec.data.languages == ["la", "de"] and rec.problems == []     # language = {langlatin and langgerman}
    text = "@book{k, title={T}, langid={ngerman}}\n@book{l, title={U}, langid={american}}"
    assert [r.data.languages for r in bibtex.read(text, ctx).records] == [["de"], ["en"]]


def test_csl_sub_superscripts_and_nocase_spans(ctx, tmp_path, empty_catalogue):
    """Zotero's rich-text titles: <sub>/<sup> become Unicode where it has the letters, <span
    class="nocase"> is case protection, braced again on BibTeX export."""
    parsed = formats.parse(formats.open_source(FIXTURES / "bbt_csl_json/pandoc_schomd.csl.json"), ctx)
    gospel = next(r.data for r in parsed.records if "Gospel" in r.data.title)
    assert "St. Germain ms. (g₁)" in gospel.title
    item = [{"id": "a", "type": "article-journal", "title": 'CO<sub>2</sub> and <span class="nocase">de Gruyter</span>'
             ' in m<sup>2</sup> and x<sup>ab+</sup>'}]
    path = tmp_path / "rich.json"
    path.write_text(json.dumps(item), "utf-8")
    transfer.import_file(empty_catalogue, path)
    rec = empty_catalogue.record(next(iter(empty_catalogue_uids(empty_catalogue))))
    assert rec.title == "CO₂ and de Gruyter in m² and xᵃᵇ⁺"
    assert "BibTeX protected: de Gruyter" in rec.notes
    out = tmp_path / "out.bib"
    transfer.export(empty_catalogue, out, "bibtex")
    assert "{de Gruyter}" in out.read_text("utf-8")
    back = bibtex.read(out.read_text("utf-8"), ctx).records[0].data
    assert back.title == rec.title


def empty_catalogue_uids(cat):
    models.database.initialize(cat.database)
    return [r.uid for r in records_for_ids(cat.database, all_ids(cat.database))]


# ---- round trips of the decoded fixtures -------------------------------------------------------------

_counter = itertools.count()


def _records(cat) -> dict:
    models.database.initialize(cat.database)
    return {r.uid: r for r in records_for_ids(cat.database, all_ids(cat.database))}


def _comparable(rec, fmt: str) -> dict:
    d = rec.to_dict()
    for key in ("added_at", "updated_at", "version", "deleted_at"):
        d.pop(key)
    roles = ("author", "publisher", "editor", "funder")
    d["organizations"] = sorted(d["organizations"], key=lambda o: roles.index(o["role"]))
    for key in ("countries", "regions", "themes", "languages", "keywords"):
        d[key] = sorted(d[key])
    d["summary"] = " ".join(d["summary"].split())
    d["notes"] = "\n".join(line for line in d["notes"].split("\n") if line.strip())
    if fmt == "bibtex":
        d["notes"] = " ".join(d["notes"].split())
    return d


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csljson"])
@pytest.mark.parametrize("name", RIS_FILES + BIB_FILES + CSL_FILES)
def test_imported_fixture_survives_export_and_reimport(name, fmt, template, tmp_path):
    """What was decoded from a colleague's file (LaTeX, rich text, dates, names, types) is written
    out again and reads back the same, in RIS, BibTeX and CSL-JSON."""
    path = tmp_path / f"first-{next(_counter)}.db"
    shutil.copyfile(template, path)
    first = Catalogue.open(path, seed=False)
    try:
        transfer.import_file(first, FIXTURES / name, transfer.ImportOptions(on_duplicate="new"))
        before = _records(first)
        out = tmp_path / f"out.{fmt}"
        assert transfer.export(first, out, fmt).count == len(before) > 0
    finally:
        first.close()
    path2 = tmp_path / f"second-{next(_counter)}.db"
    shutil.copyfile(template, path2)
    second = Catalogue.open(path2, seed=False)
    try:
        report = transfer.import_file(second, out, transfer.ImportOptions(on_duplicate="new"))
        after = _records(second)
    finally:
        second.close()
    assert (report.added, report.failed) == (len(before), 0)
    diffs = []
    for uid, rec in before.items():
        a, b = _comparable(rec, fmt), _comparable(after[uid], fmt)
        diffs += [f"{rec.title[:40]}: {k}: {a[k]!r} -> {b[k]!r}" for k in a if a[k] != b[k]]
    assert diffs == []


def test_bibtex_urls_and_dois_are_verbatim(ctx):
    """biblatex reads url and doi verbatim: "%20" is no comment and "&" no alignment tab (a Scopus
    URL once lost everything after its first "&", and a "%" ended a URL)."""
    text = (r"@misc{k, title={T}, url={https://x.org/q=one%20two&doi=10.1016%2fj.x&b=\_c}, doi={10.1000/a\_b}}")
    rec = bibtex.read(text, ctx).records[0].data
    assert rec.url == "https://x.org/q=one%20two&doi=10.1016%2fj.x&b=_c" and rec.doi == "10.1000/a_b"


def test_keywords_with_commas_and_name_suffixes_survive_bibtex(ctx):
    """MeSH keywords hold commas ("Medicine, Ayurvedic"): our export joins them with ";", which the
    reader then splits on alone. A suffix reads as "Family, Given, Jr." and is written back as
    BibTeX's "Family, Jr., Given"."""
    from app.transfer.formats.vocabulary import ExportContext
    text = "@article{k, title={T}, author={Pimentel, Jr., Joseph J. and Smith, Ann}, keywords={Rats, Wistar; Mice}}"
    rec = bibtex.read(text, ctx).records[0].data
    assert rec.authors == ["Pimentel, Joseph J., Jr.", "Smith, Ann"] and rec.keywords == ["Rats, Wistar", "Mice"]
    _, written = bibtex.entry_fields(rec, ExportContext.load())
    fields = dict(written)
    assert fields["author"] == "Pimentel, Jr., Joseph J. and Smith, Ann"
    assert fields["keywords"] == "Rats, Wistar; Mice"
    assert bibtex.read("@article{k, title={T}, keywords={a, b}}", ctx).records[0].data.keywords == ["a", "b"]


@pytest.mark.parametrize("pages, tags", [
    ("12-34", {"SP": ["12"], "EP": ["34"]}), ("22-22", {"SP": ["22-22"]}), ("3 - 5", {"SP": ["3 - 5"]}),
    ("e1001", {"SP": ["e1001"]}),
])
def test_ris_pages_are_written_to_read_back_the_same(pages, tags, ctx):
    from app.transfer.formats.vocabulary import ExportContext
    from db.records import RecordData
    ref = ris.reference(RecordData(title="T", pages=pages), ExportContext.load())
    assert {k.upper(): v for k, v in ref.items() if k in ("sp", "ep")} == tags
    lines = "TY  - JOUR\nTI  - T\n" + "".join(f"{k}  - {v[0]}\n" for k, v in tags.items()) + "ER  - \n"
    assert ris.read(lines, ctx).records[0].data.pages == pages
