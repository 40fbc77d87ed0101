"""What the two full-text backends share (db.search on SQLite FTS5, db.postgres_search on
PostgreSQL): the keyword part of a search, how user text becomes safe terms (folded, split into word
tokens, quoted; unspaced scripts as substrings), how a plan's conditions are combined, and the
index tables' names.

Both backends import this module and neither imports the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.textfold import fold, is_unspaced_script

WORD_TABLE = "resource_fts"
TRIGRAM_TABLE = "resource_trigram"

TOKEN = re.compile(r"\w+", re.UNICODE)

@dataclass(frozen=True)
class TextQuery:
    """Keyword part of a search. ``words`` match as prefixes; ``phrases`` as exact word runs;
    ``excluded`` terms remove records. With ``documents`` (some document text is indexed), a
    positive term also matches a record through the text of its attached documents
    (db.document_search); ``text_*`` terms look in document text only."""
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    text_words: tuple[str, ...] = ()
    text_phrases: tuple[str, ...] = ()
    text_excluded: tuple[str, ...] = ()
    documents: bool = False

    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.excluded or self.text_words or self.text_phrases
                    or self.text_excluded)

    def has_document_terms(self) -> bool:
        """True if matching this query reads document text."""
        return bool(self.text_words or self.text_phrases or self.text_excluded
                    or (self.documents and (self.words or self.phrases)))


@dataclass
class Plan:
    word_terms: list[str] = field(default_factory=list)        # FTS5 phrase strings, quoted
    trigram_terms: list[str] = field(default_factory=list)     # folded substrings, >= 3 chars
    short_terms: list[str] = field(default_factory=list)       # folded substrings, < 3 chars


def plan_term(term: str, prefix: bool, plan: Plan) -> None:
    folded = fold(term).strip()
    if not folded:
        return
    if is_unspaced_script(folded):
        # Substring search: spaces inside the term are kept, quotes dropped.
        sub = folded.replace('"', " ").strip()
        if len(sub) >= 3:
            plan.trigram_terms.append(sub)
        elif sub:
            plan.short_terms.append(sub)
        return
    tokens = TOKEN.findall(folded)
    if not tokens:
        return  # only punctuation or FTS syntax: nothing to look for
    phrase = '"' + " ".join(tokens) + '"'
    plan.word_terms.append(phrase + ("*" if prefix else ""))


def plan_terms(words=(), phrases=(), prefix_words: bool = True) -> Plan:
    """The terms to look for: words (as prefixes unless not ``prefix_words``) and phrases."""
    plan = Plan()
    for w in words:
        plan_term(w, prefix_words, plan)
    for p in phrases:
        plan_term(p, False, plan)
    return plan


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def combine_conditions(query: TextQuery, column: str, without_word_match: bool, plan_conditions,
                       document_conditions=None):
    """Positive terms AND-ed, excluded terms negated; ``plan_conditions(plan, column, negate)`` is the
    backend's way of turning one plan into SQL conditions and params. Terms that read document text
    go to ``document_conditions(plan, column, negate, fields)`` (db.document_search, one condition
    per term; ``fields``: the record's own fields match too)."""
    positive = plan_terms(query.words, query.phrases)
    if without_word_match:
        positive.word_terms = []
    negative = plan_terms(query.excluded, (), prefix_words=False)
    if query.documents and document_conditions is not None:
        conds, params = document_conditions(positive, column, False, True)
    else:
        conds, params = plan_conditions(positive, column, negate=False)
    nconds, nparams = plan_conditions(negative, column, negate=True)
    conds, params = conds + nconds, params + nparams
    if document_conditions is not None and (query.text_words or query.text_phrases or query.text_excluded):
        for plan, negate in ((plan_terms(query.text_words, query.text_phrases), False),
                             (plan_terms(query.text_excluded, (), prefix_words=False), True)):
            tconds, tparams = document_conditions(plan, column, negate, False)
            conds, params = conds + tconds, params + tparams
    return conds, params


def delete_index(database, resource_ids) -> None:
    """Remove records' index entries (the same SQL on both backends: PostgreSQL's index tables
    name their id column ``rowid`` too)."""
    ids = list(resource_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM {WORD_TABLE} WHERE rowid IN ({marks})", chunk)
        database.execute_sql(f"DELETE FROM {TRIGRAM_TABLE} WHERE rowid IN ({marks})", chunk)
