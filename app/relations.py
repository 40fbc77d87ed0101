"""Records that belong together: series and their parts, language versions, editions, related records.

A link is stored once, by uid (db/relations.py), and read from both ends:

- ``series``: the subject is part of the target (a record of type "Series"), with its number or date
  in the series ("3", "2022 Q1");
- ``version``: the subject is a language version of the target; the versions of a work are every
  record joined by such links, either way;
- ``replaces``: the subject replaces the target (a new edition, a later strategy); the target is
  "replaced by" the subject;
- ``related``: either way.

Linking and unlinking write in one transaction, record a history row on each record that is here
("relation" field; the record's version does not move, so two copies that add links to the same
record merge in a sync instead of conflicting) and return a Changes value whose ``relation`` (app.changes.RelationEdit) says what
to do to undo it. Links stay while a record is in the trash; removing a record for good removes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.change_log import Recorder
from app.changes import Changes, RelationEdit
from app.editing import RecordNotFound, quoted_title
from db import edits
from db import relations as db_relations
from db.relations import KINDS, LinkedRecord, RelationRow

__all__ = ["KINDS", "LinkedRecord", "RecordRelations", "RelationError", "RelationRow", "SeriesPlace",
           "Suggestion", "link", "relations_of", "reorder_parts", "series_parts", "suggest_versions", "unlink",
           "restore_link"]

SYMMETRIC = frozenset({"version", "related"})
SERIES_TYPE = "Series"


class RelationError(ValueError):
    """A link that cannot be made (to itself, an unknown kind)."""


@dataclass(frozen=True)
class SeriesPlace:
    """Where a record stands in a series it is part of."""
    series: LinkedRecord
    number: str
    previous: LinkedRecord | None = None
    next: LinkedRecord | None = None


@dataclass
class RecordRelations:
    """Everything a record is linked to, as its detail pane and ``show`` list it."""
    uid: str
    part_of: list[SeriesPlace] = field(default_factory=list)
    parts: list[tuple[LinkedRecord, str]] = field(default_factory=list)   # (part, number), in order
    versions: list[LinkedRecord] = field(default_factory=list)           # the other language versions
    replaces: list[LinkedRecord] = field(default_factory=list)
    replaced_by: list[LinkedRecord] = field(default_factory=list)
    related: list[LinkedRecord] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.part_of or self.parts or self.versions or self.replaces or self.replaced_by
                    or self.related)


# ---- ordering a series ------------------------------------------------------------------------------

def number_key(number: str) -> tuple:
    """Sort key for a number in a series: "2" before "10", "2022 Q1" before "2022 Q2"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold())
                 for p in re.findall(r"\d+|\D+", number.strip()) if p.strip())


def _ordered(rows: list[RelationRow]) -> list[RelationRow]:
    return sorted(rows, key=lambda r: (r.position, number_key(r.number) if r.number else ((2, 0, ""),),
                                       r.subject_uid))


# ---- reading ------------------------------------------------------------------------------------

def series_parts(catalogue, series_uid: str) -> list[tuple[LinkedRecord, str]]:
    """The parts of a series in order, with their numbers (parts not in this catalogue left out)."""
    rows = _ordered(db_relations.parts_of(series_uid))
    found = db_relations.linked_records([r.subject_uid for r in rows])
    return [(found[r.subject_uid], r.number) for r in rows if found[r.subject_uid].present]


def relations_of(catalogue, uid: str, include_trash: bool = False) -> RecordRelations:
    """What ``uid`` is linked to. Records in the trash are left out unless ``include_trash``; links to
    records this catalogue does not hold yet are left out (they show when the record arrives)."""
    rows = db_relations.links_of(uid)
    versions = [u for u in db_relations.component(uid, "version") if u != uid]
    series_rows = [r for r in rows if r.kind == "series" and r.subject_uid == uid]
    parts_rows = _ordered([r for r in rows if r.kind == "series" and r.target_uid == uid])
    neighbours: dict[str, list[RelationRow]] = {
        r.target_uid: _ordered(db_relations.parts_of(r.target_uid)) for r in series_rows}
    wanted = set(versions) | {r.subject_uid for r in rows} | {r.target_uid for r in rows}
    wanted |= {p.subject_uid for parts in neighbours.values() for p in parts}
    found = db_relations.linked_records(sorted(wanted - {uid}))

    def shown(other: str) -> bool:
        rec = found.get(other)
        return rec is not None and rec.present and (include_trash or not rec.deleted)

    out = RecordRelations(uid)
    for row in series_rows:
        if not shown(row.target_uid):
            continue
        order = [p.subject_uid for p in neighbours[row.target_uid] if p.subject_uid == uid or shown(p.subject_uid)]
        at = order.index(uid) if uid in order else -1
        prev = found[order[at - 1]] if at > 0 else None
        nxt = found[order[at + 1]] if 0 <= at < len(order) - 1 else None
        out.part_of.append(SeriesPlace(found[row.target_uid], row.number, prev, nxt))
    out.parts = [(found[r.subject_uid], r.number) for r in parts_rows if shown(r.subject_uid)]
    out.versions = sorted((found[u] for u in versions if shown(u)), key=lambda r: (r.languages, r.title))
    for row in rows:
        if row.kind == "replaces":
            if row.subject_uid == uid and shown(row.target_uid):
                out.replaces.append(found[row.target_uid])
            elif row.target_uid == uid and shown(row.subject_uid):
                out.replaced_by.append(found[row.subject_uid])
        elif row.kind == "related":
            other = row.target_uid if row.subject_uid == uid else row.subject_uid
            if shown(other) and found[other] not in out.related:
                out.related.append(found[other])
    return out


