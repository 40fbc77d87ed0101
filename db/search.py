"""Full-text search on SQLite FTS5: a word index and a trigram index, and safe MATCH building.

Two indexes, both over text folded by :func:`db.textfold.fold`:
- ``resource_fts`` (unicode61 words, prefix indexes) for scripts written with spaces;
- ``resource_trigram`` for Thai, Khmer, Burmese, Lao and Chinese, where a word sits inside a run of
  letters and only a substring search finds it. It holds only records that have such text, since a
  term in those scripts cannot match any other record; that keeps it small.

User text never reaches MATCH raw: each term is folded, split into word tokens (letters and digits
only) and wrapped in double quotes, so FTS5 syntax in the input (``"``, ``AND``, ``NEAR(``, ``*``,
``-``, ``(``) is just text.
"""
from __future__ import annotations

from contextlib import contextmanager

from peewee import DatabaseError

from db import document_search, postgres_search
from db.dialect import is_postgres
from db.text_terms import (
    TRIGRAM_TABLE,
    WORD_TABLE,
    Plan,
    combine_conditions,
    delete_index,
    like_escape,
    plan_terms,
)
from db.text_terms import (
    TextQuery as TextQuery,  # re-exported: the rest of db/ and app/ name it from here
)
from db.textfold import fold, is_unspaced_script

VOCAB_TABLE = "resource_fts_vocab"

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORD_TABLE} USING fts5("
    "title, summary, organizations, keywords, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5(body, tokenize = 'trigram')",
    # Document frequency per term: lets a query guess, in a millisecond, whether a term is rare or
    # in most records, and pick the plan that is fast for that case.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab({WORD_TABLE}, 'row')",
)

# bm25 weights for title, summary, organizations, keywords.
BM25 = f"bm25({WORD_TABLE}, 10.0, 1.0, 3.0, 5.0)"




def _plan_conditions(plan: Plan, column: str, negate: bool) -> tuple[list[str], list]:
    """SQL conditions on ``column`` (a resource id) for a plan; all AND-ed, or each negated."""
    conds: list[str] = []
    params: list = []
    op = "NOT IN" if negate else "IN"
    if plan.word_terms:
        joiner = " OR " if negate else " AND "
        conds.append(f"{column} {op} (SELECT rowid FROM {WORD_TABLE} WHERE {WORD_TABLE} MATCH ?)")
        params.append(joiner.join(plan.word_terms))
    for sub in plan.trigram_terms:
        conds.append(f"{column} {op} (SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?)")
        params.append('"' + sub + '"')
    for sub in plan.short_terms:
        conds.append(f"{column} {op} (SELECT rowid FROM {TRIGRAM_TABLE} WHERE body LIKE ? ESCAPE '\\')")
        params.append("%" + like_escape(sub) + "%")
    return conds, params


def text_conditions(query: TextQuery, column: str = "r.id",
                    without_word_match: bool = False, postgres: bool = False) -> tuple[list[str], list]:
    """Conditions (AND-ed) restricting ``column`` to the records matching ``query``, and params.

    A term that is only punctuation or FTS syntax (``(``, ``*``, ``"``) adds no condition.
    ``without_word_match`` leaves out the positive word-index condition (see word_match_sql).
    ``postgres``: the same conditions on PostgreSQL's index tables (db.postgres_search).
    """
    def documents(plan, col, negate, fields):
        return document_search.conditions(plan, col, negate, postgres, fields)
    if postgres:
        return combine_conditions(query, column, without_word_match, postgres_search._plan_conditions, documents)
    return combine_conditions(query, column, without_word_match, _plan_conditions, documents)


def word_match_sql(query: TextQuery, postgres: bool = False) -> tuple[str, list] | None:
    """``SELECT rowid ...`` of the records matching every positive word term, or None if none."""
    if query.documents:
        return document_search.word_match_sql(query, postgres)
    if postgres:
        return postgres_search.word_match_sql(query)
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        return None
    return f"SELECT rowid FROM {WORD_TABLE} WHERE {WORD_TABLE} MATCH ?", [" AND ".join(plan.word_terms)]


