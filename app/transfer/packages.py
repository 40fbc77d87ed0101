"""Catalogue packages: a .zip with our JSON and the attachments, for field staff working offline.

Import merges by UUID. "When did the two sides last meet?" is answered by the history: each
package import writes, per record, a change_log row holding the record's fingerprint (a hash of
its content) as both sides then agreed on it, and each package carries, per record, the sender's
latest such fingerprint. Against that base:

- only the package's side changed  -> the package's version replaces ours;
- only our side changed            -> ours stays;
- both changed                     -> a conflict: listed, nothing overwritten, resolved later
                                      with :func:`resolve_conflict`;
- they never met (no base)         -> an edited record beats an untouched one (version 1);
                                      two untouched ones: the newer wins; two edited: conflict.

Paths inside a package are checked before anything is written: an absolute path, "..", a drive
letter or anything that resolves outside the attachments folder is refused.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import uuid as uuidlib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.attachments import folder
from app.change_log import Recorder
from app.changes import Changes
from app.transfer.formats import native_json
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ImportContext
from app.transfer.importing import ImportReport, Preview, Step, count_plan, execute
from app.transfer.writing import (
    ExportCancelled,
    ExportReport,
    atomic_path,
    write_native,
)
from db import bulk_records, package_rows
from db.matching import Match
from db.records import RecordData
from db.writes import VocabularyCache, save_record

PACKAGE_FORMAT = "resource-catalogue-package"
PACKAGE_VERSION = 1
RECORDS_NAME = "catalogue.json"
MANIFEST_NAME = "manifest.json"
FILES_PREFIX = "attachments/"
_FINGERPRINT_FIELDS = ("title", "summary", "type", "year", "month", "day", "url", "isbn", "doi",
                       "publisher_ref", "container_title", "volume", "issue", "pages", "notes", "authors",
                       "organizations", "countries", "regions", "themes", "languages", "keywords", "deleted_at")
_UNORDERED = ("countries", "regions", "themes", "languages", "keywords")


class UnsafePathError(FormatError):
    """A package names a file outside the attachments folder."""


@dataclass
class Conflict:
    uid: str
    local: RecordData
    remote: RecordData
    record: int = 0        # position in the package, from 1 (as in the report's problems)


def fingerprint(rec: RecordData) -> str:
    """A hash of what a person would call the record's content (not its timestamps or version)."""
    data = {}
    for name in _FINGERPRINT_FIELDS:
        value = getattr(rec, name)
        if name == "organizations":
            value = [[o.name, o.role] for o in value]
        elif name in _UNORDERED:
            value = sorted(value)
        data[name] = value
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def safe_member_path(relative: str, root: Path) -> Path:
    """Where an attachment path from a package lands under ``root``; raises UnsafePathError."""
    if (not relative or "\\" in relative or "\x00" in relative or "//" in relative
            or re.match(r"^[A-Za-z]:", relative)):
        raise UnsafePathError(f"unsafe attachment path {relative!r} in the package")
    pure = PurePosixPath(relative)
    if pure.is_absolute() or any(part in ("..", "") for part in pure.parts) or relative.startswith("/"):
        raise UnsafePathError(f"unsafe attachment path {relative!r} in the package")
    root = root.resolve()
    target = (root / Path(*pure.parts)).resolve()
    if not target.is_relative_to(root) or target == root:
        raise UnsafePathError(f"attachment path {relative!r} would be written outside the attachments folder")
    return target


# ---- export --------------------------------------------------------------------------------------

def export_package(catalogue, path: Path, ids: list[int], progress=None, cancelled=None):
    """Write ``ids`` (with history, reading lists and attachment files) to a .zip at ``path``."""
    database = catalogue.database
    cancelled = cancelled or (lambda: False)
    root = folder(catalogue) if catalogue.path is not None else None
    with database.atomic(), atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            with zf.open(RECORDS_NAME, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as out:
                count = write_native(catalogue, ids, out, progress, cancelled, attachments=True,
                                     sync_bases=package_rows.sync_bases(database))
            files, missing = 0, []
            for rows in package_rows.attachments_for(database, ids).values():
                for row in rows:
                    if cancelled():
                        raise ExportCancelled()
                    source = (root / row["path"]) if root else None
                    if source is not None and source.is_file():
                        zf.write(source, FILES_PREFIX + row["path"])
                        files += 1
                    else:
                        missing.append(row["path"])
            manifest = {"format": PACKAGE_FORMAT, "version": PACKAGE_VERSION, "records": count,
                        "attachments": files, "missing_attachments": missing,
                        "source": catalogue.display_name}
            zf.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))
    return ExportReport(Path(path), "package", count)


