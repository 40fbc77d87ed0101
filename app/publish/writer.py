"""Writing the published folder: which records, in which order, then the files, atomically.

The folder is built beside its destination under a temporary name and moved into place when
complete, so a cancelled or failed publish leaves the previous one (or nothing) behind, never a
half-written page. An existing destination is replaced only when it is empty or a page this app
published (it holds ``MARKER``): never a folder of someone's other files.
"""
from __future__ import annotations

import dataclasses
import html
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app import attachments
from app.criteria import Criteria, Term
from app.publish.names import safe_file_name, unique_name
from app import relations
from app.publish.site_data import SiteData
from db import bulk_records, vocab
from db import relations as db_relations
from db import reading_lists as db_lists
from db.dialect import read_snapshot
from db.writes import now_iso

SITE = Path(__file__).with_name("site")
ASSETS = ("style.css", "fold.js", "i18n.js", "app.js")
MARKER = ".resource-catalogue-site"
DEFAULT_TITLE = "Resource Catalogue"


class PublishCancelled(Exception):
    """The user cancelled; the destination was left as it was."""


class PublishError(Exception):
    """The page cannot be published; the message is one line naming the cause."""


@dataclass
class PublishScope:
    """Which records: a reading list (in list order), else a search (latest first), else all."""
    reading_list: str | None = None
    criteria: Criteria | None = None

    def describe(self) -> str:
        if self.reading_list:
            return f"reading list “{self.reading_list}”"
        if self.criteria is not None and not self.criteria.is_empty():
            return f"the search “{self.criteria.to_query()}”"
        return "the whole catalogue"


@dataclass
class PublishOptions:
    title: str = ""
    with_files: bool = False
    include_notes: bool = False


@dataclass
class PublishReport:
    folder: Path
    records: int
    files: int = 0
    missing_files: list[str] = field(default_factory=list)
    bytes: int = 0

    def summary(self) -> str:
        noun = "record" if self.records == 1 else "records"
        text = f"{self.records} {noun} published to {self.folder / 'index.html'}"
        if self.bytes:
            text += f" ({self.bytes / 1e6:.1f} MB)"
        if self.files:
            text += f", with {self.files} attached file{'' if self.files == 1 else 's'}"
        if self.missing_files:
            text += f" ({len(self.missing_files)} missing on disk, left out)"
        return text


def describe_scope(scope: PublishScope | None) -> str:
    return (scope or PublishScope()).describe()


def _reading_list(scope: PublishScope):
    """The reading list a scope names (its name as typed, case and accents ignored), or None."""
    if not scope.reading_list:
        return None
    from app.reading_lists import find_list
    found = find_list(scope.reading_list)
    row = db_lists.list_by_uid(found.uid) if found else None
    if row is None:
        raise PublishError(f"there is no reading list called {scope.reading_list!r}")
    return row


def _ids(catalogue, scope: PublishScope) -> list[int]:
    row = _reading_list(scope)
    if row is not None:
        return db_lists.live_resource_ids(row.id)   # in list order; the trash stays out
    return catalogue.search(_live(scope.criteria), "latest").ids


def _live(criteria: Criteria | None) -> Criteria:
    """The criteria without the trash: a published page never shows deleted records."""
    criteria = criteria or Criteria()
    if criteria.in_trash():   # the place, or is:trash in the query
        return dataclasses.replace(criteria, trash=False,
                                   terms=tuple(t for t in criteria.terms if t != Term("is", ("trash",))))
    return criteria


def publish_count(catalogue, scope: PublishScope | None = None) -> int:
    """How many records publishing ``scope`` would write (the dialog says so before it starts)."""
    scope = scope or PublishScope()
    if scope.reading_list:
        return len(_ids(catalogue, scope))
    return catalogue.count(_live(scope.criteria))


def _site_data(catalogue, include_notes: bool) -> SiteData:
    countries = {r["code"]: r.get("common_name") or r["name"] for r in vocab.vocabulary("country", True)}
    languages = {r["code"]: r["name"] for r in vocab.vocabulary("language", True)}
    acronyms = {r["name"]: r.get("acronym") or "" for r in vocab.vocabulary("organization", True)}
    return SiteData(countries, languages, acronyms, vocab.region_members(), include_notes)


