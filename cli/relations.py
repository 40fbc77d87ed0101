"""Links between records: series, language versions, editions, related records.

    python main.py [--db X] link UID --series SERIES_UID [--number N]   UID is part of the series
    python main.py [--db X] link UID --version-of UID2                  a language version of UID2
    python main.py [--db X] link UID --replaces UID2                    a new edition of UID2
    python main.py [--db X] link UID --related UID2
    python main.py [--db X] unlink UID (--series|--version-of|--replaces|--related) UID2

``show`` lists a record's links (see :func:`relation_lines`). UIDs may be unique prefixes.
Plugged into cli/main.py through EXTENSION_MODULES.
"""
from __future__ import annotations

from app import editing, relations
from cli.uids import resolve_uid_or_say

EXIT_OK, EXIT_FAILURE = 0, 1

_KINDS = (("series", "series", "SERIES_UID", "part of this series (a record of type Series)"),
          ("version_of", "version", "UID2", "a language version of this record"),
          ("replaces", "replaces", "UID2", "replaces this record (a new edition, a later strategy)"),
          ("related", "related", "UID2", "related to this record"))


def register(subparsers, commands) -> None:
    for name, text in (("link", "link two records (series, language versions, editions, related)"),
                       ("unlink", "remove a link between two records")):
        p = subparsers.add_parser(name, help=text)
        p.add_argument("uid", metavar="UID")
        kinds = p.add_mutually_exclusive_group(required=True)
        for dest, _, metavar, helptext in _KINDS:
            kinds.add_argument(f"--{dest.replace('_', '-')}", dest=dest, metavar=metavar, help=helptext)
        if name == "link":
            p.add_argument("--number", default="", help='the number or date in the series ("3", "2022 Q1")')
    commands.update({"link": cmd_link, "unlink": cmd_unlink})


def _parse(catalogue, args, err) -> tuple[str, str, str] | None:
    for dest, kind, _, _ in _KINDS:
        other = getattr(args, dest)
        if other:
            subject = resolve_uid_or_say(catalogue, args.uid, err)
            target = resolve_uid_or_say(catalogue, other, err)
            return None if subject is None or target is None else (subject, kind, target)
    return None


def cmd_link(catalogue, args, out, err) -> int:
    parsed = _parse(catalogue, args, err)
    if parsed is None:
        return EXIT_FAILURE
    subject, kind, target = parsed
    if args.number and kind != "series":
        print("error: --number goes with --series", file=err)
        return EXIT_FAILURE
    try:
        changes = relations.link(catalogue, subject, kind, target, args.number)
    except (relations.RelationError, editing.RecordNotFound) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    print(changes.description or "already linked", file=err)
    return EXIT_OK


def cmd_unlink(catalogue, args, out, err) -> int:
    parsed = _parse(catalogue, args, err)
    if parsed is None:
        return EXIT_FAILURE
    changes = relations.unlink(catalogue, *parsed)
    if changes.relation is None or changes.relation.removed is None:
        print("error: these records are not linked that way", file=err)
        return EXIT_FAILURE
    print(changes.description, file=err)
    return EXIT_OK


def _name(rec) -> str:
    year = f" ({rec.year})" if rec.year else ""
    langs = f" [{', '.join(rec.languages)}]" if rec.languages else ""
    return f"{rec.title}{year}{langs}  {rec.uid}"


def relation_lines(catalogue, uid: str) -> list[str]:
    """The record's links as ``show`` prints them (empty if it has none)."""
    rel = relations.relations_of(catalogue, uid)
    lines: list[str] = []
    for place in rel.part_of:
        number = f", No. {place.number}" if place.number else ""
        lines.append(f"Part of: {_name(place.series)}{number}")
        if place.previous:
            lines.append(f"  previous: {_name(place.previous)}")
        if place.next:
            lines.append(f"  next: {_name(place.next)}")
    for part, number in rel.parts:
        lines.append(f"Part{' ' + number if number else ''}: {_name(part)}")
    lines += [f"Also in: {_name(r)}" for r in rel.versions]
    lines += [f"Replaced by: {_name(r)}" for r in rel.replaced_by]
    lines += [f"Replaces: {_name(r)}" for r in rel.replaces]
    lines += [f"Related: {_name(r)}" for r in rel.related]
    return lines


def relation_dict(catalogue, uid: str) -> dict:
    """The record's links for ``show --json``."""
    rel = relations.relations_of(catalogue, uid)

    def brief(rec):
        return {"uid": rec.uid, "title": rec.title, "languages": list(rec.languages)}
    return {
        "part_of": [{**brief(p.series), "number": p.number,
                     "previous": p.previous.uid if p.previous else None,
                     "next": p.next.uid if p.next else None} for p in rel.part_of],
        "parts": [{**brief(r), "number": n} for r, n in rel.parts],
        "versions": [brief(r) for r in rel.versions],
        "replaces": [brief(r) for r in rel.replaces],
        "replaced_by": [brief(r) for r in rel.replaced_by],
        "related": [brief(r) for r in rel.related],
    }
