from __future__ import annotations

from dataclasses import replace

import pytest

from app import editing, history
from app.change_log import set_user_name
from db.records import OrganizationRef, RecordData


@pytest.fixture(autouse=True)
def _reset_user():
    yield
    set_user_name(None)


def test_every_changed_field_is_recorded_with_who_and_when(catalogue):
    set_user_name("Somchai")
    uid = editing.create(catalogue, RecordData(title="First", year=2020)).uid
    current = catalogue.record(uid)
    editing.update(catalogue, uid, replace(current, title="Second", themes=["Wages"],
                                           organizations=[OrganizationRef("ILO")]), current.version)
    steps = history.list_history(catalogue, uid)
    assert [s.action for s in steps] == ["update", "create"]
    edit = steps[0]
    assert edit.user == "Somchai" and edit.version == 2 and edit.changed_at.endswith("Z")
    fields = {e.field: (e.old, e.new) for e in edit.entries}
    assert fields["title"] == ("First", "Second")
    assert fields["themes"] == ([], ["Wages"])
    assert fields["organizations"] == ([], [{"name": "International Labour Organization", "role": "author"}])
    assert "year" not in fields


def test_user_defaults_to_the_os_user(catalogue):
    from app.change_log import current_user
    uid = editing.create(catalogue, RecordData(title="x")).uid
    assert history.list_history(catalogue, uid)[0].user == current_user()


def test_trash_and_restore_are_in_history(catalogue):
    uid = editing.create(catalogue, RecordData(title="x")).uid
    editing.delete(catalogue, [uid])
    editing.restore(catalogue, [uid])
    assert [s.label for s in history.list_history(catalogue, uid)] == [
        "Restored from trash", "Moved to trash", "Created"]


def test_version_at_rebuilds_a_past_version(catalogue):
    uid = editing.create(catalogue, RecordData(title="v1", countries=["TH"], year=2019)).uid
    for title, countries in (("v2", ["TH", "MY"]), ("v3", ["MY"])):
        current = catalogue.record(uid)
        editing.update(catalogue, uid, replace(current, title=title, countries=countries), current.version)
    editing.delete(catalogue, [uid])
    v1 = history.version_at(catalogue, uid, 1)
    assert (v1.title, v1.countries, v1.year, v1.deleted_at) == ("v1", ["TH"], 2019, None)
    v2 = history.version_at(catalogue, uid, 2)
    assert (v2.title, sorted(v2.countries)) == ("v2", ["MY", "TH"])


def test_restore_version_is_a_checked_edit(catalogue):
    uid = editing.create(catalogue, RecordData(title="Original", themes=["Wages"])).uid
    current = catalogue.record(uid)
    editing.update(catalogue, uid, replace(current, title="Changed", themes=[]), current.version)
    with pytest.raises(editing.VersionConflict):
        history.restore_version(catalogue, uid, 1, expected_version=1)
    changes = history.restore_version(catalogue, uid, 1, expected_version=2)
    restored = catalogue.record(uid)
    assert (restored.title, restored.themes, restored.version) == ("Original", ["Wages"], 3)
    assert changes.description == "restore version 1 of “Original”"
    assert changes.before[uid].title == "Changed"
    assert history.list_history(catalogue, uid)[0].label == "Restored an earlier version"


def test_restore_version_keeps_trash_state(catalogue):
    uid = editing.create(catalogue, RecordData(title="Original")).uid
    current = catalogue.record(uid)
    editing.update(catalogue, uid, replace(current, title="Changed"), 1)
    editing.delete(catalogue, [uid])
    history.restore_version(catalogue, uid, 1, expected_version=3)
    assert catalogue.record(uid).title == "Original"
    assert catalogue.record(uid).deleted_at is not None


def test_steps_are_restorable_only_for_record_fields(catalogue):
    uid = editing.create(catalogue, RecordData(title="x")).uid
    steps = history.list_history(catalogue, uid)
    assert steps[0].restorable
