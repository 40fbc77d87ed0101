"""The librarian subcommands: trash, delete, restore, empty-trash, history, quality, duplicates."""
from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli as run


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def first_uid(capsys, db) -> str:
    _, out, _ = run(capsys, "--db", db, "search", "housing")
    return out.split()[0]


def test_delete_trash_restore_by_prefix(capsys, db):
    uid = first_uid(capsys, db)
    code, _, err = run(capsys, "--db", db, "delete", uid[:8])
    assert code == 0 and err.startswith("delete “")
    code, out, err = run(capsys, "--db", db, "trash")
    assert out.startswith(uid) and "1 resource in the trash" in err
    code, _, err = run(capsys, "--db", db, "restore", uid)
    assert code == 0 and err.startswith("restore “")
    _, out, _ = run(capsys, "--db", db, "trash", "--json")
    assert json.loads(out) == []


def test_empty_trash_needs_yes(capsys, db):
    uid = first_uid(capsys, db)
    run(capsys, "--db", db, "delete", uid)
    code, _, err = run(capsys, "--db", db, "empty-trash")
    assert code == 1 and "removes 1 resource for good" in err
    code, _, err = run(capsys, "--db", db, "empty-trash", "--yes")
    assert code == 0 and "remove 1 resource for good" in err
    code, _, err = run(capsys, "--db", db, "show", uid)
    assert code == 1


def test_history_and_unknown_uid(capsys, db):
    uid = first_uid(capsys, db)
    run(capsys, "--db", db, "delete", uid)
    code, out, _ = run(capsys, "--db", db, "history", uid, "--json")
    steps = json.loads(out)
    assert code == 0 and steps[0]["action"] == "delete" and steps[0]["changes"][0]["field"] == "deleted_at"
    code, out, _ = run(capsys, "--db", db, "history", uid)
    assert "Moved to trash (version 2)" in out
    code, _, err = run(capsys, "--db", db, "history", "zzzzzzzz")
    assert code == 1 and err.startswith("error: no resource")


def test_quality_counts_and_list(capsys, db):
    code, out, _ = run(capsys, "--db", db, "quality", "--json")
    counts = json.loads(out)
    assert code == 0 and counts["duplicates"] == 0
    code, out, err = run(capsys, "--db", db, "quality", "no_year")
    assert len(out.splitlines()) == counts["no_year"] and "no year" in err
    with pytest.raises(SystemExit) as info:
        run(capsys, "--db", db, "quality", "nonsense")
    assert info.value.code == 2


def test_duplicates_empty_on_seed(capsys, db):
    code, out, err = run(capsys, "--db", db, "duplicates", "--json")
    assert code == 0 and json.loads(out) == []
