"""The in-memory facet index (db.facet_index) counts exactly what the SQL path (db.queries.facet_counts,
the reference) counts: on the seed catalogue and on random small catalogues, with records in the
trash, undated records, regions matched through member countries, selections in several facets,
keyword hits and exclusions, years and reading-list style id restrictions."""
from __future__ import annotations

import itertools
import shutil
import uuid
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import db.search_plan as catalogue_module
from app.catalogue import Catalogue
from app.criteria import Criteria, parse_query
from db import facet_index, queries, writes
from db.facet_index import FacetIndex
from db.records import OrganizationRef, RecordData
from db.writes import insert_many
from tests.helpers import add

FACETS = queries.FACETS
TRASHED_AT = "2024-05-01T00:00:00.000000Z"


def indexed(cat, flt, facets=FACETS):
    index = FacetIndex.load(cat.database)
    return facet_index.facet_counts(index, cat.database, flt, facets,
                                    facet_index.text_mask(cat.database, flt.text, index.size))


def reference(cat, flt, facets=FACETS):
    return queries.facet_counts(cat.database, flt, facets)


def assert_same(cat, criteria: Criteria, facets=FACETS):
    flt, _ = cat.resolve(criteria)
    got, want = indexed(cat, flt, facets), reference(cat, flt, facets)
    assert got == want, criteria
    return got


def trash(cat, *uids):
    for uid in uids:
        rec = cat.record(uid)
        rec.deleted_at = TRASHED_AT
        writes.save_record(cat.database, rec)


# ---- the seed catalogue ----------------------------------------------------------------------------

SEED_QUERIES = [
    "", "migrant", "migra", "migrant -thailand", '"domestic work"', "country:TH", "country:TH,MY",
    "region:ASEAN", 'region:ASEAN theme:"domestic work"', "type:report year:2015..2020", "year:none",
    "year:2018..", "year:..2010", "language:en organization:ILO", "country:Atlantis", "workers type:report",
    "แรงงาน", "wages -wages",
]


@pytest.mark.parametrize("query", SEED_QUERIES)
def test_seed_catalogue_counts_match_sql(catalogue, query):
    assert_same(catalogue, parse_query(query))


def test_every_single_value_ticked_matches_sql(catalogue):
    everything = assert_same(catalogue, Criteria())
    assert everything.total == 20 and everything.values["region"]
    labels = {f: catalogue._value_labels(f) for f in FACETS}
    for facet in FACETS:
        for vid in everything.values[facet]:
            counts = assert_same(catalogue, Criteria(facets={facet: (labels[facet][vid][0],)}))
            assert counts.total == everything.values[facet][vid]


def test_trash_and_live_records_each_count_their_own(catalogue):
    uids = [row.uid for row in catalogue.rows(catalogue.search(parse_query("migrant")).ids[:3])]
    trash(catalogue, *uids)
    live = assert_same(catalogue, Criteria())
    assert live.total == 17
    trashed = assert_same(catalogue, Criteria(trash=True))
    assert trashed.total == 3
    assert_same(catalogue, Criteria(trash=True, words=("migrant",)))
    assert_same(catalogue, Criteria(trash=True, facets={"country": ("TH",)}))


def test_region_counts_records_in_member_countries(empty_catalogue):
    add(empty_catalogue, "Thai only", countries=["TH"])
    add(empty_catalogue, "Tagged ASEAN", regions=["ASEAN"])
    add(empty_catalogue, "Nepal", countries=["NP"])
    counts = assert_same(empty_catalogue, Criteria())
    asean = empty_catalogue._lookup("region")["asean"]
    assert counts.values["region"][asean] == 2
    assert assert_same(empty_catalogue, Criteria(facets={"region": ("ASEAN",)})).total == 2


def test_an_organization_in_two_roles_counts_once(empty_catalogue):
    add(empty_catalogue, "Both roles", organizations=[OrganizationRef("ILO", "author"),
                                                      OrganizationRef("ILO", "publisher")])
    counts = assert_same(empty_catalogue, Criteria())
    assert list(counts.values["organization"].values()) == [1]


