from __future__ import annotations

from dataclasses import replace

import pytest

from app import attachments, duplicates, editing, history
from app.criteria import Criteria
from db import models as m
from db.records import OrganizationRef, RecordData


def new(catalogue, **fields) -> str:
    return editing.create(catalogue, RecordData(**fields)).uid


def test_same_doi_isbn_or_url_in_another_spelling(catalogue):
    a = new(catalogue, title="Alpha", doi="10.1000/ABC", isbn="0-306-40615-2", url="https://www.ilo.org/x/")
    by_doi = duplicates.candidates_for(catalogue, RecordData(title="Other", doi="https://doi.org/10.1000/abc"))
    by_isbn = duplicates.candidates_for(catalogue, RecordData(title="Other", isbn="978-0-306-40615-7"))
    by_url = duplicates.candidates_for(catalogue, RecordData(title="Other", url="http://ilo.org/x"))
    assert [m.uid for m in by_doi] == [a] and by_doi[0].reasons == ["same DOI"]
    assert [m.uid for m in by_isbn] == [a] and by_isbn[0].reasons == ["same ISBN"]
    assert [m.uid for m in by_url] == [a] and by_url[0].title == "Alpha"


def test_similar_title_needs_same_year_or_organization(catalogue):
    a = new(catalogue, title="Wage theft among migrant domestic workers in Malaysia", year=2021,
            organizations=[OrganizationRef("Migrant Forum in Asia")])
    similar = "Wage theft among migrant domestic workers in Malaysia!"
    assert [m.uid for m in duplicates.candidates_for(catalogue, RecordData(title=similar, year=2021))] == [a]
    assert duplicates.candidates_for(catalogue, RecordData(title=similar, year=2015)) == []
    by_org = duplicates.candidates_for(catalogue, RecordData(
        title="Wage theft among migrant domestic workers of Malaysia", organizations=[OrganizationRef("MFA")]))
    assert [m.uid for m in by_org] == [a] and by_org[0].reasons == ["very similar title, same organization"]
    assert duplicates.candidates_for(catalogue, RecordData(title="Wage theft in Qatar", year=2021)) == []


def test_a_record_is_not_its_own_duplicate(catalogue):
    a = new(catalogue, title="Unique report on remittances", year=2020, doi="10.1000/abc")
    assert duplicates.candidates_for(catalogue, catalogue.record(a)) == []


def test_find_pairs_and_not_duplicates_is_remembered(catalogue):
    a = new(catalogue, title="Remittance flows in Nepal 2020", year=2020)
    b = new(catalogue, title="Remittance flows in Nepal, 2020.", year=2020)
    c = new(catalogue, title="Something else", url="https://example.org/doc")
    d = new(catalogue, title="Another thing", url="http://www.example.org/doc/")
    pairs = {(p.uid_a, p.uid_b): p.reasons for p in duplicates.find_pairs(catalogue)}
    assert pairs == {(a, b): ["very similar title, same year"], (c, d): ["same web address"]}
    duplicates.mark_not_duplicate(catalogue, b, a)
    assert [(p.uid_a, p.uid_b) for p in duplicates.find_pairs(catalogue)] == [(c, d)]
    assert duplicates.candidates_for(catalogue, catalogue.record(b)) == []


def test_merged_draft_unions_many_valued_fields():
    keep = RecordData(title="Keep", uid="k", year=None, themes=["Wages"], organizations=[OrganizationRef("ILO")])
    other = RecordData(title="Other", uid="o", year=2020, themes=["Wages", "Skills"],
                       organizations=[OrganizationRef("IOM")], summary="From other")
    merged = duplicates.merged_draft(keep, other)
    assert (merged.title, merged.year, merged.summary) == ("Keep", 2020, "From other")
    assert merged.themes == ["Wages", "Skills"]
    assert [o.name for o in merged.organizations] == ["ILO", "IOM"]


def _add_to_list(catalogue, name, uids):
    from db.writes import now_iso
    lid = m.ReadingList.insert(uid=f"list-{name}", name=name, created_at=now_iso(), updated_at=now_iso()).execute()
    for pos, uid in enumerate(uids):
        rid = m.Resource.get(m.Resource.uid == uid).id
        m.ReadingListItem.insert(reading_list=lid, resource=rid, position=pos, note=f"note {pos}").execute()
    return lid


def _list_members(lid):
    return sorted(((i.resource.uid, i.position, i.note) for i in m.ReadingListItem.select()
                   .where(m.ReadingListItem.reading_list == lid)), key=lambda item: item[1])


