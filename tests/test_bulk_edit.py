from __future__ import annotations

import pytest

from app import bulk_edit, change_log, editing, history
from app.bulk_edit import AddValue, BulkEditError, RemoveValue, ReplaceText, SetValue
from app.criteria import Criteria, parse_query
from db.records import RecordData


def all_uids(catalogue) -> list[str]:
    return [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids)]


def test_add_theme_to_many_is_one_change_with_a_description(catalogue):
    uids = all_uids(catalogue)[:12]
    before = catalogue.count(parse_query('theme:"Housing and living conditions"'))
    already = sum("Housing and living conditions" in catalogue.record(u).themes for u in uids)
    changes = bulk_edit.apply(catalogue, uids, AddValue("theme", "housing and living conditions"))
    n = 12 - already
    assert changes.description == f"add theme Housing and living conditions to {n} resources"
    assert len(changes.updated) == n
    assert catalogue.count(parse_query('theme:"Housing and living conditions"')) == before + n
    batches = {history.list_history(catalogue, u)[0].batch for u in changes.updated}
    assert len(batches) == 1  # one history batch


def test_add_country_by_name_or_code_stores_the_code(catalogue):
    uids = all_uids(catalogue)[:3]
    changes = bulk_edit.apply(catalogue, uids, AddValue("country", "lao"))
    assert "add country Laos to" in changes.description
    assert all("LA" in catalogue.record(u).countries for u in uids)


def test_remove_value(catalogue):
    uids = all_uids(catalogue)
    with_covid = catalogue.count(parse_query("theme:COVID-19"))
    changes = bulk_edit.apply(catalogue, uids, RemoveValue("theme", "COVID-19"))
    assert changes.description == f"remove theme COVID-19 from {with_covid} resources"
    assert catalogue.count(parse_query("theme:COVID-19")) == 0


def test_set_type_and_language(catalogue):
    uids = all_uids(catalogue)[:4]
    bulk_edit.apply(catalogue, uids, SetValue("type", "guide"))
    bulk_edit.apply(catalogue, uids, SetValue("language", "Thai"))
    for uid in uids:
        record = catalogue.record(uid)
        assert record.type == "Guide" and record.languages == ["th"]


def test_unknown_controlled_value_is_refused(catalogue):
    with pytest.raises(BulkEditError, match="no theme 'Astrology'"):
        bulk_edit.apply(catalogue, all_uids(catalogue), AddValue("theme", "Astrology"))


def test_new_keyword_and_organization_are_allowed(catalogue):
    uids = all_uids(catalogue)[:2]
    changes = bulk_edit.apply(catalogue, uids, AddValue("organization", "Kathmandu Migrant Desk", "publisher"))
    assert changes.vocabularies == {"organization"}
    assert catalogue.record(uids[0]).organizations[-1].role == "publisher"
    bulk_edit.apply(catalogue, uids, AddValue("keyword", "wage arrears"))
    assert "wage arrears" in catalogue.record(uids[1]).keywords


def test_find_and_replace_plain_is_literal_and_case_insensitive(catalogue):
    uid = editing.create(catalogue, RecordData(title="Wages (2020) in ASEAN. asean data")).uid
    rows = bulk_edit.preview(catalogue, [uid], ReplaceText("title", "asean", "Southeast Asia"))
    assert rows[0].after == "Wages (2020) in Southeast Asia. Southeast Asia data"
    rows = bulk_edit.preview(catalogue, [uid], ReplaceText("title", "(2020)", "[2020]"))
    assert rows[0].after == "Wages [2020] in ASEAN. asean data"


def test_find_and_replace_regex_with_groups(catalogue):
    uid = editing.create(catalogue, RecordData(title="Report 2019-2020 on wages")).uid
    op = ReplaceText("title", r"(\d{4})-(\d{4})", r"\1 to \2", regex=True)
    assert bulk_edit.preview(catalogue, [uid], op)[0].after == "Report 2019 to 2020 on wages"
    changes = bulk_edit.apply(catalogue, [uid], op)
    assert catalogue.record(uid).title == "Report 2019 to 2020 on wages"
    assert "in title of 1 resource" in changes.description


def test_bad_regex_is_a_clear_error(catalogue):
    with pytest.raises(BulkEditError, match="regular expression"):
        bulk_edit.preview(catalogue, all_uids(catalogue), ReplaceText("title", "(", "", regex=True))


def test_a_replace_that_breaks_a_record_writes_nothing(catalogue):
    uid = editing.create(catalogue, RecordData(title="Only")).uid
    other = editing.create(catalogue, RecordData(title="Only this")).uid
    rows = bulk_edit.preview(catalogue, [uid, other], ReplaceText("title", "Only", ""))
    assert rows[0].error == "A title is required."
    with pytest.raises(BulkEditError, match="would become invalid"):
        bulk_edit.apply(catalogue, [uid, other], ReplaceText("title", "Only", ""))
    assert catalogue.record(other).title == "Only this"


