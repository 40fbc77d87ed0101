"""History rows for imports and exports: read in bulk for our JSON, written in bulk on import.

Rows from another catalogue (our JSON, packages) are added only if an identical row is not
already there, so importing the same file twice does not double a record's history.
"""
from __future__ import annotations

_COLUMNS = ("resource_uid", "changed_at", "user", "action", "field", "old_value", "new_value", "version", "batch")
# "user" quoted: on PostgreSQL a bare USER is the current role's name, not the column.
_SQL_COLUMNS = ", ".join(f'"{c}"' if c == "user" else c for c in _COLUMNS)
CHUNK = 500


def history_for(database, uids: list[str]) -> dict[str, list[dict]]:
    """uid -> its change_log rows (without ids), oldest first."""
    out: dict[str, list[dict]] = {}
    for start in range(0, len(uids), CHUNK):
        chunk = uids[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            f"SELECT {_SQL_COLUMNS} FROM change_log WHERE resource_uid IN ({marks}) ORDER BY id", chunk)
        for row in rows.fetchall():
            out.setdefault(row[0], []).append(dict(zip(_COLUMNS, row)))
    return out


def _key(row: dict) -> tuple:
    return tuple(row.get(c) for c in _COLUMNS)


def insert_history(database, rows: list[dict]) -> int:
    """Add rows not already present (all columns equal); returns how many were added."""
    if not rows:
        return 0
    uids = sorted({r["resource_uid"] for r in rows})
    existing = {_key(r) for rs in history_for(database, uids).values() for r in rs}
    new = []
    for row in rows:
        clean = {c: row.get(c) for c in _COLUMNS}
        clean["user"] = clean["user"] or ""
        clean["field"] = clean["field"] or ""
        clean["batch"] = clean["batch"] or ""
        clean["version"] = int(clean["version"] or 0)
        if clean["changed_at"] and clean["action"] and _key(clean) not in existing:
            existing.add(_key(clean))
            new.append(tuple(clean[c] for c in _COLUMNS))
    database.cursor().executemany(
        f"INSERT INTO change_log ({_SQL_COLUMNS}) VALUES ({', '.join('?' * len(_COLUMNS))})", new)
    return len(new)


def fill_vocabulary_details(database, organizations: list[dict], types: list[dict]) -> None:
    """Give organizations an acronym where ours have none, and ``types`` (new ones: the caller
    leaves out types the catalogue had before) their CSL type; our JSON carries both."""
    rows = [(str(o["acronym"]), str(o["name"])) for o in organizations if o.get("name") and o.get("acronym")]
    database.cursor().executemany(
        "UPDATE organization SET acronym = ? WHERE name = ? AND acronym = ''", rows)
    rows = [(str(t["csl_type"]), str(t["name"])) for t in types if t.get("name") and t.get("csl_type")]
    database.cursor().executemany("UPDATE resource_type SET csl_type = ? WHERE name = ?", rows)


def append_history(database, rows: list[dict]) -> None:
    """Append rows known to be new (this import's own), in one statement per table chunk."""
    database.cursor().executemany(
        f"INSERT INTO change_log ({_SQL_COLUMNS}) VALUES ({', '.join('?' * len(_COLUMNS))})",
        [tuple(row[c] for c in _COLUMNS) for row in rows])
