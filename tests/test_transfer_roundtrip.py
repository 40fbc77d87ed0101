"""Export then import into an empty catalogue gives back the same records, in every format, up to
what the format carries (docs/formats.md), for records written in the region's scripts."""
from __future__ import annotations

import itertools
import re
import shutil
import unicodedata
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.transfer import service as transfer
from app.catalogue import Catalogue
from db import models
from db.bulk_records import all_ids, records_for_ids
from db.records import OrganizationRef, RecordData
from db.writes import insert_many

# Letters of the region's scripts, plus Latin with Vietnamese diacritics.
SCRIPTS = {
    "thai": "กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋",
    "khmer": "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអាិីឹឺុូួើឿៀេែៃោៅំះ្",
    "burmese": "ကခဂဃငစဆဇဈညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအါာိီုူေဲံ့း္်ျြွှ",
    "vietnamese": "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐ",
    "chinese": "劳务移民工人权利保护社会保障住房工资合同招聘中介国家地区研究报告",
    "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüñç",
}
TYPES = ("Report", "Working paper", "Journal article", "Book", "Book chapter", "Thesis", "Policy brief")
COUNTRIES = ("TH", "KH", "MM", "VN", "CN", "LA", "MY")
LANGUAGES = ("th", "km", "my", "vi", "zh", "en")


PUNCTUATION = ";,\"'=+-@{}\\%$#_~^&<>[]()|/:–—“”…"


def _text(script: str, min_words=1, max_words=6, punctuation: bool = False):
    letters = SCRIPTS[script] + (PUNCTUATION if punctuation else "")
    word = st.text(st.sampled_from(letters), min_size=1, max_size=8)
    return st.lists(word, min_size=min_words, max_size=max_words).map(
        lambda ws: unicodedata.normalize("NFC", " ".join(ws)).strip()).filter(bool)


@st.composite
def records(draw):
    script = draw(st.sampled_from(sorted(SCRIPTS)))
    text = lambda a=1, b=6: draw(_text(script, a, b))  # noqa: E731
    prose = lambda a=1, b=6: draw(_text(script, a, b, punctuation=True))  # noqa: E731
    person = lambda: f"{text(1, 2)}, {text(1, 2)}"  # noqa: E731
    year = draw(st.none() | st.integers(1950, 2030))
    month = draw(st.none() | st.integers(1, 12)) if year else None
    day = draw(st.none() | st.integers(1, 28)) if month else None
    orgs = []
    for role in ("author", "publisher", "editor", "funder"):
        if draw(st.booleans()):
            orgs.append(OrganizationRef(f"{text(1, 3)} Institute", role))
    return RecordData(
        title=prose(1, 8), uid=str(uuid.UUID(int=draw(st.integers(1, 2**122)))),
        summary=prose(1, 30) if draw(st.booleans()) else "",
        type=draw(st.none() | st.sampled_from(TYPES)), year=year, month=month, day=day,
        url=f"https://example.org/{draw(st.integers(1, 10**6))}" if draw(st.booleans()) else "",
        isbn=draw(st.sampled_from(["", "978-92-2-134567-8"])),
        doi=f"10.1000/{draw(st.integers(1, 10**6))}" if draw(st.booleans()) else "",
        publisher_ref=draw(st.sampled_from(["", "WP 12/2020", "ILO-TH-7"])),
        container_title=prose(1, 4) if draw(st.booleans()) else "",
        volume=draw(st.sampled_from(["", "12", "3"])), issue=draw(st.sampled_from(["", "2", "4"])),
        pages=draw(st.sampled_from(["", "12-34", "e1001", "7"])),
        notes="\n".join(prose(1, 5) for _ in range(draw(st.integers(0, 3)))),
        authors=list(dict.fromkeys(person() for _ in range(draw(st.integers(0, 4))))),
        organizations=orgs,
        countries=sorted(draw(st.sets(st.sampled_from(COUNTRIES), max_size=3))),
        regions=draw(st.sampled_from([[], ["ASEAN"], ["ASEAN", "Greater Mekong Subregion"]])),
        themes=sorted(set(draw(st.lists(_text(script, 1, 2), max_size=3)))),
        languages=sorted(draw(st.sets(st.sampled_from(LANGUAGES), max_size=2))),
        keywords=sorted(set(draw(st.lists(_text(script, 1, 3), max_size=4)))),
    )


