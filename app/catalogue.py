"""The read side of a catalogue, UI-free: criteria -> ordered ids, pages of rows, facet counts, records.

The GUI and the command line both use this class; neither builds SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app import criteria as criteria_module
from app import quality, vocab_labels, works
from app.text import QT_TRANSLATE_NOOP, message
from app.criteria import FACET_FIELDS, Criteria, Term
from app.reading_lists import list_resource_ids
from app.seed import seed_catalogue
from db import connection, queries, vocab
from db import relations as db_relations
from db.compact_ids import IdList, compact
from db.conditions import AllOf
from db.errors import CatalogueError, explain
from db.queries import Filter
from db.records import RecordData, RowData
from db.search import TextQuery
from db.search_plan import SearchPlanner
from db.textfold import fold

SORTS = ("latest", "title", "year", "type", "relevance", "list")
SIDEBAR_FACETS = ("type", "theme", "region", "country", "language", "organization")
FACET_TITLES = {
    "type": QT_TRANSLATE_NOOP("Facets", "Resource type"), "theme": QT_TRANSLATE_NOOP("Facets", "Theme"),
    "region": QT_TRANSLATE_NOOP("Facets", "Region"), "country": QT_TRANSLATE_NOOP("Facets", "Country"),
    "language": QT_TRANSLATE_NOOP("Facets", "Language"),
    "organization": QT_TRANSLATE_NOOP("Facets", "Organization"),
    "keyword": QT_TRANSLATE_NOOP("Facets", "Keyword"), "year": QT_TRANSLATE_NOOP("Facets", "Year"),
}
# One sentence per facet (not "no {facet}"): other languages inflect or reorder the facet's name.
NO_SUCH_VALUE = {
    "type": QT_TRANSLATE_NOOP("Facets", "no resource type is called '{value}'"),
    "theme": QT_TRANSLATE_NOOP("Facets", "no theme is called '{value}'"),
    "region": QT_TRANSLATE_NOOP("Facets", "no region is called '{value}'"),
    "country": QT_TRANSLATE_NOOP("Facets", "no country is called '{value}'"),
    "language": QT_TRANSLATE_NOOP("Facets", "no language is called '{value}'"),
    "organization": QT_TRANSLATE_NOOP("Facets", "no organization is called '{value}'"),
    "keyword": QT_TRANSLATE_NOOP("Facets", "no keyword is called '{value}'"),
}
NO_SUCH_SERIES = QT_TRANSLATE_NOOP("Facets", "no series is called '{value}'")


# The folder where whole-catalogue counts are kept between sessions (db.count_cache): this variable
# names another folder, or "0" for none (the tests); else the user's cache folder.
COUNT_CACHE_VAR = "RESOURCE_CATALOGUE_COUNT_CACHE"


def _count_store(path):
    """Where this catalogue file's counts are kept between sessions; None for a server (or "0")."""
    import os
    folder = os.environ.get(COUNT_CACHE_VAR)
    if path is None or folder == "0":
        return None
    from pathlib import Path

    from db.count_cache import CountCache
    if not folder:
        from platformdirs import user_cache_path

        from app.sync.server_files import APP_DIR_NAME
        folder = str(user_cache_path(APP_DIR_NAME, appauthor=False) / "counts")
    try:
        identity = str(Path(path).resolve())
    except OSError:
        identity = str(path)
    return CountCache(Path(folder), identity)


@dataclass
class FacetValue:
    id: int
    value: str       # what goes into the query: country:<value>
    label: str       # what the sidebar shows
    count: int
    selected: bool = False
    excluded: bool = False     # left out (-country:Thailand); its count is how many records it removes


@dataclass
class Facets:
    values: dict[str, list[FacetValue]] = field(default_factory=dict)
    years: list[tuple[int, int]] = field(default_factory=list)   # (year, count), newest first
    undated: int = 0
    total: int = 0


@dataclass
class SearchResult:
    ids: IdList      # compact (4 bytes an id); compares equal to a list of the same ids
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.ids)


@dataclass
class Page:
    total: int
    offset: int
    rows: list[RowData]