def estimate_hits(database, query: TextQuery) -> int | None:
    """An upper bound of how many records the positive word terms match, from term frequencies;
    None when there are no positive word terms (only trigram terms, exclusions or nothing)."""
    if is_postgres(database):
        return postgres_search.estimate_hits(database, query, word_match_sql(query, postgres=True))
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        text_plan = plan_terms(query.text_words, query.text_phrases)
        if text_plan.word_terms:
            # text: words only: at most as many records as pages hold them (the many-hits plan
            # then reads the hits as one array instead of probing them record by record).
            return document_search.estimate_pages(database, text_plan)
        return None
    if query.documents:
        # Records can match through pages too: their count is at most the pages matching.
        plain = estimate_hits(database, TextQuery(query.words, query.phrases))
        return (plain or 0) + (document_search.estimate_pages(database, plan) or 0)
    best = None
    for term in plan.word_terms:
        prefix = term.endswith("*")
        tokens = term.rstrip("*").strip('"').split()
        for i, token in enumerate(tokens):
            if prefix and i == len(tokens) - 1:
                upper = token[:-1] + chr(ord(token[-1]) + 1)
                row = database.execute_sql(
                    f"SELECT SUM(doc) FROM {VOCAB_TABLE} WHERE term >= ? AND term < ?", (token, upper)).fetchone()
            else:
                row = database.execute_sql(f"SELECT doc FROM {VOCAB_TABLE} WHERE term = ?", (token,)).fetchone()
            n = (row[0] or 0) if row else 0
            best = n if best is None else min(best, n)
    return best


def relevance_match(query: TextQuery) -> str | None:
    """The MATCH expression used to rank by relevance, or None if no word-index terms."""
    plan = plan_terms(query.words, query.phrases)
    if not plan.word_terms:
        return None
    return " OR ".join(plan.word_terms)


# ---- writing the index -------------------------------------------------------------------------

def index_rows(resource_id: int, title: str, summary: str, organizations: str, keywords: str):
    """(word row, trigram row or None) for one record: folded text ready to insert."""
    word = (resource_id, fold(title), fold(summary), fold(organizations), fold(keywords))
    body = "\n".join(word[1:])
    trigram = (resource_id, body) if not body.isascii() and is_unspaced_script(body) else None
    return word, trigram


def write_index(database, resource_id: int, title: str, summary: str, organizations: str,
                keywords: str) -> None:
    """Replace one record's index entries. Call inside the transaction that changes the record."""
    if is_postgres(database):
        return postgres_search.write_index(database, resource_id, title, summary, organizations, keywords)
    delete_index(database, [resource_id])
    word, trigram = index_rows(resource_id, title, summary, organizations, keywords)
    database.execute_sql(
        f"INSERT INTO {WORD_TABLE}(rowid, title, summary, organizations, keywords) VALUES (?,?,?,?,?)", word)
    if trigram:
        database.execute_sql(f"INSERT INTO {TRIGRAM_TABLE}(rowid, body) VALUES (?,?)", trigram)


def _index_rows_of(rows) -> tuple[list, list]:
    """(word rows, trigram rows) for index rows of (id, title, summary, organizations, keywords);
    a record with no unspaced-script text has no trigram row."""
    words, trigrams = [], []
    for row in rows:
        word, trigram = index_rows(*row)
        words.append(word)
        if trigram:
            trigrams.append(trigram)
    return words, trigrams


def write_index_many(database, rows) -> None:
    """Insert index rows for new records: ``rows`` of (id, title, summary, organizations, keywords)."""
    if is_postgres(database):
        return postgres_search.write_index_many(database, rows)
    words, trigrams = _index_rows_of(rows)
    cursor = database.cursor()
    with _big_pending_terms(database, len(words) >= BIG_WRITE):
        cursor.executemany(
            f"INSERT INTO {WORD_TABLE}(rowid, title, summary, organizations, keywords) VALUES (?,?,?,?,?)", words)
    if trigrams:
        with _big_pending_terms(database, len(trigrams) >= BIG_WRITE, TRIGRAM_TABLE):
            cursor.executemany(f"INSERT INTO {TRIGRAM_TABLE}(rowid, body) VALUES (?,?)", trigrams)


# FTS5 keeps new terms in memory and writes them out as a new segment each time they pass its
# "hashsize" (1 MB by default), merging segments as they pile up: for 100,000 records (four columns,
# two prefix indexes) that is hundreds of segments and merges. 64 MB for a big write halves the time
# of the word and the trigram index (2.85 -> 1.50 s and 1.29 -> 0.66 s CPU at 100,000 records; more
# gave nothing, bench/RESULTS.md "Issue 17: imports, session 6"). The setting is stored in the index's
# config table, so it is put back to what it was inside the same transaction.
BIG_WRITE = 2000
_PENDING_TERMS_BYTES = 64 << 20
_DEFAULT_HASHSIZE = 1 << 20


