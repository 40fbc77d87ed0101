"""Search conditions over document text (db.documents), shaped like db.search's.

Every condition is ``column IN (SELECT ... )`` or ``column NOT IN (...)``: the resource ids whose
live attachments have a page matching a term. A plain search term matches a record through its
fields or its documents (one subquery: the field hits UNION the document hits); ``text:`` terms
match documents only. The ids come out of the page index as ``rowid >> 16`` (db.documents.page_id),
so no page table is read.
"""
from __future__ import annotations

from db.dialect import is_postgres
from db import postgres_search
from db import text_terms as search
from db.documents import TRIGRAM_TABLE, WORD_TABLE
from db.text_terms import Plan as _Plan
from db.text_terms import TextQuery, plan_terms
from db.text_terms import like_escape as _like_escape

# Named rowid like the field indexes' ids: db.facet_index.text_sets reads every condition's ids by that name.
_RESOURCES = "SELECT a.resource_id AS rowid FROM attachment a WHERE a.deleted_at IS NULL AND a.id IN "


def _doc_word(postgres: bool) -> str:
    if postgres:
        return f"{_RESOURCES}(SELECT rowid >> 16 FROM {WORD_TABLE} WHERE doc @@ {postgres_search.TSQUERY})"
    return f"{_RESOURCES}(SELECT rowid >> 16 FROM {WORD_TABLE} WHERE {WORD_TABLE} MATCH ?)"


def _doc_trigram(postgres: bool) -> str:
    if postgres:
        return f"{_RESOURCES}(SELECT rowid >> 16 FROM {TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\')"
    return f"{_RESOURCES}(SELECT rowid >> 16 FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?)"


def _doc_like() -> str:
    return f"{_RESOURCES}(SELECT rowid >> 16 FROM {TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\')"


def _word_param(term: str, postgres: bool) -> str:
    if postgres:
        return postgres_search.tsquery_text([term], "&")
    return term


def _field_word(postgres: bool) -> str:
    if postgres:
        return f"SELECT rowid FROM {search.WORD_TABLE} WHERE doc @@ {postgres_search.TSQUERY}"
    return f"SELECT rowid FROM {search.WORD_TABLE} WHERE {search.WORD_TABLE} MATCH ?"


def _field_trigram(postgres: bool) -> str:
    if postgres:
        return f"SELECT rowid FROM {search.TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\'"
    return f"SELECT rowid FROM {search.TRIGRAM_TABLE} WHERE {search.TRIGRAM_TABLE} MATCH ?"


def _term_queries(plan: _Plan, postgres: bool, fields: bool):
    """(SQL selecting resource ids, params) for each term of ``plan``: matching in documents, and
    also in the record fields when ``fields``."""
    for term in plan.word_terms:
        param = _word_param(term, postgres)
        doc = (_doc_word(postgres), [param])
        yield (f"{_field_word(postgres)} UNION ALL {doc[0]}", [param, param]) if fields else doc
    for sub in plan.trigram_terms:
        param = ("%" + _like_escape(sub) + "%") if postgres else ('"' + sub + '"')
        doc = (_doc_trigram(postgres), [param])
        yield (f"{_field_trigram(postgres)} UNION ALL {doc[0]}", [param, param]) if fields else doc
    for sub in plan.short_terms:
        param = "%" + _like_escape(sub) + "%"
        like = f"SELECT rowid FROM {search.TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\'"
        doc = (_doc_like(), [param])
        yield (f"{like} UNION ALL {doc[0]}", [param, param]) if fields else doc


def conditions(plan: _Plan, column: str, negate: bool, postgres: bool, fields: bool
               ) -> tuple[list[str], list]:
    """One condition per term: ``column`` among the records whose documents (and fields, when
    ``fields``) match it; or, with ``negate``, not among them."""
    conds, params = [], []
    op = "NOT IN" if negate else "IN"
    for sql, args in _term_queries(plan, postgres, fields):
        conds.append(f"{column} {op} ({sql})")
        params += args
    return conds, params


