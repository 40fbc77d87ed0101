"""This app's own JSON: every field, UUIDs, timestamps, versions, history and reading lists.

Layout (one record per line, so a diff or a damaged file stays readable)::

    {"format": "resource-catalogue", "version": 1, "exported_at": "...",
     "records": [
      {"uid": ..., <every RecordData field>, "history": [<change_log rows>],
       "attachments": [<attachment rows>], "sync_base": "<fingerprint>",
       "relations": [{"kind": "series|version|replaces|related", "uid": <the other record>,
                      "number", "position"}],
       "links_base": [[<kind>, <the other record>], ...]},
      ...],
     "reading_lists": [{"uid", "name", "description", "position", "created_at", "updated_at",
                        "items": [{"resource_uid", "note"}]}],
     "organizations": [{"name", "acronym"}], "types": [{"name", "csl_type"}]}

A file from a newer version of the format is refused rather than half read.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats.builder import ParsedFile, ParsedRecord
from app.transfer.formats.errors import FormatError, at_line
from app.transfer.formats.limits import loads_json
from app.transfer.formats.vocabulary import ImportContext
from db.records import ORGANIZATION_ROLES, OrganizationRef, RecordData

FORMAT_NAME = "resource-catalogue"
FORMAT_VERSION = 1
_LIST_FIELDS = ("authors", "countries", "regions", "themes", "languages", "keywords")
_TEXT_FIELDS = ("summary", "url", "isbn", "doi", "publisher_ref", "container_title", "volume", "issue",
                "pages", "notes", "added_at", "updated_at")


@dataclass
class NativeRecord:
    """What one record carries in our JSON besides its fields."""
    record: RecordData
    history: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    sync_base: str | None = None
    relations: list[dict] = field(default_factory=list)
    links_base: list[tuple[str, str]] | None = None   # packages: the record's links when the sides last met


def record_dict(entry: NativeRecord) -> dict:
    data = entry.record.to_dict()
    out = {"uid": data.pop("uid"), **data, "history": entry.history}
    if entry.attachments:
        out["attachments"] = entry.attachments
    if entry.sync_base:
        out["sync_base"] = entry.sync_base
    if entry.relations:
        out["relations"] = entry.relations
    if entry.links_base is not None:
        out["links_base"] = [list(link) for link in entry.links_base]
    return out


def write(entries, out, exported_at: str, trailer) -> int:
    """Write the whole document to the text stream ``out``. ``entries`` may be a generator;
    ``trailer()`` is called after the records and gives reading_lists, organizations and types
    (known only once every record has been seen)."""
    head = json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": exported_at},
                      ensure_ascii=False)
    out.write(head[:-1] + ',\n "records": [\n')
    count = 0
    for entry in entries:
        if count:
            out.write(",\n")
        out.write(json.dumps(record_dict(entry), ensure_ascii=False))
        count += 1
    out.write("\n ]")
    for key, value in trailer().items():
        out.write(f",\n {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    out.write("\n}\n")
    return count


def read(text: str, ctx: ImportContext, source: str = "the file") -> ParsedFile:
    doc = loads_json(text, source)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: not a Resource Catalogue JSON file"),
                                  source=source), line=1)
    version = doc.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: made by a newer version of Resource "
                                                               "Catalogue (format {version}); update the app to read it"),
                                  source=source, version=version), line=1)
    lines = {m.group(1): text.count("\n", 0, m.start()) + 1
             for m in re.finditer(r'^\s*\{"uid": "([^"]*)"', text, re.MULTILINE)}
    parsed = ParsedFile("json", reading_lists=_list_of_dicts(doc.get("reading_lists")),
                        organizations=_list_of_dicts(doc.get("organizations")),
                        types=_list_of_dicts(doc.get("types")))
    ctx.create_types = True
    for raw in doc.get("records") or []:
        parsed.records.append(_record(raw, ctx, lines))
    return parsed


def _said(exc: BaseException) -> str:
    """An exception's message, kept marked (app.text) when it was."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def _list_of_dicts(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _record(raw, ctx: ImportContext, lines: dict[str, int]) -> ParsedRecord:
    if not isinstance(raw, dict):
        return ParsedRecord(RecordData(title=""), error=QT_TRANSLATE_NOOP("ImportProblem", "a record is not a JSON object"))
    line = lines.get(str(raw.get("uid", "")))
    problems: list[str] = []
    try:
        data = _record_data(raw, ctx, problems)
    except (TypeError, ValueError) as exc:
        return ParsedRecord(RecordData(title=str(raw.get("title", ""))), line=line,
                            error=at_line(line or None, _said(exc)))
    return ParsedRecord(data, line=line, problems=problems, full=True,
                        history=_list_of_dicts(raw.get("history")),
                        attachments=_list_of_dicts(raw.get("attachments")),
                        sync_base=raw.get("sync_base") if isinstance(raw.get("sync_base"), str) else None,
                        relations=_relations(raw.get("relations")),
                        links_base=_links_base(raw.get("links_base")))