def test_preview_lists_only_records_that_change(catalogue):
    uids = all_uids(catalogue)
    rows = bulk_edit.preview(catalogue, uids, AddValue("theme", "COVID-19"))
    assert len(rows) == len(uids) - catalogue.count(parse_query("theme:COVID-19"))
    assert all("COVID-19" in r.after and "COVID-19" not in r.before for r in rows)


def test_undo_a_bulk_edit_with_its_snapshots(catalogue):
    uids = all_uids(catalogue)[:50]
    changes = bulk_edit.apply(catalogue, uids, AddValue("theme", "Skills"))
    undo = editing.apply_snapshots(catalogue, list(changes.before.values()),
                                   editing.snapshots(changes), "undo", action="undo")
    assert undo.updated == changes.updated
    assert all(catalogue.record(u).themes == changes.before[u].themes for u in changes.updated)


def test_search_index_follows_bulk_edits_of_indexed_and_other_fields(catalogue):
    uids = [r.uid for r in catalogue.rows(catalogue.search(parse_query("housing")).ids)]
    bulk_edit.apply(catalogue, uids, AddValue("keyword", "zanzibarlike"))
    assert catalogue.search(parse_query("zanzibarlike")).ids == catalogue.search(parse_query("housing")).ids
    bulk_edit.apply(catalogue, uids, AddValue("theme", "Wages"))  # not indexed text: index left alone
    assert len(catalogue.search(parse_query("zanzibarlike housing")).ids) == len(uids)
    bulk_edit.apply(catalogue, uids, ReplaceText("title", "Home truths", "Hard truths"))
    assert catalogue.search(parse_query('"hard truths"')).total == 1
    assert catalogue.search(parse_query('"home truths"')).total == 0
    assert catalogue.search(parse_query("theme:wages zanzibarlike")).total == len(uids)


@pytest.mark.parametrize("op", [
    AddValue("keyword", "Wage Theft"), AddValue("theme", "skills"), AddValue("country", "nepal"),
    AddValue("organization", "international labour organization", role="publisher"), RemoveValue("theme", "COVID-19"),
    SetValue("type", "report"), SetValue("language", "th"), ReplaceText("title", "migrant", "Migrant")])
def test_what_a_bulk_edit_returns_and_records_is_what_the_catalogue_holds(catalogue, op):
    """Changes.after is made from what was written plus the vocabulary fields read back, not a whole
    re-read: it must equal the stored records, spellings and order included, and the history rows
    must rebuild them."""
    uids = all_uids(catalogue)
    editing.create(catalogue, RecordData(title="Domestic work and wage theft", keywords=["wage theft", "Zebra"]))
    uids = all_uids(catalogue)
    changes = bulk_edit.apply(catalogue, uids, op)
    assert changes.updated
    for uid in changes.updated:
        assert changes.after[uid] == catalogue.record(uid), uid
        assert changes.before[uid].version + 1 == changes.after[uid].version
    uid = sorted(changes.updated)[0]
    step = history.list_history(catalogue, uid)[0]
    assert step.action == "bulk"
    assert {e.field for e in step.entries} == {name for name, _, _ in change_log.diff(changes.before[uid],
                                                                                       changes.after[uid])}
    assert history.version_at(catalogue, uid, changes.after[uid].version) == catalogue.record(uid)


def test_a_bulk_edit_checks_the_fields_it_changes_not_what_records_already_had(catalogue):
    """An imported record with an address the editor would refuse still takes a theme; its address is
    kept as it was (not tidied behind the librarian's back), and the theme is checked as before."""
    from db import writes
    odd = RecordData(title="  Spaced   title ", url="not a web address", doi="https://doi.org/10.1/x", uid="odd-1")
    writes.save_record(catalogue.database, odd)
    good = all_uids(catalogue)[:3]
    changes = bulk_edit.apply(catalogue, ["odd-1", *good], AddValue("theme", "skills"))
    stored = catalogue.record("odd-1")
    assert "Skills" in stored.themes and "odd-1" in changes.updated
    assert (stored.title, stored.url, stored.doi) == ("  Spaced   title ", "not a web address", "https://doi.org/10.1/x")
    assert [e.field for e in history.list_history(catalogue, "odd-1")[0].entries] == ["themes"]


@pytest.mark.parametrize("op", [AddValue("keyword", "  spaced   keyword "), AddValue("country", "Viet Nam"),
                                SetValue("language", "thai"), ReplaceText("title", "Migra", "  migra"),
                                ReplaceText("doi", "^.*$", "https://doi.org/10.5/ab", regex=True),
                                ReplaceText("url", "^.*$", "x y", regex=True)])
