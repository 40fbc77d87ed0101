"""SQL for relations between records (models.ResourceRelation): series, language versions, editions.

A link is one row, by uid: (subject, kind, target). The other direction is read from the same row,
so adding one side adds the other and removing it removes both. Rows are not tied to the resource
table (no foreign key): a link to a record this catalogue does not hold yet is kept and shows as
soon as the record arrives, and links of a record in the trash stay for its restore. Removing a
record for good removes its links (:func:`forget`).
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from db import models as m
from db.writes import now_iso

KINDS = ("series", "version", "replaces", "related")
CHUNK = 500


@dataclass(frozen=True)
class RelationRow:
    subject_uid: str
    kind: str
    target_uid: str
    number: str = ""
    position: int = 0

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject_uid, self.kind, self.target_uid)


_COLUMNS = (m.ResourceRelation.subject_uid, m.ResourceRelation.kind, m.ResourceRelation.target_uid,
            m.ResourceRelation.number, m.ResourceRelation.position)


def _rows(query) -> list[RelationRow]:
    return [RelationRow(*row) for row in query.tuples()]


def get(subject_uid: str, kind: str, target_uid: str) -> RelationRow | None:
    rows = _rows(m.ResourceRelation.select(*_COLUMNS).where(
        (m.ResourceRelation.subject_uid == subject_uid) & (m.ResourceRelation.kind == kind)
        & (m.ResourceRelation.target_uid == target_uid)))
    return rows[0] if rows else None


def put(row: RelationRow) -> None:
    """Add the link, or set its number and position if it is there."""
    (m.ResourceRelation.insert(subject_uid=row.subject_uid, kind=row.kind, target_uid=row.target_uid,
                               number=row.number, position=row.position, added_at=now_iso())
     .on_conflict(conflict_target=[m.ResourceRelation.subject_uid, m.ResourceRelation.kind,
                                   m.ResourceRelation.target_uid],
                  update={m.ResourceRelation.number: row.number, m.ResourceRelation.position: row.position})
     .execute())


def put_many(rows: list[RelationRow]) -> None:
    for row in rows:
        put(row)


def put_missing(rows: list[RelationRow]) -> int:
    """Add the links not here yet (an import or a sync: links merge); returns how many were added.
    A link already here the other way round (versions, related) counts as here."""
    have = {r.key for r in all_links()}
    stamp = now_iso()
    new = []
    for row in rows:
        if row.key in have or (row.kind in ("version", "related") and (row.target_uid, row.kind, row.subject_uid) in have):
            continue
        have.add(row.key)
        new.append({"subject_uid": row.subject_uid, "kind": row.kind, "target_uid": row.target_uid,
                    "number": row.number, "position": row.position, "added_at": stamp})
    for start in range(0, len(new), 200):
        m.ResourceRelation.insert_many(new[start:start + 200]).execute()
    return len(new)


def remove(subject_uid: str, kind: str, target_uid: str) -> int:
    return (m.ResourceRelation.delete().where(
        (m.ResourceRelation.subject_uid == subject_uid) & (m.ResourceRelation.kind == kind)
        & (m.ResourceRelation.target_uid == target_uid)).execute())


def links_of(uid: str) -> list[RelationRow]:
    """Every link this record is on, either side."""
    rr = m.ResourceRelation
    return _rows(rr.select(*_COLUMNS).where((rr.subject_uid == uid) | (rr.target_uid == uid))
                 .order_by(rr.kind, rr.position, rr.subject_uid, rr.target_uid))


def links_from(uids: list[str]) -> list[RelationRow]:
    """The links whose subject is one of ``uids`` (what an export of these records carries)."""
    rr = m.ResourceRelation
    out: list[RelationRow] = []
    for start in range(0, len(uids), CHUNK):
        out += _rows(rr.select(*_COLUMNS).where(rr.subject_uid.in_(uids[start:start + CHUNK])))
    return sorted(out, key=lambda r: r.key)


def all_links(database=None) -> list[RelationRow]:
    """Every link (a sync compares them as sets)."""
    if database is not None:
        rows = database.execute_sql("SELECT subject_uid, kind, target_uid, number, position "
                                    "FROM resource_relation").fetchall()
        return sorted((RelationRow(*r) for r in rows), key=lambda r: r.key)
    rr = m.ResourceRelation
    return _rows(rr.select(*_COLUMNS).order_by(rr.subject_uid, rr.kind, rr.target_uid))


def component(uid: str, kind: str = "version") -> list[str]:
    """The uids joined to ``uid`` by links of ``kind`` either way, itself included (a version set)."""
    rr = m.ResourceRelation
    seen = {uid}
    todo = [uid]
    while todo:
        batch, todo = todo[:CHUNK], todo[CHUNK:]
        query = rr.select(rr.subject_uid, rr.target_uid).where(
            (rr.kind == kind) & (rr.subject_uid.in_(batch) | rr.target_uid.in_(batch)))
        for a, b in query.tuples():
            for other in (a, b):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
    return sorted(seen)


def parts_of(series_uid: str) -> list[RelationRow]:
    """The links of a series' parts (subjects), in stored position order."""
    rr = m.ResourceRelation
    return _rows(rr.select(*_COLUMNS).where((rr.target_uid == series_uid) & (rr.kind == "series"))
                 .order_by(rr.position, rr.subject_uid))