def test_keyword_selection_not_held_in_the_index_is_read_from_sql(empty_catalogue):
    add(empty_catalogue, "One", keywords=["remittances"], countries=["TH"])
    add(empty_catalogue, "Two", keywords=["housing"], countries=["TH"])
    counts = assert_same(empty_catalogue, Criteria(facets={"keyword": ("remittances",)}))
    assert counts.total == 1


def test_restriction_to_ids_as_a_reading_list_does(catalogue):
    flt, _ = catalogue.resolve(parse_query("country:TH"))
    ids = catalogue.search(Criteria()).ids
    restricted = flt.__class__(**{**flt.__dict__, "resource_ids": frozenset(list(ids)[::2] + [10**6])})
    assert indexed(catalogue, restricted) == reference(catalogue, restricted)


# ---- loading ---------------------------------------------------------------------------------------

def test_records_are_read_in_chunks_without_losing_any(catalogue, monkeypatch):
    trash(catalogue, catalogue.rows(catalogue.search(Criteria()).ids[:1])[0].uid)
    whole = FacetIndex.load(catalogue.database)
    monkeypatch.setattr(facet_index, "FACTS_CHUNK", 3)
    chunked = FacetIndex.load(catalogue.database)
    for name in ("live", "trashed"):
        assert np.array_equal(getattr(whole, name), getattr(chunked, name))
    for name in ("type", "year"):
        assert getattr(whole, name).values == getattr(chunked, name).values
        assert np.array_equal(getattr(whole, name).codes, getattr(chunked, name).codes)
    assert int(chunked.live.sum()) == 19 and int(chunked.trashed.sum()) == 1


def test_an_empty_catalogue_has_an_empty_index(empty_catalogue):
    counts = assert_same(empty_catalogue, Criteria())
    assert counts.total == 0 and counts.values["theme"] == {}


def test_sparse_ids_fall_back_to_sql(catalogue, monkeypatch):
    monkeypatch.setattr(facet_index, "MAX_SPARSENESS", 0)
    monkeypatch.setattr(facet_index, "SPARSE_SLACK", 0)
    assert FacetIndex.load(catalogue.database) is None
    assert catalogue.planner._facet_index() is None
    facets = catalogue.facets(parse_query("migrant"))
    assert facets.total == reference(catalogue, catalogue.resolve(parse_query("migrant"))[0]).total


def test_keyword_conditions_of_another_shape_are_asked_of_sql_whole(catalogue, monkeypatch):
    for query in ("migrant -thailand", "แรงงาน", '"domestic work" -asia', "งา"):
        text = catalogue.resolve(parse_query(query))[0].text
        direct = facet_index.text_mask(catalogue.database, text, 100)
        with monkeypatch.context() as m:
            m.setattr(facet_index, "text_sets", lambda *args: None)
            whole = facet_index.text_mask(catalogue.database, text, 100)
        # The whole-condition query leaves tombstones out; there are none here.
        assert np.array_equal(direct, whole), query


# ---- the catalogue service -------------------------------------------------------------------------

def test_counts_follow_an_edit(catalogue):
    before = catalogue.facets(parse_query("migrant"))
    rec = catalogue.record(catalogue.rows(catalogue.search(parse_query("migrant")).ids[:1])[0].uid)
    rec.countries = rec.countries + ["NP"] if "NP" not in rec.countries else [c for c in rec.countries if c != "NP"]
    writes.save_record(catalogue.database, rec)
    after = catalogue.facets(parse_query("migrant"))
    nepal = lambda f: next((v.count for v in f.values["country"] if v.value == "Nepal"), 0)  # noqa: E731
    assert abs(nepal(after) - nepal(before)) == 1
    flt, _ = catalogue.resolve(parse_query("migrant"))
    assert {v.id: v.count for v in after.values["country"]} == reference(catalogue, flt).values["country"]


def test_many_hit_search_filters_the_cached_order_like_sql(catalogue, monkeypatch):
    monkeypatch.setattr(catalogue_module, "LARGE_RESULT", 0)   # every keyword counts as a common one
    for query in ("migrant", "migrant -thailand", "work country:TH", "work year:2015..", "work type:report"):
        flt, _ = catalogue.resolve(parse_query(query))
        for sort in ("latest", "title", "year"):
            assert list(catalogue.search(parse_query(query), sort).ids) == \
                queries.ordered_ids(catalogue.database, flt, sort), (query, sort)


