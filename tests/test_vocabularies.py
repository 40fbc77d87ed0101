from __future__ import annotations

from dataclasses import replace

import pytest

from app import editing, history, vocabularies
from app.criteria import parse_query
from app.vocabularies import VocabularyError
from db.records import OrganizationRef, RecordData


def names(catalogue, facet):
    return [v.name for v in vocabularies.values(catalogue, facet)]


def test_completion_finds_countries_by_name_part_or_code(catalogue):
    options = vocabularies.options(catalogue, "country")
    assert vocabularies.match_options(options, "lao")[0].value == "LA"
    assert vocabularies.match_options(options, "LA")[0].value == "LA"
    assert vocabularies.match_options(options, "people's dem")[0].label == "Laos"
    assert vocabularies.match_options(options, "viet")[0].value == "VN"
    assert vocabularies.match_options(options, "côte")[0].value == vocabularies.match_options(options, "cote")[0].value


def test_completion_finds_organizations_by_acronym(catalogue):
    options = vocabularies.options(catalogue, "organization")
    assert vocabularies.match_options(options, "ilo")[0].value == "International Labour Organization"


def test_add_and_remove_unused_value(catalogue):
    changes = vocabularies.add_value(catalogue, "theme", "Climate mobility")
    assert changes.vocabularies == {"theme"} and changes.description == "add theme “Climate mobility”"
    assert "Climate mobility" in names(catalogue, "theme")
    with pytest.raises(VocabularyError, match="already has"):
        vocabularies.add_value(catalogue, "theme", "climate MOBILITY")
    vocabularies.remove_unused_value(catalogue, "theme", "Climate mobility")
    assert "Climate mobility" not in names(catalogue, "theme")


def test_rename_updates_every_record_and_their_versions(catalogue):
    using = catalogue.search(parse_query("theme:COVID-19")).ids
    assert using
    uid = catalogue.rows(using[:1])[0].uid
    version = catalogue.record(uid).version
    changes = vocabularies.rename_value(catalogue, "theme", "COVID-19", "COVID-19 pandemic")
    assert len(changes.updated) == len(using)
    assert changes.description == "rename theme “COVID-19” to “COVID-19 pandemic”"
    assert catalogue.count(parse_query('theme:"COVID-19 pandemic"')) == len(using)
    record = catalogue.record(uid)
    assert "COVID-19 pandemic" in record.themes and record.version == version + 1
    step = history.list_history(catalogue, uid)[0]
    assert step.action == "rename" and step.entries[0].field == "themes"


def test_rename_blocks_an_editor_holding_the_old_name(catalogue):
    uid = catalogue.rows(catalogue.search(parse_query("theme:COVID-19")).ids[:1])[0].uid
    opened = catalogue.record(uid)
    vocabularies.rename_value(catalogue, "theme", "COVID-19", "Pandemic")
    with pytest.raises(editing.VersionConflict):
        editing.update(catalogue, uid, replace(opened, title="x"), opened.version)


def test_rename_to_an_existing_name_asks_for_merge(catalogue):
    with pytest.raises(VocabularyError, match="merge"):
        vocabularies.rename_value(catalogue, "theme", "COVID-19", "health")


def test_rename_organization_updates_search_and_acronym(catalogue):
    changes = vocabularies.rename_value(catalogue, "organization", "International Labour Organization",
                                        "International Labour Office", short="ILO")
    assert changes.vocabulary.old_short == "ILO"
    assert catalogue.count(parse_query('"labour office"')) == len(changes.updated) > 0
    assert catalogue.count(parse_query("org:ILO")) == len(changes.updated)


def test_merge_and_unmerge(catalogue):
    a = editing.create(catalogue, RecordData(title="a", themes=["Wages", "Employment"])).uid
    b = editing.create(catalogue, RecordData(title="b", themes=["Wages"])).uid
    wages = catalogue.count(parse_query("theme:Wages"))
    employment = catalogue.count(parse_query("theme:Employment"))
    changes = vocabularies.merge_values(catalogue, "theme", "Wages", "Employment")
    assert "Wages" not in names(catalogue, "theme")
    assert catalogue.record(a).themes == ["Employment"] and catalogue.record(b).themes == ["Employment"]
    assert changes.description == "merge theme “Wages” into “Employment”"
    vocabularies.unmerge(catalogue, changes)
    assert catalogue.record(a).themes == ["Employment", "Wages"] and catalogue.record(b).themes == ["Wages"]
    assert catalogue.count(parse_query("theme:Wages")) == wages
    assert catalogue.count(parse_query("theme:Employment")) == employment


def test_merge_regions_and_unmerge_restores_members(catalogue):
    gcc_count = catalogue.count(parse_query("region:GCC"))
    changes = vocabularies.merge_values(catalogue, "region", "Gulf Cooperation Council",
                                        "Middle East and North Africa")
    assert catalogue.count(parse_query('region:"Gulf Cooperation Council"')) == 0
    vocabularies.unmerge(catalogue, changes)
    assert catalogue.count(parse_query("region:GCC")) == gcc_count


def test_merge_organizations_keeps_roles(catalogue):
    uid = editing.create(catalogue, RecordData(title="x", organizations=[
        OrganizationRef("ILO Regional Office", "author"), OrganizationRef("International Labour Organization",
                                                                          "publisher")])).uid
    vocabularies.merge_values(catalogue, "organization", "ILO Regional Office", "International Labour Organization")
    assert catalogue.record(uid).organizations == [
        OrganizationRef("International Labour Organization", "author"),
        OrganizationRef("International Labour Organization", "publisher")]


def test_retire_hides_from_pickers_but_records_keep_it(catalogue):
    vocabularies.retire_value(catalogue, "theme", "COVID-19")
    assert "COVID-19" not in [o.value for o in vocabularies.options(catalogue, "theme")]
    assert [v for v in vocabularies.values(catalogue, "theme") if v.name == "COVID-19"][0].retired
    assert catalogue.count(parse_query("theme:COVID-19")) > 0
    vocabularies.retire_value(catalogue, "theme", "COVID-19", retired=False)
    assert "COVID-19" in [o.value for o in vocabularies.options(catalogue, "theme")]


def test_value_counts(catalogue):
    counts = {v.name: v.count for v in vocabularies.values(catalogue, "theme")}
    assert counts["COVID-19"] == catalogue.count(parse_query("theme:COVID-19"))


def test_only_managed_lists(catalogue):
    with pytest.raises(VocabularyError):
        vocabularies.add_value(catalogue, "country", "Atlantis")