def set_positions(series_uid: str, ordered_subjects: list[str]) -> None:
    rr = m.ResourceRelation
    for position, subject in enumerate(ordered_subjects, start=1):
        rr.update(position=position).where((rr.target_uid == series_uid) & (rr.kind == "series")
                                           & (rr.subject_uid == subject)).execute()


def forget(uids: list[str]) -> None:
    """Remove every link of records removed for good (inside the purge's transaction)."""
    rr = m.ResourceRelation
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        rr.delete().where(rr.subject_uid.in_(chunk) | rr.target_uid.in_(chunk)).execute()


# ---- what the read side needs about the records on the other end ------------------------------------

@dataclass(frozen=True)
class LinkedRecord:
    """A few facts about a record at the other end of a link (absent: not in this catalogue)."""
    uid: str
    title: str = ""
    year: int | None = None
    type: str = ""
    deleted: bool = False
    languages: tuple[str, ...] = ()      # ISO codes
    present: bool = True


def linked_records(uids: list[str]) -> dict[str, LinkedRecord]:
    """uid -> LinkedRecord for each uid; those the catalogue does not hold come back as absent."""
    out: dict[str, LinkedRecord] = {}
    r, t = m.Resource, m.ResourceType
    for start in range(0, len(uids), CHUNK):
        chunk = list(uids[start:start + CHUNK])
        rows = list(r.select(r.id, r.uid, r.title, r.year, t.name, r.deleted_at)
                    .join(t, on=(r.type == t.id), join_type=JOIN.LEFT_OUTER).where(r.uid.in_(chunk)).tuples())
        ids = {rid: uid for rid, uid, *_ in rows}
        langs: dict[int, list[str]] = {}
        if ids:
            lq = (m.ResourceLanguage.select(m.ResourceLanguage.resource, m.Language.code)
                  .join(m.Language, on=(m.ResourceLanguage.language == m.Language.id))
                  .where(m.ResourceLanguage.resource.in_(list(ids))).order_by(m.Language.code).tuples())
            for rid, code in lq:
                langs.setdefault(rid, []).append(code)
        for rid, uid, title, year, type_name, deleted_at in rows:
            out[uid] = LinkedRecord(uid, title, year, type_name or "", deleted_at is not None,
                                    tuple(langs.get(rid, ())))
    for uid in uids:
        out.setdefault(uid, LinkedRecord(uid, present=False))
    return out


