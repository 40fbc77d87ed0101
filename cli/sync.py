"""The ``sync`` subcommand: make or refresh an offline copy of a shared catalogue, and sync it.

    python main.py --db LOCAL.db sync [--remote URL] [--pull-only]
    python main.py --db LOCAL.db sync conflicts [--json]
    python main.py --db LOCAL.db sync resolve UID --keep-mine|--take-theirs

With no LOCAL.db yet, a copy of the catalogue at URL is made there (attachments into the folder
beside it). Otherwise the copy is synced with the catalogue it was made from (``--remote`` may
name it again; a catalogue that is not a copy yet becomes one). Prints what moved and lists the
records changed on both sides (conflicts: nothing was overwritten). ``sync conflicts`` lists them
with what differs; ``sync resolve`` settles one, as the window's Sync dialog does (same service).
Exit codes: 0 done (conflicts included), 1 failure. Plugged into cli/main.py (EXTENSION_MODULES).
"""
from __future__ import annotations

import json
from pathlib import Path

from app.sync import service as sync
from app.catalogue import Catalogue
from app.sync.server_login import with_password
from app import locations

EXIT_OK, EXIT_FAILURE = 0, 1


def register(subparsers, commands) -> None:
    p = subparsers.add_parser(
        "sync", help="make or sync an offline copy of a shared catalogue",
        description="Make an offline copy (--db LOCAL.db, not there yet) of the shared catalogue at --remote, "
                    "or sync the copy at --db with it: local changes are sent, the server's are taken, records "
                    "changed on both sides are listed as conflicts. The password comes from PGPASSWORD, "
                    "~/.pgpass or a prompt; it is never stored.")
    p.add_argument("--remote", metavar="URL", help="the shared catalogue, postgresql://user@host:port/dbname "
                                                   "(default: the one the copy was made from)")
    p.add_argument("--pull-only", action="store_true", help="take the server's changes, send nothing")
    actions = p.add_subparsers(dest="sync_action", metavar="{conflicts,resolve}")
    c = actions.add_parser("conflicts", help="list the records changed both here and on the server",
                           description="List the open conflicts of the offline copy at --db: uid, title, the "
                                       "fields that differ and when each version was last changed.")
    c.add_argument("--json", action="store_true")
    r = actions.add_parser("resolve", help="settle one conflict by keeping one version",
                           description="Settle the conflict on record UID: --keep-mine keeps this copy's version "
                                       "(sent at the next sync), --take-theirs takes the server's.")
    r.add_argument("uid", help="the record's UUID (a unique prefix is enough)")
    side = r.add_mutually_exclusive_group(required=True)
    side.add_argument("--keep-mine", dest="keep", action="store_const", const="local")
    side.add_argument("--take-theirs", dest="keep", action="store_const", const="remote")
    cmd_sync.opens_catalogue = True
    commands["sync"] = cmd_sync


def _progress(err):
    last = {"shown": -1}

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent // 10 != last["shown"] // 10 and total >= 1000:
            last["shown"] = percent
            print(f"  {percent}% ({done:,} of {total:,} records)", file=err)
    return report


def _open_copy(location: str, err) -> Catalogue | None:
    """The offline copy at ``location``, or None (with the reason printed) if there is none."""
    if locations.is_server_address(location):
        print(f"error: --db names the shared catalogue ({locations.redacted(location)}); conflicts are kept in the "
              f"offline copy: give its file with --db", file=err)
        return None
    path = locations.file_path(location)
    if path is None or not Path(path).is_file() or Path(path).stat().st_size == 0:
        print(f"error: there is no catalogue at {location}", file=err)
        return None
    local = Catalogue.open(location, seed=False)
    if sync.status(local) is None:
        local.close()
        print(f"error: {location} is not an offline copy: it has no sync conflicts", file=err)
        return None
    return local


def cmd_conflicts(location: str, args, out, err) -> int:
    local = _open_copy(location, err)
    if local is None:
        return EXIT_FAILURE
    try:
        found = sync.conflicts(local)
    finally:
        local.close()
    rows = [{"uid": c.uid, "title": c.title, "differs": c.differences(),
             "mine_changed": c.local.updated_at if c.local else None, "mine_version": c.local.version if c.local else None,
             "theirs_changed": c.remote.updated_at, "theirs_version": c.remote.version} for c in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1), file=out)
        return EXIT_OK
    if not rows:
        print("no conflicts", file=out)
        return EXIT_OK
    for row in rows:
        mine = row["mine_changed"] or "removed here"
        print(f"{row['uid']}  {row['title']}", file=out)
        print(f"  differs: {', '.join(row['differs']) or 'nothing (same content)'}", file=out)
        print(f"  mine changed {mine} · theirs changed {row['theirs_changed']}", file=out)
    n = len(rows)
    print(f"{n} conflict{'s' if n != 1 else ''}: sync resolve UID --keep-mine or --take-theirs", file=out)
    return EXIT_OK


def cmd_resolve(location: str, args, out, err) -> int:
    local = _open_copy(location, err)
    if local is None:
        return EXIT_FAILURE
    try:
        try:
            conflict = sync.find_conflict(local, args.uid)
        except sync.ConflictNotFound as exc:
            print(f"error: {exc}", file=err)
            return EXIT_FAILURE
        sync.resolve_conflict(local, conflict.uid, args.keep)
    finally:
        local.close()
    kept = "this copy's version (sent at the next sync)" if args.keep == "local" else "the server's version"
    print(f"resolved {conflict.uid}  {conflict.title}: kept {kept}", file=out)
    return EXIT_OK


def cmd_sync(_catalogue, args, out, err) -> int:
    location = locations.resolve(args.db)
    action = getattr(args, "sync_action", None)
    if action == "conflicts":
        return cmd_conflicts(location, args, out, err)
    if action == "resolve":
        return cmd_resolve(location, args, out, err)
    if locations.is_server_address(location):
        print(f"error: --db names the shared catalogue ({locations.redacted(location)}); give the offline copy's file "
              f"with --db and the server with --remote", file=err)
        return EXIT_FAILURE
    path = locations.file_path(location)
    new_copy = path is None or not Path(path).exists() or Path(path).stat().st_size == 0
    if new_copy and not args.remote:
        print("error: there is no offline copy at --db yet: give the shared catalogue with --remote", file=err)
        return EXIT_FAILURE
    progress = _progress(err)
    if new_copy:
        report = with_password(lambda pw: sync.make_offline_copy(args.remote, path, pw, progress=progress), err)
        print(f"made an offline copy of {report.remote} in {path}", file=out)
    else:
        local = Catalogue.open(location, seed=False)
        try:
            report = with_password(lambda pw: sync.sync(local, args.remote, pw, pull_only=args.pull_only,
                                                         progress=progress), err)
            titles = {c.uid: (c.local or c.remote).title for c in sync.conflicts(local)}
        finally:
            local.close()
        if report.conflicts:
            print("changed on both sides (nothing was overwritten; see `sync conflicts`, then "
                  "`sync resolve UID --keep-mine|--take-theirs`, or the window):", file=out)
            for uid in report.conflicts:
                print(f"  {uid}  {titles.get(uid, '')}", file=out)
    print(("pulled only: " if report.pull_only else "") + report.summary(), file=out)
    return EXIT_OK
