"""Finding the existing record an imported one duplicates: same UUID, DOI, ISBN, URL or title.

One query loads the identifying columns of every record into dictionaries, so checking each of
7,000 imported records costs a few lookups rather than five queries (doi, isbn and url have no
index, and adding three indexes to every catalogue for imports alone would slow every write).
Records added during the import are added to the index too, so a file's own repeats are found.

A title alone matches only when the years agree (or one side has none): "Annual report" is a
title many records share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from db.textfold import fold

_NOT_WORD = re.compile(r"[\W_]+")
_URL_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    resource_id: int
    uid: str
    reason: str            # "uuid" | "doi" | "isbn" | "url" | "title"
    in_trash: bool = False


def doi_key(doi: str) -> str:
    return doi.strip().lower()


def isbn_key(isbn: str) -> str:
    return re.sub(r"[^0-9x]", "", isbn.lower())


def url_key(url: str) -> str:
    return _URL_SCHEME.sub("", url.strip()).rstrip("/").lower()


def title_key(title_sort: str) -> str:
    """A folded title (resource.title_sort) without spaces and punctuation."""
    return _NOT_WORD.sub("", title_sort)


class ExistingIndex:
    """Identifying keys of the catalogue's records (live and trashed), for duplicate checks."""

    def __init__(self, database):
        self.by_uid: dict[str, tuple[int, bool]] = {}
        self.by_doi: dict[str, int] = {}
        self.by_isbn: dict[str, int] = {}
        self.by_url: dict[str, int] = {}
        self.by_title: dict[str, list[tuple[int, int | None]]] = {}
        self.uids: dict[int, str] = {}
        self._last_title: tuple[str, str] = ("", "")   # plan() asks for a title's key twice: find, then add
        rows = database.execute_sql(
            "SELECT id, uid, doi, isbn, url, title_sort, year, deleted_at IS NOT NULL FROM resource").fetchall()
        for rid, uid, doi, isbn, url, title_sort, year, trashed in rows:
            self.by_uid[uid] = (rid, bool(trashed))
            self.uids[rid] = uid
            if trashed:
                continue  # a record in the trash is matched by its UUID only
            self._add_keys(rid, doi, isbn, url, title_key(title_sort or ""), year)

    def _add_keys(self, rid: int, doi: str, isbn: str, url: str, title: str, year: int | None) -> None:
        if doi:
            self.by_doi.setdefault(doi_key(doi), rid)
        if isbn and isbn_key(isbn):
            self.by_isbn.setdefault(isbn_key(isbn), rid)
        if url:
            self.by_url.setdefault(url_key(url), rid)
        if title:
            self.by_title.setdefault(title, []).append((rid, year))

    def add(self, rid: int, uid: str, doi: str, isbn: str, url: str, title: str, year: int | None) -> None:
        """Remember a record added by this import."""
        self.by_uid[uid] = (rid, False)
        self.uids[rid] = uid
        self._add_keys(rid, doi, isbn, url, self._title_key(title), year)

    def _title_key(self, title: str) -> str:
        last, key = self._last_title
        if title is not last:
            key = title_key(_sort_title(title))
            self._last_title = (title, key)
        return key

    def find(self, uid: str, doi: str, isbn: str, url: str, title: str, year: int | None,
             use_uid: bool = True) -> Match | None:
        if use_uid and uid and uid in self.by_uid:
            rid, trashed = self.by_uid[uid]
            return Match(rid, uid, "uuid", trashed)
        for reason, key, index in (("doi", doi and doi_key(doi), self.by_doi),
                                   ("isbn", isbn and isbn_key(isbn), self.by_isbn),
                                   ("url", url and url_key(url), self.by_url)):
            if key and key in index:
                return Match(index[key], self.uids[index[key]], reason)
        key = self._title_key(title)
        if len(key) >= 8:
            for rid, other_year in self.by_title.get(key, ()):
                if year is None or other_year is None or year == other_year:
                    return Match(rid, self.uids[rid], "title")
        return None


def _sort_title(title: str) -> str:
    return fold(title)
