"""The code's own checks run with the tests: ruff on everything, mypy on app/ and db/.

The rules kept are named in pyproject.toml ([tool.ruff.lint], [tool.mypy]); both tools are in the
``test`` extra, so tools/run_tests.sh installs them.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    proc = _run("ruff", "check", "--output-format", "concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_nothing_in_app_and_db():
    proc = _run("mypy", "--no-error-summary")
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode == 0 and not errors, "\n".join(errors) or proc.stdout + proc.stderr
