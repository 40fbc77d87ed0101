"""Register the Noto fonts shipped inside a build with Qt, one script at a time, and only for a script
the system has no font for: a user's own Thai or Chinese font still wins, and a laptop with none still
draws Thai, Khmer, Burmese, Lao, Arabic, Vietnamese and Chinese titles instead of boxes.

The files and the writing systems they serve are listed in the build's fonts/fonts.json
(tools/collect_fonts.py). A checkout has no such folder and uses the system's fonts.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from app.bundle import shipped_fonts_dir

log = logging.getLogger(__name__)


def register_missing_fonts(folder: Path | None = None) -> list[str]:
    """Add the shipped fonts for each writing system the system lacks; returns the files added.
    Needs a QGuiApplication; safe to call more than once."""
    from PySide6.QtGui import QFontDatabase
    folder = folder or shipped_fonts_dir()
    if folder is None:
        return []
    try:
        manifest: dict[str, list[str]] = json.loads((folder / "fonts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("shipped fonts not usable: %s", exc)
        return []
    added: list[str] = []
    done: set[str] = set()
    for system_name, files in manifest.items():
        system = getattr(QFontDatabase.WritingSystem, system_name, None)
        if system is None or QFontDatabase.families(system):
            continue
        for name in files:
            if name in done:
                continue
            done.add(name)
            if QFontDatabase.addApplicationFont(str(folder / name)) >= 0:
                added.append(name)
            else:
                log.warning("could not load the shipped font %s", name)
    return added