def test_merge_moves_lists_and_attachments_trashes_loser_and_undoes(catalogue, tmp_path):
    keep = new(catalogue, title="Home truths", year=2022, themes=["Housing and living conditions"])
    lose = new(catalogue, title="Home truths (PDF)", year=2022, themes=["Wages"], summary="Loser summary")
    only_loser = _add_to_list(catalogue, "Workshop", [lose])
    both = _add_to_list(catalogue, "Brief", [keep, lose])
    file = tmp_path / "report.pdf"
    file.write_bytes(b"%PDF-1.4 test")
    att = attachments.add(catalogue, lose, file).attachment
    draft = duplicates.merged_draft(catalogue.record(keep), catalogue.record(lose))
    changes = duplicates.merge(catalogue, keep, lose, draft, {keep: 1, lose: 1})
    survivor = catalogue.record(keep)
    assert survivor.themes == ["Housing and living conditions", "Wages"] and survivor.summary == "Loser summary"
    assert catalogue.record(lose).deleted_at is not None
    assert changes.updated == {keep} and changes.deleted == {lose}
    assert changes.reading_lists == {"list-Workshop", "list-Brief"}
    assert _list_members(only_loser) == [(keep, 0, "note 0")]
    assert _list_members(both) == [(keep, 0, "note 0")]
    assert [a.uid for a in attachments.list_for(catalogue, keep)] == [att]
    steps = history.list_history(catalogue, keep)
    assert {s.record_uid for s in steps} == {keep, lose}  # both histories
    assert any(s.merged_record for s in steps)

    duplicates.unmerge(catalogue, changes)
    assert catalogue.record(lose).deleted_at is None
    assert catalogue.record(keep).themes == ["Housing and living conditions"]
    assert _list_members(only_loser) == [(lose, 0, "note 0")]
    assert _list_members(both) == [(keep, 0, "note 0"), (lose, 1, "note 1")]
    assert [a.uid for a in attachments.list_for(catalogue, lose)] == [att]
    assert {s.record_uid for s in history.list_history(catalogue, keep)} == {keep}


def test_merge_checks_versions(catalogue):
    keep = new(catalogue, title="A")
    lose = new(catalogue, title="B")
    current = catalogue.record(lose)
    editing.update(catalogue, lose, replace(current, title="B2"), current.version)
    with pytest.raises(editing.VersionConflict):
        duplicates.merge(catalogue, keep, lose, catalogue.record(keep), {keep: 1, lose: 1})
    assert catalogue.record(lose).deleted_at is None


def test_seed_catalogue_has_no_pairs(catalogue):
    assert duplicates.find_pairs(catalogue) == []
    assert catalogue.search(Criteria()).total == 20


def test_near_duplicate_found_inside_a_big_block_of_common_words(empty_catalogue):
    import itertools
    words = ["labour", "migration", "governance", "policy", "workers", "recruitment", "wages", "protection"]
    titles = [" ".join(c) for c in itertools.islice(itertools.permutations(words, 5), 150)]
    assert all(t.count(" ") == 4 for t in titles)  # only 8 common words: every block is big
    from db.writes import insert_many
    with empty_catalogue.database.atomic():
        insert_many(empty_catalogue.database, [RecordData(title=t, year=2020) for t in titles])
    target = titles[77]
    typo = target.replace("governance", "governnce") if "governance" in target else target[:-1]
    b = new(empty_catalogue, title=typo, year=2020)
    pairs = duplicates.find_pairs(empty_catalogue)
    assert (target, b) in [(p.title_a, p.uid_b) for p in pairs]


# ---- the fast pair search agrees with the pair-by-pair reference (issue 17) ---------------------

def _generated_rows(n: int, seed: int, vocabulary: int) -> tuple[list[tuple], dict[int, set[int]]]:
    """Candidate rows with many near-duplicates (typos, punctuation, a word dropped or swapped),
    identical and empty titles, shared and missing years, DOIs, ISBNs and URLs, and organizations."""
    import random
    rng = random.Random(seed)
    words = [f"w{i}ord" for i in range(vocabulary)] + ["แรงงาน", "ข้ามชาติ", "lao", "động", "工资", "ពលករ",
                                                      "Đà", "Ñandú", "e\u0301te\u0301", "\u0301x", "ΣΟΦΊΑΣ"]
    rows, orgs = [], {}
    titles: list[str] = []
    for rid in range(1, n + 1):
        roll = rng.random()
        if titles and roll < 0.35:
            title = rng.choice(titles)
            edit = rng.randrange(5)
            if edit == 0 and len(title) > 3:
                i = rng.randrange(len(title))
                title = title[:i] + title[i + 1:]
            elif edit == 1:
                i = rng.randrange(len(title) + 1)
                title = title[:i] + rng.choice("aeiouxyz") + title[i:]
            elif edit == 2:
                title = title + rng.choice([".", "!", " 2020", ", the"])
            elif edit == 3:
                parts = title.split()
                if len(parts) > 2:
                    i = rng.randrange(len(parts) - 1)
                    parts[i], parts[i + 1] = parts[i + 1], parts[i]
                title = " ".join(parts)
            else:
                title = title.upper()
        elif roll < 0.37:
            title = rng.choice(["", "...", "The", "a of the"])
        else:
            title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        titles.append(title)
        year = rng.choice([None, 2019, 2020, 2021, 2022]) if rng.random() < 0.9 else None
        doi = f"10.1000/{rng.randrange(n)}" if rng.random() < 0.1 else ""
        isbn = rng.choice(["0-306-40615-2", "978-0-306-40615-7", ""]) if rng.random() < 0.01 else ""
        url = f"https://example.org/{rng.randrange(n // 2 + 1)}" if rng.random() < 0.2 else ""
        rows.append((rid, f"uid-{rid}", title, year, doi, isbn, url, f"2020-01-01T00:00:{rid % 60:02d}"))
        if rng.random() < 0.8:
            orgs[rid] = set(rng.sample(range(8), rng.randint(1, 2)))
    rng.shuffle(rows)
    return rows, orgs