def _check_destination(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir():
            raise PublishError(f"{folder} is a file, not a folder")
        if any(folder.iterdir()) and not (folder / MARKER).exists():
            raise PublishError(f"{folder} already holds other files; choose an empty or new folder")
    elif not folder.parent.is_dir():
        raise PublishError(f"the folder {folder.parent} does not exist")


def _copy_files(catalogue, rec_uid: str, target: Path, report: PublishReport) -> list[dict]:
    out = []
    taken: set[str] = set()
    folder = safe_file_name(rec_uid, "record")   # a uid from an imported file is text like any other
    for info in attachments.list_for(catalogue, rec_uid, verify=False):
        if info.status == attachments.STATUS_MISSING or not info.path.is_file():
            report.missing_files.append(f"{rec_uid}: {info.file_name}")
            continue
        name = unique_name(safe_file_name(info.file_name), taken)
        relative = f"{folder}/{name}"
        (target / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(info.path, target / relative)
        out.append({"n": info.file_name, "p": relative, "z": info.size})
        report.files += 1
    return out


def _write_js(path: Path, call: str, *args) -> None:
    """``call(arg, ...);`` with each argument as JSON, which is JavaScript too (a JSON string cannot
    end the string or the script early, whatever a record holds). Chromium loads this as fast as
    JSON.parse of the same text in a string, and the file is smaller (nothing is escaped twice)."""
    text = ",".join(json.dumps(a, ensure_ascii=False, separators=(",", ":")) for a in args)
    path.write_text(f"{call}({text});\n", encoding="utf-8")


def _index_html(title: str) -> str:
    page = (SITE / "index.html").read_text(encoding="utf-8")
    return page.replace("{{TITLE}}", html.escape(title, quote=True))


def publish(catalogue, folder, scope: PublishScope | None = None, options: PublishOptions | None = None,
            progress=None, cancelled=None) -> PublishReport:
    """Write the page for ``scope`` into ``folder``. Raises PublishError, PublishCancelled."""
    scope = scope or PublishScope()
    options = options or PublishOptions()
    progress = progress or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    folder = Path(folder).expanduser().absolute()
    _check_destination(folder)
    listed = _reading_list(scope)
    if listed is not None:
        scope = PublishScope(reading_list=listed.name)
    title = options.title.strip() or (listed.name if listed is not None else DEFAULT_TITLE)
    work = _work_folder(folder)
    try:
        report = PublishReport(folder, 0)
        with read_snapshot(catalogue.database):   # one consistent state, even while others write
            ids = _ids(catalogue, scope)
            data = _site_data(catalogue, options.include_notes)
            versioned = _versioned_uids(catalogue)
            done = 0
            for chunk in bulk_records.iter_records(catalogue.database, ids):
                for rec in chunk:
                    if cancelled():
                        raise PublishCancelled()
                    files = _copy_files(catalogue, rec.uid, work / "files", report) if options.with_files else None
                    data.add(rec, files, _versions(catalogue, rec.uid) if rec.uid in versioned else None)
                done += len(chunk)
                progress(done, len(ids))
        report.records = len(data.records)
        (work / "data").mkdir()
        (work / "assets").mkdir()
        _write_js(work / "data" / "records.js", "RC.records", data.payload(
            title, scope.describe(), now_iso(), "list" if listed is not None else "latest"))
        for k, details in data.details():
            _write_js(work / "data" / f"details-{k}.js", "RC.details", k, details)
        _write_js(work / "data" / "index.js", "RC.index", data.index_text())
        for name in ASSETS:
            shutil.copyfile(SITE / name, work / "assets" / name)
        (work / "index.html").write_text(_index_html(title), encoding="utf-8")
        (work / MARKER).write_text("Published by Resource Catalogue; republishing replaces this folder.\n",
                                   encoding="utf-8")
        if cancelled():
            raise PublishCancelled()
        report.bytes = sum(p.stat().st_size for p in work.rglob("*") if p.is_file())
        _move_into_place(work, folder)
        return report
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _work_folder(folder: Path) -> Path:
    """A temporary folder beside the destination (so the move is a rename), or in the system's
    temporary folder where the destination's parent is not writable (a USB stick's mount point)."""
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{folder.name[:40]}.publishing-", dir=folder.parent))
    except OSError:
        work = Path(tempfile.mkdtemp(prefix="publishing-"))
    umask = os.umask(0)
    os.umask(umask)
    work.chmod(0o777 & ~umask)    # mkdtemp makes it private; a web host must be able to read it
    return work


def _move_into_place(work: Path, folder: Path) -> None:
    """Replace ``folder`` by ``work``: a rename where it can be, else a copy into the folder (a
    mount point cannot be renamed; another disk cannot be renamed onto)."""
    old = None
    try:
        if folder.exists():
            old = folder.with_name(f".{folder.name[:40]}.old-{os.getpid()}")
            os.replace(folder, old)
        os.replace(work, folder)
    except OSError:
        if old is not None and not folder.exists():
            os.replace(old, folder)
            old = None
        folder.mkdir(exist_ok=True)
        for child in folder.iterdir():     # empty, or this app's own page (checked before)
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        shutil.copytree(work, folder, dirs_exist_ok=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _versioned_uids(catalogue) -> set[str]:
    """Records with a language version ("Also in" on the page): asked once, not per record."""
    return {u for row in db_relations.all_links(catalogue.database) if row.kind == "version"
            for u in (row.subject_uid, row.target_uid)}


def _versions(catalogue, uid: str) -> list[dict]:
    """The record's other language versions as the page shows them: uid, language code, title."""
    return [{"u": v.uid, "l": v.languages[0] if v.languages else "", "t": v.title}
            for v in relations.relations_of(catalogue, uid).versions]
