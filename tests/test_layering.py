"""app/ and db/ stay free of Qt, and db/ never imports app/ or ui/."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_importing_app_and_db_loads_no_pyside6():
    code = (
        "import sys, pkgutil, importlib\n"
        "import app, db\n"
        "for pkg in (app, db):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import main\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt modules loaded by importing app/db: {out.stdout}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_db_imports_neither_app_nor_ui():
    for path in (ROOT / "db").rglob("*.py"):
        bad = _imports(path) & {"app", "ui", "PySide6"}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_app_imports_no_ui_and_no_qt_widgets():
    for path in (ROOT / "app").rglob("*.py"):
        names = _imports(path)
        assert "ui" not in names, f"{path.relative_to(ROOT)} imports ui"
        text = path.read_text(encoding="utf-8")
        assert "QtWidgets" not in text, f"{path.relative_to(ROOT)} uses Qt widgets"
