"""Catalogue packages: export with attachments, import elsewhere, merge by UUID, conflicts, safe paths."""
from __future__ import annotations

import json
import zipfile

import pytest

from app import attachments
from app.transfer import packages, service as transfer
from app.transfer.exporting import ExportScope
from app.catalogue import Catalogue
from app.criteria import Criteria
from app.seed import load_seed_vocabularies
from db import models
from db.bulk_records import all_ids, records_for_ids
from db.writes import save_record


def use(cat):
    """Point the models at ``cat`` (tests hold two catalogues open; the app holds one)."""
    models.database.initialize(cat.database)
    return cat


@pytest.fixture
def office(tmp_path):
    cat = Catalogue.open(tmp_path / "office" / "catalogue.db")
    yield cat
    cat.close()


@pytest.fixture
def laptop(tmp_path):
    cat = Catalogue.open(tmp_path / "laptop" / "catalogue.db", seed=False)
    load_seed_vocabularies(cat.database)
    yield cat
    cat.close()


def _records(cat):
    use(cat)
    return {r.uid: r for r in records_for_ids(cat.database, all_ids(cat.database, include_trash=True))}


def _edit(cat, uid, **values):
    use(cat)
    rec = cat.record(uid)
    for key, value in values.items():
        setattr(rec, key, value)
    return save_record(cat.database, rec)


def _send(source, target, path):
    use(source)
    transfer.export(source, path, "package")
    use(target)
    return transfer.import_file(target, path)


def test_package_carries_records_history_lists_and_files(office, laptop, tmp_path):
    use(office)
    uid = office.rows(office.search(Criteria()).ids[:1])[0].uid
    pdf = tmp_path / "report ไทย.pdf"
    pdf.write_bytes(b"%PDF-1.4 field report")
    attachments.add(office, uid, pdf)
    path = tmp_path / "field.zip"
    report = _send(office, laptop, path)
    assert report.format == "package" and report.added == office.total() and report.failed == 0
    assert _records(laptop).keys() == _records(office).keys()
    use(laptop)
    files = attachments.list_for(laptop, uid)
    assert len(files) == 1 and files[0].status == attachments.STATUS_OK
    assert files[0].path.read_bytes() == b"%PDF-1.4 field report"
    assert files[0].path.is_relative_to(attachments.folder(laptop))
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["attachments"] == 1 and manifest["records"] == report.total


def test_merge_newer_side_wins_and_conflicts_are_listed(office, laptop, tmp_path):
    _send(office, laptop, tmp_path / "p1.zip")
    use(office)
    uids = [r.uid for r in office.rows(office.search(Criteria()).ids[:3])]
    only_office, only_laptop, both = uids
    _edit(office, only_office, volume="office edit")
    _edit(office, both, issue="office")
    _edit(laptop, only_laptop, volume="laptop edit")
    _edit(laptop, both, issue="laptop")
    report = _send(office, laptop, tmp_path / "p2.zip")
    after = _records(laptop)
    assert after[only_office].volume == "office edit"          # changed in the package only
    assert after[only_laptop].volume == "laptop edit"          # changed here only: kept
    assert after[both].issue == "laptop"                       # conflict: not overwritten
    assert report.updated == 1 and report.conflicts == 1
    assert [c.uid for c in report.conflict_records] == [both]
    assert any(p.kind == "conflict" for p in report.problems)
    # Back the other way: the office takes the laptop's own edit, and sees the same conflict.
    back = _send(laptop, office, tmp_path / "p3.zip")
    assert _records(office)[only_laptop].volume == "laptop edit"
    assert back.conflicts == 1
    # Resolving keeps the chosen version, and the same package no longer conflicts.
    use(laptop)
    changes = packages.resolve_conflict(laptop, report.conflict_records[0], keep="remote")
    assert both in changes.updated and _records(laptop)[both].issue == "office"
    use(laptop)
    again = transfer.import_file(laptop, tmp_path / "p2.zip")
    assert again.conflicts == 0 and again.updated == 0


def test_keeping_ours_marks_theirs_as_seen(office, laptop, tmp_path):
    _send(office, laptop, tmp_path / "p1.zip")
    use(office)
    uid = office.rows(office.search(Criteria()).ids[:1])[0].uid
    _edit(office, uid, volume="office")
    _edit(laptop, uid, volume="laptop")
    report = _send(office, laptop, tmp_path / "p2.zip")
    use(laptop)
    assert packages.resolve_conflict(laptop, report.conflict_records[0], keep="local").is_empty()
    use(laptop)
    again = transfer.import_file(laptop, tmp_path / "p2.zip")
    assert again.conflicts == 0 and _records(laptop)[uid].volume == "laptop"