@pytest.mark.parametrize("n, seed, vocabulary", [(300, 1, 12), (3000, 2, 40), (20000, 3, 60), (6000, 4, 8)])
def test_fast_pairs_equal_the_reference(n, seed, vocabulary):
    from tests.duplicates_reference import reference_pairs
    rows, orgs = _generated_rows(n, seed, vocabulary)
    expected = reference_pairs(rows, orgs)
    assert len(expected) > n // 20   # enough pairs, by title and by key, to mean something
    assert duplicates.likely_pairs(rows, orgs) == expected


def test_fast_pairs_equal_the_reference_on_generated_titles():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tests.duplicates_reference import reference_pairs
    title = st.text(alphabet="abc xyzแรง.\u0301\u0e48ÉĐ\n\u200b\ue000", max_size=14)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(title, st.sampled_from([None, 2020, 2021]), st.sets(st.integers(0, 2), max_size=2)),
                    min_size=2, max_size=90))
    def check(records):
        rows = [(i + 1, f"u{i}", t, y, "", "", "", "") for i, (t, y, _) in enumerate(records)]
        orgs = {i + 1: o for i, (_, _, o) in enumerate(records) if o}
        assert duplicates.likely_pairs(rows, orgs) == reference_pairs(rows, orgs)

    check()


def test_find_pairs_on_a_generated_catalogue_equals_the_reference(empty_catalogue):
    from db import duplicates as sql
    from db.writes import insert_many
    from tests.duplicates_reference import reference_pairs
    rows, orgs = _generated_rows(1500, 5, 10)
    names = [f"Org {i}" for i in range(8)]
    records = [RecordData(title=t or "untitled", year=y, doi=d, isbn=i, url=u,
                          organizations=[OrganizationRef(names[o]) for o in sorted(orgs.get(rid, ()))])
               for rid, _, t, y, d, i, u, _ in rows]
    with empty_catalogue.database.atomic():
        insert_many(empty_catalogue.database, records)
    stored = sql.candidate_rows()
    expected = reference_pairs(stored, sql.organization_ids())
    uid = {row[0]: row[1] for row in stored}
    found = {tuple(sorted((p.uid_a, p.uid_b))): p.reasons for p in duplicates.find_pairs(empty_catalogue)}
    assert len(found) > 100
    assert found == {tuple(sorted((uid[a], uid[b]))): reasons for (a, b), reasons in expected.items()}
def test_merge_gives_the_survivor_the_losers_links_and_unmerge_takes_them_back(catalogue):
    from app import relations
    keep = new(catalogue, title="Home truths", year=2022)
    lose = new(catalogue, title="Home truths (PDF)", year=2022)
    series = new(catalogue, title="Housing series")
    thai = new(catalogue, title="ความจริง", languages=["th"])
    relations.link(catalogue, lose, "series", series, "4")
    relations.link(catalogue, thai, "version", lose)
    relations.link(catalogue, keep, "related", lose)          # a link between the two goes
    draft = duplicates.merged_draft(catalogue.record(keep), catalogue.record(lose))
    changes = duplicates.merge(catalogue, keep, lose, draft, {keep: 1, lose: 1})
    rel = relations.relations_of(catalogue, keep)
    assert [(p.series.uid, p.number) for p in rel.part_of] == [(series, "4")]
    assert [r.uid for r in rel.versions] == [thai] and rel.related == []
    duplicates.unmerge(catalogue, changes)
    back = relations.relations_of(catalogue, lose)
    assert [(p.series.uid, p.number) for p in back.part_of] == [(series, "4")]
    assert [r.uid for r in back.versions] == [thai] and [r.uid for r in back.related] == [keep]
    assert relations.relations_of(catalogue, keep).part_of == []


def test_common_letters_in_words_equal_the_byte_sums():
    import numpy as np
    rng = np.random.default_rng(5)
    for width in (32, 64):
        for top in (3, 256):
            a, b = (rng.integers(0, top, size=(500, width), dtype=np.uint8) for _ in range(2))
            assert (duplicates._common_letters(a, b) == np.minimum(a, b).sum(axis=1)).all()
