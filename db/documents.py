"""Document text: the words of attached files, stored per page and indexed like the record fields.

Tables (schema v6):
- ``document_text``: one row per attachment whose file has been read: the SHA-256 of the file read
  (a changed file is read again), a status (``text``, ``no_text`` for scans without a text layer,
  ``failed`` with the reason), the page count, the format and how the text was got (``text``,
  ``ocr``, or ``none`` when no OCR was available). An attachment with no row is waiting to be read.
- ``document_page``: each page's text as extracted and normalised (for passages). Its id is
  ``attachment id * 65536 + page number``, so a page's attachment is ``id >> 16`` with no join.
- The search indexes, keyed by that page id: on SQLite ``document_fts`` (FTS5 unicode61 words) and
  ``document_trigram`` (FTS5 trigram, only pages with Thai, Khmer, Burmese, Lao or Chinese); on
  PostgreSQL a tsvector table with a GIN index and a pg_trgm table, as for the record fields
  (db.search, db.postgres_search). Both hold text folded by db.textfold.fold.

Nothing here is carried by sync or packages: the files are, and the text is rebuilt from them.
"""
from __future__ import annotations

from db.postgres_search import CONFIG
from db.text_terms import TOKEN
from db.dialect import is_postgres
from db.textfold import fold, is_unspaced_script

PAGE_BITS = 16
WORD_TABLE = "document_fts"
TRIGRAM_TABLE = "document_trigram"
STATUS_TEXT, STATUS_NO_TEXT, STATUS_FAILED = "text", "no_text", "failed"

_COMMON_SQL = (
    "CREATE TABLE IF NOT EXISTS document_text (attachment_id INTEGER PRIMARY KEY "
    "REFERENCES attachment (id) ON DELETE CASCADE, sha256 VARCHAR(64) NOT NULL, status VARCHAR(16) NOT NULL, "
    "reason TEXT NOT NULL DEFAULT '', pages INTEGER NOT NULL DEFAULT 0, kind VARCHAR(16) NOT NULL DEFAULT '', "
    "method VARCHAR(16) NOT NULL DEFAULT '', read_at VARCHAR(40) NOT NULL DEFAULT '')",
    "CREATE INDEX IF NOT EXISTS document_text_status ON document_text (status)",
    # Adding a file asks whether the catalogue holds the same one already.
    "CREATE INDEX IF NOT EXISTS attachment_sha256 ON attachment (sha256)",
)
SQLITE_SQL = _COMMON_SQL + (
    "CREATE TABLE IF NOT EXISTS document_page (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORD_TABLE} USING fts5(body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TRIGRAM_TABLE} USING fts5(body, tokenize = 'trigram')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {WORD_TABLE}_vocab USING fts5vocab({WORD_TABLE}, 'row')",
)
POSTGRES_SQL = _COMMON_SQL + (
    "CREATE TABLE IF NOT EXISTS document_page (id BIGINT PRIMARY KEY, body TEXT NOT NULL)",
    f"CREATE TABLE IF NOT EXISTS {WORD_TABLE} (rowid BIGINT PRIMARY KEY, doc tsvector NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {WORD_TABLE}_doc ON {WORD_TABLE} USING GIN (doc)",
    f"CREATE TABLE IF NOT EXISTS {TRIGRAM_TABLE} (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TRIGRAM_TABLE}_body ON {TRIGRAM_TABLE} USING GIN (body gin_trgm_ops)",
)


def create_sql(database) -> tuple[str, ...]:
    return POSTGRES_SQL if is_postgres(database) else SQLITE_SQL


def page_id(attachment_id: int, page: int) -> int:
    return (int(attachment_id) << PAGE_BITS) | int(page)


def _page_range(attachment_id: int) -> tuple[int, int]:
    return page_id(attachment_id, 0), page_id(attachment_id, (1 << PAGE_BITS) - 1)


# ---- what is waiting -------------------------------------------------------------------------------

def pending(database, limit: int = 1, retry_scans: bool = False) -> list[dict]:
    """Attachments whose file has not been read yet (or changed since), oldest first. With
    ``retry_scans``, also scans read when no OCR was available (it is now)."""
    scans = (f" OR (t.status = '{STATUS_NO_TEXT}' AND t.method = 'none')" if retry_scans else "")
    sql = ("SELECT a.id, a.uid, a.path, a.sha256, a.file_name, r.uid, r.id FROM attachment a "
           "JOIN resource r ON r.id = a.resource_id "
           "LEFT JOIN document_text t ON t.attachment_id = a.id "
           f"WHERE a.deleted_at IS NULL AND (t.attachment_id IS NULL OR t.sha256 <> a.sha256{scans}) "
           "ORDER BY a.id LIMIT ?")
    rows = database.execute_sql(sql, (int(limit),)).fetchall()
    keys = ("attachment_id", "attachment_uid", "path", "sha256", "file_name", "record_uid", "resource_id")
    return [dict(zip(keys, row)) for row in rows]