def test_the_changed_fields_are_prepared_as_the_editor_prepares_them(catalogue, op):
    """prepare_changed gives each changed field the value (or the error) a whole prepare gives it."""
    from app.bulk_edit import _resolved, changed_record
    for uid in all_uids(catalogue)[:8]:
        current = catalogue.record(uid)
        target = changed_record(current, _resolved(op))
        try:
            whole = editing.prepare(target)
        except editing.ValidationFailed as exc:
            with pytest.raises(editing.ValidationFailed) as caught:
                editing.prepare_changed(current, target)
            assert caught.value.errors.items() <= exc.errors.items()
            continue
        part = editing.prepare_changed(current, target)
        for name in RecordData.__dataclass_fields__:
            expected = getattr(whole, name) if getattr(current, name) != getattr(target, name) else getattr(current, name)
            assert getattr(part, name) == expected, name


# ---- the set-form path (a value added to or removed from a list field) against the whole-record path

def _index_rows(catalogue) -> list[tuple]:
    """Every record's search index entries, by uid (the word row, and the trigram row or None)."""
    from db.dialect import is_postgres
    database = catalogue.database
    word = ("SELECT r.uid, f.doc::text FROM resource_fts f JOIN resource r ON r.id = f.rowid" if is_postgres(database)
            else "SELECT r.uid, f.title, f.summary, f.organizations, f.keywords FROM resource_fts f "
                 "JOIN resource r ON r.id = f.rowid")
    trigrams = dict(database.execute_sql("SELECT r.uid, t.body FROM resource_trigram t "
                                         "JOIN resource r ON r.id = t.rowid").fetchall())
    return sorted((row[0], tuple(row[1:]), trigrams.get(row[0])) for row in database.execute_sql(word).fetchall())


def _history(catalogue, uids) -> list[tuple]:
    from db import history as db_history
    return [(r["resource_uid"], r["action"], r["field"], r["old_value"], r["new_value"], r["version"])
            for r in db_history.rows_for(sorted(uids))]


def _region_matches(catalogue) -> list[tuple]:
    """The derived region matches (direct regions and the regions of each country), by uid."""
    return sorted(catalogue.database.execute_sql(
        "SELECT r.uid, g.name FROM resource_region_match m JOIN resource r ON r.id = m.resource_id "
        "JOIN region g ON g.id = m.region_id").fetchall())


def _comparable(record: RecordData) -> RecordData:
    return record.evolve(added_at="", updated_at="")


def _set_form_ops(catalogue) -> list:
    """Adds and removes of each list field the set form takes, with values the seed holds."""
    from db.vocab import names_by_id
    records = [catalogue.record(uid) for uid in all_uids(catalogue)]
    held = {field: sorted({v for r in records for v in getattr(r, field)}) for field in
            ("themes", "countries", "regions", "languages", "keywords")}
    region = sorted(names_by_id("region").values())[0]
    return [AddValue("keyword", "Wage Theft"), AddValue("keyword", "  a  brand new keyword "),
            AddValue("theme", "skills"), AddValue("country", "nepal"), AddValue("region", region.lower()),
            AddValue("language", "th"), RemoveValue("theme", held["themes"][0]),
            RemoveValue("keyword", "WAGE THEFT"), RemoveValue("country", held["countries"][0]),
            RemoveValue("language", held["languages"][0]), RemoveValue("region", (held["regions"] or [region])[0])]


def _edits_through(tmp_path, backend, monkeypatch, set_form: bool, ops=_set_form_ops, extra=()) -> list[tuple]:
    """Each of ``ops`` (_set_form_ops) applied in turn to a fresh catalogue, with the ``extra``
    records added, through one path only; what each returned and left stored (time stamps aside)."""
    from tests.conftest import _open
    cat, close = _open(tmp_path / str(set_form), backend, "seeded")   # one open catalogue at a time
    out = []
    try:
        for record in (RecordData(title="Domestic work and wage theft", keywords=["wage theft", "Zebra"],
                                  uid="wage-theft-1"), *extra):
            editing.create(cat, record)
        uids = all_uids(cat)
        with monkeypatch.context() as patched:
            if set_form:
                patched.setattr(bulk_edit, "_apply_records", lambda *args: pytest.fail("left the set form"))
            else:
                patched.setattr(bulk_edit, "_apply_link_edit", lambda *args: None)
            for op in ops(cat):
                changes = bulk_edit.apply(cat, uids, op)
                assert changes.updated, op
                for uid in changes.updated:
                    assert changes.after[uid] == cat.record(uid), (op, uid)
                    assert changes.before[uid].version + 1 == changes.after[uid].version, (op, uid)
                out.append((op, changes.updated, changes.vocabularies, changes.description,
                            {u: _comparable(r) for u, r in changes.before.items()},
                            {u: _comparable(r) for u, r in changes.after.items()},
                            _history(cat, uids), _index_rows(cat), [_comparable(cat.record(u)) for u in uids],
                            _region_matches(cat)))
    finally:
        close()
    return out


