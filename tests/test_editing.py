from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from app import editing
from app.criteria import Criteria
from db.records import RecordData


def new(catalogue, **fields) -> str:
    return editing.create(catalogue, RecordData(**{"title": "Wage theft in Gulf states", **fields})).uid


def test_create_returns_changes_with_snapshots(catalogue):
    changes = editing.create(catalogue, RecordData(title="Wage theft", countries=["lao", "TH"], year=2021,
                                                   themes=["Wages"]))
    uid = changes.uid
    assert changes.created == {uid}
    assert changes.description == "create “Wage theft”"
    assert changes.before == {uid: None}
    stored = catalogue.record(uid)
    assert stored.countries == ["LA", "TH"] and stored.version == 1
    assert changes.after[uid] == stored


def test_create_rejects_invalid_fields_with_messages(catalogue):
    with pytest.raises(editing.ValidationFailed) as info:
        editing.create(catalogue, RecordData(title="", year=1850, countries=["Atlantis"]))
    assert set(info.value.errors) == {"title", "year", "countries"}
    assert "Atlantis" in info.value.errors["countries"]


def test_new_theme_reports_a_vocabulary_change(catalogue):
    changes = editing.create(catalogue, RecordData(title="x", themes=["Climate mobility"]))
    assert changes.vocabularies == {"theme"}
    assert "Climate mobility" in [v["name"] for v in catalogue.vocabulary("theme")]


def test_update_with_current_version(catalogue):
    uid = new(catalogue)
    current = catalogue.record(uid)
    changes = editing.update(catalogue, uid, replace(current, year=2020), current.version)
    assert changes.updated == {uid}
    assert catalogue.record(uid).year == 2020
    assert catalogue.record(uid).version == current.version + 1
    assert changes.before[uid].year is None


def test_saving_unchanged_record_writes_nothing(catalogue):
    uid = new(catalogue, countries=["TH", "MY"])
    current = catalogue.record(uid)
    reordered = replace(current, countries=list(reversed(current.countries)))
    changes = editing.update(catalogue, uid, reordered, current.version)
    assert changes.is_empty()
    assert catalogue.record(uid).version == current.version


