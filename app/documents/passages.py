"""The passages of a record's documents that match a search, with their page numbers and the
matching words marked, for the detail pane and the command line."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.criteria import Criteria
from db import queries
from db import document_search
from db import documents as db_documents
from db.text_terms import plan_terms as _plan
from db.textfold import fold, is_unspaced_script

CONTEXT = 90          # characters shown each side of the first match on a page
MAX_PASSAGES = 30
SCAN_PAGES = 400      # documents up to this many pages are matched here, longer ones through the page index


@dataclass
class Passage:
    attachment_uid: str
    file_name: str
    page: int                  # 1-based; a part number for formats without pages
    paged: bool                # True if ``page`` is a real page (PDF): the file can be opened there
    text: str                  # the excerpt
    highlights: list[tuple[int, int]] = field(default_factory=list)   # (start, end) in ``text``


def _folded_with_map(text: str) -> tuple[str, list[int] | range]:
    """``text`` folded, and for each folded character the index of the original character it came
    from (folding can change lengths: "ß" -> "ss"). Most text folds to the same length, character
    for character (ASCII always): then the map is the identity, found at C speed."""
    flat = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if flat.isascii():
        return flat.lower(), range(len(text))
    folded = fold(flat)
    if len(folded) == len(text):
        return folded, range(len(text))
    out, where = [], []
    for i, ch in enumerate(text):
        f = fold(ch) if not ch.isascii() else ch.lower()
        if ch in "\n\t\r":
            f = " "
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def _term_patterns(criteria: Criteria) -> list[re.Pattern]:
    """A regular expression per search term over folded text: words as word prefixes, phrases as
    word runs, terms in unspaced scripts as substrings."""
    patterns = []
    prefix = [(w, True) for w in criteria.words + criteria.text_words]
    exact = [(p, False) for p in criteria.phrases + criteria.text_phrases]
    for term, is_prefix in prefix + exact:
        folded = fold(term).strip().replace('"', " ")
        if not folded:
            continue
        if is_unspaced_script(folded):
            patterns.append(re.compile(re.escape(folded)))
            continue
        tokens = re.findall(r"\w+", folded)
        if not tokens:
            continue
        body = r"\W+".join(re.escape(t) for t in tokens)
        patterns.append(re.compile(rf"(?<!\w){body}" + (r"\w*" if is_prefix else r"(?!\w)")))
    return patterns


def _excerpt(body: str, patterns: list[re.Pattern]) -> tuple[str, list[tuple[int, int]]]:
    folded, where = _folded_with_map(body)
    spans = []
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                spans.append((where[m.start()], where[m.end() - 1] + 1))
    spans.sort()
    if not spans:
        return " ".join(body[:2 * CONTEXT].split()), []
    start = max(0, spans[0][0] - CONTEXT)
    end = min(len(body), spans[0][1] + CONTEXT)
    # Start and end at a space where there is one near, so words are not cut.
    if start > 0:
        space = body.find(" ", start, spans[0][0])
        start = space + 1 if space != -1 else start
    if end < len(body):
        space = body.rfind(" ", spans[0][1], end)
        end = space if space != -1 else end
    raw = body[start:end]
    text = ("\u2026" if start > 0 else "") + raw.replace("\n", " ") + ("\u2026" if end < len(body) else "")
    shift = start - (1 if start > 0 else 0)
    marks = [(a - shift, b - shift) for a, b in spans if a >= start and b <= end]
    return text, marks


def passages(catalogue, record_uid: str, criteria: Criteria, limit: int = MAX_PASSAGES) -> list[Passage]:
    """The passages of the record's documents matching the search terms of ``criteria``, in
    document and page order; empty without terms or document text."""
    words = criteria.words + criteria.text_words
    phrases = criteria.phrases + criteria.text_phrases
    if not (words or phrases):
        return []
    rid = queries.resource_id_for_uid(record_uid)
    if rid is None:
        return []
    database = catalogue.database
    attached = db_documents.attachment_ids_of(database, rid)
    if not attached:
        return []
    plan = _plan(words, phrases)
    states = db_documents.state_of(database, [a[0] for a in attached])
    patterns = _term_patterns(criteria)
    out: list[Passage] = []
    for aid, auid, file_name in attached:
        state = states.get(aid, {})
        if not state.get("pages"):
            continue
        paged = state.get("kind") == "pdf"
        if state["pages"] <= SCAN_PAGES:
            # Reading a report's pages and matching them here beats asking the page index: a word on
            # most pages of the catalogue has a long list there, read whole for a prefix (~40 ms at
            # 300,000 pages), where 30 pages of text are 45 KB.
            bodies = db_documents.pages_of(database, aid)
            found = [(n, body) for n, body in bodies.items() if _matches(body, patterns)]
        else:
            page_ids = document_search.pages_matching_any(database, [aid], plan, limit - len(out))
            numbers = [pid & ((1 << db_documents.PAGE_BITS) - 1) for pid in page_ids]
            bodies = db_documents.pages_of(database, aid, numbers)
            found = [(n, bodies.get(n, "")) for n in numbers]
        for number, body in found[:limit - len(out)]:
            text, marks = _excerpt(body, patterns)
            out.append(Passage(auid, file_name, number, paged, text, marks))
        if len(out) >= limit:
            break
    return out[:limit]


def _matches(body: str, patterns: list[re.Pattern]) -> bool:
    folded = body.lower() if body.isascii() else fold(body)
    return any(p.search(folded) for p in patterns)
