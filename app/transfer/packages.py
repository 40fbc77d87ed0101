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
import re
import uuid as uuidlib
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from app.attachments import folder
from app.change_log import Recorder
from app.changes import Changes
from app.text import QT_TRANSLATE_NOOP, message
from app.transfer import package_files, package_links
from app.transfer.formats import limits, native_json
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ImportContext
from app.transfer.package_export import (FILES_PREFIX, MANIFEST_NAME, PACKAGE_FORMAT, PACKAGE_VERSION,
                                         RECORDS_NAME, fingerprint)
from app.transfer.importing import ImportReport, Preview, Step, count_plan, execute
from db import bulk_records, edits, package_rows
from db.matching import Match
from db.records import RecordData
from db.writes import VocabularyCache, now_iso, save_record

class UnsafePathError(FormatError):
    """A package names a file outside the attachments folder."""


@dataclass
class Conflict:
    uid: str
    local: RecordData
    remote: RecordData
    record: int = 0        # position in the package, from 1 (as in the report's problems)


UNSAFE_PATH = QT_TRANSLATE_NOOP("FormatError", "unsafe attachment path {path} in the package")
DAMAGED = QT_TRANSLATE_NOOP("FormatError", "{source}: the package is damaged ({error})")
TOO_LARGE = QT_TRANSLATE_NOOP("FormatError", "attachment {path} in the package is larger than the {limit} limit for one "
                                             "attachment")


def safe_member_path(relative: str, root: Path) -> Path:
    """Where an attachment path from a package lands under ``root``; raises UnsafePathError."""
    if (not relative or "\\" in relative or "\x00" in relative or "//" in relative
            or re.match(r"^[A-Za-z]:", relative)):
        raise UnsafePathError(message(UNSAFE_PATH, path=repr(relative)))
    pure = PurePosixPath(relative)
    if pure.is_absolute() or any(part in ("..", "") for part in pure.parts) or relative.startswith("/"):
        raise UnsafePathError(message(UNSAFE_PATH, path=repr(relative)))
    root = root.resolve()
    target = (root / Path(*pure.parts)).resolve()
    if not target.is_relative_to(root) or target == root:
        raise UnsafePathError(message(QT_TRANSLATE_NOOP("FormatError", "attachment path {path} would be written outside "
                                                                         "the attachments folder"), path=repr(relative)))
    return target


# ---- import --------------------------------------------------------------------------------------