# ---- import --------------------------------------------------------------------------------------

def _read_package(path: Path) -> tuple[zipfile.ZipFile, ParsedFile, dict]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise FormatError(f"{path.name}: not a readable .zip package ({exc})") from None
    try:
        names = set(zf.namelist())
        if MANIFEST_NAME not in names or RECORDS_NAME not in names:
            raise FormatError(f"{path.name}: not a Resource Catalogue package (no {MANIFEST_NAME})")
        manifest = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
        if manifest.get("format") != PACKAGE_FORMAT:
            raise FormatError(f"{path.name}: not a Resource Catalogue package")
        if not isinstance(manifest.get("version"), int) or manifest["version"] > PACKAGE_VERSION:
            raise FormatError(f"{path.name}: made by a newer version of Resource Catalogue; update the app")
        parsed = native_json.read(zf.read(RECORDS_NAME).decode("utf-8"), ImportContext.load(), path.name)
    except (ValueError, KeyError) as exc:
        zf.close()
        raise FormatError(f"{path.name}: the package is damaged ({exc})") from None
    except BaseException:
        zf.close()
        raise
    parsed.format = "package"
    return zf, parsed, manifest


def plan_merge(catalogue, parsed: ParsedFile) -> tuple[list[Step], list[Conflict], dict[str, str]]:
    """Steps for every record, the conflicts, and the sync fingerprint to record per uid."""
    database = catalogue.database
    bases = package_rows.sync_bases(database)
    local_ids = dict(database.execute_sql("SELECT uid, id FROM resource").fetchall())
    steps: list[Step] = []
    conflicts: list[Conflict] = []
    sync: dict[str, str] = {}
    present = [local_ids[r.data.uid] for r in parsed.records if not r.error and r.data.uid in local_ids]
    locals_by_uid = {rec.uid: rec for rec in bulk_records.records_for_ids(database, present)}
    for i, rec in enumerate(parsed.records):
        if rec.error:
            steps.append(Step(i, rec, "fail", reason=rec.error))
            continue
        remote = rec.data
        rid = local_ids.get(remote.uid)
        if rid is None:
            steps.append(Step(i, rec, "add"))
            sync[remote.uid] = fingerprint(remote)
            continue
        local = locals_by_uid[remote.uid]
        match = Match(rid, remote.uid, "uuid", local.deleted_at is not None)
        mine, theirs = fingerprint(local), fingerprint(remote)
        base = bases.get(remote.uid) or rec.sync_base
        winner = _winner(local, remote, mine, theirs, base)
        if winner == "same":
            steps.append(Step(i, rec, "skip", match, "the same on both sides"))
            if base != mine:
                sync[remote.uid] = mine
        elif winner == "remote":
            steps.append(Step(i, rec, "update", match, "changed in the package only"))
            sync[remote.uid] = theirs
        elif winner == "local":
            steps.append(Step(i, rec, "skip", match, "changed here only: this catalogue's version stays"))
            sync[remote.uid] = theirs   # seen: the next package with this version changes nothing
        else:
            steps.append(Step(i, rec, "conflict", match, "changed on both sides since they last met: "
                                                         "choose which version to keep"))
            conflicts.append(Conflict(remote.uid, local, remote, i + 1))
    return steps, conflicts, sync


def _winner(local: RecordData, remote: RecordData, mine: str, theirs: str, base: str | None) -> str:
    if mine == theirs:
        return "same"
    if base is not None:
        local_changed, remote_changed = mine != base, theirs != base
        if remote_changed and not local_changed:
            return "remote"
        if local_changed and not remote_changed:
            return "local"
        return "conflict"
    local_edited, remote_edited = local.version > 1, remote.version > 1
    if local_edited != remote_edited:
        return "remote" if remote_edited else "local"
    if not local_edited:
        return "remote" if remote.updated_at > local.updated_at else "local"
    return "conflict"


