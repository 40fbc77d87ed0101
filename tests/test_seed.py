"""The seed: the 20 resources of the original listing, verbatim, in order, catalogued from facts."""
from __future__ import annotations

import json
from pathlib import Path

import resources_seed
from app.catalogue import Catalogue
from app.seed import seed_records

LISTING = Path(__file__).parent / "data" / "seed_listing.txt"


def listing_pairs():
    items = [line[2:] for line in LISTING.read_text(encoding="utf-8").splitlines() if line.startswith("- ")]
    return list(zip(items[0::2], items[1::2]))


def test_titles_and_summaries_are_verbatim_and_in_order():
    records = seed_records()
    assert [(r.title, r.summary) for r in records] == listing_pairs()
    assert len(records) == 20


def test_uids_are_stable_and_unique():
    uids = [r.uid for r in seed_records()]
    assert len(set(uids)) == 20
    assert uids == [r.uid for r in seed_records()]


def test_publisher_facts_are_used_and_nothing_invented():
    by_title = {r.title: r for r in seed_records()}
    home = by_title["Home truths: Access to adequate housing for migrant workers in the ASEAN region"]
    assert (home.year, home.month, home.day, home.publisher_ref) == (2022, 3, 10, "WCMS_838972")
    assert sorted(home.countries) == ["MY", "SG", "TH"]
    gulf = by_title["IOM Strategy for the Gulf Countries (2021–2024)"]
    assert gulf.isbn == "978-92-9268-198-2" and sorted(gulf.languages) == ["ar", "en"]
    gender = by_title["Global Gender Strategy"]
    assert gender.year == 2018 and gender.isbn == "978-92-2-131570-4"
    ilms = [r for r in seed_records() if r.title.startswith("Measuring labour migration in ASEAN")][0]
    assert ilms.year is None  # the edition's year is not known
    # Only records with a sourced date have a year.
    dated = sorted(r.title for r in seed_records() if r.year)
    assert len(dated) == 4


def test_vocabulary_values_used_by_seed_exist():
    themes = set(resources_seed.load("themes"))
    regions = {r["name"] for r in resources_seed.load("regions")}
    types = {t["name"] for t in resources_seed.load("types")}
    countries = {c["code"] for c in resources_seed.load("countries")}
    orgs = {o["name"] for o in resources_seed.load("organizations")}
    for r in seed_records():
        assert set(r.themes) <= themes, r.title
        assert set(r.regions) <= regions, r.title
        assert r.type is None or r.type in types
        assert set(r.countries) <= countries
        assert {o.name for o in r.organizations} <= orgs


def test_regions_have_iso_members():
    countries = {c["code"] for c in resources_seed.load("countries")}
    regions = {r["name"]: r for r in resources_seed.load("regions")}
    for name in ("ASEAN", "South Asia", "Gulf Cooperation Council", "Central Asia"):
        assert regions[name]["members"], name
        assert set(regions[name]["members"]) <= countries
    assert set(regions["ASEAN"]["members"]) == {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"}


def test_iso_lists_are_complete():
    countries = resources_seed.load("countries")
    assert len(countries) == 249
    languages = {lang["code"] for lang in resources_seed.load("languages")}
    assert {"en", "th", "km", "my", "vi", "zh", "lo", "ne", "ar"} <= languages


def test_records_file_is_valid_json_with_unicode():
    text = (Path(resources_seed.__file__).parent / "records.json").read_text(encoding="utf-8")
    assert "’" in text  # curly apostrophes kept, not escaped away
    assert len(json.loads(text)) == 20


def test_the_triangle_briefing_notes_are_catalogued_as_the_series_they_are(tmp_path):
    """The listing calls it "Quarterly Briefing Notes" and says the notes follow below: a series.
    Its issues are not in the listing, so none is invented (no parts, no links)."""
    from app import relations
    from app.criteria import parse_query
    cat = Catalogue.open(tmp_path / "seed.db")
    uid = cat.rows(cat.search(parse_query('"TRIANGLE in ASEAN Quarterly Briefing Notes"')).ids)[0].uid
    assert cat.record(uid).type == "Series"
    assert relations.relations_of(cat, uid).is_empty()
    assert cat.search(parse_query("type:Series")).total == 1
    cat.close()
