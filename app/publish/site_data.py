"""The published records as data for the page: the vocabularies they use, compact columns for the
list and the criteria boxes, each record's other fields in chunks, and a search index of folded text
built here, once, so the page never folds a record itself.

The format (``FORMAT`` 2); the page opens on ``records.js`` and the first details chunk, then loads
the index, and other chunks when a page of results or a record needs them:

    data/records.js    RC.records({format, title, scope, published, count, include_notes, chunk,
                                   facets: {type|theme|region|country|language|organization:
                                            {labels: [...], keys: [...],
                                             tr: {th|vi|ar: [label or null, ...]}}},
                                   members: {region index: [country index, ...]},
                                   columns: {u uid, t title, y year (0: none), dt date, ty type (-1: none),
                                             th themes, rg regions matched (tagged or through a member
                                             country), rt regions tagged, c countries, l languages,
                                             o organizations}})
    data/details-K.js  RC.details(K, [{s summary, a authors, k keywords, or organization roles, url, doi,
                                       isbn, ref, ct container, vo volume, is issue, pg pages,
                                       f [{n name, p path, z bytes}], v [{l language code, u uid, t title}],
                                       n notes}, ...])   records K*chunk .. K*chunk + chunk - 1
    data/index.js      RC.index("words of record 0\nwords of record 1\n...")   fields split by a tab

Facet values are indexes into ``facets[name].labels``; ``keys`` are what the page writes in its
address (country and language codes, an organization's acronym, other names). Empty fields are
left out of the details. ``tr`` holds the values' names in the app's other languages (from
app.vocab_labels, as the window shows them); the page shows them in its own language. ``v``
(versions of a record in other languages, "Also in", from app/relations.py) is given for records
that have language versions.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from app import vocab_labels
from db.records import RecordData
from db.textfold import fold

FORMAT = 2
CHUNK = 500
# Short field names -> the column's value for a record without it.
COLUMNS = {"u": "", "t": "", "y": 0, "dt": "", "ty": -1, "th": [], "rg": [], "rt": [], "c": [], "l": [], "o": []}
FACETS = ("type", "theme", "region", "country", "language", "organization")


# Every ASCII character that is not a letter or digit is punctuation or a symbol.
_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\s]+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _separators() -> dict[int, str]:
    """Every punctuation and symbol character (Unicode categories P* and S*) -> a space, as the
    page's ``/[\\p{P}\\p{S}]/u`` sees them: both sides split words at the same characters.
    (A translate table: a regex class of these ~8,000 characters took 11 s over 10,000 records.)"""
    table = {c: " " for c in range(0x80) if not chr(c).isalnum()}
    for code in range(0x80, min(sys.maxunicode, 0x1FFFF) + 1):
        if unicodedata.category(chr(code))[0] in "PS":
            table[code] = " "
    return table


def index_words(text: str) -> str:
    """Folded text with punctuation and symbols as single spaces: the form both the index and
    the page's query terms take (so "ILO’s" is the words "ilo" and "s")."""
    folded = fold(text)
    if folded.isascii():
        return _ASCII_SEPARATORS.sub(" ", folded).strip()
    return _SPACES.sub(" ", folded.translate(_separators())).strip()


@dataclass
class Vocabulary:
    """One facet's values as the page numbers them, in order of first use."""
    labels: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    _index: dict[str, int] = field(default_factory=dict)

    def index(self, key: str, label: str) -> int:
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.keys)
            self.keys.append(key)
            self.labels.append(label)
        return found

    def to_dict(self) -> dict:
        return {"labels": self.labels, "keys": self.keys}


