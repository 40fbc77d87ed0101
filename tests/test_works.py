"""One row per work (app/works.py): results and counts against a brute-force count on generated
catalogues (hypothesis)."""
from __future__ import annotations

import itertools
import shutil
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import relations, works
from app.catalogue import Catalogue
from app.criteria import Criteria
from db import relations as db_relations
from db.records import RecordData
from db.writes import insert_many

TYPES = ("Report", "Study", "Guide")
LANGS = ("en", "th", "vi")
TRASHED_AT = "2024-01-01T00:00:00.000000Z"


@st.composite
def catalogues(draw):
    n = draw(st.integers(1, 18))
    records = [RecordData(title=f"Record {i}", uid=str(uuid.UUID(int=i + 1)), type=draw(st.sampled_from(TYPES)),
                          year=draw(st.none() | st.integers(2020, 2022)),
                          languages=sorted(draw(st.sets(st.sampled_from(LANGS), max_size=2))),
                          deleted_at=TRASHED_AT if draw(st.integers(0, 6)) == 0 else None)
               for i in range(n)]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=n))
    links = [(records[a].uid, records[b].uid) for a, b in pairs if a != b]
    return records, links


@st.composite
def criteria(draw):
    facets = {}
    if draw(st.booleans()):
        facets["language"] = tuple(draw(st.sets(st.sampled_from(LANGS), min_size=1, max_size=2)))
    if draw(st.booleans()):
        facets["type"] = tuple(draw(st.sets(st.sampled_from(TYPES), min_size=1, max_size=2)))
    year = draw(st.none() | st.integers(2020, 2022))
    return Criteria(facets=facets, year_from=year, year_to=year)


def brute_works(records, links) -> dict[str, str]:
    """uid -> a name for its work, by following the links between live records."""
    live = {r.uid for r in records if r.deleted_at is None}
    work = {uid: uid for uid in live}
    changed = True
    while changed:
        changed = False
        for a, b in links:
            if a in live and b in live and work[a] != work[b]:
                low = min(work[a], work[b])
                for uid, w in work.items():
                    if w in (work[a], work[b]) and w != low:
                        work[uid] = low
                changed = True
    return work


def matches(rec: RecordData, crit: Criteria, skip: str = "") -> bool:
    if rec.deleted_at is not None:
        return False
    if skip != "language" and crit.values("language") and not set(rec.languages) & set(crit.values("language")):
        return False
    if skip != "type" and crit.values("type") and rec.type not in crit.values("type"):
        return False
    if skip != "year" and crit.year_from is not None and rec.year != crit.year_from:
        return False
    return True


def brute_counts(records, links, crit: Criteria):
    work = brute_works(records, links)
    total = len({work[r.uid] for r in records if matches(r, crit)})
    by_type: dict[str, set] = {}
    by_lang: dict[str, set] = {}
    by_year: dict = {}
    for r in records:
        if matches(r, crit, "type") and r.type:
            by_type.setdefault(r.type, set()).add(work[r.uid])
        if matches(r, crit, "language"):
            for code in r.languages:
                by_lang.setdefault(code, set()).add(work[r.uid])
        if matches(r, crit, "year"):
            by_year.setdefault(r.year, set()).add(work[r.uid])
    return (total, {k: len(v) for k, v in by_type.items()}, {k: len(v) for k, v in by_lang.items()},
            {k: len(v) for k, v in by_year.items()})


