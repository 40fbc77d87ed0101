"""Exports: which records (all, a search, a selection, a reading list) to which file, safely.

The file is written beside its destination under a temporary name and moved into place only
when complete (os.replace is atomic), so a failed or cancelled export never leaves a truncated
file over an old one. Records are read a chunk at a time: memory stays flat for 100,000.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.criteria import Criteria
from app.transfer.formats import FORMATS
from app.transfer.formats.vocabulary import ExportContext
from db import bulk_records
from db.dialect import read_snapshot
from db import reading_lists as db_lists
from db.writes import now_iso


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass
class ExportScope:
    """Which records: exactly one of these is used, in this order of precedence."""
    uids: list[str] | None = None          # the selection, in table order
    reading_list: str | None = None        # a reading list, by name, in list order
    criteria: Criteria | None = None       # the current result
    include_trash: bool = False            # whole-catalogue exports in our JSON/package formats

    def describe(self) -> str:
        if self.uids is not None:
            return "the selection"
        if self.reading_list:
            return f"reading list “{self.reading_list}”"
        if self.criteria is not None and not self.criteria.is_empty():
            return "the current result"
        return "the whole catalogue"


@dataclass
class ExportReport:
    path: Path
    format: str
    count: int

    def summary(self) -> str:
        return f"{self.count} record{'' if self.count == 1 else 's'} written to {self.path}"


def export_ids(catalogue, scope: ExportScope | None) -> list[int]:
    scope = scope or ExportScope()
    database = catalogue.database
    if scope.uids is not None:
        return bulk_records.ids_for_uids(database, list(scope.uids))
    if scope.reading_list:
        from app.reading_lists import find_list
        found = find_list(scope.reading_list)
        row = db_lists.list_by_uid(found.uid) if found else None
        if row is None:
            raise ValueError(f"there is no reading list called {scope.reading_list!r}")
        return db_lists.live_resource_ids(row.id)
    if scope.criteria is not None and not scope.criteria.is_empty():
        return catalogue.search(scope.criteria, "latest").ids
    if scope.criteria is not None and scope.criteria.trash:
        return catalogue.search(scope.criteria, "latest").ids
    return bulk_records.all_ids(database, include_trash=scope.include_trash)


def export_count(catalogue, scope: ExportScope | None) -> int:
    """How many records an export of ``scope`` writes (the dialog shows it, for each scope, as the
    choices change): a COUNT where one answers, not the ids of a million records each time."""
    scope = scope or ExportScope()
    if scope.uids is not None or scope.reading_list:
        return len(export_ids(catalogue, scope))
    if scope.criteria is not None and (not scope.criteria.is_empty() or scope.criteria.trash):
        return catalogue.count(scope.criteria)
    return bulk_records.count_all(catalogue.database, include_trash=scope.include_trash)


@contextlib.contextmanager
def atomic_path(path: Path):
    """A temporary path beside ``path``; moved over ``path`` if the block ends without error."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_text(path: Path, encoding: str = "utf-8", newline: str | None = "\n"):
    """A text stream whose content replaces ``path`` only once it is completely written."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding=encoding, newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())


def _records(catalogue, ids: list[int], progress, cancelled):
    done = 0
    for chunk in bulk_records.iter_records(catalogue.database, ids):
        if cancelled():
            raise ExportCancelled()
        yield from chunk
        done += len(chunk)
        progress(done, len(ids))


def export(catalogue, path, fmt: str, scope: ExportScope | None = None, progress=None,
           cancelled=None) -> ExportReport:
    """Write the records of ``scope`` to ``path`` in format ``fmt``. Raises ExportCancelled."""
    if fmt not in FORMATS or not FORMATS[fmt].exports:
        raise ValueError(f"cannot export to {fmt!r}; choose one of "
                         f"{', '.join(n for n, f in FORMATS.items() if f.exports)}")
    path = Path(path)
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    if scope is None or (scope.uids is None and not scope.reading_list and scope.criteria is None):
        scope = ExportScope(include_trash=fmt in ("json", "package"))
    ids = export_ids(catalogue, scope)
    if fmt == "package":
        from app.transfer.packages import export_package
        return export_package(catalogue, path, ids, progress, cancelled)
    with read_snapshot(catalogue.database):   # one consistent snapshot, even while others write
        count = _write(catalogue, path, fmt, ids, progress, cancelled)
    progress(len(ids), len(ids))
    return ExportReport(path, fmt, count)


def _write(catalogue, path: Path, fmt: str, ids: list[int], progress, cancelled) -> int:
    from app.transfer.formats import bibtex, csl_json, csv_tsv, ris, xlsx
    ctx = ExportContext.load()
    records = _records(catalogue, ids, progress, cancelled)
    if fmt == "xlsx":
        with atomic_path(path) as tmp:
            return xlsx.write(records, tmp, ctx)
    if fmt == "json":
        with atomic_text(path) as out:
            return write_native(catalogue, ids, out, progress, cancelled)
    encoding, newline = ("utf-8-sig", "") if fmt == "csv" else ("utf-8", "\r\n" if fmt == "ris" else "\n")
    writer = {"csv": csv_tsv.write, "ris": ris.write, "bibtex": bibtex.write, "csljson": csl_json.write}[fmt]
    with atomic_text(path, encoding, newline) as out:
        return writer(records, out, ctx)


def write_native(catalogue, ids: list[int], out, progress=None, cancelled=None, attachments: bool = False,
                 sync_bases: dict[str, str] | None = None) -> int:
    """Our JSON for these records: history, reading lists (their items among these records), and
    the acronyms and CSL types of the vocabulary values used."""
    from app.transfer.formats import native_json
    from db import package_rows, transfer_log
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
            for rid, rec in zip(chunk_ids, chunk):
                exported_uids.add(rec.uid)
                used_orgs.update(o.name for o in rec.organizations)
                if rec.type:
                    used_types.add(rec.type)
                yield native_json.NativeRecord(rec, history.get(rec.uid, []), files.get(rid, []),
                                               (sync_bases or {}).get(rec.uid))
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