def uids_for_ids(ids) -> dict[int, str]:
    """uid of each record id (``ids``: any sequence of ids, numpy arrays included)."""
    ids = [int(i) for i in ids]
    out: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        out.update(m.Resource.select(m.Resource.id, m.Resource.uid)
                   .where(m.Resource.id.in_(ids[start:start + CHUNK])).tuples())
    return out


# ---- likely language versions (app.relations.suggest_versions decides; this only gathers) -------------

@dataclass(frozen=True)
class Candidate:
    uid: str
    title: str
    year: int | None
    url: str
    publisher_ref: str
    isbn: str
    languages: tuple[str, ...]


def version_candidates(uid: str, url_prefix: str, limit: int = 300) -> list[Candidate]:
    """Live records that could be another language version of ``uid``: those sharing one of its
    organizations and its year, and those whose web address starts with ``url_prefix`` (its site).
    At most ``limit`` of each."""
    r = m.Resource
    me = r.get_or_none(r.uid == uid)
    if me is None:
        return []
    ids: set[int] = set()
    orgs = [o for (o,) in m.ResourceOrganization.select(m.ResourceOrganization.organization)
            .where(m.ResourceOrganization.resource == me.id).tuples()]
    if orgs and me.year is not None:
        ids |= {i for (i,) in m.ResourceOrganization.select(m.ResourceOrganization.resource)
                .join(r, on=(m.ResourceOrganization.resource == r.id))
                .where(m.ResourceOrganization.organization.in_(orgs) & (r.year == me.year) & r.deleted_at.is_null())
                .distinct().limit(limit).tuples()}
    if url_prefix:
        ids |= {i for (i,) in r.select(r.id).where(r.url.startswith(url_prefix) & r.deleted_at.is_null())
                .limit(limit).tuples()}
    ids.discard(me.id)
    if not ids:
        return []
    rows = list(r.select(r.id, r.uid, r.title, r.year, r.url, r.publisher_ref, r.isbn)
                .where(r.id.in_(sorted(ids))).tuples())
    langs: dict[int, list[str]] = {}
    for rid, code in (m.ResourceLanguage.select(m.ResourceLanguage.resource, m.Language.code)
                      .join(m.Language, on=(m.ResourceLanguage.language == m.Language.id))
                      .where(m.ResourceLanguage.resource.in_(sorted(ids))).tuples()):
        langs.setdefault(rid, []).append(code)
    return [Candidate(u, t, y, url or "", ref or "", isbn or "", tuple(sorted(langs.get(rid, []))))
            for rid, u, t, y, url, ref, isbn in rows]


# ---- search: series:"…" (the conditions themselves are queries.relation_conditions) ---------------

def series_records() -> list[tuple[str, str]]:
    """(uid, title) of every record that has parts, or is of the type "Series"."""
    rr, r, t = m.ResourceRelation, m.Resource, m.ResourceType
    with_parts = rr.select(rr.target_uid).where(rr.kind == "series")
    typed = (r.select(r.uid).join(t, on=(r.type == t.id)).where(t.name == "Series"))
    query = r.select(r.uid, r.title).where(r.uid.in_(with_parts) | r.uid.in_(typed))
    return list(query.tuples())


def series_of_uids(uids: list[str]) -> dict[str, tuple[str, str]]:
    """uid -> (series title, number) for the records among ``uids`` that are part of a series here
    (the first series by title when one is part of several): what exports and bibliographies show."""
    rr, s = m.ResourceRelation, m.Resource
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(uids), CHUNK):
        query = (rr.select(rr.subject_uid, s.title, rr.number).join(s, on=(s.uid == rr.target_uid))
                 .where((rr.kind == "series") & rr.subject_uid.in_(uids[start:start + CHUNK]))
                 .order_by(rr.subject_uid, s.title_sort).tuples())
        for uid, title, number in query:
            out.setdefault(uid, (title, number))
    return out


# ---- works: sets of language versions, for "One row per work" (app/works.py) --------------------------

