"""The ``publish`` subcommand: the catalogue, a search or a reading list as an offline web page.

    python main.py [--db X] publish [QUERY] [--list NAME] -o FOLDER [--title T] [--with-files]
                   [--include-notes]

Writes FOLDER/index.html with the records, a search index, the styles and scripts (and with
--with-files the attachments); open index.html in any browser, no network needed. Plugged into
cli/main.py through EXTENSION_MODULES.
"""
from __future__ import annotations

from app.criteria import parse_query
from app.publish import PublishError, PublishOptions, PublishScope, publish

EXIT_OK, EXIT_FAILURE = 0, 1


def register(subparsers, commands) -> None:
    p = subparsers.add_parser(
        "publish", help="write the catalogue, a search or a reading list as an offline web page",
        description="Write a folder with index.html: the records matching QUERY (all without one), or a "
                    "reading list, with a keyword box and criteria boxes. It opens in any browser straight "
                    "from the disk or a USB stick, and on any plain web host. Notes, history and the trash "
                    "are not published.")
    p.add_argument("query", nargs="*", help="search text and field filters, as in search")
    p.add_argument("--list", metavar="NAME", help="publish this reading list, in list order")
    p.add_argument("-o", "--output", required=True, metavar="FOLDER",
                   help="the folder to write (new, empty, or a page published here before, which is replaced)")
    p.add_argument("--title", default="", metavar="T", help="the page's title (default: the list's name, "
                                                              "else 'Resource Catalogue')")
    p.add_argument("--with-files", action="store_true", help="copy the attached files, so a click opens them")
    p.add_argument("--include-notes", action="store_true", help="also publish the records' internal notes")
    commands["publish"] = cmd_publish


def cmd_publish(catalogue, args, out, err) -> int:
    query = " ".join(args.query or [])
    if args.list and query:
        print("error: give a QUERY or --list, not both", file=err)
        return EXIT_FAILURE
    scope = PublishScope(reading_list=args.list) if args.list else PublishScope(criteria=parse_query(query))
    options = PublishOptions(title=args.title, with_files=args.with_files, include_notes=args.include_notes)
    try:
        report = publish(catalogue, args.output, scope, options)
    except (PublishError, OSError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE
    for missing in report.missing_files[:20]:
        print(f"warning: attachment missing on disk, left out: {missing}", file=err)
    print(report.summary(), file=out)
    return EXIT_OK
