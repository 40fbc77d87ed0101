"""SQL on the saved_search table: named query texts, kept in the order the user sees them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SavedSearchRow:
    id: int
    name: str
    query: str
    position: int


def list_all(database) -> list[SavedSearchRow]:
    rows = database.execute_sql(
        "SELECT id, name, query, position FROM saved_search ORDER BY position, name").fetchall()
    return [SavedSearchRow(*row) for row in rows]


def find(database, name: str) -> SavedSearchRow | None:
    row = database.execute_sql(
        "SELECT id, name, query, position FROM saved_search WHERE name = ?", (name,)).fetchone()
    return SavedSearchRow(*row) if row else None


def insert(database, name: str, query: str) -> int:
    """Add a saved search at the end of the list; returns its id."""
    (last,) = database.execute_sql("SELECT COALESCE(MAX(position), -1) FROM saved_search").fetchone()
    cursor = database.execute_sql(
        "INSERT INTO saved_search (name, query, position) VALUES (?, ?, ?)", (name, query, last + 1))
    return cursor.lastrowid


def set_query(database, search_id: int, query: str) -> None:
    database.execute_sql("UPDATE saved_search SET query = ? WHERE id = ?", (query, search_id))


def set_name(database, search_id: int, name: str) -> None:
    database.execute_sql("UPDATE saved_search SET name = ? WHERE id = ?", (name, search_id))


def delete(database, search_id: int) -> None:
    database.execute_sql("DELETE FROM saved_search WHERE id = ?", (search_id,))