def test_never_met_edited_beats_untouched(office, tmp_path):
    other = Catalogue.open(tmp_path / "other" / "catalogue.db")   # same seed records, same uids
    try:
        use(other)
        uid = other.rows(other.search(Criteria()).ids[:1])[0].uid
        _edit(other, uid, pages="99")
        report = _send(other, office, tmp_path / "p.zip")
        assert _records(office)[uid].pages == "99"
        assert report.updated == 1 and report.added == 0 and report.conflicts == 0
    finally:
        other.close()


def _evil_package(path, member_path):
    doc = {"format": "resource-catalogue", "version": 1, "records": [{
        "uid": "11111111-2222-3333-4444-555555555555", "title": "Evil", "version": 1,
        "attachments": [{"uid": "a1", "file_name": "x", "path": member_path, "sha256": "", "size": 1,
                         "added_at": "2024-01-01T00:00:00.000000Z"}]}], "reading_lists": []}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "resource-catalogue-package", "version": 1}))
        zf.writestr("catalogue.json", json.dumps(doc))
        zf.writestr("attachments/" + member_path, b"boom")


@pytest.mark.parametrize("member", ["../../escape.txt", "/etc/evil", "a/../../b.txt", "C:/x.txt", "..\\x.txt"])
def test_paths_outside_the_attachments_folder_are_refused(laptop, tmp_path, member):
    use(laptop)
    path = tmp_path / "evil.zip"
    _evil_package(path, member)
    before = laptop.total()
    with pytest.raises(transfer.FormatError, match="unsafe attachment path|outside the attachments folder"):
        transfer.import_file(laptop, path)
    assert laptop.total() == before
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "b.txt").exists()


def test_safe_member_path():
    from pathlib import Path
    root = Path("/tmp/cat-attachments")
    assert packages.safe_member_path("ab/report.pdf", root) == root.resolve() / "ab" / "report.pdf"
    for bad in ("", "../x", "x/../../y", "/abs", "C:\\x", "a\\b", "a//b"):
        with pytest.raises(packages.UnsafePathError):
            packages.safe_member_path(bad, root)


def test_damaged_or_foreign_zip(laptop, tmp_path):
    use(laptop)
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "something-else"}))
    with pytest.raises(transfer.FormatError, match="not a Resource Catalogue package"):
        transfer.import_file(laptop, path, transfer.ImportOptions(format="package"))


def test_links_travel_in_packages_merge_and_wait_for_their_record(office, laptop, tmp_path):
    from app import relations
    from db import relations as db_relations
    use(office)
    a, b, c, d = [r.uid for r in office.rows(office.search(Criteria()).ids[:4])]
    relations.link(office, a, "version", b)
    relations.link(office, c, "series", d, "2022 Q1")
    _send(office, laptop, tmp_path / "p1.zip")
    use(laptop)
    assert [r.uid for r in relations.relations_of(laptop, a).versions] == [b]
    assert relations.relations_of(laptop, c).part_of[0].number == "2022 Q1"
    # Both sides add links to the same record: the next package merges them, no conflict.
    relations.link(laptop, a, "related", c)
    use(office)
    relations.link(office, a, "related", d)
    report = _send(office, laptop, tmp_path / "p2.zip")
    assert report.conflicts == 0
    use(laptop)
    assert {r.uid for r in relations.relations_of(laptop, a).related} == {c, d}
    # A package of one record whose link names a record the laptop lacks: kept, shown on arrival.
    use(office)
    new = transfer_create(office, "Báo cáo phí tuyển dụng")
    relations.link(office, a, "version", new)
    path = tmp_path / "one.zip"
    transfer.export(office, path, "package", ExportScope(uids=[a]))
    use(laptop)
    transfer.import_file(laptop, path)
    assert (a, "version", new) in [r.key for r in db_relations.links_of(a)]
    assert {r.uid for r in relations.relations_of(laptop, a).versions} == {b}
    _send(office, laptop, tmp_path / "p3.zip")
    use(laptop)
    assert {r.uid for r in relations.relations_of(laptop, a).versions} == {b, new}


def transfer_create(cat, title):
    from app import editing
    from db.records import RecordData
    return editing.create(cat, RecordData(title=title)).uid


def _links(cat, uid):
    from db import relations as db_relations
    use(cat)
    return {(r.kind, r.target_uid if r.subject_uid == uid else r.subject_uid) for r in db_relations.all_links()
            if uid in (r.subject_uid, r.target_uid)}


