"""The README starts with the two commands that set up and run the app and the tests; CI runs the second."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_opens_with_app_and_test_commands():
    app_cmd, test_cmd = readme_commands()
    assert "main.py" in app_cmd
    script = test_cmd.split()[-1]
    assert test_cmd == f"bash {script}" and "pytest" in (ROOT / script).read_text(encoding="utf-8")
    assert "\n" not in app_cmd and "\n" not in test_cmd  # one command each, pasted as one line


def test_ci_runs_the_readme_test_command():
    _, test_cmd = readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci
