"""Writing a catalogue package: a .zip with our JSON (history and sync bases included), the
reading lists and the attachment files. Reading one back is app/transfer/packages.py; this half is
apart so that backups (app/server_backups.py), which only write packages, do not depend on importing.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from app.attachments import folder
from app.sync import server_files
from app.transfer.writing import ExportCancelled, ExportReport, atomic_path, write_native
from db import package_rows
from db.dialect import read_snapshot
from db.records import RecordData

PACKAGE_FORMAT = "resource-catalogue-package"
PACKAGE_VERSION = 1
RECORDS_NAME = "catalogue.json"
MANIFEST_NAME = "manifest.json"
FILES_PREFIX = "attachments/"
_FINGERPRINT_FIELDS = ("title", "summary", "type", "year", "month", "day", "url", "isbn", "doi",
                       "publisher_ref", "container_title", "volume", "issue", "pages", "notes", "authors",
                       "organizations", "countries", "regions", "themes", "languages", "keywords", "deleted_at")
_UNORDERED = ("countries", "regions", "themes", "languages", "keywords")


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


def export_package(catalogue, path: Path, ids: list[int], progress=None, cancelled=None, backup: str | None = None):
    """Write ``ids`` (with history, reading lists and attachment files) to a .zip at ``path``.
    ``backup`` (the reason, e.g. "before-purge") marks a backup: importing it puts the records
    back as they are now (see :func:`plan_merge`)."""
    database = catalogue.database
    cancelled = cancelled or (lambda: False)
    root = folder(catalogue)
    with read_snapshot(database), atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            with zf.open(RECORDS_NAME, "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as out:
                count = write_native(catalogue, ids, out, progress, cancelled, attachments=True,
                                     sync_bases=package_rows.sync_bases(database),
                                     link_bases=package_rows.link_bases(database))
            files, missing = 0, []
            for rows in package_rows.attachments_for(database, ids).values():
                for row in rows:
                    if cancelled():
                        raise ExportCancelled()
                    if catalogue.path is None:   # a server: the content is in the catalogue
                        server_files.ensure_local(catalogue, row["path"], row["sha256"])
                    source = root / row["path"]
                    if source.is_file():
                        zf.write(source, FILES_PREFIX + row["path"])
                        files += 1
                    else:
                        missing.append(row["path"])
            manifest = {"format": PACKAGE_FORMAT, "version": PACKAGE_VERSION, "records": count,
                        "attachments": files, "missing_attachments": missing,
                        "source": catalogue.display_name}
            if backup:
                manifest["backup"] = backup
            zf.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))
    return ExportReport(Path(path), "package", count)
