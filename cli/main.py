"""The command line, on the same services as the GUI.

    python main.py [--db X] search [QUERY] [--sort latest|title|year|type|relevance] [--limit N] [--json]
    python main.py [--db X] show UID [--json]
    python main.py [--db X] facets [QUERY] [--json]

Exit codes: 0 success, 1 a failure (one line on stderr), 2 a usage error.
A query that starts with "-" (an exclusion) goes after "--": search -- -covid housing
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys

from app.bundle import version_line
from app.catalogue import SIDEBAR_FACETS, SORTS, Catalogue
from app.criteria import SYNTAX_HELP, QueryError, parse_query
from app.sync.server_login import with_password
from db.errors import STORAGE_ERRORS, CatalogueError, explain
from app.write_turns import set_default_waiter

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse prints usage and exits 2; keep that, but raise for tests
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resource-catalogue",
        description="Resource Catalogue: an offline catalogue of documents on labour migration. "
                    "With no command, the desktop window opens.",
        epilog=SYNTAX_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="catalogue file (or sqlite:/// URL), or a shared catalogue at "
                             "postgresql://user@host:port/dbname (password from PGPASSWORD, ~/.pgpass or a "
                             "prompt); default: $RESOURCE_CATALOGUE_DB, else catalogue.db in the user data folder")
    parser.add_argument("--version", action="version", version=version_line())
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop-entry", action="store_true",
                         help="add Resource Catalogue to this user's Linux desktop menu (with its icon)")
    desktop.add_argument("--uninstall-desktop-entry", action="store_true",
                         help="take it out of the menu again")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("search", help="list matching resources", epilog=SYNTAX_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="*", help="search text and field filters (see below)")
    p.add_argument("--sort", choices=SORTS, default="latest")
    p.add_argument("--limit", type=_positive_int, default=None, help="print at most N records")
    p.add_argument("--json", action="store_true", help="print a JSON list of full records")
    p.add_argument("--passages", type=_positive_int, default=None, metavar="N",
                   help="print up to N matching passages of each record's documents, with page numbers "
                        "(default: 3 when the query has text: terms, else none)")

    p = sub.add_parser("show", help="print one full record")
    p.add_argument("uid", help="the record's UUID (a unique prefix is enough)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("facets", help="print facet counts for a query", epilog=SYNTAX_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="*")
    p.add_argument("--json", action="store_true")

    for module_name in EXTENSION_MODULES:
        module = importlib.import_module(module_name)
        module.register(sub, COMMANDS)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def run(args: argparse.Namespace, out=None, err=None) -> int:
    """Run a parsed subcommand; returns the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    set_default_waiter(_waiting_notice(err))
    try:
        return _run(args, out, err)
    finally:   # the notice writes to this command's stderr: not to be used by later work in the process
        set_default_waiter(None)