def test_the_set_form_edit_stores_and_returns_what_the_whole_record_path_does(tmp_path, backend, monkeypatch):
    """The same edits on two fresh catalogues, one through the whole-record path and one through the
    set form: the records, Changes (snapshots, vocabularies, description), history rows and search
    index entries are the same, but for the time stamps."""
    whole = _edits_through(tmp_path, backend, monkeypatch, set_form=False)
    fast = _edits_through(tmp_path, backend, monkeypatch, set_form=True)
    assert len(whole) == len(fast) == 11
    for a, b in zip(whole, fast):
        for name, x, y in zip(("op", "updated", "vocabularies", "description", "before", "after", "history",
                               "index", "records", "region matches"), a, b):
            assert x == y, (a[0], name)


def test_keywords_in_unspaced_scripts_index_as_the_whole_record_path_indexes_them(tmp_path, backend, monkeypatch):
    """The set form writes just the keywords part of the index entries (the stored title, summary and
    organizations kept): a Thai, Lao or Chinese keyword added or removed makes, rewrites or drops the
    trigram rows exactly as the whole-record path does, for records with and without such a title."""
    extra = (RecordData(title="แรงงานหญิง ในภาคเกษตร", summary="Women on farms", keywords=["Zebra"], uid="thai-title"),
             RecordData(title="Migration in plain words", keywords=["移民", "zebra crossings"], uid="chinese-keyword"),
             RecordData(title="ການເຄື່ອນຍ້າຍແຮງງານ", keywords=["ຄົນງານ"], uid="lao-both"))

    def ops(_cat):
        return [AddValue("keyword", "แรงงานข้ามชาติ"), RemoveValue("keyword", "แรงงานข้ามชาติ"),
                RemoveValue("keyword", "移民"), AddValue("keyword", "ຄົນງານ"), RemoveValue("keyword", "ຄົນງານ"),
                RemoveValue("keyword", "zebra")]
    whole = _edits_through(tmp_path, backend, monkeypatch, False, ops, extra)
    fast = _edits_through(tmp_path, backend, monkeypatch, True, ops, extra)
    assert len(whole) == len(fast) == 6
    for a, b in zip(whole, fast):
        for name, x, y in zip(("op", "updated", "vocabularies", "description", "before", "after", "history",
                               "index", "records", "region matches"), a, b):
            assert x == y, (a[0], name)
    trigram = {uid: body for uid, _, body in fast[2][7]}
    assert trigram["chinese-keyword"] is None and "移民" not in (trigram["lao-both"] or "")   # the row went
    assert "แรงงานหญิง" in trigram["thai-title"]
    assert [body for uid, _, body in fast[0][7] if uid == "wage-theft-1"] == ["domestic work and wage theft\n\n\n"
                                                                               "zebra wage theft แรงงานข้ามชาติ"]


def test_a_record_the_set_form_cannot_take_as_stored_goes_the_whole_record_way(catalogue):
    """A stored keyword with doubled spaces (an old import) would be tidied by the whole path: the set
    form steps aside, and the edit is what that path makes of it."""
    from db import writes
    writes.save_record(catalogue.database, RecordData(title="Odd keywords", keywords=["two  spaces"], uid="odd-kw"))
    changes = bulk_edit.apply(catalogue, ["odd-kw", *all_uids(catalogue)[:3]], AddValue("keyword", "fresh"))
    assert catalogue.record("odd-kw").keywords == sorted(["two spaces", "fresh"])
    assert changes.after["odd-kw"] == catalogue.record("odd-kw")


def test_undo_of_a_set_form_edit_restores_links_and_index(catalogue):
    uids = all_uids(catalogue)
    before = {u: catalogue.record(u) for u in uids}
    hits = catalogue.search(parse_query("housing")).ids
    changes = bulk_edit.apply(catalogue, uids, AddValue("keyword", "zanzibarlike"))
    assert catalogue.search(parse_query("zanzibarlike")).total == len(uids)
    editing.apply_snapshots(catalogue, list(changes.before.values()), editing.snapshots(changes), "undo",
                            action="undo")
    assert catalogue.search(parse_query("zanzibarlike")).total == 0
    assert catalogue.search(parse_query("housing")).ids == hits
    assert all(catalogue.record(u).keywords == before[u].keywords for u in uids)
