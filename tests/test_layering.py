"""The layers hold: ui/ and cli/ over app/ over db/, no import loops, SQL only in db/, Qt only in ui/.

Every import is read from the source (also those inside functions), so a loop or a wrong-way
import cannot hide in a function body. Imports under ``if TYPE_CHECKING:`` are for annotations
only and never run, so they are not edges of the module graph.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "db", "cli", "ui")
# What ui/ and cli/ may take from db/: plain value types and errors, never a query or a connection.
DB_VALUE_TYPES = {"db.records", "db.errors", "db.compact_ids", "db.textfold"}
# The one module below ui/ that uses Qt: it lays out and prints the bibliography as a PDF with
# QTextDocument (Qt imported inside its functions, so importing app/ still loads no Qt).
QT_OUTSIDE_UI = {"app/bibliography_formats/pdf_file.py"}
# Calls that reach the database: raw SQL, and peewee's query builders.
SQL_CALL = re.compile(r"\.(execute_sql|select|where|tuples|dicts|on_conflict)\(")


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            skip.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    return skip


def imported_names(path: Path, runtime_only: bool = False) -> set[str]:
    """Every module name ``path`` imports, dotted as written plus each imported name appended
    (``from app import quality`` gives ``app`` and ``app.quality``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree) if runtime_only else set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.relative_to(ROOT)}: use absolute imports"
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _top(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def module_graph() -> dict[str, set[str]]:
    """app/ and db/ modules -> the app/ and db/ modules they import (at run time)."""
    modules = {_module(p): p for pkg in ("app", "db") for p in _files(pkg)}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_names(path, runtime_only=True):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not name.startswith(imported + "."):
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_app_and_db_import_without_loops():
    graph = module_graph()
    assert "app.catalogue" in graph and "db.search_plan" in graph["app.catalogue"]
    assert cycles(graph) == []


def test_importing_app_db_and_cli_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import app, db, cli\n"
        "for pkg in (app, db, cli):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import main\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt modules loaded by importing app/db/cli: {out.stdout}"


def test_each_layer_imports_only_those_below_it():
    allowed_tops = {"db": {"db"}, "app": {"app", "db"}, "cli": {"cli", "app", "db"}}
    for package, allowed in allowed_tops.items():
        for path in _files(package):
            bad = _top(imported_names(path)) & set(PACKAGES) - allowed
            assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_front_ends_take_only_value_types_from_db():
    for package in ("ui", "cli"):
        for path in _files(package):
            for name in imported_names(path):
                if name.split(".")[0] != "db" or name == "db":
                    continue
                module = name if name in DB_VALUE_TYPES else name.rpartition(".")[0]
                assert module in DB_VALUE_TYPES, f"{path.relative_to(ROOT)} imports {name} (db/ internals)"


def test_no_sql_and_no_peewee_outside_db():
    for package in ("app", "cli", "ui"):
        for path in _files(package):
            rel = path.relative_to(ROOT)
            names = imported_names(path)
            assert "peewee" not in _top(names) and "playhouse" not in _top(names), f"{rel} imports peewee"
            assert "db.models" not in names, f"{rel} imports db.models"
            text = path.read_text(encoding="utf-8")
            if package == "ui":   # Qt's selection models have select(): only raw SQL is looked for there
                assert "execute_sql(" not in text, f"{rel} runs SQL"
            else:
                found = SQL_CALL.search(text)
                assert found is None, f"{rel} queries the database ({found.group(0) if found else ''})"


def test_qt_only_in_ui_and_the_pdf_module():
    for package in ("app", "db", "cli"):
        for path in _files(package):
            rel = path.relative_to(ROOT).as_posix()
            qt = _top(imported_names(path)) & {"PySide6", "shiboken6", "qtawesome"}
            if rel in QT_OUTSIDE_UI:
                assert qt == {"PySide6"}, f"{rel} no longer uses Qt: take it off QT_OUTSIDE_UI"
            else:
                assert not qt, f"{rel} imports {qt}"


def test_no_module_in_app_names_a_backend():
    """Backend differences live in db/ (db.dialect, db.connection): the domain never asks which."""
    for path in _files("app"):
        found = re.search(r"postgres|sqlite|is_postgres", path.read_text(encoding="utf-8"), re.IGNORECASE)
        assert found is None, f"{path.relative_to(ROOT)} names a backend ({found.group(0) if found else ''})"
