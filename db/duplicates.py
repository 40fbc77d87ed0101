"""SQL for finding likely duplicates, remembering "not duplicates", and moving reading-list
memberships from a merged record to its survivor."""
from __future__ import annotations

from db import models as m
from db.dialect import is_postgres
from db.postgres_search import title_neighbours_sql
from db.text_terms import WORD_TABLE


def _in(values) -> str:
    return ",".join("?" * len(values))


def exact_matches(doi_forms: list[str], isbn_forms: list[str], url_forms: list[str],
                  exclude_uid: str = "") -> list[tuple[str, str]]:
    """(uid, which) of live records whose stored DOI, ISBN or URL equals one of the given forms.

    The caller lists the stored spellings that mean the same value (with or without a resolver
    prefix, hyphens, "www." or a final slash), so each test is a plain comparison in SQL.
    """
    out: list[tuple[str, str]] = []
    checks = (("doi", "lower(doi)", doi_forms),
              ("isbn", "upper(replace(replace(isbn, '-', ''), ' ', ''))", isbn_forms),
              ("url", "lower(url)", url_forms))
    for which, expr, forms in checks:
        if not forms:
            continue
        sql = (f"SELECT uid FROM resource WHERE deleted_at IS NULL AND {which} <> '' AND uid <> ? "
               f"AND {expr} IN ({_in(forms)})")
        out += [(uid, which) for (uid,) in m.database.execute_sql(sql, [exclude_uid, *forms]).fetchall()]
    return out


def title_neighbours(tokens: list[str], limit: int = 40) -> list[int]:
    """Ids of live records whose title shares the most words with ``tokens`` (folded words)."""
    if not tokens:
        return []
    if is_postgres(m.database):
        sql, params = title_neighbours_sql(tokens, limit)
        return [rid for (rid,) in m.database.execute_sql(sql, params).fetchall()]
    match = "title : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"
    sql = (f"SELECT f.rowid FROM {WORD_TABLE} f JOIN resource r ON r.id = f.rowid "
           f"WHERE {WORD_TABLE} MATCH ? AND r.deleted_at IS NULL ORDER BY bm25({WORD_TABLE}) LIMIT ?")
    return [rid for (rid,) in m.database.execute_sql(sql, (match, limit)).fetchall()]


def candidate_rows(ids: list[int] | None = None) -> list[tuple]:
    """(id, uid, title, year, doi, isbn, url, added_at) of live records (these ids, or all)."""
    sql = "SELECT id, uid, title, year, doi, isbn, url, added_at FROM resource WHERE deleted_at IS NULL"
    params: list = []
    if ids is not None:
        if not ids:
            return []
        sql += f" AND id IN ({_in(ids)})"
        params = list(ids)
    return m.database.execute_sql(sql, params).fetchall()


def pair_rows() -> list[tuple]:
    """(id, None, title, year, doi, isbn, url, None) of every live record: candidate_rows without the
    uid and the date added, which the pair search needs only for the pairs it finds (a third less
    to read at 1,000,000 records)."""
    return m.database.execute_sql("SELECT id, NULL, title, year, doi, isbn, url, NULL FROM resource "
                                  "WHERE deleted_at IS NULL").fetchall()


def organization_ids(ids: list[int] | None = None) -> dict[int, set[int]]:
    """Record id -> the organization ids it names (any role)."""
    sql = "SELECT resource_id, organization_id FROM resource_organization"
    params: list = []
    if ids is not None:
        if not ids:
            return {}
        sql += f" WHERE resource_id IN ({_in(ids)})"
        params = list(ids)
    out: dict[int, set[int]] = {}
    for rid, oid in m.database.execute_sql(sql, params).fetchall():
        out.setdefault(rid, set()).add(oid)
    return out


# ---- "not duplicates" -------------------------------------------------------------------------

def not_duplicate_pairs() -> set[tuple[str, str]]:
    return set(m.NotDuplicate.select(m.NotDuplicate.uid_a, m.NotDuplicate.uid_b).tuples())


def mark_not_duplicate(uid_a: str, uid_b: str, stamp: str) -> None:
    a, b = sorted((uid_a, uid_b))
    m.NotDuplicate.insert(uid_a=a, uid_b=b, decided_at=stamp).on_conflict_ignore().execute()


def unmark_not_duplicate(uid_a: str, uid_b: str) -> None:
    a, b = sorted((uid_a, uid_b))
    m.NotDuplicate.delete().where((m.NotDuplicate.uid_a == a) & (m.NotDuplicate.uid_b == b)).execute()


# ---- reading lists in a merge -------------------------------------------------------------------

def move_list_items(from_rid: int, to_rid: int) -> list[dict]:
    """Move a record's reading-list items to another record, keeping position and note.

    Where the survivor is already in that list, the loser's item is dropped. Returns each
    item as it was (with ``dropped``) so the move can be undone.
    """
    rows = m.database.execute_sql(
        "SELECT i.reading_list_id, l.uid, i.position, i.note, "
        "EXISTS (SELECT 1 FROM reading_list_item s WHERE s.reading_list_id = i.reading_list_id "
        "AND s.resource_id = ?) FROM reading_list_item i JOIN reading_list l ON l.id = i.reading_list_id "
        "WHERE i.resource_id = ?", (to_rid, from_rid)).fetchall()
    items = []
    for list_id, list_uid, position, note, dropped in rows:
        if dropped:
            m.database.execute_sql("DELETE FROM reading_list_item WHERE reading_list_id = ? AND resource_id = ?",
                                   (list_id, from_rid))
        else:
            m.database.execute_sql("UPDATE reading_list_item SET resource_id = ? "
                                   "WHERE reading_list_id = ? AND resource_id = ?", (to_rid, list_id, from_rid))
        items.append({"list_id": list_id, "list_uid": list_uid, "position": position, "note": note,
                      "dropped": bool(dropped)})
    return items


def unmove_list_items(items: list[dict], from_rid: int, to_rid: int) -> None:
    """Undo :func:`move_list_items` (``from_rid`` is the record the items came from)."""
    for item in items:
        if item["dropped"]:
            m.database.execute_sql(
                "INSERT OR IGNORE INTO reading_list_item (reading_list_id, resource_id, position, note) "
                "VALUES (?, ?, ?, ?)", (item["list_id"], from_rid, item["position"], item["note"]))
        else:
            m.database.execute_sql("UPDATE reading_list_item SET resource_id = ? "
                                   "WHERE reading_list_id = ? AND resource_id = ?",
                                   (from_rid, item["list_id"], to_rid))