# ---- random small catalogues -----------------------------------------------------------------------

TYPES = (None, "Report", "Study", "Guide")
COUNTRIES = ("TH", "KH", "MM", "VN", "MY", "NP", "IN", "PH")
REGIONS = ("ASEAN", "South Asia", "Greater Mekong Subregion")
THEMES = ("Wages", "Domestic work", "Housing and living conditions", "Recruitment")
LANGUAGES = ("en", "th", "km", "my")
ORGANIZATIONS = ("ILO", "IOM", "UN Women")
WORDS = ("migrant", "workers", "domestic", "wages", "housing", "แรงงานข้ามชาติ", "ការងារ", "remittances")


@st.composite
def records(draw):
    subset = lambda values, most=3: sorted(draw(st.sets(st.sampled_from(values), max_size=most)))  # noqa: E731
    orgs = [OrganizationRef(name, role) for name in subset(ORGANIZATIONS, 2)
            for role in draw(st.sets(st.sampled_from(("author", "publisher")), min_size=1))]
    return RecordData(
        title=" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))),
        uid=str(uuid.UUID(int=draw(st.integers(1, 2**122)))),
        type=draw(st.sampled_from(TYPES)), year=draw(st.none() | st.integers(2000, 2006)),
        countries=subset(COUNTRIES), regions=subset(REGIONS, 1), themes=subset(THEMES),
        languages=subset(LANGUAGES, 2), organizations=orgs, keywords=subset(("remittances", "covid"), 1),
        deleted_at=TRASHED_AT if draw(st.integers(0, 5)) == 0 else None,
    )


@st.composite
def criteria(draw):
    facets = {}
    for facet, values in (("type", TYPES[1:]), ("country", COUNTRIES + ("Atlantis",)), ("region", REGIONS),
                          ("theme", THEMES), ("language", LANGUAGES), ("organization", ORGANIZATIONS),
                          ("keyword", ("remittances",))):
        if draw(st.integers(0, 3)) == 0:
            facets[facet] = tuple(draw(st.sets(st.sampled_from(values), min_size=1, max_size=2)))
    year_from = draw(st.none() | st.integers(1999, 2007))
    year_to = draw(st.none() | st.integers(1999, 2007))
    terms = st.sampled_from(("migrant", "work", "wages", "แรงงาน", "งาน", "remit", "ការ"))
    return Criteria(
        words=tuple(draw(st.lists(terms, max_size=2))),
        phrases=tuple(draw(st.lists(st.sampled_from(("domestic wages", "migrant workers")), max_size=1))),
        excluded=tuple(draw(st.lists(terms, max_size=1))),
        facets=facets, year_from=year_from, year_to=year_to, undated=draw(st.integers(0, 7)) == 0,
        trash=draw(st.integers(0, 4)) == 0)


_counter = itertools.count()


@pytest.fixture(params=["smaller", "posting lists", "bitmaps"])
def facet_form(request, monkeypatch):
    """The many-valued facets in the form the index picks (the smaller), or all in one form, so both
    LinkFacet and BitmapFacet answer every property test whatever the sizes drawn."""
    if request.param == "posting lists":
        monkeypatch.setattr(facet_index, "_prefers_bitmaps", lambda *_: False)
    elif request.param == "bitmaps":
        monkeypatch.setattr(facet_index, "_prefers_bitmaps", lambda *_: True)
    return request.param


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(records(), max_size=25, unique_by=lambda r: r.uid),
       asked=st.lists(criteria(), min_size=1, max_size=6))
def test_random_catalogues_count_like_sql(template, tmp_path, facet_form, batch, asked):
    path = tmp_path / f"random-{next(_counter)}.db"
    shutil.copyfile(template, path)
    cat = Catalogue.open(path, seed=False)
    try:
        with cat.database.atomic():
            insert_many(cat.database, batch)
        for crit in asked:
            assert_same(cat, crit)
            # The service answers the same from the index as from SQL (labels, order, zeros kept
            # for selected values).
            from_index = cat.facets(crit)
            cat.planner._cache_generation = -1
            cat.planner._cached(("facet index",), lambda: None)
            assert cat.facets(crit) == from_index
    finally:
        cat.close()


