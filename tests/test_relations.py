"""Relations between records (app/relations.py): series, language versions, editions, related; on both
backends (see conftest.BOTH_BACKENDS)."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from app import editing, history, relations
from app.catalogue import Catalogue
from app.criteria import Criteria
from db import schema
from db.records import RecordData


def new(catalogue, title: str, **fields) -> str:
    return editing.create(catalogue, RecordData(title=title, **fields)).uid


@pytest.fixture
def linked(empty_catalogue):
    cat = empty_catalogue
    uids = {
        "series": new(cat, "TRIANGLE in ASEAN Quarterly Briefing Notes", type="Briefing note"),
        "q1": new(cat, "Briefing note 2022 Q1", year=2022),
        "q2": new(cat, "Briefing note 2022 Q2", year=2022),
        "q10": new(cat, "Briefing note No. 10", year=2023),
        "en": new(cat, "Recruitment fees report", languages=["en"]),
        "th": new(cat, "รายงานค่าธรรมเนียมการจัดหางาน", languages=["th"]),
        "vi": new(cat, "Báo cáo phí tuyển dụng", languages=["vi"]),
        "old": new(cat, "Strategy 2017–2020"),
        "newer": new(cat, "Strategy 2021–2024"),
    }
    return cat, uids


def test_a_link_shows_from_both_ends(linked):
    cat, u = linked
    changes = relations.link(cat, u["q2"], "series", u["series"], "2")
    assert changes.updated == {u["q2"], u["series"]} and changes.relation.previous is None
    relations.link(cat, u["q1"], "series", u["series"], "1")
    relations.link(cat, u["q10"], "series", u["series"], "10")
    parts = relations.relations_of(cat, u["series"]).parts
    assert [(p.uid, n) for p, n in parts] == [(u["q1"], "1"), (u["q2"], "2"), (u["q10"], "10")]
    place = relations.relations_of(cat, u["q2"]).part_of[0]
    assert place.series.uid == u["series"] and place.number == "2"
    assert place.previous.uid == u["q1"] and place.next.uid == u["q10"]
    first = relations.relations_of(cat, u["q1"]).part_of[0]
    assert first.previous is None and first.next.uid == u["q2"]


def test_language_versions_are_one_set_whichever_way_they_were_linked(linked):
    cat, u = linked
    relations.link(cat, u["th"], "version", u["en"])
    relations.link(cat, u["en"], "version", u["vi"])
    of_thai = relations.relations_of(cat, u["th"]).versions
    assert {r.uid for r in of_thai} == {u["en"], u["vi"]}
    assert [r.languages for r in of_thai] == [("en",), ("vi",)]
    assert {r.uid for r in relations.relations_of(cat, u["vi"]).versions} == {u["en"], u["th"]}
    # Linking the other way round is the same link, and unlinking either way removes it.
    assert not relations.link(cat, u["en"], "version", u["th"]).updated
    relations.unlink(cat, u["en"], "version", u["th"])
    assert relations.relations_of(cat, u["th"]).versions == []


def test_replaced_by_and_related(linked):
    cat, u = linked
    relations.link(cat, u["newer"], "replaces", u["old"])
    relations.link(cat, u["old"], "related", u["en"])
    old = relations.relations_of(cat, u["old"])
    assert [r.uid for r in old.replaced_by] == [u["newer"]] and [r.uid for r in old.related] == [u["en"]]
    assert [r.uid for r in relations.relations_of(cat, u["newer"]).replaces] == [u["old"]]
    assert [r.uid for r in relations.relations_of(cat, u["en"]).related] == [u["old"]]


def test_links_stay_through_the_trash_and_go_with_a_purge(linked):
    cat, u = linked
    relations.link(cat, u["q1"], "series", u["series"], "1")
    editing.delete(cat, [u["q1"]])
    assert relations.relations_of(cat, u["series"]).parts == []
    assert len(relations.relations_of(cat, u["series"], include_trash=True).parts) == 1
    editing.restore(cat, [u["q1"]])
    assert [p.uid for p, _ in relations.relations_of(cat, u["series"]).parts] == [u["q1"]]
    editing.delete(cat, [u["q1"]])
    editing.purge(cat, [u["q1"]])
    assert relations.relations_of(cat, u["series"], include_trash=True).parts == []


def test_renumbering_and_undo_through_extra(linked):
    cat, u = linked
    relations.link(cat, u["q1"], "series", u["series"], "1")
    changes = relations.link(cat, u["q1"], "series", u["series"], "2022 Q1")
    assert changes.relation.previous.number == "1"
    assert relations.relations_of(cat, u["q1"]).part_of[0].number == "2022 Q1"
    relations.restore_link(cat, changes.relation.previous)
    assert relations.relations_of(cat, u["q1"]).part_of[0].number == "1"
    removed = relations.unlink(cat, u["q1"], "series", u["series"]).relation.removed
    assert relations.relations_of(cat, u["q1"]).part_of == []
    relations.restore_link(cat, removed)
    assert relations.relations_of(cat, u["q1"]).part_of[0].number == "1"


def test_reordering_parts(linked):
    cat, u = linked
    for key, n in (("q1", "1"), ("q2", "2"), ("q10", "10")):
        relations.link(cat, u[key], "series", u["series"], n)
    changes = relations.reorder_parts(cat, u["series"], [u["q10"], u["q1"]])
    assert changes.relation.parts_before == (u["q1"], u["q2"], u["q10"])
    assert [p.uid for p, _ in relations.relations_of(cat, u["series"]).parts] == [u["q10"], u["q1"], u["q2"]]
    relations.reorder_parts(cat, u["series"], list(changes.relation.parts_before))
    assert [p.uid for p, _ in relations.relations_of(cat, u["series"]).parts] == [u["q1"], u["q2"], u["q10"]]


def test_links_are_in_the_history_of_both_records_without_a_new_version(linked):
    cat, u = linked
    version = editing.stored_version(cat, u["en"])
    relations.link(cat, u["th"], "version", u["en"])
    relations.unlink(cat, u["th"], "version", u["en"])
    assert editing.stored_version(cat, u["en"]) == version
    steps = history.list_history(cat, u["en"])
    assert [s.action for s in steps[:2]] == ["unlink", "link"]
    entry = steps[1].entries[0]
    assert entry.field == "relation" and entry.new["uid"] == u["th"] and entry.new["relation"] == "version"
    assert not steps[0].restorable
    assert history.list_history(cat, u["th"])[1].entries[0].new["uid"] == u["en"]


def test_bad_links_are_refused(linked):
    cat, u = linked
    with pytest.raises(relations.RelationError):
        relations.link(cat, u["en"], "version", u["en"])
    with pytest.raises(relations.RelationError):
        relations.link(cat, u["en"], "sibling", u["th"])
    with pytest.raises(editing.RecordNotFound):
        relations.link(cat, u["en"], "related", "00000000-0000-0000-0000-000000000000")


def test_numbers_sort_as_people_read_them():
    numbers = ["10", "2", "2022 Q2", "2022 Q1", "1"]
    assert sorted(numbers, key=relations.number_key) == ["1", "2", "10", "2022 Q1", "2022 Q2"]


@pytest.mark.sqlite_only
def test_a_version_6_catalogue_is_upgraded(tmp_path, backend):
    path = tmp_path / "v6.db"
    Catalogue.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE resource_relation")
    conn.execute("UPDATE catalogue_meta SET value = '6' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    kept = tmp_path / "kept.db"
    shutil.copy(path, kept)
    cat = Catalogue.open(path)
    assert cat.opened.upgraded_from == 6 and schema.current_version(cat.database) == schema.SCHEMA_VERSION
    uids = [r.uid for r in cat.rows(cat.search(Criteria()).ids)][:2]
    relations.link(cat, uids[0], "related", uids[1])
    assert [r.uid for r in relations.relations_of(cat, uids[1]).related] == [uids[0]]
    cat.close()


def test_native_json_carries_links_and_drops_malformed_ones(linked, tmp_path):
    from app.transfer import service as transfer
    from app.transfer.exporting import ExportScope
    from app.transfer.formats import native_json
    import json
    cat, u = linked
    relations.link(cat, u["q1"], "series", u["series"], "1")
    path = tmp_path / "out.json"
    transfer.export(cat, path, "json", ExportScope(uids=[u["q1"]]))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["records"][0]["relations"] == [{"kind": "series", "uid": u["series"], "number": "1", "position": 0}]
    assert native_json._relations([{"kind": "sibling", "uid": u["en"]}, {"kind": "related", "uid": "x; DROP"},
                                   {"kind": "related", "uid": u["en"], "number": 7, "position": True}, "junk"]) \
        == [{"kind": "related", "uid": u["en"], "number": "7", "position": 0}]


def test_likely_language_versions_are_suggested_never_linked(empty_catalogue):
    cat = empty_catalogue
    en = new(cat, "Recruitment fees report", year=2022, organizations=[_org("ILO")], languages=["en"],
             url="https://www.ilo.org/en/publications/fees-report.pdf")
    by_url = new(cat, "Rapport sur les frais", year=2023, languages=["fr"],
                 url="https://www.ilo.org/fr/publications/fees-report.pdf")
    by_org = new(cat, "รายงานค่าธรรมเนียม", year=2022, organizations=[_org("ILO")], languages=["th"])
    same_script = new(cat, "Another English report", year=2022, organizations=[_org("ILO")], languages=["en"])
    other_year = new(cat, "ថ្លៃជ្រើសរើស", year=2019, organizations=[_org("ILO")], languages=["km"])
    suggestions = relations.suggest_versions(cat, en)
    assert [(s.record.uid, s.reason) for s in suggestions] == [(by_url, "address"), (by_org, "organization")]
    assert same_script not in {s.record.uid for s in suggestions} and other_year not in {s.record.uid for s in suggestions}
    assert relations.relations_of(cat, en).versions == []          # nothing linked by suggesting
    relations.link(cat, by_org, "version", en)
    assert [s.record.uid for s in relations.suggest_versions(cat, en)] == [by_url]


def _org(name):
    from db.records import OrganizationRef
    return OrganizationRef(name)


def test_search_series_and_is_latest(linked):
    from app.criteria import parse_query
    from tests.helpers import titles
    cat, u = linked
    relations.link(cat, u["q1"], "series", u["series"], "1")
    relations.link(cat, u["q2"], "series", u["series"], "2")
    relations.link(cat, u["newer"], "replaces", u["old"])
    assert sorted(titles(cat, 'series:"TRIANGLE in ASEAN"')) == ["Briefing note 2022 Q1", "Briefing note 2022 Q2"]
    assert titles(cat, 'series:"triangle quarterly" Q2') == ["Briefing note 2022 Q2"]
    result = cat.search(parse_query("series:Nonexistent"))
    assert list(result.ids) == [] and result.warnings
    everything = set(titles(cat, ""))
    assert set(titles(cat, "is:latest")) == everything - {"Strategy 2017–2020"}
    assert titles(cat, "strategy is:latest") == ["Strategy 2021–2024"]
    assert cat.facets(parse_query("is:latest")).total == len(everything) - 1
    assert cat.facets(parse_query('series:"TRIANGLE"')).total == 2
    editing.delete(cat, [u["newer"]])        # the newer one in the trash: the old one is the latest again
    assert "Strategy 2017–2020" in titles(cat, "is:latest")
    query = parse_query('series:"TRIANGLE in ASEAN" is:latest')
    assert parse_query(query.to_query()) == query and [c[0] for c in query.chips()] == ["series", "is"]
    assert not query.without_chip("is", "latest").latest


def test_exports_and_bibliographies_carry_the_series(linked, tmp_path):
    import json
    from app import bibliography
    from app.transfer import service as transfer
    from app.transfer.exporting import ExportScope
    cat, u = linked
    relations.link(cat, u["q2"], "series", u["series"], "2022 Q2")
    scope = ExportScope(uids=[u["q2"], u["en"]])
    for fmt, name in (("ris", "out.ris"), ("bibtex", "out.bib"), ("csljson", "out.json")):
        transfer.export(cat, tmp_path / name, fmt, scope)
    ris = (tmp_path / "out.ris").read_text(encoding="utf-8")
    first, second = ris.split("ER  -")[:2]
    assert "T2  - TRIANGLE in ASEAN Quarterly Briefing Notes" in first and "SE  - 2022 Q2" in first
    assert "T2  -" not in second and "SE  -" not in second
    bib = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert "series = {{TRIANGLE} in {ASEAN} Quarterly Briefing Notes}" in bib
    assert "number = {2022 Q2}" in bib
    items = {i["title"]: i for i in json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))}
    assert items["Briefing note 2022 Q2"]["collection-title"] == "TRIANGLE in ASEAN Quarterly Briefing Notes"
    assert items["Briefing note 2022 Q2"]["collection-number"] == "2022 Q2"
    assert "collection-title" not in items["Recruitment fees report"]
    ids = [i for i in cat.search(Criteria()).ids if cat.rows([i])[0].uid == u["q2"]]
    bib_text = bibliography.build(bibliography.source_for_ids(ids)).entries[0].text
    assert "TRIANGLE in ASEAN Quarterly Briefing Notes" in bib_text and "2022 Q2" in bib_text