def word_match_sql(query: TextQuery, postgres: bool) -> tuple[str, list] | None:
    """db.search.word_match_sql when the word terms also match document text: the records
    matching each word term in their fields or their documents."""
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        return None
    conds, params = conditions(_Plan(word_terms=plan.word_terms), "r.id", False, postgres, fields=True)
    return f"SELECT r.id AS rowid FROM resource r WHERE {' AND '.join(conds)}", params


def estimate_pages(database, plan: _Plan) -> int | None:
    """An upper bound of the pages the positive word terms match (from the page index's term
    frequencies on SQLite); None when there is nothing to estimate."""
    if not plan.word_terms:
        return None
    from db.dialect import is_postgres
    if is_postgres(database):
        return None
    best = None
    for term in plan.word_terms:
        prefix = term.endswith("*")
        tokens = term.rstrip("*").strip('"').split()
        for i, token in enumerate(tokens):
            if prefix and i == len(tokens) - 1:
                upper = token[:-1] + chr(ord(token[-1]) + 1)
                row = database.execute_sql(f"SELECT SUM(doc) FROM {WORD_TABLE}_vocab WHERE term >= ? AND term < ?",
                                           (token, upper)).fetchone()
            else:
                row = database.execute_sql(f"SELECT doc FROM {WORD_TABLE}_vocab WHERE term = ?", (token,)).fetchone()
            n = (row[0] or 0) if row else 0
            best = n if best is None else min(best, n)
    return best


def matching_pages(database, attachment_ids, plan: _Plan, postgres: bool, limit: int = 50) -> list[int]:
    """Page ids of the given attachments that match every term of ``plan``, in page order."""
    ids = [int(a) for a in attachment_ids]
    if not ids:
        return []
    ranges = " OR ".join("rowid BETWEEN ? AND ?" for _ in ids)
    bounds = [b for a in ids for b in ((a << 16), (a << 16) | 0xFFFF)]
    found: set[int] | None = None
    for sql, args in _page_queries(plan, postgres):
        # The id range inside the full-text query: FTS5 then reads only this document's part of
        # each term's list, however many pages of the catalogue hold the word.
        rows = database.execute_sql(f"{sql} AND ({ranges})", args + bounds).fetchall()
        page_ids = {r[0] for r in rows}
        found = page_ids if found is None else found & page_ids
        if not found:
            return []
    return sorted(found or ())[:limit]


def _page_queries(plan: _Plan, postgres: bool):
    for term in plan.word_terms:
        if postgres:
            yield f"SELECT rowid FROM {WORD_TABLE} WHERE doc @@ {postgres_search.TSQUERY}", [_word_param(term, True)]
        else:
            yield f"SELECT rowid FROM {WORD_TABLE} WHERE {WORD_TABLE} MATCH ?", [term]
    for sub in plan.trigram_terms:
        if postgres:
            yield (f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\'",
                   ["%" + _like_escape(sub) + "%"])
        else:
            yield f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?", ['"' + sub + '"']
    for sub in plan.short_terms:
        yield f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\'", ["%" + _like_escape(sub) + "%"]


def pages_matching_any(database, attachment_ids, plan: _Plan, limit: int = 50) -> list[int]:
    """Page ids of the given attachments matching any term of ``plan``, in page order."""
    postgres = is_postgres(database)
    found: set[int] = set()
    for term in plan.word_terms:
        found |= set(matching_pages(database, attachment_ids, _Plan(word_terms=[term]), postgres, limit))
    for sub in plan.trigram_terms:
        found |= set(matching_pages(database, attachment_ids, _Plan(trigram_terms=[sub]), postgres, limit))
    for sub in plan.short_terms:
        found |= set(matching_pages(database, attachment_ids, _Plan(short_terms=[sub]), postgres, limit))
    return sorted(found)[:limit]
