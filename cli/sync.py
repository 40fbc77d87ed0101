"""The ``sync`` subcommand: make or refresh an offline copy of a shared catalogue, and sync it.

    python main.py --db LOCAL.db sync [--remote URL] [--pull-only]

With no LOCAL.db yet, a copy of the catalogue at URL is made there (attachments into the folder
beside it). Otherwise the copy is synced with the catalogue it was made from (``--remote`` may
name it again; a catalogue that is not a copy yet becomes one). Prints what moved and lists the
records changed on both sides (conflicts: resolved in the window, nothing was overwritten).
Exit codes: 0 done (conflicts included), 1 failure. Plugged into cli/main.py (EXTENSION_MODULES).
"""
from __future__ import annotations

from pathlib import Path

from app.sync import service as sync
from app.catalogue import Catalogue
from app.sync.server_login import with_password
from db import connection
from db.postgres_url import is_server_url, redact_url

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


def cmd_sync(_catalogue, args, out, err) -> int:
    location = connection.resolve_location(args.db)
    if is_server_url(location):
        print(f"error: --db names the shared catalogue ({redact_url(location)}); give the offline copy's file "
              f"with --db and the server with --remote", file=err)
        return EXIT_FAILURE
    path = connection.sqlite_path_from_location(location)
    new_copy = path is None or not Path(path).exists() or Path(path).stat().st_size == 0
    if new_copy and not args.remote:
        print("error: there is no offline copy at --db yet: give the shared catalogue with --remote", file=err)
        return EXIT_FAILURE
    progress = _progress(err)
    if new_copy:
        report = with_password(lambda pw: sync.make_offline_copy(args.remote, path, pw, progress=progress), err)
        print(f"made an offline copy of {report.remote} in {path}", file=out)
    else:
        local = Catalogue(connection.open_catalogue(location, bind=True))
        try:
            report = with_password(lambda pw: sync.sync(local, args.remote, pw, pull_only=args.pull_only,
                                                         progress=progress), err)
            titles = {c.uid: (c.local or c.remote).title for c in sync.conflicts(local)}
        finally:
            local.close()
        if report.conflicts:
            print("changed on both sides (nothing was overwritten; choose a version in the window):", file=out)
            for uid in report.conflicts:
                print(f"  {uid}  {titles.get(uid, '')}", file=out)
    print(("pulled only: " if report.pull_only else "") + report.summary(), file=out)
    return EXIT_OK
