"""How every export is written, shared by the file exports (app.transfer.exporting) and packages
(app.transfer.packages): under a temporary name beside the destination, moved into place only when
complete (os.replace is atomic), so a failed or cancelled export never leaves a truncated file over
an old one; and our own JSON, which both write.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.output_files import atomic_path
from app.transfer.formats import native_json
from app.transfer.formats.vocabulary import ExportContext
from db import bulk_records, package_rows, relations, transfer_log
from db import reading_lists as db_lists
from db.writes import now_iso

class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass
class ExportReport:
    path: Path
    format: str
    count: int
    warnings: list[str] = field(default_factory=list)    # values the format could not hold whole

    def summary(self) -> str:
        return f"{self.count} record{'' if self.count == 1 else 's'} written to {self.path}"


__all__ = ["ExportCancelled", "ExportReport", "atomic_path", "atomic_text", "write_native"]
# atomic_path (app.output_files): symlinks followed, folders and devices refused, umask permissions.


@contextlib.contextmanager
def atomic_text(path: Path, encoding: str = "utf-8", newline: str | None = "\n"):
    """A text stream whose content replaces ``path`` only once it is completely written."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding=encoding, newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


def write_native(catalogue, ids: list[int], out, progress=None, cancelled=None, attachments: bool = False,
                 sync_bases: dict[str, str] | None = None,
                 link_bases: dict[str, list[tuple[str, str]]] | None = None) -> int:
    """Our JSON for these records: history, reading lists (their items among these records), and
    the acronyms and CSL types of the vocabulary values used."""
    database = catalogue.database
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    ctx = ExportContext.load()
    exported_uids: set[str] = set()
    used_orgs: set[str] = set()
    used_types: set[str] = set()

    def entries():
        done = 0
        for chunk_ids in (ids[i:i + bulk_records.CHUNK] for i in range(0, len(ids), bulk_records.CHUNK)):
            if cancelled():
                raise ExportCancelled()
            chunk = bulk_records.records_for_ids(database, chunk_ids)
            history = transfer_log.history_for(database, [r.uid for r in chunk])
            files = package_rows.attachments_for(database, chunk_ids) if attachments else {}
            links: dict[str, list[dict]] = {}
            for link in relations.links_from([r.uid for r in chunk]):
                links.setdefault(link.subject_uid, []).append(
                    {"kind": link.kind, "uid": link.target_uid, "number": link.number, "position": link.position})
            for rid, rec in zip(chunk_ids, chunk):
                exported_uids.add(rec.uid)
                used_orgs.update(o.name for o in rec.organizations)
                if rec.type:
                    used_types.add(rec.type)
                own = [row for row in history.get(rec.uid, []) if row["field"] != package_rows.LINKS_FIELD]
                yield native_json.NativeRecord(rec, own, files.get(rid, []),
                                               (sync_bases or {}).get(rec.uid), links.get(rec.uid, []),
                                               (link_bases or {}).get(rec.uid))
            done += len(chunk)
            progress(done, len(ids))

    def lists():
        out_lists = []
        for row in db_lists.all_lists():
            entries_ = db_lists.item_entries(row.id)
            uids = db_lists.resource_uids_for_ids([rid for rid, _ in entries_])
            items = [{"resource_uid": uids[rid], "note": note} for rid, note in entries_
                     if uids.get(rid) in exported_uids]
            if items:
                out_lists.append({"uid": row.uid, "name": row.name, "description": row.description,
                                  "position": row.position, "created_at": row.created_at,
                                  "updated_at": row.updated_at, "items": items})
        return out_lists

    def trailer() -> dict:
        organizations = [{"name": n, "acronym": ctx.acronyms[n]} for n in sorted(used_orgs) if n in ctx.acronyms]
        types = [{"name": n, "csl_type": ctx.csl_type(n)} for n in sorted(used_types)]
        return {"reading_lists": lists(), "organizations": organizations, "types": types}

    return native_json.write(entries(), out, now_iso(), trailer)
