"""``link``, ``unlink`` and the links in ``show`` (cli/relations.py)."""
from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli as run


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def uids(capsys, db, n: int = 4) -> list[str]:
    _, out, _ = run(capsys, "--db", db, "search", "--sort", "title")
    return [line.split()[0] for line in out.splitlines()[:n]]


def test_link_show_unlink(capsys, db):
    series, part, other, fourth = uids(capsys, db)
    code, _, err = run(capsys, "--db", db, "link", part[:8], "--series", series[:8], "--number", "3")
    assert code == 0 and err.startswith("link “")
    assert run(capsys, "--db", db, "link", other, "--version-of", part)[0] == 0
    assert run(capsys, "--db", db, "link", fourth, "--replaces", part)[0] == 0
    _, out, _ = run(capsys, "--db", db, "show", part)
    assert "Part of: " in out and f"{series}" in out and ", No. 3" in out
    assert "Also in: " in out and other in out.split("Also in: ")[1]
    assert "Replaced by: " in out and fourth in out.split("Replaced by: ")[1]
    _, out, _ = run(capsys, "--db", db, "show", series)
    assert "Part 3: " in out and part in out
    data = json.loads(run(capsys, "--db", db, "show", part, "--json")[1])
    assert data["relations"]["part_of"][0]["uid"] == series and data["relations"]["part_of"][0]["number"] == "3"
    assert [v["uid"] for v in data["relations"]["versions"]] == [other]
    code, _, err = run(capsys, "--db", db, "unlink", part, "--version-of", other)
    assert code == 0 and err.startswith("unlink “")
    assert json.loads(run(capsys, "--db", db, "show", part, "--json")[1])["relations"]["versions"] == []
    code, _, err = run(capsys, "--db", db, "unlink", part, "--version-of", other)
    assert code == 1 and "not linked" in err
    _, out, _ = run(capsys, "--db", db, "history", part)
    assert "relation" in out.lower() or "link" in out.lower()


def test_link_refusals(capsys, db):
    a, b, *_ = uids(capsys, db)
    code, _, err = run(capsys, "--db", db, "link", a, "--related", a)
    assert code == 1 and "itself" in err
    code, _, err = run(capsys, "--db", db, "link", a, "--related", "zzzzzzzz")
    assert code == 1 and "no resource" in err
    code, _, err = run(capsys, "--db", db, "link", a, "--related", b, "--number", "2")
    assert code == 1 and "--series" in err
    with pytest.raises(SystemExit):
        run(capsys, "--db", db, "link", a)