class Catalogue:
    """One open catalogue. Methods may be called from a worker thread: peewee gives each thread
    its own connection to the same file."""

    def __init__(self, opened: connection.OpenedCatalogue):
        self.opened = opened
        self.database = opened.database
        self._lookups: dict[str, dict[str, int]] = {}
        self._labels: dict[str, dict[int, tuple[str, str]]] = {}
        # Which index or query answers a search, with its caches (db.search_plan).
        self.planner = SearchPlanner(self.database)
        self.planner.count_store = _count_store(opened.path)
        self._duplicate_ids: frozenset[int] | None = None   # the duplicates quality list, as last compared

    # ---- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, location=None, seed: bool = True, password: str | None = None) -> "Catalogue":
        """Open, create or upgrade the catalogue at ``location`` (see db.connection.resolve_location).

        A new catalogue is seeded with the vocabularies and the 20 seed resources.
        Raises CatalogueError with a one-line message (db.errors.PasswordRequired when a server
        wants a password: ask, then call again with ``password``; it is never stored).
        """
        opened = connection.open_catalogue(location, password)
        catalogue = cls(opened)
        if seed:
            try:
                seed_catalogue(catalogue.database)
            except Exception as exc:  # noqa: BLE001 - a broken seed must not hide the catalogue
                catalogue.close()
                if opened.created and opened.path is not None:
                    connection.remove_catalogue_files(opened.path)   # e.g. a full disk: no empty file left
                raise CatalogueError(f"could not seed the new catalogue: {explain(exc)}") from exc
        if catalogue.path is not None:
            catalogue._recover_package_files()
        return catalogue

    def _recover_package_files(self) -> None:
        """Attachment files a killed package import left unpacked: moved in or removed."""
        from app.attachments import folder
        from app.transfer.package_files import PREFIX, recover
        root = folder(self)
        try:
            if root.is_dir() and any(p.name.startswith(PREFIX) for p in root.iterdir()):
                recover(root.resolve())
        except OSError:
            pass   # the folder cannot be read now; the next open tries again

    def close(self) -> None:
        connection.close_catalogue(self.opened)

    def close_thread_connection(self) -> None:
        """Close the calling thread's own connection (peewee keeps one per thread); the catalogue
        stays open for the others. For a worker thread when its work is done."""
        self.database.close()

    @property
    def path(self):
        return self.opened.path

    @property
    def display_name(self) -> str:
        return self.opened.display_name

    def invalidate_vocabularies(self) -> None:
        """Forget cached vocabulary lookups (after a vocabulary changed)."""
        self._lookups.clear()
        self._labels.clear()

    # ---- criteria -> filter --------------------------------------------------------------------
    def _lookup(self, facet: str) -> dict[str, int]:
        if facet not in self._lookups:
            index = vocab.lookup_index(facet)
            # The names in every shipped language find the same value: country:ไทย = country:TH.
            for key, translated in vocab_labels.all_names(facet).items():
                vid = index.get(fold(key))
                if vid is not None:
                    for name in translated:
                        index.setdefault(fold(name), vid)
            self._lookups[facet] = index
            criteria_module.register_names(facet, index)
        return self._lookups[facet]

    def _match_value(self, facet: str, value: str) -> set[int]:
        """Ids a typed value means: the value with that name, code or acronym; failing that, every
        value whose name starts with it (theme:housing -> "Housing and living conditions")."""
        index = self._lookup(facet)
        key = fold(value).strip()
        if not key:
            return set()
        if key in index:
            return {index[key]}
        return {vid for name, vid in index.items() if name.startswith(key)}

    def value_ids(self, facet: str, values, warnings: list[str]) -> frozenset[int]:
        """The ids the typed values of ``facet`` mean; a value that matches nothing adds a warning."""
        ids: set[int] = set()
        for value in values:
            found = self._match_value(facet, value)
            if not found:
                warnings.append(message(NO_SUCH_VALUE[facet], value=value))
            ids.update(found)
        return frozenset(ids)

    def resolve(self, criteria: Criteria) -> tuple[Filter, list[str]]:
        """The database filter for ``criteria``, and warnings for values that match nothing."""
        warnings: list[str] = []
        facets = []
        excluded = []
        for facet in FACET_FIELDS:
            values = criteria.values(facet)
            if values:
                # An unknown value matches nothing, so it gives no results (-1 is no value's id).
                facets.append((facet, self.value_ids(facet, values, warnings) or frozenset({-1})))
            left_out = criteria.excluded_values(facet)
            if left_out:
                ids = self.value_ids(facet, left_out, warnings)
                if ids:
                    excluded.append((facet, ids))
        list_ids = None
        if criteria.reading_list:
            list_ids = frozenset(list_resource_ids(criteria.reading_list))
        if criteria.quality:
            quality_ids = self.quality_ids(criteria.quality)
            list_ids = quality_ids if list_ids is None else list_ids & quality_ids
        documents = self.has_document_text() if (criteria.words or criteria.phrases or criteria.terms) else False
        condition = None
        terms = [t for t in criteria.terms if t != Term("is", ("trash",))]
        if terms:
            from app.search_conditions import to_condition
            parts = tuple(to_condition(self, t, warnings, documents) for t in terms)
            condition = parts[0] if len(parts) == 1 else AllOf(parts)
        flt = Filter(
            text=TextQuery(criteria.words, criteria.phrases, criteria.excluded, criteria.text_words,
                           criteria.text_phrases, criteria.text_excluded,
                           documents=bool(criteria.words or criteria.phrases) and documents),
            facets=tuple(facets), year_from=criteria.year_from, year_to=criteria.year_to,
            undated=criteria.undated, trash=criteria.in_trash(), resource_ids=list_ids,
            excluded=tuple(excluded), condition=condition,
            series_uids=self._series_uids(criteria.series, warnings) if criteria.series else None,
            latest_only=criteria.latest,
        )
        return flt, warnings

    def _series_uids(self, names: tuple[str, ...], warnings: list[str]) -> tuple[str, ...]:
        """The series whose title holds each name's words (series:"TRIANGLE in ASEAN"), or whose uid
        starts with it."""
        series = db_relations.series_records()
        found: list[str] = []
        for name in names:
            words = fold(name).split()
            hits = [uid for uid, title in series
                    if uid.startswith(name.lower()) or all(w in fold(title) for w in words)]
            if not hits:
                warnings.append(message(NO_SUCH_SERIES, value=name))
            found += hits
        return tuple(dict.fromkeys(found))

    def has_document_text(self) -> bool:
        """True if any attached document's text is indexed: plain searches then also look there
        (a catalogue without documents searches its fields only, as fast as before)."""
        from db import documents
        return documents.has_text(self.database)

    def quality_ids(self, key: str, cancelled=None, refresh: bool = False) -> frozenset[int]:
        """The records on a quality list (app.quality). The duplicates list compares the whole
        catalogue (seconds on a big one), so it is kept as last compared until ``refresh`` (records
        merged or deleted meanwhile drop out of results by themselves); ``cancelled()`` stops a
        comparison, keeping the previous answer."""
        if key != "duplicates":
            return frozenset(quality.ids(self, key))
        if refresh or self._duplicate_ids is None:
            found = frozenset(quality.ids(self, key, cancelled))
            if cancelled is not None and cancelled():
                return self._duplicate_ids or frozenset()
            self._duplicate_ids = found
        return self._duplicate_ids

    # ---- the planner's caches, for the order warmer (app.warmup) and benchmarks ----------------
    def warm_orders(self, cancelled=None) -> int:
        """Work out the sort orders (and load the facet index) ahead of the user's click; see
        db.search_plan.SearchPlanner.warm_orders. Returns how many orders were computed."""
        return self.planner.warm_orders(cancelled)

    def warm_facet_index(self) -> bool:
        return self.planner.warm_facet_index()

    def drop_caches(self) -> None:
        """Forget every cached answer (benchmarks of the first answer after a change)."""
        self.planner.drop_caches()

    # ---- reading -------------------------------------------------------------------------------
    def search(self, criteria: Criteria, sort: str = "latest", descending: bool | None = None,
               one_per_work: bool = False, preferred: tuple[str, ...] = ()) -> SearchResult:
        """Ordered ids of every matching record. Sorts: latest (added, newest first), title, year,
        type, relevance (when there are keywords; otherwise latest), list (a reading list's own order;
        the default inside a reading list). ``one_per_work``: the language versions of a work as one
        row, in the first of the ``preferred`` languages it has (app/works.py)."""
        if one_per_work:
            found = self.search(criteria, sort, descending)
            return SearchResult(works.one_per_work(found.ids, works.work_index(self), preferred), found.warnings)
        if sort not in SORTS:
            raise ValueError(f"unknown sort '{sort}'; choose one of {', '.join(SORTS)}")
        flt, warnings = self.resolve(criteria)
        if criteria.reading_list and sort in ("list", "latest") and descending is None:
            matching = set(queries.ordered_ids(self.database, flt, "latest"))
            return SearchResult(compact(i for i in list_resource_ids(criteria.reading_list) if i in matching),
                                warnings)
        if sort == "list":
            sort = "latest"
        return SearchResult(self.planner.ordered_ids(flt, sort, descending), warnings)

    def first_page(self, criteria: Criteria, sort: str = "latest", descending: bool | None = None,
                   limit: int = 200) -> SearchResult | None:
        """The first ``limit`` ids of ``search(criteria, sort, descending)``, when they can be had
        much sooner than the whole answer: every live record, in an order an index gives (latest,
        title), not worked out yet (the first search after opening a big catalogue). Else None."""
        if sort == "list":
            sort = "latest"
        if criteria.reading_list:
            return None
        flt, warnings = self.resolve(criteria)
        if not flt.is_everything():
            return None
        ids = self.planner.first_ids(sort, descending, limit)
        return None if ids is None else SearchResult(ids, warnings)

    def condition_counts(self) -> dict[str, int]:
        """How many live records fail each quality check that is an SQL condition (app.quality),
        kept until a record changes (and between sessions, as the counts with no criteria)."""
        return self.planner.condition_counts()

    def count(self, criteria: Criteria) -> int:
        flt, _ = self.resolve(criteria)
        return queries.count(self.database, flt)

    def rows(self, ids: list[int]) -> list[RowData]:
        return queries.rows_for_ids(self.database, list(ids))

    def page(self, criteria: Criteria, sort: str = "latest", offset: int = 0, limit: int = 50,
             descending: bool | None = None) -> Page:
        result = self.search(criteria, sort, descending)
        return Page(result.total, offset, self.rows(result.ids[offset:offset + limit]))

    def total(self) -> int:
        """How many live records the catalogue holds (kept until a record changes)."""
        return self.planner.total()

    def count_everything_ahead(self, facets=SIDEBAR_FACETS) -> None:
        """Work out the sidebar's counts with no criteria now, on the calling (background) thread,
        for the search worker to take when it asks (db.search_plan.SearchPlanner.count_everything_ahead)."""
        self.planner.count_everything_ahead(tuple(facets))

    def known_total(self) -> int | None:
        """total() if it is known without counting (since the last change, or kept from an earlier
        session), else None."""
        return self.planner.known_total()

    def _value_labels(self, facet: str) -> dict[int, tuple[str, str]]:
        """id -> (query value, label) for one vocabulary, in the display language; kept until a
        vocabulary changes."""
        key = f"{facet}:{vocab_labels.display_language() or ''}"
        if key not in self._labels:
            self._labels[key] = {i: (value, (vocab_labels.label(facet, code) if code else None) or shown)
                                 for i, (value, shown, code) in vocab.value_label_rows(facet).items()}
        return self._labels[key]

    def facets(self, criteria: Criteria, facets=SIDEBAR_FACETS, one_per_work: bool = False) -> Facets:
        """Counts for each facet value under ``criteria``. Each facet ignores its own selection, so
        its other values stay clickable; the year counts ignore the year range. ``one_per_work``:
        the counts count works (app/works.py), not records."""
        flt, _ = self.resolve(criteria)
        facets = tuple(facets)
        counts = self.planner.facet_counts(flt, facets)
        if one_per_work:
            counts = self._work_counts(criteria, flt, facets, counts)
        out = Facets(undated=counts.undated, total=counts.total,
                     years=sorted(counts.years.items(), reverse=True))
        for facet in facets:
            labels = self._value_labels(facet)
            selected = flt.selection(facet)
            left_out = flt.exclusion(facet) - selected
            values = []
            for vid, n in counts.values.get(facet, {}).items():
                if vid in labels:
                    value, label = labels[vid]
                    values.append(FacetValue(vid, value, label, n, vid in selected, vid in left_out))
            # A selected or excluded value stays listed (with 0) so it can be unticked.
            present = {v.id for v in values}
            for vid in (selected | left_out) - present:
                if vid in labels:
                    values.append(FacetValue(vid, labels[vid][0], labels[vid][1], 0, vid in selected,
                                             vid in left_out))
            values.sort(key=lambda v: (-v.count, fold(v.label)))
            out.values[facet] = values
        return out

    def _work_counts(self, criteria: Criteria, flt: Filter, facets: tuple[str, ...],
                     counts: queries.FacetCounts) -> queries.FacetCounts:
        """Record counts made work counts: each facet's (and the years') overcount taken off, found
        among the records that facet counts (its own selection left out)."""
        index = works.work_index(self)
        if not index.work_of:
            return counts

        def matching(c: Criteria) -> list[int]:
            return list(self.search(c, "latest").ids)
        everything = matching(criteria)
        total, excess, _ = works.overcount(self.database, index, everything, facets)
        values = {}
        for facet in facets:
            own = excess.get(facet, {})
            if flt.selection(facet):
                own = works.overcount(self.database, index, matching(criteria.cleared(facet)), (facet,))[1][facet]
            values[facet] = {vid: n - own.get(vid, 0) for vid, n in counts.values.get(facet, {}).items()}
        base = criteria.cleared("year") if criteria.has_year_range() else criteria
        year_excess = works.overcount(self.database, index, matching(base), ())[2]
        years = {y: n - year_excess.get(y, 0) for y, n in counts.years.items()}
        return queries.FacetCounts(values=values, years=years, undated=counts.undated - year_excess.get(None, 0),
                                   total=counts.total - total)

    def record(self, uid: str) -> RecordData | None:
        return queries.record_by_uid(uid)

    def record_by_id(self, rid: int) -> RecordData | None:
        return queries.record_by_id(rid)

    def uid_for_prefix(self, prefix: str) -> str | None:
        """The full uid for a unique prefix (so the command line accepts the short form shown)."""
        return queries.uid_for_prefix(prefix)

    def vocabulary(self, facet: str) -> list[dict]:
        return vocab.vocabulary(facet)

    def facet_label(self, facet: str, value: str) -> str:
        """The display label for a query value (e.g. country 'TH' -> 'Thailand')."""
        vid = self._lookup(facet).get(fold(value))
        if vid is None:
            return value
        return self._value_labels(facet).get(vid, (value, value))[1]

    def suggest_values(self, facet: str, prefix: str, limit: int = 12) -> list[str]:
        """Query values of ``facet`` whose name, code, acronym or translated name starts with
        ``prefix`` (for completion as one types: country:th -> Thailand), shortest first; named in the
        window's language where it has a name there (country:ไท -> ไทย), which a query reads as well."""
        key = fold(prefix).strip()
        labels = self._value_labels(facet)
        ids = dict.fromkeys(vid for name, vid in self._lookup(facet).items() if name.startswith(key))
        shown = 0 if facet == "organization" else 1   # an organization's label is "Name (ACRONYM)"
        values = {labels[vid][shown] for vid in ids if vid in labels}
        return sorted(values, key=lambda v: (not fold(v).startswith(key), len(v), fold(v)))[:limit]

    def canonical_value(self, facet: str, value: str) -> str | None:
        """The query value the sidebar uses for ``value`` (e.g. 'th' -> 'Thailand'); None if unknown."""
        vid = self._lookup(facet).get(fold(value))
        if vid is None:
            return None
        return self._value_labels(facet).get(vid, (value, value))[0]

