"""One side of a sync (the offline copy or the shared catalogue), and reading whole records from it.

The peewee models follow one database per thread (db.binding): every call that touches a side
runs inside ``with side.bound():``, so a sync in a worker thread never moves the window's reads.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from app.attachments import folder
from db import attachment_blobs, bulk_records, connection, edits, sync_rows, transfer_log
from db.records import RecordData
from db.writes import VocabularyCache


class Side:
    """A catalogue taking part in a sync. ``name`` is "local" or "remote" (for messages)."""

    def __init__(self, catalogue, name: str):
        self.catalogue = catalogue
        self.database = catalogue.database
        self.name = name
        self.vocab = VocabularyCache()     # folded name -> id, kept for the whole run

    @contextmanager
    def bound(self):
        with connection.bound(self.database):
            yield self

    @contextmanager
    def writing(self):
        """A write transaction on this side (the write lock first, as every writer takes it)."""
        with self.bound(), edits.write_transaction(self.database):
            yield self

    @property
    def is_server(self) -> bool:
        return self.catalogue.path is None

    def versions(self) -> dict[str, tuple[int, int]]:
        with self.bound():
            return sync_rows.versions(self.database)

    def purged(self) -> dict[str, int]:
        """Records removed for good on this side (on purpose: not lost): uid -> its version then."""
        return edits.purged_uids(self.database)

    def records(self, uids: list[str]) -> dict[str, RecordData]:
        with self.bound():
            ids = bulk_records.ids_for_uids(self.database, uids)
            return {rec.uid: rec for rec in bulk_records.records_for_ids(self.database, ids)}

    def history(self, uids: list[str]) -> list[dict]:
        with self.bound():
            return [row for rows in transfer_log.history_for(self.database, uids).values() for row in rows]

    # ---- attachment contents ---------------------------------------------------------------------
    def attachments_folder(self) -> Path:
        return folder(self.catalogue)

    def read_content(self, row: dict) -> bytes | None:
        """An attachment's bytes: from the catalogue (server) or its folder (file), None if gone."""
        with self.bound():
            if self.is_server:
                return attachment_blobs.get(row["sha256"])
        path = self.attachments_folder() / row["path"]
        return path.read_bytes() if path.is_file() else None