def preview_package(catalogue, path: Path):
    zf, parsed, _ = _read_package(path)
    zf.close()
    steps, conflicts, _ = plan_merge(catalogue, parsed)
    warnings = [f"{len(conflicts)} records changed on both sides: they will be listed, not overwritten"] if conflicts else []
    return Preview(path.name, "package", "utf-8", None, [], {}, [], steps, warnings)


def import_package(catalogue, path: Path, options=None, progress=None, cancelled=None) -> ImportReport:
    """Merge a package into the catalogue in one transaction (attachment files included)."""
    zf, parsed, manifest = _read_package(path)
    with zf:
        steps, conflicts, sync = plan_merge(catalogue, parsed)
        report = ImportReport(path.name, "package", "utf-8", total=len(steps),
                              dry_run=bool(options and options.dry_run),
                              reading_list=options.reading_list if options else None)
        count_plan(report, steps)
        report.conflict_records = conflicts
        if report.dry_run:
            report.added = sum(1 for s in steps if s.action == "add")
            report.updated = sum(1 for s in steps if s.action == "update")
            return report
        _check_paths(catalogue, parsed)
        written: list[Path] = []
        try:
            with catalogue.database.atomic():
                execute(catalogue, parsed, steps, report, report.reading_list, progress, cancelled)
                if report.cancelled:
                    return report
                _import_attachments(catalogue, zf, steps, written)
                _record_sync(sync)
        except BaseException:
            for file in written:
                file.unlink(missing_ok=True)
            raise
    return report


def _check_paths(catalogue, parsed: ParsedFile) -> None:
    """Refuse the whole package, before anything is written, if any attachment path is unsafe."""
    rows = [row for rec in parsed.records for row in rec.attachments]
    if rows:
        root = folder(catalogue)
        for row in rows:
            safe_member_path(str(row.get("path", "")), root)


def _import_attachments(catalogue, zf: zipfile.ZipFile, steps: list[Step], written: list[Path]) -> None:
    """Copy each attachment the catalogue does not have yet, checked against its SHA-256."""
    rows = [(s.parsed.data.uid, row) for s in steps if s.action in ("add", "update") for row in s.parsed.attachments]
    if not rows:
        return
    database = catalogue.database
    root = folder(catalogue)
    known = package_rows.attachment_uids(database)
    ids = dict(database.execute_sql("SELECT uid, id FROM resource").fetchall())
    members = set(zf.namelist())
    for record_uid, row in rows:
        if row.get("uid") in known or record_uid not in ids:
            continue
        member = FILES_PREFIX + row["path"]
        if member not in members:
            continue  # the sender did not have the file either; the row would point at nothing
        target = safe_member_path(row["path"], root)
        if target.exists() and _sha256(target) != row.get("sha256"):
            target = safe_member_path(f"{uuidlib.uuid4().hex[:8]}/{row['path'].split('/')[-1]}", root)
            row = dict(row, path=target.relative_to(root.resolve()).as_posix())
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
            if row.get("sha256") and _sha256(target) != row["sha256"]:
                raise FormatError(f"attachment {row['path']!r} in the package is damaged (checksum differs)")
        package_rows.insert_attachment(database, ids[record_uid], row)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _record_sync(sync: dict[str, str]) -> None:
    recorder = Recorder("import")
    for uid, value in sync.items():
        recorder.row(uid, package_rows.SYNC_FIELD, None, value, 0)
    recorder.write()


def resolve_conflict(catalogue, conflict: Conflict, keep: str) -> Changes:
    """Settle a conflict: ``keep`` "local" leaves our record, "remote" takes the package's. Either
    way the package's version is marked as seen, so the next package does not raise it again."""
    if keep not in ("local", "remote"):
        raise ValueError("keep must be 'local' or 'remote'")
    database = catalogue.database
    changes = Changes()
    with database.atomic():
        if keep == "remote":
            remote = RecordData.from_dict(conflict.remote.to_dict())
            remote.added_at = conflict.local.added_at
            stored = save_record(database, remote, VocabularyCache())
            recorder = Recorder("import")
            recorder.changed(conflict.local, stored)
            recorder.write()
            changes = Changes(updated=frozenset({conflict.uid}), description="take the package's version")
        _record_sync({conflict.uid: fingerprint(conflict.remote)})
    catalogue.invalidate_vocabularies()
    return changes

