"""Full-text search on PostgreSQL: the same two indexes as on SQLite, in PostgreSQL's terms.

- ``resource_fts(rowid, doc)``: a ``tsvector`` per record with a GIN index. Each field is folded
  by :func:`db.textfold.fold`, cut into the same word tokens the query side uses, passed through
  ``unaccent`` and parsed with the ``simple`` configuration (no stemming, no stop words: the
  catalogue is in many languages). Fields carry weights (title A, keywords B, organizations and
  authors C, summary D) for ranking. A word term is a prefix query (``'hous':*``); a phrase is a
  run of words (``'forced' <-> 'labour'``).
- ``resource_trigram(rowid, body)``: the folded text of records written in Thai, Khmer, Burmese,
  Lao or Chinese, with a ``pg_trgm`` GIN index, searched with ``LIKE '%term%'``: in those
  scripts a word sits inside a run of letters and only a substring search finds it.

The column is called ``rowid`` as in the SQLite tables, so code that only deletes or joins index
rows by record id works on both. User text never reaches ``to_tsquery`` raw: every token is
letters and digits only, quoted, so tsquery syntax (``&``, ``|``, ``!``, ``:*``, ``<->``) in the
input is just text.
"""
from __future__ import annotations

import json

from db.postgres import copy_rows
from db.text_terms import (
    TOKEN,
    TRIGRAM_TABLE,
    WORD_TABLE,
    Plan,
    TextQuery,
    delete_index,
    like_escape,
    plan_terms,
)
from db.textfold import fold, is_unspaced_script

CONFIG = "simple"
# ts_rank weights for D, C, B, A: summary, organizations, keywords, title (bm25's 1, 3, 5, 10).
RANK_WEIGHTS = "'{0.1, 0.3, 0.5, 1.0}'"
TSQUERY = f"to_tsquery('{CONFIG}', unaccent(?))"

CREATE_SQL = (
    f"CREATE TABLE IF NOT EXISTS {WORD_TABLE} (rowid INTEGER PRIMARY KEY "
    f"REFERENCES resource (id) ON DELETE CASCADE, doc tsvector NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {WORD_TABLE}_doc ON {WORD_TABLE} USING GIN (doc)",
    f"CREATE TABLE IF NOT EXISTS {TRIGRAM_TABLE} (rowid INTEGER PRIMARY KEY "
    f"REFERENCES resource (id) ON DELETE CASCADE, body TEXT NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TRIGRAM_TABLE}_body ON {TRIGRAM_TABLE} USING GIN (body gin_trgm_ops)",
)


def _words(text: str) -> str:
    """Folded text as space-separated word tokens (what the query side looks for)."""
    return " ".join(TOKEN.findall(fold(text)))


def _vector_sql(placeholder: str = "?") -> str:
    parts = [f"setweight(to_tsvector('{CONFIG}', unaccent({placeholder})), '{w}')" for w in "ADCB"]
    return " || ".join(parts)


# ---- queries --------------------------------------------------------------------------------------

def _tsquery_term(phrase: str) -> str:
    """An FTS5 phrase string from plan (``"a b"`` or ``"a b"*``) as tsquery text."""
    prefix = phrase.endswith("*")
    tokens = phrase.rstrip("*").strip('"').split()
    parts = [f"'{t}'" for t in tokens]
    if prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def tsquery_text(terms: list[str], joiner: str) -> str:
    return f" {joiner} ".join(_tsquery_term(t) for t in terms)


def _plan_conditions(plan: Plan, column: str, negate: bool) -> tuple[list[str], list]:
    conds: list[str] = []
    params: list = []

    def cond(table: str, test: str) -> str:
        # Exclusions as anti-joins: NOT IN over many hits is a nested loop on PostgreSQL.
        if negate:
            return f"NOT EXISTS (SELECT 1 FROM {table} x WHERE x.rowid = {column} AND x.{test})"
        return f"{column} IN (SELECT rowid FROM {table} WHERE {test})"
    if plan.word_terms:
        conds.append(cond(WORD_TABLE, f"doc @@ {TSQUERY}"))
        params.append(tsquery_text(plan.word_terms, "|" if negate else "&"))
    for sub in plan.trigram_terms + plan.short_terms:
        conds.append(cond(TRIGRAM_TABLE, "body LIKE ? ESCAPE '\\'"))
        params.append("%" + like_escape(sub) + "%")
    return conds, params


