"""Reading lists: the service in app/reading_lists.py on a seeded catalogue."""
from __future__ import annotations

import pytest

from app import reading_lists as rl
from app.changes import Changes
from app.criteria import Criteria


@pytest.fixture
def uids(catalogue) -> list[str]:
    """Uids of the seed records, in title order."""
    ids = catalogue.search(Criteria(), "title").ids
    return [row.uid for row in catalogue.rows(ids)]


def _new(name: str = "Workshop Feb", description: str = "") -> str:
    return rl.create_list(name, description).uid


def _order(list_uid: str) -> list[str]:
    return [item.resource_uid for item in rl.items(list_uid)]


def test_create_rename_describe(catalogue):
    changes = rl.create_list("  Workshop   Feb ", "For the February training")
    assert isinstance(changes, Changes)
    uid = changes.uid
    assert changes.reading_lists == {uid}
    info = rl.get_list(uid)
    assert (info.name, info.description, info.count) == ("Workshop Feb", "For the February training", 0)
    assert rl.rename_list(uid, "Workshop March").reading_lists == {uid}
    rl.set_description(uid, "moved")
    assert (rl.get_list(uid).name, rl.get_list(uid).description) == ("Workshop March", "moved")


def test_names_are_required_and_unique_ignoring_case(catalogue):
    uid = _new("Brief for MoL")
    with pytest.raises(rl.ReadingListError, match="already"):
        rl.create_list("brief for mol")
    with pytest.raises(rl.ReadingListError, match="name"):
        rl.create_list("   ")
    other = _new("Other")
    with pytest.raises(rl.ReadingListError):
        rl.rename_list(other, "BRIEF FOR MOL")
    rl.rename_list(uid, "Brief for MOL")  # its own name in another case is fine
    assert [x.name for x in rl.all_lists()] == ["Brief for MOL", "Other"]


def test_add_keeps_order_skips_duplicates_and_counts(catalogue, uids):
    uid = _new()
    changes = rl.add_items(uid, [uids[3], uids[1], uids[3]])
    assert changes.added == (uids[3], uids[1])
    assert changes.resources == {uids[3], uids[1]}
    again = rl.add_items(uid, [uids[1], uids[0]])
    assert again.added == (uids[0],)
    assert _order(uid) == [uids[3], uids[1], uids[0]]
    assert rl.get_list(uid).count == 3
    rl.add_items(uid, [uids[5]], index=1)
    assert _order(uid) == [uids[3], uids[5], uids[1], uids[0]]


def test_unknown_resource_is_an_error_and_changes_nothing(catalogue, uids):
    uid = _new()
    with pytest.raises(rl.ReadingListError, match="no resource"):
        rl.add_items(uid, [uids[0], "not-a-uid"])
    assert _order(uid) == []


def test_move_shift_and_set_order(catalogue, uids):
    uid = _new()
    rl.add_items(uid, uids[:5])
    a, b, c, d, e = uids[:5]
    rl.move_items(uid, [d, e], 1)            # dropped before b
    assert _order(uid) == [a, d, e, b, c]
    rl.move_items(uid, [a], 5)               # dropped at the end
    assert _order(uid) == [d, e, b, c, a]
    rl.shift_items(uid, [b, c], -1)          # a block moves up together
    assert _order(uid) == [d, b, c, e, a]
    rl.shift_items(uid, [d], -1)             # already at the top
    assert _order(uid) == [d, b, c, e, a]
    rl.shift_items(uid, [a, e], +1)          # already at the bottom
    assert _order(uid) == [d, b, c, e, a]
    rl.shift_items(uid, [d], +2)
    assert _order(uid) == [b, c, d, e, a]
    rl.set_order(uid, [a, b, c, d, e])
    assert _order(uid) == [a, b, c, d, e]
    with pytest.raises(rl.ReadingListError):
        rl.set_order(uid, [a, b])


def test_notes_travel_with_items(catalogue, uids):
    uid = _new()
    rl.add_items(uid, uids[:3])
    rl.set_note(uid, uids[2], "read chapter 3 first")
    rl.shift_items(uid, [uids[2]], -2)
    first = rl.items(uid)[0]
    assert (first.resource_uid, first.note) == (uids[2], "read chapter 3 first")
    with pytest.raises(rl.ReadingListError, match="not in"):
        rl.set_note(uid, uids[9], "x")


