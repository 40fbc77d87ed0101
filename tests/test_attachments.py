from __future__ import annotations

import hashlib

import pytest

from app import attachments, editing, history
from app.sync import server_files
from app.attachments import STATUS_CHANGED, STATUS_MISSING, STATUS_OK, AttachmentError
from db.records import RecordData


@pytest.fixture
def record(catalogue):
    return editing.create(catalogue, RecordData(title="Report with files")).uid


@pytest.fixture
def pdf(tmp_path):
    path = tmp_path / "outside" / "รายงาน report.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    return path


def _folder(catalogue):
    """Beside a catalogue file; for a catalogue on a server, this computer's cache of its files."""
    if catalogue.path is None:
        return server_files.cache_folder(catalogue)
    return catalogue.path.parent / "catalogue-attachments"


def test_add_copies_into_folder_next_to_catalogue_with_checksum(catalogue, record, pdf):
    changes = attachments.add(catalogue, record, pdf)
    assert changes.updated == {record} and changes.description == f"attach {pdf.name}"
    [info] = attachments.list_for(catalogue, record)
    assert info.path.parent.parent == _folder(catalogue)
    assert info.path != pdf and info.path.read_bytes() == pdf.read_bytes()
    assert info.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert info.size == pdf.stat().st_size and info.status == STATUS_OK
    assert info.file_name == "รายงาน report.pdf"
    assert attachments.path_of(catalogue, info.uid) == info.path
    assert history.list_history(catalogue, record)[0].action == "attach"


def test_same_name_twice_gets_a_second_file(catalogue, record, pdf):
    attachments.add(catalogue, record, pdf)
    attachments.add(catalogue, record, pdf)
    first, second = attachments.list_for(catalogue, record)
    assert first.path != second.path and second.path.name == "รายงาน report (2).pdf"


def test_missing_and_changed_files_are_flagged(catalogue, record, pdf):
    attachments.add(catalogue, record, pdf)
    attachments.add(catalogue, record, pdf)
    first, second = attachments.list_for(catalogue, record)
    first.path.write_bytes(b"something else")
    second.path.unlink()
    if catalogue.path is None:
        # A catalogue on a server holds the contents: a lost local copy is fetched again, and a
        # file is missing only when its content is not stored.
        assert [a.status for a in attachments.list_for(catalogue, record)] == [STATUS_CHANGED, STATUS_OK]
        assert second.path.read_bytes() == pdf.read_bytes()
        second.path.unlink()
        from db import models as m
        m.AttachmentBlob.delete().execute()
    assert [a.status for a in attachments.list_for(catalogue, record)] == [STATUS_CHANGED, STATUS_MISSING]
    with pytest.raises(AttachmentError, match="missing"):
        attachments.path_of(catalogue, second.uid)
    assert attachments.records_with_missing_files(catalogue) == [catalogue.opened.database.execute_sql(
        "SELECT id FROM resource WHERE uid = ?", (record,)).fetchone()[0]]


def test_remove_is_undoable_and_keeps_the_file(catalogue, record, pdf):
    att = attachments.add(catalogue, record, pdf).attachment
    path = attachments.list_for(catalogue, record)[0].path
    changes = attachments.remove(catalogue, att)
    assert changes.description == f"remove attachment {pdf.name}"
    assert attachments.list_for(catalogue, record) == [] and path.exists()
    attachments.unremove(catalogue, att)
    assert [a.uid for a in attachments.list_for(catalogue, record)] == [att]


def test_purging_the_record_deletes_its_files(catalogue, record, pdf):
    attachments.add(catalogue, record, pdf)
    path = attachments.list_for(catalogue, record)[0].path
    editing.delete(catalogue, [record])
    editing.purge(catalogue, [record])
    assert not path.exists() and not path.parent.exists()


def test_adding_a_folder_or_unknown_record_fails_cleanly(catalogue, record, tmp_path, pdf):
    with pytest.raises(AttachmentError):
        attachments.add(catalogue, record, tmp_path)
    with pytest.raises(AttachmentError):
        attachments.add(catalogue, "no-such-uid", pdf)
    base = _folder(catalogue)
    assert not base.exists() or not any(base.rglob("*.pdf"))