def test_a_link_removed_on_one_side_is_removed_on_the_other(office, laptop, tmp_path):
    from app import relations
    use(office)
    a, b, c, d = [r.uid for r in office.rows(office.search(Criteria()).ids[:4])]
    relations.link(office, a, "version", b)
    relations.link(office, a, "related", c)
    relations.link(office, c, "series", d, "1")
    _send(office, laptop, tmp_path / "p1.zip")
    assert _links(laptop, a) == {("version", b), ("related", c)}
    # The laptop unlinks one (from the other end of an undirected link) and sends its records back.
    use(laptop)
    relations.unlink(laptop, a, "version", b)
    report = _send(laptop, office, tmp_path / "p2.zip")
    assert (report.links_removed, report.links_added) == (1, 0)
    assert a in report.changes.updated and b in report.changes.updated
    assert _links(office, a) == {("related", c)}
    assert _links(office, c) == {("related", a), ("series", d)}
    # The office sends everything again: the removed link does not come back to the laptop.
    _send(office, laptop, tmp_path / "p3.zip")
    assert _links(laptop, a) == {("related", c)}


def test_a_link_removed_here_is_not_brought_back_but_new_ones_arrive(office, laptop, tmp_path):
    from app import relations
    use(office)
    a, b, c = [r.uid for r in office.rows(office.search(Criteria()).ids[:3])]
    relations.link(office, a, "version", b)
    _send(office, laptop, tmp_path / "p1.zip")
    use(laptop)
    relations.unlink(laptop, a, "version", b)
    relations.link(laptop, b, "replaces", c)          # added here: stays whatever the office sends
    use(office)
    relations.link(office, a, "related", c)           # added there since: arrives
    report = _send(office, laptop, tmp_path / "p2.zip")
    assert (report.links_added, report.links_removed) == (1, 0)
    assert _links(laptop, a) == {("related", c)}
    assert _links(laptop, b) == {("replaces", c)}
    # Both sides now agree; the office hears of the removal and of the laptop's new link.
    report = _send(laptop, office, tmp_path / "p3.zip")
    assert (report.links_added, report.links_removed) == (1, 1)
    assert _links(office, a) == {("related", c)} and _links(office, b) == {("replaces", c)}


def test_an_older_package_without_link_bases_still_only_adds(office, laptop, tmp_path):
    from app import relations
    use(office)
    a, b, c = [r.uid for r in office.rows(office.search(Criteria()).ids[:3])]
    relations.link(office, a, "version", b)
    _send(office, laptop, tmp_path / "p1.zip")
    use(laptop)
    relations.unlink(laptop, a, "version", b)
    relations.link(laptop, a, "related", c)
    path = tmp_path / "p2.zip"
    use(laptop)
    transfer.export(laptop, path, "package")
    # Rewrite the package as an older version wrote it: no links_base anywhere.
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    doc = json.loads(members["catalogue.json"])
    assert any("links_base" in rec for rec in doc["records"])
    for rec in doc["records"]:
        rec.pop("links_base", None)
    members["catalogue.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    use(office)
    report = transfer.import_file(office, path)
    assert report.links_removed == 0
    assert _links(office, a) == {("version", b), ("related", c)}


def test_a_backup_put_back_restores_links_and_removes_none(office, tmp_path):
    from app import relations
    from app.transfer.package_export import export_package
    from db.bulk_records import all_ids
    use(office)
    a, b, c = [r.uid for r in office.rows(office.search(Criteria()).ids[:3])]
    relations.link(office, a, "version", b)
    path = tmp_path / "backup.zip"
    export_package(office, path, all_ids(office.database), backup="before-test")
    relations.unlink(office, a, "version", b)
    relations.link(office, a, "related", c)
    report = transfer.import_file(office, path)
    assert (report.links_added, report.links_removed) == (1, 0)
    assert _links(office, a) == {("version", b), ("related", c)}


def test_when_two_catalogues_last_met_is_not_shown_as_history_nor_sent_as_it(office, laptop, tmp_path):
    from app import history, relations
    from db import package_rows
    use(office)
    a, b = [r.uid for r in office.rows(office.search(Criteria()).ids[:2])]
    relations.link(office, a, "version", b)
    _send(office, laptop, tmp_path / "p1.zip")
    use(laptop)
    assert a in package_rows.link_bases(laptop.database)
    assert all(e.field not in package_rows.BOOKKEEPING_FIELDS
               for step in history.list_history(laptop, a) for e in step.entries)
    path = tmp_path / "p2.zip"
    transfer.export(laptop, path, "package")
    with zipfile.ZipFile(path) as zf:
        doc = json.loads(zf.read("catalogue.json"))
    rec = next(r for r in doc["records"] if r["uid"] == a)
    assert rec["links_base"] == [["version", b]]
    assert all(row["field"] != package_rows.LINKS_FIELD for r in doc["records"] for row in r["history"])