# ---- writing ------------------------------------------------------------------------------------

# How each end of a link names it in the history ("relation" field).
_ROLES = {"series": ("part_of", "has_part"), "version": ("version", "version"),
          "replaces": ("replaces", "replaced_by"), "related": ("related", "related")}


def _history(recorder: Recorder, row: RelationRow, titles: dict[str, LinkedRecord], versions: dict[str, int],
             linking: bool) -> None:
    subject_role, target_role = _ROLES[row.kind]
    for here, other, role in ((row.subject_uid, row.target_uid, subject_role),
                              (row.target_uid, row.subject_uid, target_role)):
        if here not in versions:
            continue
        value = {"relation": role, "uid": other, "title": titles[other].title, "number": row.number}
        recorder.row(here, "relation", None if linking else value, value if linking else None, versions[here])


def _find(subject_uid: str, kind: str, target_uid: str) -> RelationRow | None:
    row = db_relations.get(subject_uid, kind, target_uid)
    if row is None and kind in SYMMETRIC:
        row = db_relations.get(target_uid, kind, subject_uid)
    return row


def _describe(verb: str, row: RelationRow, titles: dict[str, LinkedRecord]) -> str:
    return f"{verb} {quoted_title(titles[row.subject_uid].title)} and {quoted_title(titles[row.target_uid].title)}"


def link(catalogue, subject_uid: str, kind: str, target_uid: str, number: str = "",
         position: int | None = None) -> Changes:
    """Link two records (both must be here). Linking again changes the number in the series.

    ``relation``: ``link`` is the link as stored now, ``previous`` what it replaced (None: it is new)."""
    if kind not in KINDS:
        raise RelationError(f"unknown kind of link '{kind}' (one of {', '.join(KINDS)})")
    if subject_uid == target_uid:
        raise RelationError("a record cannot be linked to itself")
    number = " ".join((number or "").split())[:100]
    with edits.write_transaction(catalogue.database):
        versions = {u: v for u in (subject_uid, target_uid) if (v := edits.version_of(u)) is not None}
        for uid in (subject_uid, target_uid):
            if uid not in versions:
                raise RecordNotFound(uid)
        previous = _find(subject_uid, kind, target_uid)
        if previous is not None:
            subject_uid, target_uid = previous.subject_uid, previous.target_uid
        if position is None:
            if previous is not None:
                position = previous.position
            elif kind == "series":
                placed = [p.position for p in db_relations.parts_of(target_uid)]
                position = max(placed) + 1 if placed and max(placed) > 0 else 0
            else:
                position = 0
        row = RelationRow(subject_uid, kind, target_uid, number if kind == "series" else "", position)
        if previous == row:
            return Changes(relation=RelationEdit(link=row, previous=previous))
        db_relations.put(row)
        titles = db_relations.linked_records([subject_uid, target_uid])
        recorder = Recorder("link")
        if previous is not None:
            _history(recorder, previous, titles, versions, linking=False)
        _history(recorder, row, titles, versions, linking=True)
        recorder.write()
    return Changes(updated=frozenset(versions), description=_describe("link", row, titles),
                   relation=RelationEdit(link=row, previous=previous))