def counts(database, retry_scans: bool = False) -> dict[str, int]:
    """How many attachments are read (per status) and how many wait."""
    out = {STATUS_TEXT: 0, STATUS_NO_TEXT: 0, STATUS_FAILED: 0, "pending": 0, "pages": 0}
    rows = database.execute_sql(
        "SELECT t.status, COUNT(*), COALESCE(SUM(t.pages), 0) FROM document_text t "
        "JOIN attachment a ON a.id = t.attachment_id WHERE a.deleted_at IS NULL AND t.sha256 = a.sha256 "
        "GROUP BY t.status").fetchall()
    for status, n, pages in rows:
        out[status] = int(n)
        out["pages"] += int(pages)
    scans = (f" OR (t.status = '{STATUS_NO_TEXT}' AND t.method = 'none')" if retry_scans else "")
    out["pending"] = int(database.execute_sql(
        "SELECT COUNT(*) FROM attachment a LEFT JOIN document_text t ON t.attachment_id = a.id "
        f"WHERE a.deleted_at IS NULL AND (t.attachment_id IS NULL OR t.sha256 <> a.sha256{scans})"
    ).fetchone()[0])
    return out


def has_text(database) -> bool:
    """True if any page text is indexed (searches skip document conditions otherwise)."""
    return database.execute_sql("SELECT 1 FROM document_page LIMIT 1").fetchone() is not None


# ---- writing ---------------------------------------------------------------------------------------

def _delete_pages(database, attachment_id: int) -> None:
    low, high = _page_range(attachment_id)
    for table, column in (("document_page", "id"), (WORD_TABLE, "rowid"), (TRIGRAM_TABLE, "rowid")):
        database.execute_sql(f"DELETE FROM {table} WHERE {column} BETWEEN ? AND ?", (low, high))


