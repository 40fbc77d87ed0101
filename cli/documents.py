"""Document subcommands: add files as records, read their text, list what could not be read.

    python main.py add-files PATH... [--list NAME] [--dry-run] [--no-index]
    python main.py documents [--index] [--failed] [--no-text]

``add-files`` makes a record for each document file (folders are searched), with the file attached
and the metadata suggested from the file; ``--dry-run`` prints what it would store and stores
nothing. A file the catalogue holds already (same SHA-256) is reported and skipped. Then the text
of the new files is read (unless ``--no-index``), so ``search text:...`` finds it right away.
Plugged into cli/main.py (EXTENSION_MODULES).
"""
from __future__ import annotations

from app.documents import adding, indexer, status

EXIT_OK, EXIT_FAILURE = 0, 1


def register(subparsers, commands) -> None:
    p = subparsers.add_parser(
        "add-files", help="add document files (PDF, DOCX, ODT, EPUB, HTML, text) as new records",
        description="Add each file (and every document file inside each folder) as a new record with the file "
                    "attached; title, authors, year, DOI/ISBN/ISSN, language and organizations are suggested "
                    "from the file itself. A file already in the catalogue (same SHA-256) is reported, not "
                    "added again.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--list", metavar="NAME", help="also put the new records on this reading list (made if missing)")
    p.add_argument("--dry-run", action="store_true", help="print what would be stored; store nothing")
    p.add_argument("--no-index", action="store_true", help="leave reading the text to the window's indexer")
    commands["add-files"] = cmd_add_files

    p = subparsers.add_parser(
        "documents", help="read the text of attached documents; list those that could not be read",
        description="With no option: how many attached documents are read, waiting, without text or "
                    "unreadable. --index reads the waiting ones now (stop with Ctrl+C: nothing is lost).")
    p.add_argument("--index", action="store_true", help="read every waiting document now")
    p.add_argument("--failed", action="store_true", help="list the documents that could not be read, with why")
    p.add_argument("--no-text", action="store_true", help="list the documents without searchable text (scans)")
    commands["documents"] = cmd_documents


def _print_preview(items, out, err) -> None:
    for item in items:
        out.write(f"{item.path}\n")
        if item.problem:
            out.write(f"  skipped: {item.problem}\n")
            continue
        if item.existing:
            out.write(f"  already in the catalogue (same SHA-256 {item.sha256[:12]}…): "
                      f"{', '.join(u[:8] for u in item.existing)}\n")
            continue
        if item.repeated:
            out.write("  skipped: the same file is listed earlier\n")
            continue
        if item.note:
            out.write(f"  note: {item.note}\n")
        for name, value, source in (item.suggestion.fields() if item.suggestion else []):
            if len(value) > 100:
                value = value[:99] + "…"
            out.write(f"  {name + ':':<15}{value}   [{source}]\n")


def cmd_add_files(catalogue, args, out, err) -> int:
    items = adding.preview(catalogue, args.paths)
    if not items:
        print("error: no document files found there", file=err)
        return EXIT_FAILURE
    _print_preview(items, out, err)
    addable = [i for i in items if i.addable]
    if args.dry_run:
        print(f"dry run: {len(addable)} of {len(items)} files would be added; nothing was stored", file=err)
        return EXIT_OK
    changes = adding.add(catalogue, addable, list_name=args.list)
    for path, uid in changes.extra["added"]:
        out.write(f"added {uid}  {path.name}\n")
    print(f"{len(changes.extra['added'])} of {len(items)} files added", file=err)
    if not args.no_index and addable:
        return _index(catalogue, out, err)
    return EXIT_OK if len(changes.extra["added"]) or not addable else EXIT_FAILURE


def _index(catalogue, out, err) -> int:
    def progress(p):
        o = p.last
        state = {"text": f"{o.pages} page{'s' if o.pages != 1 else ''}", "no_text": f"no text ({o.reason})",
                 "failed": f"failed ({o.reason})"}[o.status]
        print(f"read {o.file_name}: {state}", file=err)
    try:
        outcomes = indexer.index_pending(catalogue, progress=progress)
    except KeyboardInterrupt:
        print("stopped; the documents not read yet wait for the next run", file=err)
        return EXIT_FAILURE
    pages = sum(o.pages for o in outcomes if o.status == "text")
    print(f"{len(outcomes)} documents read, {pages} pages of text", file=err)
    return EXIT_OK


def cmd_documents(catalogue, args, out, err) -> int:
    if args.index:
        _index(catalogue, out, err)
    if args.failed or args.no_text:
        for row in (status.unreadable(catalogue) if args.failed else status.without_text(catalogue)):
            out.write(f"{row['record_uid']}  {row['file_name']}: {row['reason']}\n")
        return EXIT_OK
    counts = status.counts(catalogue)
    out.write(f"read: {counts['text']} documents ({counts['pages']} pages); without text: {counts['no_text']}; "
              f"unreadable: {counts['failed']}; waiting: {counts['pending']}\n")
    return EXIT_OK
