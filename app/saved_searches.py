"""Saved searches: a name for a query text, listed in the sidebar and applied with one click.

A saved search stores the query text (the same syntax the keyword box shows), not ids, so it
keeps working when records or vocabulary ids change. Every write returns Changes(saved_searches=True).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.changes import Changes
from app.criteria import Criteria, format_query, parse_query
from db import saved_searches as store

MAX_NAME = 120


class SavedSearchError(ValueError):
    """A saved search cannot be written; the message says why, in one line."""


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise SavedSearchError("a saved search needs a name")
    if len(name) > MAX_NAME:
        raise SavedSearchError(f"a saved search name can have at most {MAX_NAME} characters")
    return name


def list_searches(catalogue) -> list[SavedSearch]:
    return [SavedSearch(r.id, r.name, r.query) for r in store.list_all(catalogue.database)]


def get(catalogue, name: str) -> SavedSearch | None:
    row = store.find(catalogue.database, name)
    return SavedSearch(row.id, row.name, row.query) if row else None


def save(catalogue, name: str, criteria: Criteria | str, replace: bool = False) -> Changes:
    """Save ``criteria`` (or a query text) under ``name``.

    An existing name is an error unless ``replace`` is true, in which case its query is updated
    and it keeps its place in the list.
    """
    name = _clean_name(name)
    query = criteria if isinstance(criteria, str) else format_query(criteria)
    parse_query(query)  # raises QueryError: never store a search that cannot be applied
    with catalogue.database.atomic():
        existing = store.find(catalogue.database, name)
        if existing is None:
            store.insert(catalogue.database, name, query)
        elif replace:
            store.set_query(catalogue.database, existing.id, query)
        else:
            raise SavedSearchError(f"a saved search called '{name}' already exists")
    return Changes(saved_searches=True, description=f"save search {name}")


def rename(catalogue, old_name: str, new_name: str) -> Changes:
    new_name = _clean_name(new_name)
    with catalogue.database.atomic():
        existing = store.find(catalogue.database, old_name)
        if existing is None:
            raise SavedSearchError(f"no saved search is called '{old_name}'")
        if new_name == existing.name:
            return Changes()
        clash = store.find(catalogue.database, new_name)
        if clash is not None:
            raise SavedSearchError(f"a saved search called '{new_name}' already exists")
        store.set_name(catalogue.database, existing.id, new_name)
    return Changes(saved_searches=True, description=f"rename saved search {old_name} to {new_name}")


def delete(catalogue, name: str) -> Changes:
    with catalogue.database.atomic():
        existing = store.find(catalogue.database, name)
        if existing is None:
            raise SavedSearchError(f"no saved search is called '{name}'")
        store.delete(catalogue.database, existing.id)
    return Changes(saved_searches=True, description=f"delete saved search {name}")


def apply(catalogue, name: str, base: Criteria | None = None) -> Criteria:
    """The criteria of a saved search (keeping ``base``'s place: reading list, trash)."""
    existing = get(catalogue, name)
    if existing is None:
        raise SavedSearchError(f"no saved search is called '{name}'")
    return parse_query(existing.query, base)