def test_counts_with_no_criteria_come_from_sql_until_the_index_is_loaded(catalogue):
    everything = catalogue.facets(Criteria())
    assert catalogue.planner._facet_index(load=False) is None   # opening the window loads no index
    catalogue.facets(parse_query("migrant"))
    assert catalogue.planner._facet_index(load=False) is not None
    assert catalogue.facets(Criteria()) == everything
    catalogue.planner._cache.pop(("facets", queries.FACETS))     # no SQL counts at hand: the index answers
    assert catalogue.facets(Criteria()) == everything


def test_the_order_warmer_loads_the_facet_index_once_per_generation(catalogue):
    catalogue.facets(Criteria())
    assert catalogue.planner._facet_index(load=False) is None
    catalogue.warm_orders()
    assert catalogue.planner._facet_index(load=False) is not None
    assert catalogue.warm_facet_index() is False          # already there for this generation
    add(catalogue, "A new record", countries=["TH"])
    assert catalogue.planner._facet_index(load=False) is None      # the generation moved
    assert catalogue.warm_facet_index() is True
    assert catalogue.facets(parse_query("country:TH")).total == \
        reference(catalogue, catalogue.resolve(parse_query("country:TH"))[0]).total


# ---- updated from the change feed after edits (issue 17) -------------------------------------------

def _contents(index: FacetIndex) -> dict:
    """What an index says about each record, independent of its array sizes and value order."""
    ids = set(np.flatnonzero(index.live)) | set(np.flatnonzero(index.trashed))
    out: dict = {"live": set(np.flatnonzero(index.live).tolist()),
                 "trashed": set(np.flatnonzero(index.trashed).tolist()),
                 "type": {int(i): index.type.values[index.type.codes[i]] for i in ids},
                 "year": {int(i): index.year.values[index.year.codes[i]] for i in ids}}
    for facet, link in index.links.items():
        postings = {}
        for value, posting in link.postings().items():
            assert posting.size and np.all(posting[1:] > posting[:-1])   # ascending, each once, none empty
            postings[value] = set(posting.tolist())
        out[facet] = postings
    assert list(index.type.values[1:]) == sorted(index.type.values[1:])
    assert list(index.year.values[1:]) == sorted(index.year.values[1:])
    return out


def _load_counted(monkeypatch):
    loads = []
    real = FacetIndex.load.__func__

    def counted(cls, database):
        loads.append(1)
        return real(cls, database)
    monkeypatch.setattr(FacetIndex, "load", classmethod(counted))
    return loads


@st.composite
def edits(draw):
    kind = draw(st.sampled_from(("edit", "edit", "trash", "restore", "add", "purge", "add many")))
    return kind, draw(st.integers(0, 10 ** 6)), draw(st.lists(records(), min_size=1, max_size=3))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(records(), min_size=1, max_size=20, unique_by=lambda r: r.uid),
       changes=st.lists(edits(), min_size=1, max_size=6), asked=st.lists(criteria(), min_size=1, max_size=3))
def test_index_updated_from_the_change_feed_equals_a_whole_load(template, tmp_path, monkeypatch, facet_form, batch,
                                                                 changes, asked):
    from db import edits as db_edits
    path = tmp_path / f"feed-{next(_counter)}.db"
    shutil.copyfile(template, path)
    cat = Catalogue.open(path, seed=False)
    try:
        with cat.database.atomic():
            insert_many(cat.database, batch)
        index = FacetIndex.load(cat.database)
        if facet_form == "bitmaps":
            assert all(isinstance(link, facet_index.BitmapFacet) for link in index.links.values())
        loads = _load_counted(monkeypatch)
        uids = [r.uid for r in batch]
        whole_expected = False
        for kind, pick, drafts in changes:
            uid = uids[pick % len(uids)] if uids else None
            if kind == "edit" and uid:
                writes.save_record(cat.database, replace(drafts[0], uid=uid))
            elif kind in ("trash", "restore") and uid:
                with cat.database.atomic():
                    db_edits.set_deleted([uid], TRASHED_AT if kind == "trash" else None)
            elif kind == "purge" and uid:
                with cat.database.atomic():
                    db_edits.purge(cat.database, [uid])
                uids.remove(uid)
            elif kind == "add":
                stored = writes.save_record(cat.database, replace(drafts[0], uid=str(uuid.uuid4())))
                uids.append(stored.uid)
            elif kind == "add many":    # a bulk write: the triggers are paused, the feed says "everything"
                many = [replace(drafts[0], uid=str(uuid.uuid4())) for _ in range(60)]
                with cat.database.atomic():
                    insert_many(cat.database, many)
                uids += [r.uid for r in many]
                whole_expected = True
        updated = index.refreshed(cat.database)
        assert bool(loads) == whole_expected     # read whole only after the bulk write
        whole = FacetIndex.load(cat.database)
        assert updated.generation == whole.generation
        assert _contents(updated) == _contents(whole)
        for crit in asked:
            flt, _ = cat.resolve(crit)
            text = facet_index.text_mask(cat.database, flt.text, updated.size)
            got = facet_index.facet_counts(updated, cat.database, flt, FACETS, text)
            assert got == reference(cat, flt), crit
    finally:
        cat.close()