def _read_package(path: Path) -> tuple[zipfile.ZipFile, ParsedFile, dict]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: not a readable .zip package ({error})"),
                                 source=path.name, error=str(exc))) from None
    try:
        names = set(zf.namelist())
        if MANIFEST_NAME not in names or RECORDS_NAME not in names:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: not a Resource Catalogue package (no {name})"),
                                     source=path.name, name=MANIFEST_NAME))
        manifest = limits.loads_json(limits.read_member(zf, MANIFEST_NAME, path.name, 1 << 20).decode("utf-8"),
                                     path.name)
        if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: not a Resource Catalogue package"),
                                     source=path.name))
        version = manifest.get("version")
        if not isinstance(version, int) or version < 1:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: the package is damaged (its manifest has no "
                                                                       "format version)"), source=path.name))
        if version > PACKAGE_VERSION:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: made by a newer version of Resource "
                                                                       "Catalogue (package format {version}; this version "
                                                                       "reads up to {known}): update the app to import it"),
                                      source=path.name, version=version, known=PACKAGE_VERSION))
        limits.check_inflated(zf, path.name, FILES_PREFIX, limits.MAX_ATTACHMENT_BYTES)
        text = limits.read_member(zf, RECORDS_NAME, path.name).decode("utf-8")
        parsed = native_json.read(text, ImportContext.load(), path.name)
    except FormatError:
        zf.close()
        raise
    except (ValueError, KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        zf.close()
        raise FormatError(message(DAMAGED, source=path.name, error=str(exc))) from None
    except BaseException:
        zf.close()
        raise
    parsed.format = "package"
    return zf, parsed, manifest


def plan_merge(catalogue, parsed: ParsedFile, restore: bool = False) -> tuple[list[Step], list[Conflict], dict[str, str]]:
    """Steps for every record, the conflicts, and the sync fingerprint to record per uid.

    ``restore`` (a backup, or ``--on-duplicate update``): the package's version replaces every
    record that differs, whoever changed it since."""
    database = catalogue.database
    bases = package_rows.sync_bases(database)
    local_ids = bulk_records.ids_by_uid(database)
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
        if restore and winner in ("local", "conflict"):
            steps.append(Step(i, rec, "update", match, QT_TRANSLATE_NOOP("PackageMerge", "put back as the package has it")))
            sync[remote.uid] = theirs
        elif winner == "same":
            steps.append(Step(i, rec, "skip", match, QT_TRANSLATE_NOOP("PackageMerge", "the same on both sides")))
            if base != mine:
                sync[remote.uid] = mine
        elif winner == "remote":
            steps.append(Step(i, rec, "update", match, QT_TRANSLATE_NOOP("PackageMerge", "changed in the package only")))
            sync[remote.uid] = theirs
        elif winner == "local":
            steps.append(Step(i, rec, "skip", match, QT_TRANSLATE_NOOP("PackageMerge", "changed here only: this catalogue's "
                                                                          "version stays")))
            sync[remote.uid] = theirs   # seen: the next package with this version changes nothing
        else:
            steps.append(Step(i, rec, "conflict", match, QT_TRANSLATE_NOOP("PackageMerge", "changed on both sides since they "
                                                                                          "last met: choose which version to "
                                                                                          "keep")))
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


def _restores(manifest: dict, options) -> bool:
    """A backup package puts records back as they were; so does any package with --on-duplicate update."""
    return bool(manifest.get("backup")) or bool(options and getattr(options, "on_duplicate", "") == "update")


def preview_package(catalogue, path: Path, options=None):
    zf, parsed, manifest = _read_package(path)
    zf.close()
    steps, conflicts, _ = plan_merge(catalogue, parsed, _restores(manifest, options))
    warnings: list[str] = [message(QT_TRANSLATE_NOOP("PackageMerge", "{count} records changed on both sides: they will be "
                                                                     "listed, not overwritten"),
                                   count=len(conflicts))] if conflicts else []
    return Preview(path.name, "package", "utf-8", None, [], {}, [], steps, warnings)


def import_package(catalogue, path: Path, options=None, progress=None, cancelled=None) -> ImportReport:
    """Merge a package into the catalogue in one transaction. Attachment files are unpacked into a
    staging folder and moved into place once the transaction has committed (app/transfer/package_files)."""
    zf, parsed, manifest = _read_package(path)
    with zf:
        steps, conflicts, sync = plan_merge(catalogue, parsed, _restores(manifest, options))
        links = package_links.plan(catalogue.database, steps, _restores(manifest, options))
        report = ImportReport(path.name, "package", "utf-8", total=len(steps),
                              dry_run=bool(options and options.dry_run),
                              reading_list=options.reading_list if options else None)
        count_plan(report, steps)
        report.conflict_records = conflicts
        report.links_added, report.links_removed = len(links.add), len(links.remove)
        if report.dry_run:
            report.added = sum(1 for s in steps if s.action == "add")
            report.updated = sum(1 for s in steps if s.action == "update")
            return report
        _check_paths(catalogue, parsed)
        staging: Path | None = None
        try:
            with edits.write_transaction(catalogue.database):
                execute(catalogue, parsed, steps, report, report.reading_list, progress, cancelled)
                if report.cancelled:
                    return report
                staging = _import_attachments(catalogue, zf, steps, report)
                _record_sync(sync, links)
                if links.touched:
                    report.changes = replace(report.changes, updated=report.changes.updated | links.touched)
        except BaseException:
            if staging is not None:
                package_files.discard(staging)
            raise
    if staging is not None:
        package_files.move_in(staging, _root(catalogue))
    return report


def _root(catalogue) -> Path:
    return folder(catalogue).resolve()


def _check_paths(catalogue, parsed: ParsedFile) -> None:
    """Refuse the whole package, before anything is written, if any attachment path is unsafe."""
    rows = [row for rec in parsed.records for row in rec.attachments]
    if rows:
        root = folder(catalogue)
        for row in rows:
            safe_member_path(str(row.get("path", "")), root)


def _attachment_row(row: dict, record_uid: str) -> dict:
    """The row with whatever a hand-made or damaged package left out filled in."""
    path = str(row["path"])
    return {"uid": str(row.get("uid") or uuidlib.uuid4()), "path": path,
            "file_name": str(row.get("file_name") or PurePosixPath(path).name),
            "sha256": str(row.get("sha256") or ""), "size": row.get("size") or 0,
            "added_at": str(row.get("added_at") or now_iso()), "deleted_at": row.get("deleted_at")}


def _import_attachments(catalogue, zf: zipfile.ZipFile, steps: list[Step], report: ImportReport) -> Path | None:
    """Unpack each attachment the catalogue does not have yet into a staging folder (returned),
    checked against its SHA-256 and the size limit; insert its row."""
    rows = [(s, row) for s in steps if s.action in ("add", "update") for row in s.parsed.attachments]
    if not rows:
        return None
    database = catalogue.database
    root = _root(catalogue)
    package_files.recover(root)
    staging = package_files.new_staging(root)
    known = package_rows.attachment_uids(database)
    ids = bulk_records.ids_by_uid(database)
    members = {info.filename: info for info in zf.infolist()}
    for step, raw in rows:
        record_uid = step.parsed.data.uid
        if raw.get("uid") in known or record_uid not in ids:
            continue
        info = members.get(FILES_PREFIX + str(raw.get("path", "")))
        if info is None or info.is_dir():
            continue  # the sender did not have the file either; the row would point at nothing
        row = _attachment_row(raw, record_uid)
        target = safe_member_path(row["path"], root)
        staged = staging / target.relative_to(root)
        if staged.exists() or (target.exists() or target.is_symlink()) and not (
                target.is_file() and _sha256(target) == row["sha256"]):
            # A different file (or a folder) is there already: this one goes beside it.
            target = safe_member_path(f"{uuidlib.uuid4().hex[:8]}/{row['path'].split('/')[-1]}", root)
            staged = staging / target.relative_to(root)
            row["path"] = target.relative_to(root).as_posix()
        if not target.exists():
            _unpack(zf, info, staged, row)
        if catalogue.path is None and row["sha256"]:   # a server keeps the content in the catalogue
            from app.sync import server_files
            server_files.store(row["sha256"], staged if staged.exists() else target)
        package_rows.insert_attachment(database, ids[record_uid], row)
        known.add(row["uid"])
    return staging


def _unpack(zf: zipfile.ZipFile, info: zipfile.ZipInfo, staged: Path, row: dict) -> None:
    limit = limits.MAX_ATTACHMENT_BYTES
    if info.file_size > limit:
        raise FormatError(message(TOO_LARGE, path=repr(row["path"]), limit=limits.size_text(limit)))
    staged.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    with zf.open(info) as src, open(staged, "wb") as dst:
        while block := src.read(1 << 20):
            size += len(block)
            if size > limit:
                raise FormatError(message(TOO_LARGE, path=repr(row["path"]), limit=limits.size_text(limit)))
            digest.update(block)
            dst.write(block)
    if row["sha256"] and digest.hexdigest() != row["sha256"]:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "attachment {path} in the package is damaged (checksum "
                                                                   "differs)"), path=repr(row["path"])))
    row["sha256"], row["size"] = digest.hexdigest(), size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _record_sync(sync: dict[str, str], links: package_links.LinkMerge | None = None) -> None:
    """Write the merged links and what both sides now agree on (records' fingerprints, links)."""
    recorder = Recorder("import")
    for uid, value in sync.items():
        recorder.row(uid, package_rows.SYNC_FIELD, None, value, 0)
    if links is not None:
        package_links.apply(links, recorder)
    recorder.write()


def resolve_conflict(catalogue, conflict: Conflict, keep: str) -> Changes:
    """Settle a conflict: ``keep`` "local" leaves our record, "remote" takes the package's. Either
    way the package's version is marked as seen, so the next package does not raise it again."""
    if keep not in ("local", "remote"):
        raise ValueError("keep must be 'local' or 'remote'")
    database = catalogue.database
    changes = Changes()
    with edits.write_transaction(database):
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

