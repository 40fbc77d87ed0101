"""What the running copy is: a checkout or a packaged build (PyInstaller one-folder), its version,
the build date, and where the files shipped beside the code are (the Noto fonts).

Qt-free: the command line (--version) and the window (Help > About) both read it.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.version import VERSION

BUILD_INFO_FILE = "build_info.json"
FONTS_FOLDER = "fonts"


def is_packaged() -> bool:
    """True inside the one-folder build made by tools/build_app.sh."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path:
    """Where the build's data files are (PyInstaller's _internal folder); the checkout otherwise."""
    if is_packaged():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[1]


def executable() -> Path:
    """The program a desktop entry should start: the build's executable, or main.py in a checkout."""
    if is_packaged():
        return Path(sys.executable).resolve()
    return bundle_dir() / "main.py"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: str | None   # ISO date and time (UTC) of the build; None when run from a checkout
    platform: str | None


@lru_cache(maxsize=1)
def build_info() -> BuildInfo:
    path = bundle_dir() / BUILD_INFO_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BuildInfo(VERSION, None, None)
    return BuildInfo(str(data.get("version") or VERSION), data.get("build_date"), data.get("platform"))


def version_line() -> str:
    info = build_info()
    if info.build_date:
        return f"resource-catalogue {info.version} (built {info.build_date}, {info.platform})"
    return f"resource-catalogue {info.version} (from source)"


def shipped_fonts_dir() -> Path | None:
    """The folder of Noto fonts inside a build (None in a checkout, where the system's fonts serve)."""
    folder = bundle_dir() / FONTS_FOLDER
    return folder if folder.is_dir() else None
