"""Typed change records: what each write reports, in named fields (no free-form dict)."""
from __future__ import annotations

import dataclasses

from app import duplicates, editing, vocabularies
from app import reading_lists as rl
from app.changes import Changes, MergeInfo, VocabularyEdit
from db.records import RecordData


def test_changes_have_no_free_form_dict():
    names = {f.name for f in dataclasses.fields(Changes)}
    assert "extra" not in names
    assert not any(f.type in ("dict", dict) for f in dataclasses.fields(Changes))


def test_a_create_reports_its_uid_and_snapshots(catalogue):
    changes = editing.create(catalogue, RecordData(title="Typed"))
    assert changes.created == {changes.uid}
    assert changes.before == {changes.uid: None}
    assert changes.after[changes.uid].title == "Typed"
    assert editing.versions(changes) == {changes.uid: 1}


def test_payloads_are_neither_compared_nor_carried_by_or(catalogue):
    a = Changes(updated=frozenset({"x"}), uid="one", added=("x",))
    b = Changes(updated=frozenset({"x"}), uid="two")
    assert a == b                                  # what changed is the same
    combined = a | Changes(created=frozenset({"y"}))
    assert combined.records == {"x", "y"} and combined.uid == "" and combined.added == ()


def test_a_merge_reports_what_it_moved_and_undoes_from_it(catalogue):
    keep = editing.create(catalogue, RecordData(title="Report on wages", doi="10.1000/t1")).uid
    lose = editing.create(catalogue, RecordData(title="Report on wages (copy)", doi="10.1000/t1")).uid
    listed = rl.create_list("Briefing").uid
    rl.add_items(listed, [lose])
    survivor = catalogue.record(keep)
    merged = duplicates.merge(catalogue, keep, lose, survivor, {keep: 1, lose: 1})
    assert isinstance(merged.merge, MergeInfo)
    assert (merged.merge.survivor, merged.merge.loser) == (keep, lose)
    assert [item["list_uid"] for item in merged.merge.items] == [listed]
    undone = duplicates.unmerge(catalogue, merged)
    assert listed in undone.reading_lists
    assert [i.resource_uid for i in rl.items(listed)] == [lose]


def test_vocabulary_writes_report_a_vocabulary_edit(catalogue):
    added = vocabularies.add_value(catalogue, "theme", "Typed records")
    assert added.vocabulary == VocabularyEdit("theme", name="Typed records")
    renamed = vocabularies.rename_value(catalogue, "theme", "Typed records", "Typed change records")
    assert (renamed.vocabulary.old, renamed.vocabulary.new) == ("Typed records", "Typed change records")


def test_reading_list_writes_report_the_resources_added_in_order(catalogue):
    uids = [editing.create(catalogue, RecordData(title=t)).uid for t in ("a", "b", "c")]
    listed = rl.create_list("Order")
    assert listed.uid and listed.reading_lists == {listed.uid}
    changes = rl.add_items(listed.uid, [uids[2], uids[0]])
    assert changes.added == (uids[2], uids[0])
    assert changes.resources == {uids[2], uids[0]}