def version_signature(database) -> tuple:
    """Changes whenever a language-version link is added or removed (a cache key)."""
    return tuple(database.execute_sql("SELECT COUNT(*), MAX(added_at) FROM resource_relation "
                                      "WHERE kind = 'version'").fetchone())


def live_version_pairs(database) -> list[tuple[int, int]]:
    """(id, id) of the live records joined by each language-version link."""
    return [tuple(r) for r in database.execute_sql(
        "SELECT a.id, b.id FROM resource_relation rr JOIN resource a ON a.uid = rr.subject_uid "
        "JOIN resource b ON b.uid = rr.target_uid WHERE rr.kind = 'version' "
        "AND a.deleted_at IS NULL AND b.deleted_at IS NULL").fetchall()]


_FACET_VALUE_SQL = {
    "type": "SELECT id, type_id FROM resource WHERE type_id IS NOT NULL AND id IN ({ids})",
    "year": "SELECT id, year FROM resource WHERE id IN ({ids})",
    "theme": "SELECT resource_id, theme_id FROM resource_theme WHERE resource_id IN ({ids})",
    "region": "SELECT resource_id, region_id FROM resource_region_match WHERE resource_id IN ({ids})",
    "country": "SELECT resource_id, country_id FROM resource_country WHERE resource_id IN ({ids})",
    "language": "SELECT resource_id, language_id FROM resource_language WHERE resource_id IN ({ids})",
    "organization": "SELECT DISTINCT resource_id, organization_id FROM resource_organization WHERE resource_id IN ({ids})",
    "keyword": "SELECT resource_id, keyword_id FROM resource_keyword WHERE resource_id IN ({ids})",
}


BIG_CHUNK = 5000   # ids inlined in one statement (integers from our own tables)


def facet_values_for_ids(database, facet: str, ids: list[int]) -> list[tuple[int, int | None]]:
    """(record id, value id) for these records in one facet ("year": the year, None if undated)."""
    out: list[tuple[int, int | None]] = []
    for start in range(0, len(ids), BIG_CHUNK):
        chunk = ",".join(str(int(i)) for i in ids[start:start + BIG_CHUNK])
        out += [tuple(r) for r in database.execute_sql(_FACET_VALUE_SQL[facet].format(ids=chunk)).fetchall()]
    return out


def language_codes_for_ids(database, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for start in range(0, len(ids), BIG_CHUNK):
        chunk = ",".join(str(int(i)) for i in ids[start:start + BIG_CHUNK])
        for rid, code in database.execute_sql(
                f"SELECT rl.resource_id, l.code FROM resource_language rl JOIN language l ON l.id = rl.language_id "
                f"WHERE rl.resource_id IN ({chunk}) ORDER BY l.code").fetchall():
            out.setdefault(rid, []).append(code)
    return out


# ---- merging duplicates (app/duplicates.py) ------------------------------------------------------------

def move_links(loser_uid: str, survivor_uid: str) -> list[tuple[RelationRow, RelationRow | None]]:
    """Give the survivor of a merge the loser's links: (old, new) for each, new None when the survivor
    already had it (or it joined the two). :func:`unmove_links` puts them back."""
    moved: list[tuple[RelationRow, RelationRow | None]] = []
    for old in links_of(loser_uid):
        subject = survivor_uid if old.subject_uid == loser_uid else old.subject_uid
        target = survivor_uid if old.target_uid == loser_uid else old.target_uid
        remove(old.subject_uid, old.kind, old.target_uid)
        new: RelationRow | None = RelationRow(subject, old.kind, target, old.number, old.position)
        if subject == target or get(subject, old.kind, target) is not None or (
                old.kind in ("version", "related") and get(target, old.kind, subject) is not None):
            new = None
        else:
            put(new)
        moved.append((old, new))
    return moved


def unmove_links(moved: list[tuple[RelationRow, RelationRow | None]]) -> None:
    for old, new in moved:
        if new is not None:
            remove(new.subject_uid, new.kind, new.target_uid)
        put(old)
