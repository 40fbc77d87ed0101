"""Formatted bibliographies of a reading list, a selection or a search result.

    source = source_for_list(list_uid)            # or source_for_ids(ids, "Selection")
    bib = build(source, BibliographyOptions(style="apa", include_summaries=True))
    preview = render(bib, "html")                 # exactly what write() puts in an .html file
    write(bib, "docx", path)                      # html | md | txt | docx | pdf, written atomically

References are formatted by citeproc-py with the CSL styles in app/csl_styles (no network); the
order and grouping are ours, so a list keeps the order the trainer chose. UI-free: PDF needs Qt's
text layout (it shapes Thai, Khmer and Burmese correctly), imported only inside that writer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app import reading_lists
from app.bibliography_formats import csl
from app.bibliography_formats.files import atomic_write, safe_file_name
from db import relations as db_relations
from db import vocab
from db.queries import record_by_id
from db.records import RecordData
from db.textfold import fold, sort_key

STYLES = {key: label for key, (label, _, _) in csl.STYLES.items()}
FORMATS = {"html": ".html", "md": ".md", "txt": ".txt", "docx": ".docx", "pdf": ".pdf"}
FORMAT_LABELS = {"html": "HTML page", "md": "Markdown", "txt": "Plain text", "docx": "Word (DOCX)",
                 "pdf": "PDF"}
GROUPS = {"none": "No grouping", "type": "Resource type", "theme": "Theme"}
SORTS = {"list": "List order", "title": "Title", "year": "Year (newest first)", "author": "Author"}


@dataclass(frozen=True)
class BibliographyOptions:
    style: str = "apa"
    include_summaries: bool = False
    include_notes: bool = True       # the reading list's per-item notes
    group_by: str = "none"           # none | type | theme (a record with two themes is under both)
    sort: str = "list"               # list | title | year | author

    def __post_init__(self):
        for value, allowed, what in ((self.style, STYLES, "style"), (self.group_by, GROUPS, "grouping"),
                                     (self.sort, SORTS, "sort")):
            if value not in allowed:
                raise ValueError(f"unknown {what} '{value}'; choose one of {', '.join(allowed)}")


@dataclass
class SourceEntry:
    record: RecordData
    note: str = ""


@dataclass
class Source:
    """What to format: a title, a description and records in their given order."""
    title: str
    description: str = ""
    entries: list[SourceEntry] = field(default_factory=list)


@dataclass
class Entry:
    uid: str
    title: str
    runs: list[csl.Run]              # the formatted reference
    summary: str = ""
    note: str = ""

    @property
    def text(self) -> str:
        return csl.runs_text(self.runs)


@dataclass
class Group:
    heading: str                     # "" when not grouped
    entries: list[Entry]


@dataclass
class Bibliography:
    title: str
    description: str
    style: str                       # the style's label, e.g. "APA 7th edition"
    groups: list[Group]

    @property
    def entries(self) -> list[Entry]:
        return [entry for group in self.groups for entry in group.entries]


# ---- sources -----------------------------------------------------------------------------------

def source_for_list(list_uid: str) -> Source:
    """A reading list's records in list order with their notes (records in the trash left out)."""
    info = reading_lists.get_list(list_uid)
    if info is None:
        raise reading_lists.ReadingListError(f"no reading list with UID {list_uid!r}")
    entries = [SourceEntry(record_by_id(item.resource_id), item.note)
               for item in reading_lists.items(list_uid) if not item.in_trash]
    return Source(info.name, info.description, entries)


def source_for_ids(ids, title: str = "Bibliography", description: str = "") -> Source:
    """Records by catalogue id, in the given order (a selection or the current result)."""
    records = (record_by_id(i) for i in ids)
    return Source(title, description, [SourceEntry(r) for r in records if r is not None])


# ---- building ----------------------------------------------------------------------------------