def unlink(catalogue, subject_uid: str, kind: str, target_uid: str) -> Changes:
    """Remove a link (either way round for versions and related records). ``relation.removed`` is
    the link removed (None: there was none), for an undo."""
    with edits.write_transaction(catalogue.database):
        row = _find(subject_uid, kind, target_uid)
        if row is None:
            return Changes(relation=RelationEdit(removed=None))
        db_relations.remove(row.subject_uid, row.kind, row.target_uid)
        versions = {u: v for u in (row.subject_uid, row.target_uid) if (v := edits.version_of(u)) is not None}
        titles = db_relations.linked_records([row.subject_uid, row.target_uid])
        recorder = Recorder("unlink")
        _history(recorder, row, titles, versions, linking=False)
        recorder.write()
    return Changes(updated=frozenset(versions), description=_describe("unlink", row, titles),
                   relation=RelationEdit(removed=row))


def restore_link(catalogue, row: RelationRow) -> Changes:
    """Put back a link as it was (undo of an unlink, or of a number change)."""
    return link(catalogue, row.subject_uid, row.kind, row.target_uid, row.number, row.position)


def reorder_parts(catalogue, series_uid: str, ordered: list[str]) -> Changes:
    """Put a series' parts in this order (uids of parts; parts not named keep their place after).
    ``relation.parts_before`` is the order before, for an undo."""
    with edits.write_transaction(catalogue.database):
        before = [r.subject_uid for r in _ordered(db_relations.parts_of(series_uid))]
        rest = [u for u in before if u not in ordered]
        after = [u for u in ordered if u in before] + rest
        if after == before and all(r.position for r in db_relations.parts_of(series_uid)):
            return Changes(relation=RelationEdit(series=series_uid, parts_before=tuple(before), parts_after=tuple(after)))
        db_relations.set_positions(series_uid, after)
        version = edits.version_of(series_uid)
        if version is not None:
            recorder = Recorder("link")
            recorder.row(series_uid, "parts_order", before, after, version)
            recorder.write()
    return Changes(updated=frozenset({series_uid}) if version is not None else frozenset(),
                   description="reorder the parts of a series",
                   relation=RelationEdit(series=series_uid, parts_before=tuple(before), parts_after=tuple(after)))


# ---- likely language versions, for the librarian to confirm ----------------------------------------

_LANG_TOKEN = re.compile(r"(?<![a-z])([a-z]{2}|[a-z]{2}-[a-z]{2})(?![a-z])")


def _stem(text: str) -> str:
    """An address or identifier with its language codes taken out ("…/th/report.pdf", "report_en")."""
    text = (text or "").strip().lower()
    text = re.sub(r"^https?://(www\.)?", "", text)
    text = re.sub(r"([?&])(lang|language|hl|locale)=[a-z_-]+", r"\1", text)
    return _LANG_TOKEN.sub("", text)


def _script(title: str) -> str:
    """The script most letters of ``title`` are in ("LATIN", "THAI", "KHMER", ...)."""
    import unicodedata
    counts: dict[str, int] = {}
    for ch in title:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name:
                counts[name.split()[0]] = counts.get(name.split()[0], 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


@dataclass(frozen=True)
class Suggestion:
    record: LinkedRecord
    reason: str      # "address" | "identifier" | "organization"


def suggest_versions(catalogue, uid: str, limit: int = 10) -> list[Suggestion]:
    """Records that look like other language versions of ``uid``, never linked by this: the same web
    address or identifier apart from a language code, or the same organization and year with a
    title in another script. Records already in its version set are left out."""
    me = catalogue.record(uid)
    if me is None:
        return []
    site = ""
    match = re.match(r"^(https?://[^/]+/)", me.url or "")
    if match:
        site = match.group(1)
    linked = set(db_relations.component(uid, "version"))
    my_url, my_ref, my_isbn = _stem(me.url), _stem(me.publisher_ref), _stem(me.isbn)
    my_script = _script(me.title)
    out: list[Suggestion] = []
    for c in db_relations.version_candidates(uid, site):
        if c.uid in linked:
            continue
        if set(c.languages) and set(me.languages) and set(c.languages) <= set(me.languages):
            continue    # the same languages: not another language version
        reason = ""
        if my_url and c.url and c.url != me.url and _stem(c.url) == my_url:
            reason = "address"
        elif ((my_ref and c.publisher_ref and c.publisher_ref != me.publisher_ref and _stem(c.publisher_ref) == my_ref)
              or (my_isbn and c.isbn and c.isbn != me.isbn and _stem(c.isbn) == my_isbn)):
            reason = "identifier"
        elif c.year == me.year and my_script and _script(c.title) not in ("", my_script):
            reason = "organization"
        if reason:
            out.append(Suggestion(LinkedRecord(c.uid, c.title, c.year, languages=c.languages), reason))
    order = {"address": 0, "identifier": 1, "organization": 2}
    return sorted(out, key=lambda s: (order[s.reason], s.record.title))[:limit]