def word_match_sql(query: TextQuery) -> tuple[str, list] | None:
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        return None
    return f"SELECT rowid FROM {WORD_TABLE} WHERE doc @@ {TSQUERY}", [tsquery_text(plan.word_terms, "&")]


def relevance_sql(query: TextQuery, where: str, descending: bool | None) -> tuple[str, list] | None:
    """``SELECT`` of the ids matching any word term and ``where``, best first; None without terms."""
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        return None
    order = "ASC" if descending else "DESC"
    sql = (f"SELECT f.rowid FROM {WORD_TABLE} f JOIN resource r ON r.id = f.rowid, "
           f"(SELECT {TSQUERY} AS q) query WHERE f.doc @@ query.q AND {where} "
           f"ORDER BY ts_rank({RANK_WEIGHTS}, f.doc, query.q) {order}, r.added_at DESC")
    return sql, [tsquery_text(plan.word_terms, "|")]


def estimate_hits(database, query: TextQuery, found: tuple[str, list] | None = None) -> int | None:
    """How many records the positive word terms match, as the planner estimates it from the
    index statistics (about a millisecond, where counting 85,000 hits takes twenty); None when
    there are no positive word terms. It only picks a plan, so an estimate is enough."""
    found = word_match_sql(query) if found is None else found
    if found is None:
        return None
    sql, params = found
    plan = database.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def title_neighbours_sql(tokens: list[str], limit: int) -> tuple[str, list]:
    """Live records whose title shares the most words with ``tokens``, best first."""
    pieces = [p for t in tokens for p in TOKEN.findall(fold(t))]
    text = " | ".join(f"'{p}':A" for p in pieces) or "''"
    sql = (f"SELECT f.rowid FROM {WORD_TABLE} f JOIN resource r ON r.id = f.rowid, "
           f"(SELECT {TSQUERY} AS q) query WHERE f.doc @@ query.q AND r.deleted_at IS NULL "
           f"ORDER BY ts_rank('{{0, 0, 0, 1.0}}', f.doc, query.q) DESC LIMIT ?")
    return sql, [text, int(limit)]


# ---- writing the index ------------------------------------------------------------------------------

def _index_values(resource_id: int, title: str, summary: str, organizations: str, keywords: str):
    word = (resource_id, _words(title), _words(summary), _words(organizations), _words(keywords))
    body = "\n".join((fold(title), fold(summary), fold(organizations), fold(keywords)))
    trigram = (resource_id, body) if is_unspaced_script(body) else None
    return word, trigram


def write_index(database, resource_id: int, title: str, summary: str, organizations: str,
                keywords: str) -> None:
    delete_index(database, [resource_id])
    word, trigram = _index_values(resource_id, title, summary, organizations, keywords)
    database.execute_sql(f"INSERT INTO {WORD_TABLE} (rowid, doc) VALUES (?, {_vector_sql()})", word)
    if trigram:
        database.execute_sql(f"INSERT INTO {TRIGRAM_TABLE} (rowid, body) VALUES (?, ?)", trigram)


def write_index_many(database, rows) -> None:
    """Index rows for new records: COPY the prepared words into a scratch table, then build the
    vectors in one statement (COPY cannot call unaccent and to_tsvector itself)."""
    words, trigrams = [], []
    for row in rows:
        word, trigram = _index_values(*row)
        words.append(word)
        if trigram:
            trigrams.append(trigram)
    if words:
        database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS index_staging "
                             "(rowid INTEGER, title TEXT, summary TEXT, organizations TEXT, keywords TEXT)")
        database.execute_sql("TRUNCATE pg_temp.index_staging")
        copy_rows(database, "pg_temp.index_staging", ["rowid", "title", "summary", "organizations", "keywords"],
                  words)
        vector = " || ".join(f"setweight(to_tsvector('{CONFIG}', unaccent({col})), '{w}')"
                             for col, w in (("title", "A"), ("summary", "D"), ("organizations", "C"),
                                            ("keywords", "B")))
        database.execute_sql(f"INSERT INTO {WORD_TABLE} (rowid, doc) SELECT rowid, {vector} "
                             f"FROM pg_temp.index_staging")
        database.execute_sql("TRUNCATE pg_temp.index_staging")
    if trigrams:
        copy_rows(database, TRIGRAM_TABLE, ["rowid", "body"], trigrams)