_counter = itertools.count()


def _catalogue(template, tmp_path, name):
    path = tmp_path / f"{name}-{next(_counter)}.db"
    shutil.copyfile(template, path)
    return Catalogue.open(path, seed=False)


def _all(cat):
    models.database.initialize(cat.database)
    return {r.uid: r for r in records_for_ids(cat.database, all_ids(cat.database, include_trash=True))}


def _spaces(text: str) -> str:
    return " ".join(text.split())


# What each format cannot carry: the comparison normalises these fields (see docs/formats.md).
def _comparable(rec: RecordData, fmt: str) -> dict:
    d = rec.to_dict()
    for key in ("added_at", "updated_at", "version", "deleted_at"):
        d.pop(key)
    if fmt != "json":  # other formats group organizations by role (order kept within a role)
        roles = ("author", "publisher", "editor", "funder")
        d["organizations"] = sorted(d["organizations"], key=lambda o: roles.index(o["role"]))
    if fmt in ("ris", "bibtex", "csv", "xlsx", "csljson"):
        for key in ("countries", "regions", "themes", "languages", "keywords"):
            d[key] = sorted(d[key])
    if fmt in ("ris", "bibtex"):
        d["summary"] = _spaces(d["summary"])
        d["notes"] = "\n".join(line for line in d["notes"].split("\n") if line.strip())
    if fmt == "bibtex":
        d["notes"] = _spaces(d["notes"])
    return d


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "ris", "bibtex", "csljson", "json"])
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(records(), min_size=1, max_size=6, unique_by=lambda r: r.uid))
def test_round_trip(template, tmp_path, fmt, batch):
    source = _catalogue(template, tmp_path, "source")
    with source.database.atomic():
        insert_many(source.database, batch)
    before = _all(source)
    path = tmp_path / f"out-{next(_counter)}.{fmt}"
    assert transfer.export(source, path, fmt).count == len(batch)
    source.close()
    target = _catalogue(template, tmp_path, "target")
    report = transfer.import_file(target, path)
    assert (report.added, report.failed, report.skipped) == (len(batch), 0, 0), report.problems
    after = _all(target)
    target.close()
    assert set(after) == set(before)
    for uid, rec in before.items():
        assert _comparable(after[uid], fmt) == _comparable(rec, fmt)
    if fmt == "json":
        for uid, rec in before.items():
            assert (after[uid].added_at, after[uid].version) == (rec.added_at, rec.version)


def test_csv_is_utf8_with_bom_and_neutralises_formulas(catalogue, tmp_path):
    rec = catalogue.record(catalogue.rows(catalogue.search(_criteria()).ids[:1])[0].uid)
    rec.title = "=HYPERLINK(\"http://evil\",\"click\")"
    rec.notes = "+1+1"
    rec.keywords = ["@SUM(A1)", "-2"]
    from db.writes import save_record
    save_record(catalogue.database, rec)
    path = tmp_path / "out.csv"
    transfer.export(catalogue, path, "csv", transfer.ExportScope(uids=[rec.uid]))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1+1" in text and "'-2; @SUM(A1)" in text
    assert not re.search(r'(^|,)"?[=+@]', text, re.MULTILINE)


def test_xlsx_neutralises_formulas(catalogue, tmp_path):
    from openpyxl import load_workbook
    rec = catalogue.rows(catalogue.search(_criteria()).ids[:1])[0]
    full = catalogue.record(rec.uid)
    full.title = "=1+1"
    from db.writes import save_record
    save_record(catalogue.database, full)
    path = tmp_path / "out.xlsx"
    transfer.export(catalogue, path, "xlsx", transfer.ExportScope(uids=[rec.uid]))
    ws = load_workbook(path).active
    cell = ws.cell(row=2, column=2)
    assert cell.value == "=1+1" and cell.data_type == "s" and cell.quotePrefix


def _criteria():
    from app.criteria import Criteria
    return Criteria()
