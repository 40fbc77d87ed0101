from __future__ import annotations

from app import attachments, editing, quality
from app.criteria import parse_query
from db.records import RecordData


def ids_of(catalogue, *uids):
    return {catalogue.opened.database.execute_sql("SELECT id FROM resource WHERE uid = ?", (u,)).fetchone()[0]
            for u in uids}


def test_lists_match_the_catalogue(catalogue):
    assert len(quality.ids(catalogue, "no_year")) == catalogue.count(parse_query("year:none"))
    for key in ("no_type", "no_year", "no_place", "no_theme", "no_summary"):
        for rid in quality.ids(catalogue, key):
            record = catalogue.record_by_id(rid)
            assert {"no_type": record.type is None, "no_year": record.year is None,
                    "no_place": not record.countries and not record.regions,
                    "no_theme": not record.themes, "no_summary": not record.summary.strip()}[key]


def test_new_incomplete_record_appears_first_and_leaves_when_fixed(catalogue):
    uid = editing.create(catalogue, RecordData(title="Bare record")).uid
    [rid] = ids_of(catalogue, uid)
    for key in ("no_type", "no_year", "no_place", "no_theme", "no_summary"):
        assert quality.ids(catalogue, key)[0] == rid
    current = catalogue.record(uid)
    from dataclasses import replace
    editing.update(catalogue, uid, replace(current, type="Report", year=2020, regions=["ASEAN"], themes=["Wages"],
                                           summary="Now described."), current.version)
    for key in ("no_type", "no_year", "no_place", "no_theme", "no_summary"):
        assert rid not in quality.ids(catalogue, key)


def test_trashed_records_are_not_listed(catalogue):
    uid = editing.create(catalogue, RecordData(title="Bare")).uid
    editing.delete(catalogue, [uid])
    assert not ids_of(catalogue, uid) & set(quality.ids(catalogue, "no_type"))


def test_attachment_missing_and_duplicates(catalogue, tmp_path):
    uid = editing.create(catalogue, RecordData(title="With file")).uid
    file = tmp_path / "a.pdf"
    file.write_bytes(b"pdf")
    attachments.add(catalogue, uid, file)
    assert quality.ids(catalogue, "attachment_missing") == []
    attachments.list_for(catalogue, uid)[0].path.unlink()
    if catalogue.path is None:
        # A catalogue on a server keeps the content itself: this computer's copy comes back.
        assert quality.ids(catalogue, "attachment_missing") == []
        assert attachments.list_for(catalogue, uid)[0].path.read_bytes() == b"pdf"
        from db import models as m
        m.AttachmentBlob.delete().execute()
    assert quality.ids(catalogue, "attachment_missing") == list(ids_of(catalogue, uid))
    a = editing.create(catalogue, RecordData(title="Same", doi="10.1000/x")).uid
    b = editing.create(catalogue, RecordData(title="Other", doi="10.1000/X")).uid
    assert set(quality.ids(catalogue, "duplicates")) == ids_of(catalogue, a, b)
    counts = quality.counts(catalogue)
    assert counts["duplicates"] == 2 and counts["attachment_missing"] == 1
    assert "duplicates" not in quality.counts(catalogue, include_slow=False)


def test_the_no_summary_list_is_read_from_its_own_index(catalogue):
    """A blank or whitespace-only summary is listed; the list and its count come from the partial
    index, not from reading every summary (4 s at 1,000,000 records)."""
    from db import dialect
    from db import quality as sql
    blank = editing.create(catalogue, RecordData(title="Blank summary", summary="   \n  "))
    uid = next(iter(blank.created))
    assert uid in {catalogue.record_by_id(i).uid for i in quality.ids(catalogue, "no_summary")}
    assert quality.counts(catalogue)["no_summary"] == len(quality.ids(catalogue, "no_summary")) >= 1
    if not dialect.is_postgres(catalogue.database):
        plans = [" ".join(str(c) for c in row) for row in catalogue.database.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM resource r WHERE r.deleted_at IS NULL "
            f"AND {sql.CONDITIONS['no_summary']}").fetchall()]
        assert any("resource_blank_summary" in p for p in plans)


def test_counts_of_every_condition_equal_the_reference_anti_joins(catalogue):
    """db.quality.count_all counts "no theme" and "no country or region" from the link tables'
    keys (the live total minus the live records they name) where count_where tests every record:
    the same answers with records in the trash that hold a theme or a place (and ones that hold
    none), records with a region and no country, with both, with neither, and none with a theme."""
    from dataclasses import replace

    from db import quality as sql

    def same() -> dict:
        expected = {key: sql.count_where(key, catalogue.database) for key in sql.CONDITIONS}
        assert sql.count_all(catalogue.database) == expected
        return expected

    before = same()
    made = {}
    for name, fields in (("bare", {}), ("region only", {"regions": ["ASEAN"]}),
                         ("country and region", {"countries": ["TH"], "regions": ["ASEAN"]}),
                         ("country only", {"countries": ["KH"]}), ("theme only", {"themes": ["Wages"]}),
                         ("bare trashed", {}), ("placed trashed", {"countries": ["TH"], "regions": ["ASEAN"]}),
                         ("themed trashed", {"themes": ["Wages"], "regions": ["ASEAN"]})):
        made[name] = editing.create(catalogue, RecordData(title=name, **fields)).uid
    after = same()
    assert after["no_theme"] == before["no_theme"] + 6      # all but "theme only" and "themed trashed"
    assert after["no_place"] == before["no_place"] + 3      # bare, theme only, bare trashed
    editing.delete(catalogue, [made["bare trashed"], made["placed trashed"], made["themed trashed"]])
    trashed = same()
    assert trashed["no_place"] == after["no_place"] - 1 and trashed["no_theme"] == after["no_theme"] - 2
    # A region taken away from a record with a country too keeps it placed; from one without, not.
    for name in ("region only", "country and region"):
        current = catalogue.record(made[name])
        editing.update(catalogue, made[name], replace(current, regions=[]), current.version)
    assert same()["no_place"] == trashed["no_place"] + 1
