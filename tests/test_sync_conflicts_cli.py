"""``sync conflicts`` and ``sync resolve UID --keep-mine|--take-theirs`` against a real PostgreSQL server."""
from __future__ import annotations

import json

import pytest

from tests.test_sync_cli import retitle, run, titles


def _two_conflicts(capsys, pg_url, copy):
    assert run(capsys, "--db", copy, "sync", "--remote", pg_url)[0] == 0
    first, second = sorted(titles(capsys, copy))[:2]
    retitle(copy, first, "Field ฉบับภาคสนาม")
    retitle(pg_url, first, "Office ສະບັບຫ້ອງການ")
    retitle(copy, second, "Field two")
    retitle(pg_url, second, "Office two")
    code, out, _ = run(capsys, "--db", copy, "sync")
    assert code == 0 and "2 conflicts to resolve" in out and "sync resolve UID" in out
    return first, second


def test_conflicts_are_listed_with_what_differs_and_both_times(capsys, pg_url, tmp_path):
    copy = tmp_path / "field.db"
    assert run(capsys, "--db", tmp_path / "none.db", "sync", "conflicts")[0] == 1
    first, second = _two_conflicts(capsys, pg_url, copy)
    code, out, _ = run(capsys, "--db", copy, "sync", "conflicts")
    assert code == 0
    assert f"{first}  Field ฉบับภาคสนาม" in out and "differs: title" in out and "2 conflicts" in out
    code, out, _ = run(capsys, "--db", copy, "sync", "conflicts", "--json")
    rows = {r["uid"]: r for r in json.loads(out)}
    assert set(rows) == {first, second}
    assert rows[first]["differs"] == ["title"] and rows[first]["mine_changed"] and rows[first]["theirs_changed"]
    assert rows[first]["mine_changed"] != rows[first]["theirs_changed"]


def test_resolve_keeps_mine_or_takes_theirs_and_the_next_sync_agrees(capsys, pg_url, tmp_path):
    copy = tmp_path / "field.db"
    first, second = _two_conflicts(capsys, pg_url, copy)
    code, out, _ = run(capsys, "--db", copy, "sync", "resolve", first[:12], "--keep-mine")
    assert code == 0 and f"resolved {first}" in out and "this copy's version" in out
    code, out, _ = run(capsys, "--db", copy, "sync", "resolve", second, "--take-theirs")
    assert code == 0 and "the server's version" in out
    assert titles(capsys, copy)[second] == "Office two"
    code, out, _ = run(capsys, "--db", copy, "sync", "conflicts")
    assert code == 0 and out.strip() == "no conflicts"
    code, out, _ = run(capsys, "--db", copy, "sync")
    assert code == 0 and "1 sent" in out and "no conflicts" in out
    assert titles(capsys, pg_url)[first] == "Field ฉบับภาคสนาม"
    assert titles(capsys, pg_url)[second] == "Office two"
    assert titles(capsys, copy) == titles(capsys, pg_url)


def test_resolve_says_why_it_cannot(capsys, pg_url, tmp_path):
    copy = tmp_path / "field.db"
    first, second = _two_conflicts(capsys, pg_url, copy)
    calm = next(u for u in titles(capsys, copy) if u not in (first, second))
    code, _, err = run(capsys, "--db", copy, "sync", "resolve", "no-such-uid", "--keep-mine")
    assert code == 1 and "there is no record 'no-such-uid'" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", copy, "sync", "resolve", calm, "--take-theirs")
    assert code == 1 and "is not in conflict" in err
    code, _, err = run(capsys, "--db", copy, "sync", "resolve", "", "--take-theirs")
    assert code == 1 and "error:" in err
    with pytest.raises(SystemExit) as exc:    # argparse: one of --keep-mine / --take-theirs is required
        run(capsys, "--db", copy, "sync", "resolve", first)
    assert exc.value.code == 2
    code, _, err = run(capsys, "--db", pg_url, "sync", "conflicts")
    assert code == 1 and "offline copy" in err
    code, out, _ = run(capsys, "--db", copy, "sync", "conflicts")
    assert code == 0 and "2 conflicts" in out      # nothing was resolved by the refusals
