"""Links between records in a package import: a three-way merge, so a removal travels too.

A package names, for each record, the links from it (``relations``) and the links both sides had
when they last met (``links_base``, from the sender's history). This catalogue keeps its own base
per record in the history (db.package_rows.LINKS_FIELD). Against the base (ours first, else the
package's), for each link from a record of the package:

- in the package, not in the base   -> added there: added here (if not here yet);
- in the base, not in the package   -> removed there: removed here;
- in both, not here                 -> removed here since: stays removed;
- here only                         -> added here: kept.

With no base at all (the sides never met, or an older package) every link of the package is added,
none removed, as before. A backup put back (``restore``) adds what is missing and removes nothing.
A link of a kind that has no direction (versions, related) counts as here whichever way round it
is stored. The same rules as a sync's link merge (app/sync/extras.sync_relations), which keeps its
base in sync_state instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from db import package_rows, relations

_UNDIRECTED = ("version", "related")

LinkKey = tuple[str, str, str]        # (subject uid, kind, target uid), as stored


@dataclass
class LinkMerge:
    add: list[relations.RelationRow] = field(default_factory=list)
    remove: list[LinkKey] = field(default_factory=list)     # stored keys
    bases: dict[str, list[tuple[str, str]]] = field(default_factory=dict)   # uid -> base to record

    @property
    def touched(self) -> set[str]:
        """Uids of records whose links change."""
        return {uid for row in self.add for uid in (row.subject_uid, row.target_uid)} | {
            uid for key in self.remove for uid in (key[0], key[2])}


def _stored(have: set[LinkKey], subject: str, kind: str, target: str) -> LinkKey | None:
    """The key this link is stored under here, or None if it is not here."""
    if (subject, kind, target) in have:
        return (subject, kind, target)
    if kind in _UNDIRECTED and (target, kind, subject) in have:
        return (target, kind, subject)
    return None


def plan(database, steps, restore: bool = False) -> LinkMerge:
    """What the package's links change here. ``steps``: the import's (app.transfer.importing.Step)."""
    ours = package_rows.link_bases(database)
    have = {row.key for row in relations.all_links()}
    out = LinkMerge()
    for step in steps:
        uid = step.parsed.data.uid
        if step.action == "fail" or not uid:
            continue
        there = {(link["kind"], link["uid"]): link for link in step.parsed.relations if link["uid"] != uid}
        if restore or step.action == "add":
            base: set[tuple[str, str]] = set()      # new here (or put back): nothing was seen before
        else:
            known = ours.get(uid, step.parsed.links_base)
            base = set(known or ())
        for (kind, target), link in there.items():
            if (kind, target) in base or _stored(have, uid, kind, target) is not None:
                continue
            row = relations.RelationRow(uid, kind, target, link.get("number") or "", link.get("position") or 0)
            out.add.append(row)
            have.add(row.key)
        for kind, target in sorted(base - there.keys()):
            key = _stored(have, uid, kind, target)
            if key is not None:
                out.remove.append(key)
                have.discard(key)
        agreed = sorted(there)
        if (agreed != sorted(ours[uid])) if uid in ours else bool(agreed or base):
            out.bases[uid] = agreed
    return out


def apply(merge: LinkMerge, recorder) -> None:
    """Write the merge inside the import's transaction; the new bases go in ``recorder``'s batch."""
    for subject, kind, target in merge.remove:
        relations.remove(subject, kind, target)
    relations.put_missing(merge.add)
    for uid, links in merge.bases.items():
        recorder.row(uid, package_rows.LINKS_FIELD, None, [list(link) for link in links], 0)