def test_the_catalogue_updates_its_index_after_an_edit_instead_of_loading_it(catalogue, monkeypatch):
    migrant = parse_query("migrant country:TH")
    before = catalogue.facets(migrant)
    loads = _load_counted(monkeypatch)
    add(catalogue, "A new migrant record", countries=["TH"], themes=["Wages"], year=1990, type="Report")
    after = catalogue.facets(migrant)
    assert not loads                                    # updated from the change feed, not loaded again
    assert after != before
    flt, _ = catalogue.resolve(migrant)
    assert catalogue.planner._facet_index(load=False) is not None
    counts = facet_index.facet_counts(catalogue.planner._facet_index(), catalogue.database, flt, FACETS,
                                      facet_index.text_mask(catalogue.database, flt.text,
                                                            catalogue.planner._facet_index().size))
    assert counts == reference(catalogue, flt)


def test_a_change_of_region_members_reads_the_index_whole(empty_catalogue, monkeypatch):
    add(empty_catalogue, "Wages in Thailand", countries=["TH"])
    index = FacetIndex.load(empty_catalogue.database)
    loads = _load_counted(monkeypatch)
    region = empty_catalogue.database.execute_sql("SELECT id FROM region LIMIT 1").fetchone()[0]
    thailand = empty_catalogue.database.execute_sql("SELECT id FROM country WHERE code = 'TH'").fetchone()[0]
    empty_catalogue.database.execute_sql("INSERT OR IGNORE INTO region_member (region_id, country_id) VALUES (?, ?)",
                                         (region, thailand))
    writes.rebuild_region_matches(empty_catalogue.database)
    updated = index.refreshed(empty_catalogue.database)
    assert loads and _contents(updated) == _contents(FacetIndex.load(empty_catalogue.database))


# ---- the counts with no criteria, on two connections at once (first open, issue 17) ----------------

def test_counts_with_no_criteria_on_two_connections_equal_the_reference(catalogue):
    """db.search_plan counts the whole catalogue on this thread and a second connection at once:
    the same FacetCounts as queries.facet_counts, with records in the trash and a facet (here
    language) none of the second connection's parts, and each part counted on one side only."""
    uids = [row.uid for row in catalogue.rows(list(catalogue.search(Criteria()).ids)[:3])]
    trash(catalogue, *uids)
    add(catalogue, "Bare record")
    planner = catalogue.planner
    for facets in (FACETS, ("theme", "language"), ("country",)):
        split = planner._count_everything(facets)
        assert split == reference(catalogue, queries.Filter(), facets)
        assert split.total == reference(catalogue, queries.Filter()).total
    assert catalogue.facets(Criteria()) == catalogue.facets(Criteria())   # through the planner's cache


