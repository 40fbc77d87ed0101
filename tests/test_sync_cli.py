"""``main.py --db LOCAL.db sync --remote URL [--pull-only]`` against a real PostgreSQL server,
and ``--db postgresql://...`` for the other commands, passwords included."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app import editing
from app.catalogue import Catalogue
from main import main
from tests.pg_server import LIBRARIAN, LIBRARIAN_PASSWORD


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def retitle(location, uid: str, title: str) -> None:
    cat = Catalogue.open(location, seed=False)
    try:
        rec = cat.record(uid)
        editing.update(cat, uid, replace(rec, title=title), rec.version)
    finally:
        cat.close()


def titles(capsys, db) -> dict[str, str]:
    code, out, _ = run(capsys, "--db", db, "search", "--json")
    assert code == 0
    return {r["uid"]: r["title"] for r in json.loads(out)}


def test_sync_makes_a_copy_then_moves_only_changes(capsys, pg_url, tmp_path):
    copy = tmp_path / "field.db"
    code, out, err = run(capsys, "--db", copy, "sync", "--remote", pg_url)
    assert code == 0 and "made an offline copy" in out and "20 received" in out
    assert titles(capsys, copy) == titles(capsys, pg_url)
    code, out, _ = run(capsys, "--db", copy, "sync")
    assert code == 0 and "0 received, 0 sent, no conflicts" in out
    uid = next(iter(titles(capsys, copy)))
    retitle(copy, uid, "Edited in the field")
    code, out, _ = run(capsys, "--db", copy, "sync", "--pull-only")
    assert code == 0 and "pulled only: 0 received, 0 sent" in out
    assert titles(capsys, pg_url)[uid] != "Edited in the field"
    code, out, _ = run(capsys, "--db", copy, "sync")
    assert code == 0 and "1 sent" in out
    assert titles(capsys, pg_url)[uid] == "Edited in the field"


def test_sync_lists_conflicts_and_fails_cleanly(capsys, pg_url, tmp_path):
    copy = tmp_path / "field.db"
    run(capsys, "--db", copy, "sync", "--remote", pg_url)
    uid = next(iter(titles(capsys, copy)))
    retitle(copy, uid, "Field")
    retitle(pg_url, uid, "Office")
    code, out, _ = run(capsys, "--db", copy, "sync")
    assert code == 0 and "1 conflict to resolve" in out and f"{uid}  Field" in out
    code, _, err = run(capsys, "--db", tmp_path / "none.db", "sync")
    assert code == 1 and "give the shared catalogue with --remote" in err
    code, _, err = run(capsys, "--db", pg_url, "sync")
    assert code == 1 and "--db names the shared catalogue" in err


def _librarian_url(pg_server, password: str | None = None) -> str:
    name = pg_server.new_database("seeded", owner=LIBRARIAN)
    pg_server.sql(name, f"GRANT ALL ON SCHEMA public TO {LIBRARIAN}")
    for table in pg_server.sql(name, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER TABLE {table[0]} OWNER TO {LIBRARIAN}")
    for (seq,) in pg_server.sql(name, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER SEQUENCE {seq} OWNER TO {LIBRARIAN}")
    return pg_server.url(name, LIBRARIAN, password)


def test_password_from_pgpassword_or_pgpass_never_shown(capsys, pg_server, tmp_path, monkeypatch):
    url = _librarian_url(pg_server)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    code, _, err = run(capsys, "--db", url, "search")
    assert code == 1 and "needs a password" in err and "PGPASSWORD" in err
    monkeypatch.setenv("PGPASSWORD", LIBRARIAN_PASSWORD)
    assert run(capsys, "--db", url, "search")[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:*:{LIBRARIAN}:{LIBRARIAN_PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    code, out, err = run(capsys, "--db", tmp_path / "copy.db", "sync", "--remote", url)
    assert code == 0 and LIBRARIAN_PASSWORD not in out + err


def test_password_in_the_address_is_used_but_never_kept(capsys, pg_server, tmp_path, monkeypatch):
    import sqlite3
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    url = _librarian_url(pg_server, LIBRARIAN_PASSWORD)
    copy = tmp_path / "copy.db"
    code, out, err = run(capsys, "--db", copy, "sync", "--remote", url)
    assert code == 0 and LIBRARIAN_PASSWORD not in out + err
    conn = sqlite3.connect(copy)
    stored = " ".join(str(v) for row in conn.execute("SELECT * FROM catalogue_meta") for v in row)
    stored += " ".join(str(v) for row in conn.execute("SELECT * FROM sync_log") for v in row)
    conn.close()
    assert LIBRARIAN_PASSWORD not in stored and f"{LIBRARIAN}@127.0.0.1" in stored
    code, _, err = run(capsys, "--db", copy, "sync")   # the stored address has no password
    assert code == 1 and "needs a password" in err and LIBRARIAN_PASSWORD not in err
    wrong = url.replace(LIBRARIAN_PASSWORD, "wrong-guess")
    code, _, err = run(capsys, "--db", wrong, "search")
    assert code == 1 and "wrong-guess" not in err


@pytest.mark.parametrize("answers, code", [(["wrong", LIBRARIAN_PASSWORD], 0), ([], 1)])
def test_the_terminal_is_asked_for_the_password(capsys, pg_server, tmp_path, monkeypatch, answers, code):
    from app.sync import server_login
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    url = _librarian_url(pg_server)
    asked = []

    def ask(message, stream=None):
        asked.append(message)
        return answers[len(asked) - 1] if len(asked) <= len(answers) else None
    monkeypatch.setattr(server_login, "ask_password", ask)
    assert run(capsys, "--db", url, "search")[0] == code
    assert asked and all(LIBRARIAN_PASSWORD not in m for m in asked)
