"""The ``lists`` subcommands: reading lists from the command line.

    python main.py [--db X] lists                                  names and sizes
    python main.py [--db X] lists create NAME [--description D]
    python main.py [--db X] lists add NAME UID...
    python main.py [--db X] lists show NAME [--json]
    python main.py [--db X] lists export NAME --format html|md|docx|pdf|txt|ris|bibtex|csljson
                                 [--style apa|chicago|harvard] [--summaries] -o FILE

NAME is a list's name (case and accents ignored) or uid; UIDs may be unique prefixes, as in
``show``. Plugged into cli/main.py through EXTENSION_MODULES.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from app import bibliography as bibl
from app import reading_lists as rl
from app.bibliography_formats.references import REFERENCE_FORMATS, write_references
from cli.uids import resolve_uid

EXIT_OK, EXIT_FAILURE = 0, 1
EXPORT_FORMATS = (*bibl.FORMATS, *REFERENCE_FORMATS)


def register(subparsers, commands) -> None:
    p = subparsers.add_parser("lists", help="reading lists: list, create, add, show, export",
                              description="Reading lists. With no action, prints every list and its size.")
    actions = p.add_subparsers(dest="lists_action", metavar="ACTION", parser_class=type(p))

    a = actions.add_parser("create", help="create an empty reading list")
    a.add_argument("name")
    a.add_argument("--description", default="", metavar="D")

    a = actions.add_parser("add", help="add resources to the end of a list")
    a.add_argument("name", help="the list's name or uid")
    a.add_argument("uids", nargs="+", metavar="UID", help="resource UIDs (unique prefixes are enough)")

    a = actions.add_parser("show", help="print a list's resources in order")
    a.add_argument("name")
    a.add_argument("--json", action="store_true")

    a = actions.add_parser("export", help="write a list as a bibliography or for reference managers")
    a.add_argument("name")
    a.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    a.add_argument("--style", choices=tuple(bibl.STYLES), default="apa",
                   help="citation style for html, md, docx, pdf and txt (default: apa)")
    a.add_argument("--summaries", action="store_true", help="include each resource's summary")
    a.add_argument("--no-notes", action="store_true", help="leave out the list's notes")
    a.add_argument("--group-by", choices=tuple(bibl.GROUPS), default="none")
    a.add_argument("--sort", choices=tuple(bibl.SORTS), default="list")
    a.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="file to write (a folder: a file named after the list goes in it)")
    commands["lists"] = cmd_lists


def cmd_lists(catalogue, args, out, err) -> int:
    action = getattr(args, "lists_action", None)
    try:
        if action is None:
            return _print_lists(out)
        handler = {"create": _create, "add": _add, "show": _show, "export": _export}[action]
        return handler(catalogue, args, out, err)
    except (rl.ReadingListError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILURE


def _print_lists(out) -> int:
    lists = rl.all_lists()
    if not lists:
        out.write("No reading lists yet. Create one: lists create NAME\n")
    for info in lists:
        noun = "resource" if info.count == 1 else "resources"
        out.write(f"{info.name}  ({info.count} {noun})\n")
    return EXIT_OK


def _find(name: str) -> rl.ReadingList:
    info = rl.find_list(name)
    if info is None:
        raise rl.ReadingListError(f"no reading list called {name!r} (see: lists)")
    return info


def _create(catalogue, args, out, err) -> int:
    changes = rl.create_list(args.name, args.description)
    info = rl.get_list(changes.uid)
    out.write(f"created reading list '{info.name}'  {info.uid}\n")
    return EXIT_OK


def _full_uid(catalogue, text: str) -> str:
    full = resolve_uid(catalogue, text)
    if full is None:
        raise rl.ReadingListError(f"no resource with UID {text.strip()!r}")
    return full


def _add(catalogue, args, out, err) -> int:
    info = _find(args.name)
    uids = [_full_uid(catalogue, text) for text in args.uids]
    changes = rl.add_items(info.uid, uids)
    added = len(changes.added)
    skipped = len(set(uids)) - added
    noun = "resource" if added == 1 else "resources"
    tail = f" ({skipped} already in it)" if skipped else ""
    out.write(f"added {added} {noun} to '{info.name}'{tail}\n")
    return EXIT_OK


def _show(catalogue, args, out, err) -> int:
    info = _find(args.name)
    items = rl.items(info.uid)
    if args.json:
        data = {"uid": info.uid, "name": info.name, "description": info.description,
                "count": info.count, "created_at": info.created_at, "updated_at": info.updated_at,
                "items": [{"position": n, "uid": i.resource_uid, "title": i.title, "year": i.year,
                           "type": i.type, "note": i.note, "in_trash": i.in_trash}
                          for n, i in enumerate(items, start=1)]}
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    out.write(f"{info.name}\n{'=' * min(len(info.name), 78)}\n")
    if info.description:
        out.write(f"{info.description}\n")
    out.write("\n")
    for n, item in enumerate(items, start=1):
        trash = "  [in the trash]" if item.in_trash else ""
        out.write(f"{n:>3}. {item.resource_uid}  {item.year or '----'}  {(item.type or '-')[:14]:<14}  "
                  f"{item.title}{trash}\n")
        if item.note:
            out.write(f"     Note: {item.note}\n")
    noun = "resource" if info.count == 1 else "resources"
    print(f"{info.count} {noun}", file=err)
    return EXIT_OK


def _target(output: str, title: str, fmt: str) -> Path:
    path = Path(output).expanduser()
    if output.endswith(("/", os.sep)) and not path.is_dir():
        raise OSError(f"folder {output!r} does not exist")
    if path.is_dir():
        suffix = bibl.FORMATS.get(fmt) or REFERENCE_FORMATS[fmt][1]
        path = path / (bibl.default_file_name(title, "txt")[:-4] + suffix)
    if not path.parent.is_dir():
        raise OSError(f"folder {str(path.parent)!r} does not exist")
    return path


def _export(catalogue, args, out, err) -> int:
    info = _find(args.name)
    source = bibl.source_for_list(info.uid)
    path = _target(args.output, info.name, args.format)
    if args.format in REFERENCE_FORMATS:
        count = write_references(args.format, [e.record for e in source.entries], path)
    else:
        options = bibl.BibliographyOptions(style=args.style, include_summaries=args.summaries,
                                           include_notes=not args.no_notes, group_by=args.group_by,
                                           sort=args.sort)
        bibl.write(bibl.build(source, options), args.format, path)
        count = len(source.entries)
    noun = "resource" if count == 1 else "resources"
    out.write(f"wrote {count} {noun} from '{info.name}' to {path}\n")
    return EXIT_OK

