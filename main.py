"""Resource Catalogue: the desktop window by default, subcommands for the command line.

    python main.py [--db PATH]            open the window
    python main.py [--db PATH] search ... see: python main.py --help
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import main as cli_main
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
