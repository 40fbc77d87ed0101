"""Librarian subcommands: the trash, a record's history, quality lists and likely duplicates.

    python main.py [--db X] trash [--json]                    records in the trash
    python main.py [--db X] delete UID...                     move records to the trash
    python main.py [--db X] restore UID...                    bring records back from the trash
    python main.py [--db X] empty-trash --yes                 remove trashed records for good
    python main.py [--db X] history UID [--json]              who changed what, newest first
    python main.py [--db X] quality [LIST] [--json]           counts, or the records on one list
    python main.py [--db X] duplicates [--json]               likely duplicate pairs

UIDs may be unique prefixes, as in ``show``. Plugged into cli/main.py through EXTENSION_MODULES.
"""
from __future__ import annotations

import json

from app import duplicates, editing, history, quality
from cli.uids import resolve_uid_or_say

EXIT_OK, EXIT_FAILURE = 0, 1


def register(subparsers, commands) -> None:
    p = subparsers.add_parser("trash", help="list the records in the trash")
    p.add_argument("--json", action="store_true")
    for name, text in (("delete", "move records to the trash"), ("restore", "bring records back from the trash")):
        p = subparsers.add_parser(name, help=text)
        p.add_argument("uids", nargs="+", metavar="UID")
    p = subparsers.add_parser("empty-trash", help="remove the records in the trash for good")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p = subparsers.add_parser("history", help="a record's changes, newest first")
    p.add_argument("uid", metavar="UID")
    p.add_argument("--json", action="store_true")
    p = subparsers.add_parser("quality", help="records needing attention: counts, or one list",
                              epilog="Lists: " + ", ".join(c.key for c in quality.CHECKS))
    p.add_argument("list", nargs="?", choices=[c.key for c in quality.CHECKS], metavar="LIST")
    p.add_argument("--json", action="store_true")
    p = subparsers.add_parser("duplicates", help="likely duplicate pairs in the whole catalogue")
    p.add_argument("--json", action="store_true")
    commands.update({"trash": cmd_trash, "delete": cmd_delete, "restore": cmd_restore,
                     "empty-trash": cmd_empty_trash, "history": cmd_history, "quality": cmd_quality,
                     "duplicates": cmd_duplicates})


def _print_rows(catalogue, ids, out) -> None:
    for start in range(0, len(ids), 200):
        for row in catalogue.rows(ids[start:start + 200]):
            out.write(f"{row.uid}  {row.year or '----'}  {row.title}\n")


def cmd_trash(catalogue, args, out, err) -> int:
    records = [catalogue.record(uid) for uid in editing.trashed(catalogue)]
    if args.json:
        json.dump([{"uid": r.uid, "title": r.title, "deleted_at": r.deleted_at} for r in records], out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for r in records:
            out.write(f"{r.uid}  {r.deleted_at[:10]}  {r.title}\n")
        print(f"{editing.resources(len(records))} in the trash", file=err)
    return EXIT_OK


def _set_trash(catalogue, args, err, action) -> int:
    uids = [resolve_uid_or_say(catalogue, u, err) for u in args.uids]
    if None in uids:
        return EXIT_FAILURE
    changes = action(catalogue, uids)
    print(changes.description or "nothing to change", file=err)
    return EXIT_OK


def cmd_delete(catalogue, args, out, err) -> int:
    return _set_trash(catalogue, args, err, editing.delete)


def cmd_restore(catalogue, args, out, err) -> int:
    return _set_trash(catalogue, args, err, editing.restore)


def cmd_empty_trash(catalogue, args, out, err) -> int:
    count = len(editing.trashed(catalogue))
    if not args.yes:
        print(f"error: this removes {editing.resources(count)} for good; add --yes to confirm", file=err)
        return EXIT_FAILURE
    changes = editing.empty_trash(catalogue)
    print(changes.description or "the trash is empty", file=err)
    return EXIT_OK


def cmd_history(catalogue, args, out, err) -> int:
    uid = resolve_uid_or_say(catalogue, args.uid, err)
    if uid is None:
        return EXIT_FAILURE
    steps = history.list_history(catalogue, uid)
    if args.json:
        json.dump([{"changed_at": s.changed_at, "user": s.user, "action": s.action, "version": s.version,
                    "record": s.record_uid,
                    "changes": [{"field": e.field, "old": e.old, "new": e.new} for e in s.entries]}
                   for s in steps], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for step in steps:
        out.write(f"{step.changed_at[:19].replace('T', ' ')}  {step.user}  {step.label} (version {step.version})\n")
        for entry in step.entries:
            if entry.field:
                out.write(f"    {entry.label}: {json.dumps(entry.old, ensure_ascii=False)} -> "
                          f"{json.dumps(entry.new, ensure_ascii=False)}\n")
    return EXIT_OK


def cmd_quality(catalogue, args, out, err) -> int:
    if args.list:
        ids = quality.ids(catalogue, args.list)
        if args.json:
            json.dump([r.uid for r in catalogue.rows(ids)], out, indent=2)
            out.write("\n")
        else:
            _print_rows(catalogue, ids, out)
            print(f"{editing.resources(len(ids))}: {quality.BY_KEY[args.list].label.lower()}", file=err)
        return EXIT_OK
    counts = quality.counts(catalogue)
    if args.json:
        json.dump(counts, out, indent=2)
        out.write("\n")
    else:
        for check in quality.CHECKS:
            out.write(f"{counts[check.key]:>7}  {check.label}  ({check.key})\n")
    return EXIT_OK


def cmd_duplicates(catalogue, args, out, err) -> int:
    pairs = duplicates.find_pairs(catalogue)
    if args.json:
        json.dump([{"first": p.uid_a, "second": p.uid_b, "reasons": p.reasons} for p in pairs], out, indent=2)
        out.write("\n")
        return EXIT_OK
    for p in pairs:
        out.write(f"{p.uid_a}  {p.title_a}\n{p.uid_b}  {p.title_b}\n    {'; '.join(p.reasons)}\n")
    print(f"{len(pairs)} likely duplicate pair{'s' if len(pairs) != 1 else ''}", file=err)
    return EXIT_OK