def test_counts_with_no_criteria_are_made_in_one_snapshot_when_a_write_comes_between(catalogue, monkeypatch):
    """The two connections each read the generation in their snapshot; when they differ (a write
    came between them), or the caller is inside a transaction the second connection cannot see,
    the counts are made again on the calling thread, as queries.facet_counts makes them."""
    import threading

    from db import schema
    planner = catalogue.planner
    real_generation = schema.generation
    calls = []

    def generation(database):
        calls.append(threading.current_thread().name)
        return real_generation(database) + (1 if threading.current_thread().name == "counts" else 0)

    monkeypatch.setattr(schema, "generation", generation)
    made = []
    real_counts = queries.facet_counts
    monkeypatch.setattr(queries, "facet_counts", lambda *a, **k: made.append(1) or real_counts(*a, **k))
    assert planner._count_everything(FACETS) == real_counts(catalogue.database, queries.Filter(), FACETS)
    assert "counts" in calls and made == [1]                 # both sides counted, then made again here
    monkeypatch.setattr(schema, "generation", real_generation)
    made.clear()
    calls.clear()
    with catalogue.database.atomic():
        add_inside = catalogue.database.execute_sql("SELECT COUNT(*) FROM resource WHERE deleted_at IS NULL").fetchone()[0]
        got = planner._count_everything(FACETS)
    assert made == [1] and got.total == add_inside


def test_a_failure_on_the_second_connection_is_raised_to_the_caller(catalogue, monkeypatch):
    real_part = queries.everything_part

    def part(database, name):
        if name == "country":
            raise RuntimeError("disk gone")
        return real_part(database, name)

    monkeypatch.setattr(queries, "everything_part", part)
    with pytest.raises(RuntimeError, match="disk gone"):
        catalogue.planner._count_everything(FACETS)


TEXT_QUERIES = ("migrant", "migra*", "domestic -wages", '"domestic workers"', "แรงงาน", "zebra")


def test_keyword_masks_follow_edits_from_the_change_feed_as_a_fresh_read(catalogue, monkeypatch):
    """After each kind of edit, the planner's mask of each keyword query (brought up to date from
    the last one with the records the change feed names, db.facet_index.text_mask_refreshed) equals
    the mask read whole; word, prefix, exclusion, phrase and Thai (trigram) queries."""
    from app import editing
    planner = catalogue.planner
    size = 10_000                                     # beyond every id the edits make
    texts = [catalogue.resolve(parse_query(q))[0].text for q in TEXT_QUERIES]
    refreshed = []
    real = facet_index.text_mask_refreshed

    def counted(*args):
        found = real(*args)
        refreshed.append(found is not None)
        return found
    monkeypatch.setattr(facet_index, "text_mask_refreshed", counted)
    monkeypatch.setattr(catalogue_module, "RECENT_TEXT_MASKS", len(texts))

    def check():
        for text in texts:
            assert np.array_equal(planner._text_mask(text, size), facet_index.text_mask(catalogue.database, text, size)), text

    check()
    first = catalogue.search(Criteria()).ids[0]
    uid = catalogue.database.execute_sql("SELECT uid FROM resource WHERE id = ?", (first,)).fetchone()[0]
    thai = add(catalogue, "แรงงานข้ามชาติ ในภาคเกษตร", keywords=["zebra"])
    check()
    record = catalogue.record(uid)
    editing.update(catalogue, uid, replace(record, title="Domestic workers and migrant wages", keywords=["zebra"]),
                   record.version)
    check()
    record = catalogue.record(uid)
    editing.update(catalogue, uid, replace(record, title="Fishing fleets", summary="", keywords=[]), record.version)
    check()
    editing.delete(catalogue, [thai.uid])             # to the trash: still in the masks, as read whole
    check()
    editing.restore(catalogue, [thai.uid])
    check()
    editing.delete(catalogue, [thai.uid])
    editing.purge(catalogue, [thai.uid])              # gone for good: out of every mask
    check()
    assert refreshed and all(refreshed)               # every mask after an edit came from the last one


def test_a_keyword_mask_is_read_whole_after_a_bulk_write(catalogue, monkeypatch):
    text = catalogue.resolve(parse_query("migrant"))[0].text
    planner = catalogue.planner
    planner._text_mask(text, 10_000)
    insert_many(catalogue.database, [RecordData(title=f"Migrant record {i}") for i in range(60)])
    reads = []
    real = facet_index.text_mask_read
    monkeypatch.setattr(facet_index, "text_mask_read", lambda *a: reads.append(1) or real(*a))
    assert np.array_equal(planner._text_mask(text, 10_000), facet_index.text_mask(catalogue.database, text, 10_000))
    assert reads == [1]                               # the change feed said "everything": read whole