_counter = itertools.count()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=catalogues(), asked=st.lists(criteria(), min_size=1, max_size=4))
def test_one_row_per_work_counts_like_brute_force(template, tmp_path, made, asked):
    records, links = made
    path = tmp_path / f"works-{next(_counter)}.db"
    shutil.copyfile(template, path)
    cat = Catalogue.open(path, seed=False)
    try:
        with cat.database.atomic():
            insert_many(cat.database, records)
            db_relations.put_missing([db_relations.RelationRow(a, "version", b) for a, b in links])
        work = brute_works(records, links)
        by_uid = {r.uid: r for r in records}
        for crit in asked:
            total, by_type, by_lang, by_year = brute_counts(records, links, crit)
            facets = cat.facets(crit, ("type", "language"), one_per_work=True)
            assert facets.total == total
            assert {v.label: v.count for v in facets.values["type"] if v.count} == by_type
            labels = {code: cat.facet_label("language", code) for code in LANGS}
            assert {v.label: v.count for v in facets.values["language"] if v.count} == \
                {labels[k]: n for k, n in by_lang.items()}
            assert {y: n for y, n in facets.years if n} == {y: n for y, n in by_year.items() if y is not None}
            assert facets.undated == by_year.get(None, 0)
            # The rows: one per matching work, in the preferred language where the work has it.
            rows = cat.rows(list(cat.search(crit, "title", one_per_work=True, preferred=("th",)).ids))
            assert len(rows) == total and len({work[r.uid] for r in rows}) == total
            for row in rows:
                members = [by_uid[u] for u, w in work.items() if w == work[row.uid]]
                if any("th" in m.languages for m in members):
                    assert "th" in by_uid[row.uid].languages
    finally:
        cat.close()


def test_language_versions_show_as_one_row_in_the_preferred_language(empty_catalogue):
    from app import editing
    cat = empty_catalogue
    en = editing.create(cat, RecordData(title="Fees report", languages=["en"])).uid
    th = editing.create(cat, RecordData(title="รายงาน", languages=["th"])).uid
    editing.create(cat, RecordData(title="Alone", languages=["en"]))
    relations.link(cat, th, "version", en)
    uids = [r.uid for r in cat.rows(list(cat.search(Criteria(), "title", one_per_work=True, preferred=("th", "en")).ids))]
    assert len(uids) == 2 and th in uids and en not in uids
    uids = [r.uid for r in cat.rows(list(cat.search(Criteria(), "title", one_per_work=True, preferred=("en",)).ids))]
    assert en in uids and th not in uids
    lang_th = Criteria(facets={"language": ("th",)})
    found = [r.uid for r in cat.rows(list(cat.search(lang_th, one_per_work=True, preferred=("en",)).ids))]
    assert found == [en]        # the work that has a Thai version, shown in English
    index = works.work_index(cat)
    en_id = next(i for i in cat.search(Criteria()).ids if cat.rows([i])[0].uid == en)
    assert works.other_languages(index, en_id) == ["th"]
    assert cat.facets(Criteria(), ("language",), one_per_work=True).total == 2
    assert cat.facets(Criteria(), ("language",)).total == 3


def test_the_works_benchmark_runs(tmp_path, capsys):
    from bench import bench_works
    assert bench_works.main(["--records", "300", "--repeat", "1", "--keep", str(tmp_path / "w.db")]) == 0
    out = capsys.readouterr().out
    assert "counts, language:th" in out and "36 version links, 264 works" in out


def test_counts_follow_an_edit_and_a_trashed_version(empty_catalogue):
    from dataclasses import replace
    from app import editing
    cat = empty_catalogue
    en = editing.create(cat, RecordData(title="Fees report", type="Report", languages=["en"])).uid
    th = editing.create(cat, RecordData(title="รายงาน", type="Report", languages=["th"])).uid
    relations.link(cat, th, "version", en)

    def types():
        return {v.label: v.count for v in cat.facets(Criteria(), ("type",), one_per_work=True).values["type"] if v.count}
    assert types() == {"Report": 1}
    rec = cat.record(th)
    editing.update(cat, th, replace(rec, type="Study"), rec.version)     # an edit: the values are read again
    assert types() == {"Report": 1, "Study": 1}
    editing.delete(cat, [en])                                          # out of the trash: no longer a set
    assert types() == {"Study": 1} and cat.facets(Criteria(), ("type",), one_per_work=True).total == 1