def _run(args: argparse.Namespace, out, err) -> int:
    handler = COMMANDS[args.command]
    if getattr(handler, "opens_catalogue", False):  # e.g. sync: makes or opens its catalogues itself
        try:
            return handler(None, args, out, err)
        except CatalogueError as exc:
            print(f"error: {exc}", file=err)
            return EXIT_FAILURE
    try:
        # A server that wants a password asks at the terminal (app/server_login.py).
        catalogue = with_password(lambda password: Catalogue.open(args.db, password=password), err)
    except CatalogueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    try:
        return COMMANDS[args.command](catalogue, args, out, err)
    except (QueryError, CatalogueError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    except STORAGE_ERRORS as exc:   # a full disk, a damaged file: one line
        print(f"error: {explain(exc)}", file=err)
        return EXIT_FAILURE
    finally:
        catalogue.close()


def _waiting_notice(err):
    """Say once, on stderr, that a write waits for another program's (db.write_wait)."""
    told = []

    def waiter(elapsed: float) -> bool:
        if not told:
            print("waiting for another import or edit on this catalogue to finish...", file=err, flush=True)
            told.append(elapsed)
        return True
    return waiter


def _query(args) -> str:
    return " ".join(args.query or [])


def cmd_search(catalogue: Catalogue, args, out, err) -> int:
    criteria = parse_query(_query(args))
    result = catalogue.search(criteria, args.sort)
    for warning in result.warnings:
        print(f"warning: {warning}", file=err)
    ids = result.ids if args.limit is None else result.ids[:args.limit]
    if args.json:
        records = [catalogue.record_by_id(i).to_dict() for i in ids]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    passages = args.passages if args.passages is not None else (3 if criteria.has_document_text() else 0)
    for start in range(0, len(ids), 200):
        for row in catalogue.rows(ids[start:start + 200]):
            out.write(f"{row.uid}  {row.year or '----'}  {(row.type or '-')[:14]:<14}  {row.title}\n")
            if passages:
                _write_passages(catalogue, row.uid, criteria, passages, out)
    print(f"{len(ids)} of {result.total} resources", file=err)
    return EXIT_OK


def _write_passages(catalogue: Catalogue, uid: str, criteria, limit: int, out) -> None:
    from app.documents.passages import passages
    for p in passages(catalogue, uid, criteria, limit):
        where = f"p. {p.page}" if p.paged else f"part {p.page}"
        out.write(f"    {p.file_name}, {where}: {p.text}\n")


def _format_record(rec, catalogue: Catalogue) -> str:
    lines = [rec.title, "=" * min(len(rec.title), 78)]

    def add(label, value):
        if value not in (None, "", []):
            if isinstance(value, list):
                value = "; ".join(value)
            lines.append(f"{label + ':':<16}{value}")

    date = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(
        x for x in (rec.year, rec.month, rec.day) if x)) if rec.year else ""
    add("UID", rec.uid)
    add("Type", rec.type or "")
    add("Date", date)
    add("Authors", rec.authors)
    add("Organizations", [f"{o.name} ({o.role})" for o in rec.organizations])
    add("Countries", [f"{catalogue.facet_label('country', c)} ({c})" for c in rec.countries])
    add("Regions", rec.regions)
    add("Themes", rec.themes)
    add("Languages", [f"{catalogue.facet_label('language', x)} ({x})" for x in rec.languages])
    add("Keywords", rec.keywords)
    add("In", rec.container_title)
    add("URL", rec.url)
    add("ISBN", rec.isbn)
    add("DOI", rec.doi)
    add("Reference", rec.publisher_ref)
    add("Added", rec.added_at)
    add("Updated", rec.updated_at)
    add("Deleted", rec.deleted_at or "")
    add("Version", str(rec.version))
    if rec.summary:
        lines += ["", rec.summary]
    if rec.notes:
        lines += ["", "Notes: " + rec.notes]
    return "\n".join(lines) + "\n"


def cmd_show(catalogue: Catalogue, args, out, err) -> int:
    uid = args.uid.strip()
    rec = catalogue.record(uid)
    if rec is None:
        full = catalogue.uid_for_prefix(uid) if len(uid) >= 4 else None
        rec = catalogue.record(full) if full else None
    if rec is None:
        print(f"error: no resource with UID {uid!r}", file=err)
        return EXIT_FAILURE
    from cli.relations import relation_dict, relation_lines
    if args.json:
        json.dump({**rec.to_dict(), "relations": relation_dict(catalogue, rec.uid)}, out, ensure_ascii=False,
                  indent=2)
        out.write("\n")
    else:
        out.write(_format_record(rec, catalogue))
        links = relation_lines(catalogue, rec.uid)
        if links:
            out.write("\n" + "\n".join(links) + "\n")
    return EXIT_OK


def cmd_facets(catalogue: Catalogue, args, out, err) -> int:
    criteria = parse_query(_query(args))
    facets = catalogue.facets(criteria)
    if args.json:
        data = {
            "total": facets.total,
            "facets": {name: [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected,
                               "excluded": v.excluded}
                              for v in values] for name, values in facets.values.items()},
            "years": [{"year": y, "count": n} for y, n in facets.years],
            "undated": facets.undated,
        }
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    out.write(f"{facets.total} resources\n")
    for name in SIDEBAR_FACETS:
        out.write(f"\n{name}\n")
        for v in facets.values.get(name, []):
            mark = "[x]" if v.selected else "[-]" if v.excluded else "[ ]"   # [-]: left out
            out.write(f"  {mark} {v.label}  ({v.count})\n")
    out.write("\nyear\n")
    for year, n in facets.years:
        out.write(f"  {year}  ({n})\n")
    out.write(f"  undated  ({facets.undated})\n")
    return EXIT_OK


COMMANDS = {"search": cmd_search, "show": cmd_show, "facets": cmd_facets}

# Modules that add subcommands: each has register(subparsers, commands), which adds its parsers
# (with parser_class taken from subparsers) and puts handler(catalogue, args, out, err) -> exit code
# into ``commands`` under the subcommand's name.
EXTENSION_MODULES: list[str] = [
    "cli.lists",
    "cli.transfer",
    "cli.editing",
    "cli.sync",
    "cli.publish",
    "cli.documents",
    "cli.relations",
]


def configure_streams() -> None:
    """Never crash printing a title in a script the terminal's encoding lacks."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