def _sort_key(sort: str):
    if sort == "title":   # as the catalogue's title sort
        return lambda e: (sort_key(e.record.title),)
    if sort == "year":   # newest first, undated last
        return lambda e: (e.record.year is None, -(e.record.year or 0), sort_key(e.record.title))
    return None


def build(source: Source, options: BibliographyOptions = BibliographyOptions()) -> Bibliography:
    """Format every record of ``source`` and arrange them as the options say."""
    csl_types = {row["name"]: row.get("csl_type") or "report" for row in vocab.vocabulary("type", True)}
    keyed = [(f"r{n}", e) for n, e in enumerate(source.entries)]
    series = db_relations.series_of_uids([e.record.uid for _, e in keyed])
    items = [csl.csl_item(e.record, key, csl_types.get(e.record.type or "", "report"), series.get(e.record.uid))
             for key, e in keyed]
    formatted = csl.render(items, options.style)
    isolate = csl.isolate_bidi   # a direction override in one text never reverses the next
    entries = [(e, Entry(e.record.uid, e.record.title, formatted[key],
                         isolate(e.record.summary) if options.include_summaries else "",
                         isolate(e.note) if options.include_notes else "")) for key, e in keyed]
    if options.sort == "author":   # every style starts with the author (or the title if none)
        entries.sort(key=lambda pair: (fold(pair[1].text), fold(pair[0].record.title)))
    elif options.sort != "list":
        key = _sort_key(options.sort)
        entries.sort(key=lambda pair: key(pair[0]))
    return Bibliography(isolate(source.title), isolate(source.description), STYLES[options.style],
                        _groups(entries, options.group_by))


def _groups(entries: list[tuple[SourceEntry, Entry]], group_by: str) -> list[Group]:
    if group_by == "none":
        return [Group("", [entry for _, entry in entries])]
    buckets: dict[str, list[Entry]] = {}
    for source_entry, entry in entries:
        record = source_entry.record
        headings = [record.type] if group_by == "type" else record.themes
        for heading in [h for h in headings if h] or [""]:
            buckets.setdefault(heading, []).append(entry)
    if group_by == "type":
        order = {row["name"]: n for n, row in enumerate(vocab.vocabulary("type", True))}
        names = sorted((h for h in buckets if h), key=lambda h: (order.get(h, len(order)), fold(h)))
    else:
        names = sorted((h for h in buckets if h), key=fold)
    other = "Other" if group_by == "type" else "No theme"
    groups = [Group(name, buckets[name]) for name in names]
    if "" in buckets:
        groups.append(Group(other, buckets[""]))
    return groups


# ---- output ------------------------------------------------------------------------------------

def render(bib: Bibliography, fmt: str) -> str:
    """The text of an html, md or txt file (DOCX and PDF are binary: use write)."""
    if fmt == "html":
        from app.bibliography_formats.html_page import to_html
        return to_html(bib)
    if fmt == "md":
        from app.bibliography_formats.markdown import to_markdown
        return to_markdown(bib)
    if fmt == "txt":
        from app.bibliography_formats.plain_text import to_text
        return to_text(bib)
    raise ValueError(f"{fmt} is not a text format; use write()")


def write(bib: Bibliography, fmt: str, path) -> Path:
    """Write ``bib`` as ``fmt`` to ``path`` through a temporary file moved into place, so a
    failure never leaves half a file. Returns the path written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    path = Path(path)
    if fmt == "docx":
        from app.bibliography_formats.docx_file import write_docx
        atomic_write(path, lambda tmp: write_docx(bib, tmp))
    elif fmt == "pdf":
        from app.bibliography_formats.pdf_file import write_pdf
        atomic_write(path, lambda tmp: write_pdf(bib, tmp))
    else:
        text = render(bib, fmt)
        atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
    return path


def default_file_name(title: str, fmt: str) -> str:
    """A safe file name for a bibliography called ``title``: "Workshop Feb.docx"."""
    return safe_file_name(title or "bibliography") + FORMATS[fmt]
