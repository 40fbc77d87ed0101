"""Put Resource Catalogue in the Linux desktop's menu for this user, and take it out again.

    resource-catalogue --install-desktop-entry      (--uninstall-desktop-entry)

Writes $XDG_DATA_HOME/applications/resource-catalogue.desktop (XDG_DATA_HOME defaults to
~/.local/share) and the icon into $XDG_DATA_HOME/icons/hicolor/ (PNG sizes and the SVG). The entry
starts this copy of the app (the build's executable, or main.py with this Python from a checkout) and
offers to open .zip files, so a catalogue package double-clicked in the file manager starts its import.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.bundle import bundle_dir, executable, is_packaged

APP_ID = "resource-catalogue"


class DesktopEntryError(Exception):
    pass


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec: a relative value is invalid and is ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def _assets() -> Path:
    return bundle_dir() / "ui" / "assets"


_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def _exec_argument(text: str) -> str:
    """One argument of an Exec key, quoted as the Desktop Entry spec says (double quotes, with \\, ", `
    and $ escaped inside, then backslashes doubled again as in any string value; % doubled)."""
    text = text.replace("%", "%%")
    if not _RESERVED & set(text):
        return text
    inner = "".join("\\" + c if c in '"`$\\' else c for c in text)
    return '"' + inner.replace("\\", "\\\\") + '"'


def _command() -> str:
    if is_packaged():
        return _exec_argument(str(executable()))
    return f"{_exec_argument(sys.executable)} {_exec_argument(str(executable()))}"


def entry_text() -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Resource Catalogue",
        "GenericName=Document catalogue",
        "Comment=Search, read and share an offline catalogue of documents on labour migration",
        f"Exec={_command()} %f",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;Education;Database;",
        "MimeType=application/zip;",
        "Keywords=library;catalogue;bibliography;migration;",
        "StartupWMClass=resource-catalogue",
        "",
    ])


def _targets(home: Path) -> list[tuple[Path, Path]]:
    """(source, destination) for every file the entry installs."""
    assets = _assets()
    pairs = [(png, home / "icons" / "hicolor" / png.parent.name / "apps" / f"{APP_ID}.png")
             for png in sorted((assets / "icons").glob("*/resource-catalogue.png"))]
    pairs.append((assets / "resource-catalogue.svg", home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"))
    return pairs


def _refresh_caches(home: Path) -> None:
    """Tell the desktop at once that the entry opens .zip files, where the tool exists; menus pick the
    entry up on their own. (No icon cache is written: a stale one in the user's folder hides icons
    other programs install later.)"""
    folder = home / "applications"
    if shutil.which("update-desktop-database") and folder.is_dir():
        subprocess.run(["update-desktop-database", "-q", str(folder)], capture_output=True, check=False, timeout=30)


def _check_platform() -> None:
    if not sys.platform.startswith("linux"):
        raise DesktopEntryError("desktop entries are for Linux; on Windows and macOS pin the "
                                "resource-catalogue program to the Start menu or the Dock instead")


def install() -> list[Path]:
    """Install the entry and the icons; returns the files written."""
    _check_platform()
    home = data_home()
    written = []
    try:
        for source, target in _targets(home):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
        entry = home / "applications" / f"{APP_ID}.desktop"
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(entry_text(), encoding="utf-8")
        written.append(entry)
    except OSError as exc:
        raise DesktopEntryError(f"cannot write {exc.filename or home}: {exc.strerror or exc}") from None
    _refresh_caches(home)
    return written


def uninstall() -> list[Path]:
    """Remove what install() wrote; returns the files removed (none if it was not installed)."""
    _check_platform()
    home = data_home()
    removed = []
    for path in [t for _, t in _targets(home)] + [home / "applications" / f"{APP_ID}.desktop"]:
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise DesktopEntryError(f"cannot remove {path}: {exc.strerror or exc}") from None
    _refresh_caches(home)
    return removed
