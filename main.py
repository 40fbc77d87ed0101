"""Resource Catalogue: the desktop window by default, subcommands for the command line.

    python main.py [--db PATH]            open the window
    python main.py [--db PATH] search ... see: python main.py --help

This is the only place that knows about both the command line (app/) and the window (ui/).
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cli.main import build_parser, configure_streams, run

    configure_streams()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui  # Qt is imported only when the window is wanted
        return run_gui(args.db)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
