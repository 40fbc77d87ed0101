"""The vocabulary manager: add, rename, merge and retire values of the controlled lists, and the
completion the editor's pickers use ("lao" or "LA" finds Lao People's Democratic Republic).

A rename or merge changes every record that uses the value in one transaction: each such record
gets a new version and a history row, so an editor that had it open sees a version conflict
instead of silently writing the old name back.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from app import server_backups
from app import vocab_labels
from app.text import QT_TRANSLATE_NOOP
from app.catalogue import Catalogue
from app.change_log import Recorder
from app.changes import Changes, VocabularyEdit
from app.editing import apply_snapshots, quoted_title
from db import edits, queries, vocab_log
from db import vocab_edits as sql
from db.records import OrganizationRef
from db.textfold import fold
from db.vocab import insert_value, lookup_index, value_id, value_names, vocabulary
from db.writes import VocabularyCache, now_iso, rebuild_region_matches, save_record

MANAGED = ("type", "theme", "region", "organization")
TITLES = {"type": QT_TRANSLATE_NOOP("Vocabularies", "Resource types"),
          "theme": QT_TRANSLATE_NOOP("Vocabularies", "Themes"),
          "region": QT_TRANSLATE_NOOP("Vocabularies", "Regions"),
          "organization": QT_TRANSLATE_NOOP("Vocabularies", "Organizations")}
_FIELDS = {"type": "type", "theme": "themes", "region": "regions", "organization": "organizations"}
# The short form each list keeps: a region's code ("GCC"), an organization's acronym ("ILO").
_SHORT = {"region": "code", "organization": "acronym"}


class VocabularyError(ValueError):
    """The change cannot be made; the message says why in one line."""


@dataclass
class VocabularyValue:
    id: int
    name: str
    short: str          # acronym or code, "" if none
    retired: bool
    count: int          # records (live or in the trash) using it


# ---- completion -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    """One value offered by a picker: ``value`` is stored, ``label`` shown, ``terms`` matched."""
    value: str
    label: str
    detail: str = ""
    terms: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        return f"{self.label} — {self.detail}" if self.detail else self.label


def options(catalogue: Catalogue, facet: str) -> list[Option]:
    """Every value a picker for ``facet`` offers (retired values left out), in list order."""
    out = []
    for row in vocabulary(facet):
        name = row["name"]
        key = row["code"] if facet in ("country", "language") else name
        translated = vocab_labels.label(facet, key)
        if facet == "country":
            english = row.get("common_name") or name
            label = translated or english
            detail = " · ".join(x for x in (english if translated else name if name != label else "", row["code"]) if x)
            value = row["code"]
        elif facet == "language":
            label = translated or name
            detail = " · ".join(x for x in (name if translated else "", row["code"]) if x)
            value = row["code"]
        else:
            short = row.get("acronym") or row.get("code") or ""
            label, value = translated or name, name
            detail = " · ".join(x for x in (name if translated else "", short) if x)
        # Typed in any shipped language, a name finds its value (the editor's completion).
        terms = tuple(dict.fromkeys(fold(t) for t in (name, row.get("common_name"), row.get("code"),
                                                       row.get("alpha3"), row.get("acronym"),
                                                       *vocab_labels.names(facet, key)) if t))
        out.append(Option(value, label, detail, terms))
    return out


def match_options(choices: list[Option], text: str, limit: int = 50) -> list[Option]:
    """The options matching typed text, best first: an exact code or name, then names starting
    with it, then a word starting with it, then anywhere. Case and accents are ignored."""
    query = fold(" ".join(text.split()))
    if not query:
        return choices[:limit]
    scored = []
    for position, option in enumerate(choices):
        best = None
        for term in option.terms:
            if term == query:
                score = 0
            elif term.startswith(query):
                score = 1
            elif any(word.startswith(query) for word in term.replace("(", " ").split()):
                score = 2
            elif query in term:
                score = 3
            else:
                continue
            best = score if best is None else min(best, score)
        if best is not None:
            scored.append((best, position, option))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [option for _, _, option in scored[:limit]]


# ---- reading ----------------------------------------------------------------------------------

def _check_facet(facet: str) -> None:
    if facet not in MANAGED:
        raise VocabularyError(f"{facet} is not a list the vocabulary manager edits")


def values(catalogue: Catalogue, facet: str) -> list[VocabularyValue]:
    """Every value of a list, retired ones included, with how many records use each."""
    _check_facet(facet)
    counts = sql.usage_counts(facet)
    short = _SHORT.get(facet)
    return [VocabularyValue(row["id"], row["name"], row.get(short, "") if short else "", row["retired"],
                            counts.get(row["id"], 0))
            for row in vocabulary(facet, include_retired=True)]


def _value_id(facet: str, name: str) -> int:
    vid = value_id(facet, name)
    if vid is None:
        vid = lookup_index(facet).get(fold(name))
        if vid is None:
            raise VocabularyError(f"there is no {facet} '{name}'")
    return vid


def _name_taken(facet: str, name: str, except_id: int | None = None) -> bool:
    return any(fold(other) == fold(name) for vid, other in value_names(facet) if vid != except_id)


def _done(catalogue: Catalogue, facet: str, description: str, updated=frozenset(), before=None, after=None,
          **edit) -> Changes:
    """The Changes of a vocabulary write; ``edit`` fills the :class:`VocabularyEdit` (name, old, new...)."""
    catalogue.invalidate_vocabularies()
    return Changes(updated=frozenset(updated), vocabularies=frozenset({facet}), description=description,
                   before=before or {}, after=after or {}, vocabulary=VocabularyEdit(facet, **edit))


# ---- add, retire ----------------------------------------------------------------------------

def add_value(catalogue: Catalogue, facet: str, name: str, short: str = "") -> Changes:
    _check_facet(facet)
    name = " ".join(name.split())
    if not name:
        raise VocabularyError("type a name")
    with edits.write_transaction(catalogue.database):
        if _name_taken(facet, name):
            raise VocabularyError(f"the {facet} list already has '{name}'")
        columns = {"name": name}
        if facet in _SHORT:
            columns[_SHORT[facet]] = short.strip()
        if facet == "type":
            columns["position"] = len(vocabulary("type", include_retired=True))
        insert_value(facet, **columns)
    return _done(catalogue, facet, f"add {facet} {quoted_title(name)}", name=name)


def remove_unused_value(catalogue: Catalogue, facet: str, name: str, logged_as: str | None = None) -> Changes:
    """Delete a value no record uses (the undo of :func:`add_value`).

    ``logged_as`` (here and in the other changes a sync replays): the key of another catalogue's
    change being replayed (db/vocab_log), instead of a new one."""
    _check_facet(facet)
    with edits.write_transaction(catalogue.database):
        vid = _value_id(facet, name)
        if sql.resources_using(facet, vid):
            raise VocabularyError(f"'{name}' is used by records: merge or retire it instead")
        name = sql.value_row(facet, vid)["name"]
        sql.delete_value(facet, vid)
        vocab_log.record({"facet": facet, "action": "remove", "name": name}, now_iso(), logged_as)
    return _done(catalogue, facet, f"remove {facet} {quoted_title(name)}", name=name)


def retire_value(catalogue: Catalogue, facet: str, name: str, retired: bool = True,
                 logged_as: str | None = None) -> Changes:
    """Hide a value from the pickers (records keep it); ``retired=False`` brings it back."""
    _check_facet(facet)
    with edits.write_transaction(catalogue.database):
        vid = _value_id(facet, name)
        sql.update_value(facet, vid, retired=retired)
        vocab_log.record({"facet": facet, "action": "retire", "name": sql.value_row(facet, vid)["name"],
                          "retired": bool(retired)}, now_iso(), logged_as)
    verb = "retire" if retired else "bring back"
    return _done(catalogue, facet, f"{verb} {facet} {quoted_title(name)}", name=name)


# ---- rename ---------------------------------------------------------------------------------

def rename_value(catalogue: Catalogue, facet: str, old: str, new: str, short: str | None = None,
                 logged_as: str | None = None) -> Changes:
    """Rename a value (and optionally set its acronym/code); every record using it changes.

    ``vocabulary`` keeps ``old``, ``new`` and the previous ``old_short`` for the undo step.
    """
    _check_facet(facet)
    new = " ".join(new.split())
    if not new:
        raise VocabularyError("type the new name")
    with edits.write_transaction(catalogue.database):
        vid = _value_id(facet, old)
        row = sql.value_row(facet, vid)
        old_name = row["name"]
        if _name_taken(facet, new, except_id=vid):
            raise VocabularyError(f"the {facet} list already has '{new}': merge the two instead")
        columns = {"name": new}
        short_column = _SHORT.get(facet)
        if short_column and short is not None:
            columns[short_column] = short.strip()
        users = sql.resources_using(facet, vid) if new != old_name else []
        before_values = sql.field_values(facet, vid)
        sql.update_value(facet, vid, **columns)
        if users:
            _record_rename(catalogue, facet, users, before_values, old_name, new)
        vocab_log.record({"facet": facet, "action": "rename", "name": old_name, "new": new,
                          "short": columns.get(short_column) if short_column else None}, now_iso(), logged_as)
    return _done(catalogue, facet, f"rename {facet} {quoted_title(old_name)} to {quoted_title(new)}",
                 updated=[uid for _, uid in users], old=old_name, new=new,
                 old_short=row.get(short_column, "") if short_column else "")


def _record_rename(catalogue, facet, users, before_values, old_name, new_name) -> None:
    """History and versions of the records a rename touched (their links did not move)."""
    rids = [rid for rid, _ in users]
    versions = sql.bump_versions(rids, now_iso())
    recorder = Recorder("rename")
    field = _FIELDS[facet]
    for rid, uid in users:
        if facet == "type":
            old_value, new_value = old_name, new_name
        elif facet == "organization":
            pairs = before_values.get(rid, [])
            old_value = [{"name": n, "role": r} for n, r in pairs]
            new_value = [{"name": new_name if n == old_name else n, "role": r} for n, r in pairs]
        else:
            old_value = before_values.get(rid, [])
            new_value = [new_name if v == old_name else v for v in old_value]
        recorder.row(uid, field, old_value, new_value, versions[rid])
    recorder.write()
    if facet == "organization":
        sql.reindex(catalogue.database, rids)


# ---- merge ----------------------------------------------------------------------------------

def _replaced(record, facet: str, source: str, target: str):
    if facet == "type":
        return replace(record, type=target if record.type == source else record.type)
    if facet == "organization":
        orgs: list[OrganizationRef] = []
        for org in record.organizations:
            org = OrganizationRef(target if org.name == source else org.name, org.role)
            if all((o.name, o.role) != (org.name, org.role) for o in orgs):
                orgs.append(org)
        return replace(record, organizations=orgs)
    field = _FIELDS[facet]
    out = []
    for v in getattr(record, field):
        v = target if v == source else v
        if v not in out:
            out.append(v)
    return replace(record, **{field: out})


def merge_values(catalogue: Catalogue, facet: str, source: str, target: str, logged_as: str | None = None) -> Changes:
    """Give every record using ``source`` the value ``target`` instead, then delete ``source``.

    ``before``/``after`` hold the record snapshots and ``vocabulary.removed_value`` the deleted value's row for
    :func:`unmerge`.
    """
    _check_facet(facet)
    if catalogue.path is None:   # a server: the records it changes go to a backup package first
        users = [uid for _, uid in sql.resources_using(facet, _value_id(facet, source))]
        server_backups.before_destructive(catalogue, users, f"before-{facet}-merge")
    with edits.write_transaction(catalogue.database):
        source_id, target_id = _value_id(facet, source), _value_id(facet, target)
        if source_id == target_id:
            raise VocabularyError("choose two different values to merge")
        source_row = sql.value_row(facet, source_id)
        target_name = sql.value_row(facet, target_id)["name"]
        cache = VocabularyCache()
        recorder = Recorder("vocabulary")
        before, after = {}, {}
        for rid, uid in sql.resources_using(facet, source_id):
            current = queries.record_by_id(rid)
            stored = save_record(catalogue.database, _replaced(current, facet, source_row["name"], target_name),
                                 cache)
            recorder.changed(current, stored)
            before[uid], after[uid] = current, stored
        recorder.write()
        sql.delete_value(facet, source_id)  # its region matches go with it (ON DELETE CASCADE)
        vocab_log.record({"facet": facet, "action": "merge", "name": source_row["name"], "new": target_name},
                         now_iso(), logged_as)
    description = f"merge {facet} {quoted_title(source_row['name'])} into {quoted_title(target_name)}"
    return _done(catalogue, facet, description, updated=after, before=before, after=after,
                 removed_value=source_row, count=len(after))


def unmerge(catalogue: Catalogue, merged: Changes) -> Changes:
    """Undo :func:`merge_values`: recreate the removed value and put the records back as they were.

    Raises editing.VersionConflict if a record changed since the merge.
    """
    edit = merged.vocabulary
    if edit is None or edit.removed_value is None:
        raise ValueError("not the changes of a vocabulary merge")
    facet, row = edit.facet, edit.removed_value
    before, after = merged.before, merged.after
    with edits.write_transaction(catalogue.database):
        sql.insert_value(facet, dict(row))
        changes = apply_snapshots(catalogue, list(before.values()), after,
                                  f"separate {facet} {quoted_title(row['name'])} again", action="undo")
        if facet == "region":  # records in its member countries match it again
            rebuild_region_matches(catalogue.database)
    return _done(catalogue, facet, changes.description, updated=changes.updated,
                 before=changes.before, after=changes.after)