def store(database, attachment_id: int, sha256: str, status: str, pages: list[str], kind: str = "",
          method: str = "", reason: str = "", read_at: str = "") -> None:
    """Replace what is known of one attachment's text, in one transaction (a run stopped halfway
    leaves the attachment waiting, never half-indexed)."""
    with database.atomic():
        _delete_pages(database, attachment_id)
        database.execute_sql("DELETE FROM document_text WHERE attachment_id = ?", (int(attachment_id),))
        database.execute_sql(
            "INSERT INTO document_text (attachment_id, sha256, status, reason, pages, kind, method, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (int(attachment_id), sha256, status, reason, len(pages), kind, method, read_at))
        rows = [(page_id(attachment_id, n), body) for n, body in enumerate(pages, start=1) if body.strip()]
        if not rows:
            return
        cursor = database.cursor()
        cursor.executemany("INSERT INTO document_page (id, body) VALUES (?, ?)", rows)
        folded = [(pid, fold(body)) for pid, body in rows]
        trigram = [row for row in folded if is_unspaced_script(row[1])]
        if is_postgres(database):
            words = [(pid, " ".join(TOKEN.findall(text))) for pid, text in folded]
            cursor.executemany(f"INSERT INTO {WORD_TABLE} (rowid, doc) VALUES "
                               f"(?, to_tsvector('{CONFIG}', unaccent(?)))", words)
        else:
            cursor.executemany(f"INSERT INTO {WORD_TABLE} (rowid, body) VALUES (?, ?)", folded)
        if trigram:
            cursor.executemany(f"INSERT INTO {TRIGRAM_TABLE} (rowid, body) VALUES (?, ?)", trigram)


def forget_orphans(database) -> int:
    """Drop the text of attachments removed for good (their rows are gone); returns how many."""
    rows = database.execute_sql(
        "SELECT DISTINCT p.id >> 16 FROM document_page p WHERE NOT EXISTS "
        "(SELECT 1 FROM attachment a WHERE a.id = p.id >> 16)").fetchall()
    with database.atomic():
        for (aid,) in rows:
            _delete_pages(database, aid)
    return len(rows)


def forget_all(database) -> None:
    """Every attachment waits to be read again (after the extraction itself improved)."""
    with database.atomic():
        for table in ("document_page", WORD_TABLE, TRIGRAM_TABLE, "document_text"):
            database.execute_sql(f"DELETE FROM {table}")


# ---- reading -----------------------------------------------------------------------------------

def state_of(database, attachment_ids) -> dict[int, dict]:
    """attachment id -> its document_text row (status, reason, pages, kind, method)."""
    ids = [int(i) for i in attachment_ids]
    if not ids:
        return {}
    rows = database.execute_sql(
        f"SELECT attachment_id, status, reason, pages, kind, method, sha256 FROM document_text "
        f"WHERE attachment_id IN ({','.join('?' * len(ids))})", ids).fetchall()
    keys = ("status", "reason", "pages", "kind", "method", "sha256")
    return {row[0]: dict(zip(keys, row[1:])) for row in rows}


def listed(database, status: str) -> list[dict]:
    """Live attachments (of live records) whose reading ended with ``status``, with the reason."""
    rows = database.execute_sql(
        "SELECT r.id, r.uid, a.uid, a.file_name, t.reason, t.kind, t.method FROM document_text t "
        "JOIN attachment a ON a.id = t.attachment_id JOIN resource r ON r.id = a.resource_id "
        "WHERE t.status = ? AND a.deleted_at IS NULL AND r.deleted_at IS NULL AND t.sha256 = a.sha256 "
        "ORDER BY a.id", (status,)).fetchall()
    keys = ("resource_id", "record_uid", "attachment_uid", "file_name", "reason", "kind", "method")
    return [dict(zip(keys, row)) for row in rows]


def resource_ids_with_status(database, status: str) -> list[int]:
    return sorted({row["resource_id"] for row in listed(database, status)})


def pages_of(database, attachment_id: int, numbers=None) -> dict[int, str]:
    """page number -> text, for some or all pages of one attachment."""
    low, high = _page_range(attachment_id)
    rows = database.execute_sql("SELECT id, body FROM document_page WHERE id BETWEEN ? AND ? ORDER BY id",
                                (low, high)).fetchall()
    mask = (1 << PAGE_BITS) - 1
    wanted = None if numbers is None else set(numbers)
    return {pid & mask: body for pid, body in rows if wanted is None or (pid & mask) in wanted}


def records_with_file(database, sha256: str) -> list[str]:
    """Uids of the live records that have a live attachment with this SHA-256."""
    rows = database.execute_sql(
        "SELECT DISTINCT r.uid FROM attachment a JOIN resource r ON r.id = a.resource_id "
        "WHERE a.sha256 = ? AND a.deleted_at IS NULL AND r.deleted_at IS NULL", (sha256,)).fetchall()
    return [row[0] for row in rows]


def attachment_ids_of(database, resource_id: int) -> list[tuple[int, str, str]]:
    """(id, uid, file name) of a record's live attachments."""
    return database.execute_sql(
        "SELECT id, uid, file_name FROM attachment WHERE resource_id = ? AND deleted_at IS NULL ORDER BY id",
        (int(resource_id),)).fetchall()


def state_by_uid(database, attachment_uids) -> dict[str, dict]:
    """attachment uid -> its document_text row, for the attachments that have one and whose file
    is the one that was read."""
    uids = list(attachment_uids)
    if not uids:
        return {}
    rows = database.execute_sql(
        "SELECT a.uid, t.status, t.reason, t.pages, t.kind, t.method FROM document_text t "
        "JOIN attachment a ON a.id = t.attachment_id AND t.sha256 = a.sha256 "
        f"WHERE a.uid IN ({','.join('?' * len(uids))})", uids).fetchall()
    keys = ("status", "reason", "pages", "kind", "method")
    return {row[0]: dict(zip(keys, row[1:])) for row in rows}


def read_pdfs(database) -> list[tuple[str, str]]:
    """(attachment uid, SHA-256) of the live PDF attachments whose file has been read."""
    return database.execute_sql(
        "SELECT a.uid, a.sha256 FROM document_text t JOIN attachment a ON a.id = t.attachment_id "
        "AND t.sha256 = a.sha256 WHERE t.kind = 'pdf' AND a.deleted_at IS NULL ORDER BY a.id").fetchall()


def forget(database, attachment_ids) -> None:
    """Drop the text of attachments being removed for good (call in the removing transaction): an
    attachment added later may be given a removed one's id."""
    for aid in attachment_ids:
        _delete_pages(database, aid)
        database.execute_sql("DELETE FROM document_text WHERE attachment_id = ?", (int(aid),))


def first_pdf_by_resource(database, resource_ids) -> dict[int, str]:
    """resource id -> SHA-256 of its first live attachment read as a PDF, for those of
    ``resource_ids`` that have one (the table's thumbnail column)."""
    ids = [int(i) for i in resource_ids]
    if not ids:
        return {}
    rows = database.execute_sql(
        "SELECT a.resource_id, a.sha256 FROM attachment a JOIN document_text t ON t.attachment_id = a.id "
        "AND t.sha256 = a.sha256 WHERE t.kind = 'pdf' AND a.deleted_at IS NULL "
        f"AND a.resource_id IN ({','.join('?' * len(ids))}) ORDER BY a.id", ids).fetchall()
    out: dict[int, str] = {}
    for rid, sha256 in rows:
        out.setdefault(rid, sha256)
    return out