def test_stale_version_raises_conflict_with_both_versions(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    editing.update(catalogue, uid, replace(opened, title="Theirs"), opened.version)
    with pytest.raises(editing.VersionConflict) as info:
        editing.update(catalogue, uid, replace(opened, title="Mine"), opened.version)
    conflict = info.value
    assert (conflict.expected_version, conflict.stored_version) == (1, 2)
    assert conflict.mine.title == "Mine" and conflict.theirs.title == "Theirs"
    assert catalogue.record(uid).title == "Theirs"


def test_conflict_from_another_thread(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)

    def other_window():
        editing.update(catalogue, uid, replace(opened, title="From the other thread"), opened.version)

    worker = threading.Thread(target=other_window)
    worker.start()
    worker.join()
    with pytest.raises(editing.VersionConflict):
        editing.update(catalogue, uid, replace(opened, title="From this thread"), opened.version)
    assert catalogue.record(uid).title == "From the other thread"


def test_two_threads_saving_at_once_never_lose_an_update(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    barrier = threading.Barrier(4)
    outcomes: list[str] = []
    lock = threading.Lock()

    def save(title):
        barrier.wait()
        try:
            editing.update(catalogue, uid, replace(opened, title=title), opened.version)
            result = "saved"
        except editing.VersionConflict:
            result = "conflict"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=save, args=(f"Title {i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "conflict", "conflict", "saved"]
    assert catalogue.record(uid).version == 2


def test_conflict_from_another_process(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    root = Path(__file__).resolve().parents[1]
    script = (
        "import sys; from dataclasses import replace\n"
        "from app.catalogue import Catalogue\nfrom app import editing\n"
        "cat = Catalogue.open(sys.argv[1]); rec = cat.record(sys.argv[2])\n"
        "editing.update(cat, rec.uid, replace(rec, title='Other process'), rec.version)\n"
    )
    subprocess.run([sys.executable, "-c", script, catalogue.opened.location, uid], cwd=root, check=True)
    with pytest.raises(editing.VersionConflict) as info:
        editing.update(catalogue, uid, replace(opened, title="Mine"), opened.version)
    assert info.value.theirs.title == "Other process"


def test_delete_moves_to_trash_and_restore_brings_back(catalogue):
    uid = new(catalogue)
    live = catalogue.total()
    changes = editing.delete(catalogue, [uid])
    assert changes.deleted == {uid}
    assert catalogue.total() == live - 1
    assert catalogue.record(uid).deleted_at is not None
    assert uid in editing.trashed(catalogue)
    assert catalogue.search(Criteria(trash=True)).total == 1
    changes = editing.restore(catalogue, [uid])
    assert changes.restored == {uid}
    assert catalogue.record(uid).deleted_at is None and catalogue.total() == live


def test_deleting_twice_changes_nothing_more(catalogue):
    uid = new(catalogue)
    editing.delete(catalogue, [uid])
    again = editing.delete(catalogue, [uid])
    assert again.is_empty()


def test_delete_many_description(catalogue):
    uids = [new(catalogue, title=f"Record {i}") for i in range(3)]
    assert editing.delete(catalogue, uids).description == "delete 3 resources"


def test_editing_a_record_deleted_meanwhile_conflicts(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    editing.delete(catalogue, [uid])
    with pytest.raises(editing.VersionConflict):
        editing.update(catalogue, uid, replace(opened, title="x"), opened.version)


def test_purge_only_touches_trash_and_backs_up(catalogue):
    keep, gone = new(catalogue, title="Keep"), new(catalogue, title="Gone")
    editing.delete(catalogue, [gone])
    changes = editing.purge(catalogue, [keep, gone])
    assert changes.deleted == {gone}
    assert catalogue.record(gone) is None and catalogue.record(keep) is not None
    if catalogue.path is not None:  # a server catalogue's backups are its administrator's
        assert list((catalogue.path.parent / "backups").glob("*before-purge.db"))


def test_empty_trash_reports_count(catalogue):
    uids = [new(catalogue, title=f"R{i}") for i in range(2)]
    editing.delete(catalogue, uids)
    changes = editing.empty_trash(catalogue)
    assert changes.description == "remove 2 resources for good"
    assert editing.trashed(catalogue) == []


def test_duplicate_creates_a_copy(catalogue):
    uid = new(catalogue, themes=["Wages"])
    changes = editing.duplicate(catalogue, uid)
    copy = catalogue.record(changes.uid)
    assert copy.uid != uid and copy.title.endswith("(copy)") and copy.themes == ["Wages"]
    assert changes.description.startswith("duplicate ")


def test_apply_snapshots_undoes_an_edit_and_checks_the_fields(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    edit = editing.update(catalogue, uid, replace(opened, title="Edited"), opened.version)
    before, after = editing.snapshots(edit, "before"), editing.snapshots(edit, "after")
    editing.apply_snapshots(catalogue, list(before.values()), after, "undo", action="undo")
    assert catalogue.record(uid).title == "Wage theft in Gulf states"
    with pytest.raises(editing.VersionConflict):  # a redo must find the record as the undo left it
        editing.apply_snapshots(catalogue, list(after.values()), after, "redo")
    editing.apply_snapshots(catalogue, list(after.values()), before, "redo")
    assert catalogue.record(uid).title == "Edited"


def test_apply_snapshots_refuses_when_someone_else_changed_the_record(catalogue):
    uid = new(catalogue)
    opened = catalogue.record(uid)
    edit = editing.update(catalogue, uid, replace(opened, title="Edited"), opened.version)
    current = catalogue.record(uid)
    editing.update(catalogue, uid, replace(current, year=2001), current.version)
    with pytest.raises(editing.VersionConflict):
        editing.apply_snapshots(catalogue, list(editing.snapshots(edit, "before").values()),
                                editing.snapshots(edit), "undo")
    assert catalogue.record(uid).year == 2001 and catalogue.record(uid).title == "Edited"