_RELATION_KINDS = ("series", "version", "replaces", "related")


def _relations(value) -> list[dict]:
    """The record's links, each checked: a known kind, a UUID, a short number (others dropped)."""
    out = []
    for link in _list_of_dicts(value):
        uid, kind = link.get("uid"), link.get("kind")
        if kind not in _RELATION_KINDS or not isinstance(uid, str) or not re.fullmatch(r"[0-9a-f-]{36}", uid):
            continue
        number = link.get("number")
        position = link.get("position")
        out.append({"kind": kind, "uid": uid, "number": str(number)[:100] if number is not None else "",
                    "position": position if isinstance(position, int) and not isinstance(position, bool) else 0})
    return out


def _links_base(value) -> list[tuple[str, str]] | None:
    """A package's base for the record's links: (kind, uid) pairs; None when it carries none (or a
    damaged one, which then counts as none: the links merge as if the sides never met)."""
    if not isinstance(value, list):
        return None
    out = []
    for link in value:
        if not (isinstance(link, list) and len(link) == 2 and link[0] in _RELATION_KINDS
                and isinstance(link[1], str) and re.fullmatch(r"[0-9a-f-]{36}", link[1])):
            return None
        out.append((link[0], link[1]))
    return out


def _record_data(raw: dict, ctx: ImportContext, problems: list[str]) -> RecordData:
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError(QT_TRANSLATE_NOOP("ImportProblem", "the record has no title"))
    uid = raw.get("uid")
    if not isinstance(uid, str) or not re.fullmatch(r"[0-9a-f-]{36}", uid):
        raise ValueError(message(QT_TRANSLATE_NOOP("ImportProblem", "the record has no valid UUID ({uid})"), uid=repr(uid)))
    data = RecordData(title=title, uid=uid)
    for name in _TEXT_FIELDS:
        value = raw.get(name)
        if value is not None:
            setattr(data, name, str(value))
    for name in ("year", "month", "day", "version"):
        value = raw.get(name)
        if value is not None:
            setattr(data, name, int(value))
    data.type = str(raw["type"]) if raw.get("type") else None
    data.deleted_at = str(raw["deleted_at"]) if raw.get("deleted_at") else None
    for name in _LIST_FIELDS:
        value = raw.get(name) or []
        if not isinstance(value, list):
            raise ValueError(message(QT_TRANSLATE_NOOP("ImportProblem", "{name} must be a list"), name=name))
        setattr(data, name, [str(v) for v in value if str(v).strip()])
    orgs = []
    for org in raw.get("organizations") or []:
        if isinstance(org, dict) and org.get("name"):
            role = org.get("role") if org.get("role") in ORGANIZATION_ROLES else "author"
            orgs.append(OrganizationRef(str(org["name"]), role))
    data.organizations = orgs
    unknown = []
    for name, lookup in (("countries", ctx.country), ("languages", ctx.language)):
        known = []
        for value in getattr(data, name):
            code = lookup(value)
            if code is None:
                problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "unknown country {value} (kept in the notes)")
                                        if name == "countries" else
                                        QT_TRANSLATE_NOOP("ImportProblem", "unknown language {value} (kept in the notes)"),
                                        value=repr(value)))
                unknown.append(f"{name.capitalize()}: {value}")
            elif code not in known:
                known.append(code)
        setattr(data, name, known)
    if unknown:
        data.notes = "\n".join(x for x in (data.notes, *unknown) if x)
    return data
