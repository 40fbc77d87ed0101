"""Expression terms (app.criteria) to database conditions (db.conditions): names become ids (facet
values, a reading list's records, the likely duplicates), relative dates become moments.

Used by app.catalogue.Catalogue.resolve; a value that matches nothing gives a warning and a
condition no record meets, as a plain field filter does.
"""
from __future__ import annotations

from datetime import date

from app import criteria as c
from app.text import QT_TRANSLATE_NOOP, message
from db import conditions as dc
from db.search import TextQuery

NO_SUCH_LIST = QT_TRANSLATE_NOOP("Criteria", "no reading list is called '{value}'")


def to_condition(catalogue, node: c.Node, warnings: list[str], documents: bool,
                 today: date | None = None) -> dc.Condition:
    """The database condition for one expression node. ``documents``: plain words also look in
    document text (some is indexed)."""
    today = today or date.today()
    if isinstance(node, c.Not):
        inner = node.node
        # -word is "does not contain the whole word" (as in the plain syntax), not a prefix.
        if isinstance(inner, c.Term) and inner.field in ("word", "phrase"):
            return dc.Text(TextQuery(excluded=(inner.value,)))
        if isinstance(inner, c.Term) and inner.field in ("text", "text_phrase"):
            return dc.Text(TextQuery(text_excluded=(inner.value,)))
        return dc.NotC(to_condition(catalogue, inner, warnings, documents, today))
    if isinstance(node, c.And):
        return dc.AllOf(tuple(to_condition(catalogue, n, warnings, documents, today) for n in node.nodes))
    if isinstance(node, c.Or):
        return dc.AnyOf(tuple(to_condition(catalogue, n, warnings, documents, today) for n in node.nodes))
    return _term(catalogue, node, warnings, documents, today)


def _term(catalogue, term: c.Term, warnings: list[str], documents: bool, today: date) -> dc.Condition:
    kind = term.field
    if kind == "word":
        return dc.Text(TextQuery(words=(term.value,), documents=documents))
    if kind == "phrase":
        return dc.Text(TextQuery(phrases=(term.value,), documents=documents))
    if kind == "text":
        return dc.Text(TextQuery(text_words=(term.value,)))
    if kind == "text_phrase":
        return dc.Text(TextQuery(text_phrases=(term.value,)))
    if kind in c.FACET_FIELDS:
        return dc.FacetIs(kind, catalogue.value_ids(kind, term.values, warnings))
    if kind == "year":
        low, high, undated = c.year_bounds(term.value)
        return dc.YearIn(low, high, undated)
    if kind in c.DATE_FIELDS:
        low, high = c.date_interval(term.value, today)
        return dc.DateIn(f"{kind}_at", low, high)
    if kind == "has":
        return dc.Has(term.value)
    if kind == "no":
        return dc.NotC(dc.Has(term.value))
    if kind == "is":
        if term.value == "duplicate":
            return dc.IdsIn(frozenset(catalogue.quality_ids("duplicates")))
        return dc.AllOf(())   # is:trash: the place (Filter.trash), true of every record there
    if kind == "in":
        from app.reading_lists import find_list, list_resource_ids
        found = find_list(term.value)
        if found is None:
            warnings.append(message(NO_SUCH_LIST, value=term.value))
            return dc.IdsIn(frozenset())
        return dc.IdsIn(frozenset(list_resource_ids(found.uid)))
    raise ValueError(f"unknown term {term!r}")
