"""The window helpers (modules that keep main_window.py small) each name what they use of the main
window in a Protocol, use nothing else, and set nothing on it (issue 16: "hand each window helper
only what it uses"). Found by parsing: a new helper without its Protocol fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.ui_helpers import make_window

UI = Path(__file__).resolve().parents[1] / "ui"
WINDOW_NAMES = ("window", "w")                      # a helper's parameter, and its short local alias
SELF_WINDOW = ("window", "_window")                  # a helper object's reference to it


def helper_modules() -> list[Path]:
    out = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "main_window.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and any(a.arg == "window" for a in node.args.args)
               for node in ast.walk(tree)):
            out.append(path)
    return out


def _on_window(node: ast.AST) -> bool:
    return (isinstance(node, ast.Name) and node.id in WINDOW_NAMES) or (
        isinstance(node, ast.Attribute) and node.attr in SELF_WINDOW and isinstance(node.value, ast.Name)
        and node.value.id == "self")


def uses(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(attributes read or called on the window, attributes assigned or deleted on it)."""
    read, written = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _on_window(node.value):
            (read if isinstance(node.ctx, ast.Load) else written).add(node.attr)
    return read, written


def protocol(tree: ast.Module) -> tuple[str, set[str]]:
    found = [node for node in tree.body if isinstance(node, ast.ClassDef)
             and any(isinstance(b, ast.Name) and b.id == "Protocol" for b in node.bases)]
    assert len(found) == 1, "one Protocol naming what the module uses of the window"
    members = set()
    for item in found[0].body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            members.add(item.target.id)
        elif isinstance(item, ast.FunctionDef):
            members.add(item.name)
    return found[0].name, members


MODULES = helper_modules()


def test_the_helpers_are_found():
    names = {p.relative_to(UI).as_posix() for p in MODULES}
    assert {"window_features.py", "lists/list_actions.py", "documents/feature.py", "file_commands.py",
            "sync/sync_commands.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(UI).as_posix())
def test_a_helper_uses_only_what_its_protocol_names_and_sets_nothing_on_the_window(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name, members = protocol(tree)
    read, written = uses(tree)
    assert not written, f"{path.name} sets {sorted(written)} on the window"
    assert read <= members, f"{path.name} uses {sorted(read - members)} of the window, not in {name}"
    assert members <= read, f"{name} names {sorted(members - read)}, which {path.name} does not use"


def test_the_main_window_has_everything_the_protocols_name(qtbot, catalogue, tmp_path):
    window = make_window(qtbot, catalogue, tmp_path / "s.ini")
    for path in MODULES:
        name, members = protocol(ast.parse(path.read_text(encoding="utf-8")))
        missing = [m for m in members if not hasattr(window, m)]
        assert not missing, f"MainWindow lacks {missing} of {name}"


def test_no_ui_module_sets_attributes_on_the_main_window():
    """Beyond the helpers: no module (ui/app.py starting the window included) hangs its objects on the
    window; what it owns it keeps itself (or gives the object the window as its Qt parent)."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "main_window.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and not isinstance(node.ctx, ast.Load) and _on_window(node.value):
                offenders.append(f"{path.relative_to(UI).as_posix()}:{node.lineno} window.{node.attr}")
    assert not offenders, offenders