class SiteData:
    """Collects records (in the page's default order) and what the page needs to show them."""

    def __init__(self, country_names: dict[str, str], language_names: dict[str, str],
                 acronyms: dict[str, str], region_members: dict[str, list[str]],
                 include_notes: bool = False):
        self.country_names = country_names
        self.language_names = language_names
        self.acronyms = acronyms
        self.region_members = region_members
        self.include_notes = include_notes
        self.vocab = {name: Vocabulary() for name in FACETS}
        self.records: list[dict] = []
        self.index: list[str] = []
        # country code -> the regions it belongs to, for matching a record through its countries
        self._regions_of: dict[str, list[str]] = {}
        for region, codes in region_members.items():
            for code in codes:
                self._regions_of.setdefault(code, []).append(region)

    # ---- vocabulary values ----------------------------------------------------------------------
    def _country(self, code: str) -> int:
        return self.vocab["country"].index(code, self.country_names.get(code, code))

    def _language(self, code: str) -> int:
        return self.vocab["language"].index(code, self.language_names.get(code, code))

    def _organization(self, name: str) -> int:
        acronym = self.acronyms.get(name, "")
        return self.vocab["organization"].index(name, f"{name} ({acronym})" if acronym else name)

    def _named(self, facet: str, name: str) -> int:
        return self.vocab[facet].index(name, name)

    # ---- records ---------------------------------------------------------------------------------
    def add(self, rec: RecordData, files: list[dict] | None = None, versions: list[dict] | None = None) -> None:
        out: dict = {"u": rec.uid, "t": rec.title}
        if rec.year:
            out["y"] = rec.year
            out["dt"] = "-".join([str(rec.year)] + [f"{p:02d}" for p in (rec.month, rec.day) if p])
        if rec.type:
            out["ty"] = self._named("type", rec.type)
        self._list(out, "th", [self._named("theme", t) for t in rec.themes])
        countries = [self._country(c) for c in rec.countries]
        self._list(out, "c", countries)
        tagged = [self._named("region", r) for r in rec.regions]
        self._list(out, "rt", tagged)
        matched = list(dict.fromkeys(tagged + [self._named("region", r) for c in rec.countries
                                               for r in self._regions_of.get(c, ())]))
        self._list(out, "rg", matched)
        self._list(out, "l", [self._language(code) for code in rec.languages])
        self._list(out, "o", [self._organization(o.name) for o in rec.organizations])
        self._list(out, "or", [o.role for o in rec.organizations])
        for key, value in (("a", rec.authors), ("k", rec.keywords)):
            self._list(out, key, list(value))
        for key, value in (("s", rec.summary), ("url", rec.url), ("doi", rec.doi), ("isbn", rec.isbn),
                           ("ref", rec.publisher_ref), ("ct", rec.container_title), ("vo", rec.volume),
                           ("is", rec.issue), ("pg", rec.pages)):   # the page words "vol.", "no.", "pp."
            if value:
                out[key] = value
        if files:
            out["f"] = files
        if versions:
            out["v"] = versions
        if self.include_notes and rec.notes:
            out["n"] = rec.notes
        self.records.append(out)
        self.index.append(self._index_text(rec))

    @staticmethod
    def _list(out: dict, key: str, values: list) -> None:
        if values:
            out[key] = values

    def _index_text(self, rec: RecordData) -> str:
        """The fields the app's own search reads (title, summary, organizations with acronyms and
        authors, keywords), as words between spaces, a field per line: the page looks for
        " term" so a term matches the start of a word, as the app's prefix search does."""
        orgs = [f"{o.name} {self.acronyms.get(o.name, '')}" for o in rec.organizations]
        fields = [rec.title, rec.summary or "", " ".join(orgs + list(rec.authors)), " ".join(rec.keywords)]
        if self.include_notes and rec.notes:
            fields.append(rec.notes)
        return "\t".join(f" {index_words(text)} " for text in fields if text)

    def payload(self, title: str, scope: str, published: str, order: str = "latest") -> dict:
        """What records.js holds: everything but the details. ``order``: what the records' own order
        is, "latest" (the catalogue's) or "list" (a reading list's)."""
        regions, countries = self.vocab["region"], self.vocab["country"]
        members = {}
        for i, name in enumerate(regions.labels):
            known = [countries._index[c] for c in self.region_members.get(name, []) if c in countries._index]
            if known:
                members[str(i)] = known
        columns = {key: [r.get(key, empty) for r in self.records] for key, empty in COLUMNS.items()}
        facets = {name: v.to_dict() for name, v in self.vocab.items()}
        facets["organization"]["keys"] = self._organization_keys()
        for name in vocab_labels.FACETS:
            translated = self._translated_labels(name)
            if translated:
                facets[name]["tr"] = translated
        return {"format": FORMAT, "title": title, "scope": scope, "published": published, "order": order,
                "count": len(self.records), "include_notes": self.include_notes, "chunk": CHUNK,
                "facets": facets, "members": members, "columns": columns}

    def _translated_labels(self, facet: str) -> dict[str, list[str | None]]:
        """language -> each value's name in it (None where the app has none), as the window shows
        them in that language: a Thai page says ไทย for Thailand. Organizations keep their own names."""
        keys = self.vocab[facet].keys
        out: dict[str, list[str | None]] = {}
        for language in vocab_labels.LANGUAGES:
            names = [vocab_labels.label(facet, key, language) for key in keys]
            if any(names):
                out[language] = names
        return out

    def _organization_keys(self) -> list[str]:
        """What the address says for each organization: its acronym where no other published
        organization has the same one (#org=ILO), else its name."""
        names = self.vocab["organization"].keys
        acronyms = [self.acronyms.get(n, "") for n in names]
        seen: dict[str, int] = {}
        for a in acronyms:
            if a:
                seen[a.casefold()] = seen.get(a.casefold(), 0) + 1
        return [a if a and seen[a.casefold()] == 1 else n for n, a in zip(names, acronyms)]

    def details(self):
        """(chunk number, the details of its records) for each chunk of CHUNK records."""
        for k, start in enumerate(range(0, max(1, len(self.records)), CHUNK)):
            yield k, [{key: value for key, value in r.items() if key not in COLUMNS}
                      for r in self.records[start:start + CHUNK]]

    def index_text(self) -> str:
        return "\n".join(self.index)