@contextmanager
def _big_pending_terms(database, big: bool, table: str = WORD_TABLE):
    if not big:
        yield
        return
    row = database.execute_sql(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
    before = int(row[0]) if row else _DEFAULT_HASHSIZE
    database.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (_PENDING_TERMS_BYTES,))
    yield
    database.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (before,))
    if row is None:
        # Back to no row at all, as before. FTS5 reads its settings again when the index changes;
        # the value in memory is already the default, so the two agree. A connection that forbids
        # writing to an index's own tables (SQLite's "defensive" mode) keeps the row, at the default.
        try:
            database.execute_sql(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
        except DatabaseError:
            pass


def replace_index_many(database, ids, rows) -> None:
    """Write again the index rows of existing records ``ids``: ``rows`` of (id, title, summary,
    organizations, keywords). SQLite: INSERT OR REPLACE, by rowid (FTS5 drops the old row's terms
    and adds the new ones in one statement: 0.52 against 0.64 s of CPU for 10,000 word rows deleted
    and inserted apart, and ``rowid IN (...)`` deletes cost more again)."""
    if is_postgres(database):
        delete_index(database, ids)
        write_index_many(database, rows)
        return
    words, trigrams = _index_rows_of(rows)
    cursor = database.cursor()
    cursor.executemany(f"INSERT OR REPLACE INTO {WORD_TABLE}(rowid, title, summary, organizations, keywords) "
                       "VALUES (?,?,?,?,?)", words)
    kept = {rid for rid, _ in trigrams}
    cursor.executemany(f"DELETE FROM {TRIGRAM_TABLE} WHERE rowid = ?", [(int(i),) for i in ids if i not in kept])
    if trigrams:
        cursor.executemany(f"INSERT OR REPLACE INTO {TRIGRAM_TABLE}(rowid, body) VALUES (?,?)", trigrams)
    missing = set(map(int, ids)) - {word[0] for word in words}
    if missing:     # an id without a row given: its entries go, as delete_index would do
        cursor.executemany(f"DELETE FROM {WORD_TABLE} WHERE rowid = ?", [(i,) for i in missing])


def replace_keywords_many(database, ids, keywords) -> None:
    """SQLite: set the keywords part of existing records' index entries (``keywords``: each record's
    keywords joined as the index joins them, in the order of ``ids``), the rest of each entry as it
    is stored. The word rows keep their stored folded title, summary and organizations (an UPDATE of
    one column: no record text read back into Python and folded again); a trigram row is written
    again, or made, or dropped, where its text changes. Gives the rows replace_index_many would give
    with the records' texts."""
    ids = [int(i) for i in ids]
    folded = [fold(text) for text in keywords]
    database.cursor().executemany(f"UPDATE {WORD_TABLE} SET keywords = ? WHERE rowid = ?", zip(folded, ids))
    # A record without a trigram row has no unspaced-script text in its title, summary or
    # organizations: it needs one only if its new keywords have such text.
    had: set[int] = set()
    for start in range(0, len(ids), 500):
        marks = ",".join(map(str, ids[start:start + 500]))
        had.update(r for (r,) in database.execute_sql(f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE rowid IN ({marks})"))
    redo = [rid for rid, text in zip(ids, folded) if rid in had or (not text.isascii() and is_unspaced_script(text))]
    if not redo:
        return
    new_keywords = dict(zip(ids, folded))
    rows, gone = [], []
    for start in range(0, len(redo), 500):
        marks = ",".join(map(str, redo[start:start + 500]))
        for rid, title, summary, organizations in database.execute_sql(
                f"SELECT rowid, title, summary, organizations FROM {WORD_TABLE} WHERE rowid IN ({marks})").fetchall():
            body = "\n".join((title, summary, organizations, new_keywords[rid]))
            if not body.isascii() and is_unspaced_script(body):
                rows.append((rid, body))
            elif rid in had:
                gone.append((rid,))
    cursor = database.cursor()
    cursor.executemany(f"DELETE FROM {TRIGRAM_TABLE} WHERE rowid = ?", gone)
    cursor.executemany(f"INSERT OR REPLACE INTO {TRIGRAM_TABLE}(rowid, body) VALUES (?,?)", rows)


def create_sql(database) -> tuple[str, ...]:
    """The statements that create the search index tables in ``database``."""
    if is_postgres(database):
        return postgres_search.CREATE_SQL
    return CREATE_SQL