def test_remove_and_delete_never_touch_records(catalogue, uids):
    uid = _new()
    rl.add_items(uid, uids[:4])
    total = catalogue.total()
    changes = rl.remove_items(uid, [uids[0], uids[9]])
    assert changes.resources == {uids[0]}
    assert _order(uid) == uids[1:4]
    deleted = rl.delete_list(uid)
    assert deleted.resources == set(uids[1:4])
    assert rl.get_list(uid) is None
    assert catalogue.total() == total
    assert all(catalogue.record(u) is not None for u in uids[:4])


def test_duplicate_copies_items_and_notes(catalogue, uids):
    uid = _new("Workshop", "desc")
    rl.add_items(uid, uids[:3])
    rl.set_note(uid, uids[1], "note")
    copy = rl.duplicate_list(uid).uid
    second = rl.duplicate_list(uid).uid
    assert rl.get_list(copy).name == "Workshop (copy)"
    assert rl.get_list(second).name == "Workshop (copy 2)"
    assert [(i.resource_uid, i.note) for i in rl.items(copy)] == [(i.resource_uid, i.note)
                                                                  for i in rl.items(uid)]
    rl.remove_items(copy, [uids[0]])
    assert len(rl.items(uid)) == 3   # the original is independent


def test_lists_for_resource_and_list_resource_ids(catalogue, uids):
    first, second = _new("A"), _new("B")
    rl.add_items(first, [uids[2], uids[0]])
    rl.add_items(second, [uids[0]])
    assert [x.name for x in rl.lists_for_resource(uids[0])] == ["A", "B"]
    assert rl.lists_for_resource(uids[5]) == []
    expected = [catalogue.record(u) for u in (uids[2], uids[0])]
    ids = rl.list_resource_ids(first)
    assert [catalogue.record_by_id(i).uid for i in ids] == [r.uid for r in expected]
    assert rl.list_resource_ids("missing") == []


def test_trashed_records_stay_listed_but_leave_the_ids_and_count(catalogue, uids):
    from db import models as m
    uid = _new()
    rl.add_items(uid, uids[:3])
    m.Resource.update(deleted_at="2024-01-01T00:00:00.000000Z").where(m.Resource.uid == uids[1]).execute()
    assert rl.get_list(uid).count == 2
    assert len(rl.list_resource_ids(uid)) == 2
    assert [i.in_trash for i in rl.items(uid)] == [False, True, False]


def test_find_list_by_name_case_uid_and_prefix(catalogue):
    uid = _new("Tài liệu tập huấn")
    assert rl.find_list("Tài liệu tập huấn").uid == uid
    assert rl.find_list("tai lieu tap huan").uid == uid
    assert rl.find_list(uid).uid == uid
    assert rl.find_list(uid[:8]).uid == uid
    assert rl.find_list("nothing") is None


def test_snapshot_and_restore_replay_every_kind_of_change(catalogue, uids):
    uid = _new("Workshop", "d")
    rl.add_items(uid, uids[:3])
    rl.set_note(uid, uids[0], "first")
    before = rl.snapshot(uid)
    rl.shift_items(uid, [uids[2]], -2)
    rl.rename_list(uid, "Renamed")
    rl.remove_items(uid, [uids[0]])
    after = rl.snapshot(uid)
    rl.restore(uid, before)                        # undo
    assert rl.snapshot(uid).items == before.items
    assert rl.get_list(uid).name == "Workshop"
    rl.restore(uid, after)                         # redo
    assert rl.snapshot(uid) == after
    rl.delete_list(uid)                            # undo a delete: same uid, items and notes back
    changes = rl.restore(uid, after)
    assert changes.reading_lists == {uid}
    assert rl.snapshot(uid) == after
    rl.restore(uid, None)                          # undo a create
    assert rl.get_list(uid) is None


def test_unicode_names_and_notes(catalogue, uids):
    uid = _new("รายการอ่าน ចំណាកស្រុក မြန်မာ")
    rl.add_items(uid, uids[:1])
    rl.set_note(uid, uids[0], "อ่านบทที่ 3 ก่อน")
    assert rl.get_list(uid).name == "รายการอ่าน ចំណាកស្រុក မြန်မာ"
    assert rl.items(uid)[0].note == "อ่านบทที่ 3 ก่อน"
