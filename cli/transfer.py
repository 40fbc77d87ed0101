"""The ``import`` and ``export`` subcommands.

    python main.py [--db X] import FILE [--format F] [--encoding E] [--delimiter D]
                   [--on-duplicate skip|update|new] [--list NAME] [--dry-run] [--problems CSV]
    python main.py [--db X] export [QUERY] --format csv|xlsx|ris|bibtex|csljson|json|package
                   [--list NAME] -o FILE

``import`` prints the summary and the problems; it exits 1 (with the problems) when nothing
could be imported. ``export`` writes the records matching QUERY (all without one), or a reading
list's records in list order. Plugged into app/cli.py through EXTENSION_MODULES.
"""
from __future__ import annotations

from app.transfer import service as transfer
from app.criteria import parse_query
from app.transfer.formats import EXPORT_FORMATS, IMPORT_FORMATS
from app.output_files import OutputError, check_target
from db.errors import explain

EXIT_OK, EXIT_FAILURE = 0, 1
MAX_PROBLEMS_SHOWN = 50


def register(subparsers, commands) -> None:
    p = subparsers.add_parser(
        "import", help="import records from a file (CSV, TSV, XLSX, RIS, BibTeX, CSL-JSON, our JSON, package)",
        description="Import records. The format, text encoding and CSV delimiter are detected; "
                    "override them if the guess is wrong.")
    p.add_argument("file")
    p.add_argument("--format", choices=IMPORT_FORMATS, help="the file's format (default: detect)")
    p.add_argument("--encoding", metavar="E", help="text encoding, e.g. utf-8, gb18030, cp874, cp1252")
    p.add_argument("--delimiter", metavar="D", help="CSV delimiter (use \\t for tab)")
    p.add_argument("--on-duplicate", choices=transfer.ON_DUPLICATE, default="skip",
                   help="a record already in the catalogue (same UUID, DOI, ISBN, URL or title): "
                        "skip it, update it, or add it as new (default: skip)")
    p.add_argument("--list", metavar="NAME", help="put the imported records in this reading list")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    p.add_argument("--problems", metavar="CSV", help="also save the problems to this CSV file")
    commands["import"] = cmd_import

    p = subparsers.add_parser("export", help="export records to a file",
                              description="Export the records matching QUERY (all if none), or a reading list.")
    p.add_argument("query", nargs="*", help="search text and field filters, as in search")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--list", metavar="NAME", help="export this reading list, in list order")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    commands["export"] = cmd_export


def cmd_import(catalogue, args, out, err) -> int:
    delimiter = "\t" if args.delimiter in ("\\t", "tab") else args.delimiter
    options = transfer.ImportOptions(format=args.format, encoding=args.encoding, delimiter=delimiter,
                                     on_duplicate=args.on_duplicate, reading_list=args.list,
                                     dry_run=args.dry_run,
                                     warn=lambda text: print(f"warning: {text}", file=err, flush=True))
    if args.problems:
        try:   # refused before anything is imported, not after
            check_target(args.problems)
        except OSError as exc:
            print(f"error: --problems: {exc}; nothing was imported", file=err)
            return EXIT_FAILURE
    try:
        report = transfer.import_file(catalogue, args.file, options)
    except (transfer.FormatError, transfer.TransferError) as exc:
        print(f"error: {with_nothing_changed(str(exc))}", file=err)
        return EXIT_FAILURE
    nothing = report.added + report.updated == 0 and (report.failed or report.total == 0)
    stream = err if nothing else out
    for problem in [p for p in report.problems if p.kind != "warning"][:MAX_PROBLEMS_SHOWN] + \
            [p for p in report.problems if p.kind == "warning"][:MAX_PROBLEMS_SHOWN]:
        where = f"line {problem.line}" if problem.line else f"record {problem.record}"
        print(f"{problem.kind}: {where}: {problem.title[:60]}: {problem.message}", file=stream)
    if len(report.problems) > 2 * MAX_PROBLEMS_SHOWN:
        print(f"... {len(report.problems)} problems in all (--problems FILE saves them)", file=stream)
    if args.problems:
        try:
            transfer.save_problems_csv(report, args.problems)
        except OSError as exc:
            print(f"error: the problems could not be saved to {args.problems} ({exc.strerror or exc}); "
                  f"the import itself is done", file=err)
            return EXIT_FAILURE
    if report.backup:
        print(f"backup: {report.backup}", file=out)
    print(report.summary(), file=stream)
    if nothing:
        print("error: nothing could be imported", file=err)
        return EXIT_FAILURE
    return EXIT_OK


def with_nothing_changed(message: str) -> str:
    """A refusal says what was kept: a file refused before any writing changes nothing."""
    return message if "nothing was" in message else f"{message}; nothing was imported"


def cmd_export(catalogue, args, out, err) -> int:
    query = " ".join(args.query or [])
    if args.list and query:
        print("error: give a QUERY or --list, not both", file=err)
        return EXIT_FAILURE
    scope = transfer.ExportScope(reading_list=args.list) if args.list else \
        transfer.ExportScope(criteria=parse_query(query)) if query else None
    try:
        report = transfer.export(catalogue, args.output, args.format, scope)
    except OutputError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    except OSError as exc:   # e.g. the disk filled while writing: the old file, if any, is untouched
        print(f"error: the export was not written ({explain(exc)})", file=err)
        return EXIT_FAILURE
    except ValueError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    for warning in report.warnings:
        print(f"warning: {warning}", file=err)
    print(report.summary(), file=out)
    return EXIT_OK
