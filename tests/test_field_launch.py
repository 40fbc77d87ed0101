"""Starting the app as a desktop does (a package given on the command line, the menu entry), the
version and About text, and the shipped-font registration: checked from the checkout, quickly.
The built folder itself is checked in tests/test_field_build.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from main import split_package_argument
from tests.ui_helpers import make_window

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("argv, package, rest", [
    (["pkg.zip"], "pkg.zip", []),
    (["--db", "x.db", "/a/b/Field Pack.ZIP"], "/a/b/Field Pack.ZIP", ["--db", "x.db"]),
    (["import", "pkg.zip"], None, ["import", "pkg.zip"]),          # a command keeps its arguments
    (["--db", "x.zip", "search", "housing"], None, ["--db", "x.zip", "search", "housing"]),
    ([], None, []),
])
def test_a_package_given_instead_of_a_command(argv, package, rest):
    assert split_package_argument(argv) == (package, rest)


def test_version_from_a_checkout():
    from app.version import VERSION
    proc = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"resource-catalogue {VERSION} (from source)"


def test_a_missing_package_is_one_line_and_no_window(tmp_path):
    proc = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "c.db"), str(tmp_path / "gone.zip")],
                          cwd=ROOT, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1 and proc.stderr == f"error: no such file: {tmp_path / 'gone.zip'}\n"


def test_the_import_dialog_starts_on_the_package(qtbot, catalogue, tmp_path, monkeypatch):
    from ui import file_commands
    from ui.transfer import import_export_dialog
    package = tmp_path / "colleague.zip"
    assert subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "src.db"), "export",
                           "--format", "package", "-o", str(package)], cwd=ROOT).returncode == 0
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    seen = []
    monkeypatch.setattr(import_export_dialog.ImportDialog, "exec", lambda self: seen.append(self.path) or 0)
    file_commands.import_dialog(window, str(package))
    assert seen == [package]


def test_about_names_the_version_and_the_catalogue_file(qtbot, catalogue, tmp_path):
    from app.version import VERSION
    from ui.file_commands import about_text
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    text = about_text(window)
    assert f"Version {VERSION}" in text and "Running from the source code" in text
    assert str(catalogue.path) in text


def test_desktop_entry_goes_under_xdg_data_home_and_comes_out_again(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "main.py", "--install-desktop-entry"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    entry = tmp_path / "data" / "applications" / "resource-catalogue.desktop"
    text = entry.read_text()
    assert f"Exec={sys.executable} {ROOT / 'main.py'} %f" in text and "Icon=resource-catalogue" in text
    assert (tmp_path / "data" / "icons" / "hicolor" / "48x48" / "apps" / "resource-catalogue.png").is_file()
    assert (tmp_path / "data" / "icons" / "hicolor" / "scalable" / "apps" / "resource-catalogue.svg").is_file()
    assert not (tmp_path / "home").exists()  # XDG_DATA_HOME honoured: nothing under ~/.local/share
    proc = subprocess.run([sys.executable, "main.py", "--uninstall-desktop-entry"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0 and not entry.exists()
    assert not list((tmp_path / "data").rglob("resource-catalogue.*"))


FONT_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication([])
from ui.fonts import register_missing_fonts
added = register_missing_fonts(Path(sys.argv[1]))
print(json.dumps({"added": added, "thai": QFontDatabase.families(QFontDatabase.WritingSystem.Thai)}))
"""


def _probe(folder: Path, **env) -> dict:
    import json
    import os
    proc = subprocess.run([sys.executable, "-c", FONT_PROBE, str(folder)], cwd=ROOT, capture_output=True,
                          text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env))
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_shipped_fonts_are_added_only_for_scripts_the_system_lacks(tmp_path):
    import json
    import shutil
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy2("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", shipped / "thai.ttf")
    (shipped / "fonts.json").write_text(json.dumps({"Thai": ["thai.ttf"]}))
    # This machine has Noto Sans Thai (fonts-noto-core): the user's font wins, nothing is added.
    assert _probe(shipped)["added"] == []
    # A system with only a Latin font: the shipped Thai font is added and Qt now has Thai.
    latin = tmp_path / "latin"
    latin.mkdir()
    shutil.copy2("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", latin)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{latin}</dir>"
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    result = _probe(shipped, FONTCONFIG_FILE=str(conf))
    assert result["added"] == ["thai.ttf"] and result["thai"] == ["Noto Sans Thai"]


@pytest.mark.parametrize("path, written", [
    ("/opt/rc/resource-catalogue", "/opt/rc/resource-catalogue"),
    ("/home/ana/Field kit/resource-catalogue", '"/home/ana/Field kit/resource-catalogue"'),
    ("/home/ana/$x/rc", '"/home/ana/\\\\$x/rc"'),      # \$ inside quotes, its backslash doubled as a string
    ("/home/ana/100%/rc", "/home/ana/100%%/rc"),
])
def test_exec_paths_are_quoted_as_the_desktop_entry_spec_says(path, written):
    from app.desktop_entry import _exec_argument
    assert _exec_argument(path) == written
