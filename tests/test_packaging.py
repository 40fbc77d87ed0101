"""The console script runs the same entry point as python main.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def test_console_script_is_declared_and_installed(tmp_path):
    import tomllib
    root = Path(__file__).resolve().parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["resource-catalogue"] == "main:main"
    script = Path(sys.executable).parent / "resource-catalogue"
    if not script.exists():
        pytest.fail("resource-catalogue is not installed: run pip install -e . (the README's commands do)")
    proc = subprocess.run([str(script), "--db", str(tmp_path / "c.db"), "search", "housing"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "Home truths" in proc.stdout
