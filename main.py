"""Resource Catalogue: the desktop window by default, subcommands for the command line.

    python main.py [--db PATH]                open the window
    python main.py [--db PATH] PACKAGE.zip    open the window and start importing a catalogue package
    python main.py [--db PATH] search ...     see: python main.py --help

This is the only place that knows about both the command line (app/) and the window (ui/).
"""
from __future__ import annotations

import sys

EXIT_FAILURE = 1


def split_package_argument(argv: list[str]) -> tuple[str | None, list[str]]:
    """A catalogue package given instead of a command (``resource-catalogue PACKAGE.zip``, as a file
    manager starts the app): its path, and the arguments without it."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--db":
            i += 2
            continue
        if arg == "--":
            return None, argv
        if not arg.startswith("-"):
            if arg.lower().endswith(".zip"):
                return arg, argv[:i] + argv[i + 1:]
            return None, argv  # a command
        i += 1
    return None, argv


def _desktop_entry(install: bool) -> int:
    from app.desktop_entry import DesktopEntryError
    from app.desktop_entry import install as do_install
    from app.desktop_entry import uninstall as do_uninstall
    try:
        paths = do_install() if install else do_uninstall()
    except DesktopEntryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if install:
        print(f"Resource Catalogue is in the menu: {paths[-1]}")
    else:
        print(f"removed {len(paths)} file(s)" if paths else "no desktop entry was installed")
    return 0


def _register_fonts_for_pdf() -> None:
    """A PDF bibliography made from the command line draws with the build's fonts too."""
    from app.bibliography_formats import pdf_file

    def register():
        from ui.fonts import register_missing_fonts
        register_missing_fonts()
    pdf_file.ON_GUI_START.append(register)


def main(argv: list[str] | None = None) -> int:
    from app.process_memory import return_freed_memory
    from cli.main import build_parser, configure_streams, run

    return_freed_memory()   # before any thread starts: the window's worker threads, an import's
    configure_streams()
    package, argv = split_package_argument(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(args.install_desktop_entry)
    if args.command is None:
        from ui.app import run_gui  # Qt is imported only when the window is wanted
        return run_gui(args.db, import_package=package)
    _register_fonts_for_pdf()
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
