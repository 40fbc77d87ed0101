"""Building one record from any format, with the problems found on the way.

Every reader feeds values into a :class:`RecordBuilder` (title, names, dates, vocabulary values,
"other" fields); ``finish()`` gives a :class:`ParsedRecord`: the RecordData as it will be stored,
its line in the file, and readable problems. Values with no home in our model are kept as
"Label: value" lines in the internal notes, never dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import fields as f
from app.transfer.formats.vocabulary import ImportContext
from db.records import ORGANIZATION_ROLES, OrganizationRef, RecordData

UNTITLED = "[untitled]"
MAX_YEAR = 2999


@dataclass
class ParsedRecord:
    data: RecordData
    line: int | None = None                 # first line of the record in the file (1-based)
    problems: list[str] = field(default_factory=list)
    error: str | None = None                # set: this record cannot be imported
    full: bool = False                      # carries every field (own formats): update replaces all
    history: list[dict] = field(default_factory=list)       # native JSON: change_log rows
    attachments: list[dict] = field(default_factory=list)   # packages: attachment rows
    sync_base: str | None = None            # packages: fingerprint when the sides last met
    relations: list[dict] = field(default_factory=list)     # native JSON: links from this record
    links_base: list[tuple[str, str]] | None = None        # packages: links (kind, uid) when the sides last met


@dataclass
class ParsedFile:
    format: str
    records: list[ParsedRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)     # about the file as a whole
    columns: list[str] = field(default_factory=list)      # CSV/XLSX headers
    mapping: dict[str, str] = field(default_factory=dict)  # CSV/XLSX column -> target
    reading_lists: list[dict] = field(default_factory=list)  # native JSON
    organizations: list[dict] = field(default_factory=list)  # native JSON: name, acronym
    types: list[dict] = field(default_factory=list)          # native JSON: name, csl_type
    sheets: list[str] = field(default_factory=list)          # XLSX: the workbook's sheet names


class RecordBuilder:
    """Collects one record's values; lists keep order and drop repeats."""

    def __init__(self, ctx: ImportContext, line: int | None = None):
        self.ctx = ctx
        self.line = line
        self.data = RecordData(title="")
        self.problems: list[str] = []
        self._other: list[tuple[str, str]] = []
        self._notes: list[str] = []

    # ---- plain fields ----
    def set(self, name: str, value, block: bool = False) -> None:
        """Set a text field if it is still empty; a second, different value goes to the notes."""
        value = f.clean_block(value) if block else f.clean(value)
        if not value:
            return
        current = getattr(self.data, name)
        if not current:
            setattr(self.data, name, value)
        elif current != value:
            self.other(name.replace("_", " ").capitalize(), value)

    def title(self, value) -> None:
        self.set("title", value)

    def summary(self, value) -> None:
        self.set("summary", value, block=True)

    def note(self, value) -> None:
        value = f.clean_block(value)
        if value and value not in self._notes:
            self._notes.append(value)

    def other(self, label: str, value) -> None:
        """A value with no home in our model: kept in the notes as "label: value"."""
        value = f.clean_block(value) if isinstance(value, str) else f.clean(value)
        if value and (label, value) not in self._other:
            self._other.append((label, value))

    def url(self, value) -> None:
        """A link; what is no link ("<Go to ISI>://WOS:...", "on request") is kept in the notes."""
        for url in f.split_urls(f.clean_block(value)) if value else []:
            if not f.is_link(url):
                self.other("URL", url)
            elif not self.data.url:
                self.data.url = url
            elif url != self.data.url:
                self.other("URL", url)

    def doi(self, value) -> None:
        self.set("doi", f.normalise_doi(value))

    def standard_number(self, value, kind: str = "") -> None:
        """An ISBN or ISSN (RIS SN, BibTeX isbn/issn): the first ISBN is kept, the rest noted."""
        for number in f.split_identifiers(f.clean(value)):
            found = kind or f.identifier_kind(number)
            if found == "isbn" and not self.data.isbn:
                self.data.isbn = number
            else:
                self.other(found.upper() or "Standard number", number)

    def pages(self, start, end=None) -> None:
        self.set("pages", f.pages(start, end))

    # ---- dates ----
    def date(self, value) -> None:
        """A date in any common spelling; a second date (RIS PY then DA) may add month and day."""
        text = f.clean(value)
        if not text:
            return
        year, month, day, ok = f.parse_date(text)
        data = self.data
        if not ok and data.year is not None and data.month is None and f.month_in(text):
            data.month, data.day = f.month_in(text), f.day_in(text)   # PY 2019, then DA "Mar 1"
            return
        if not ok or year is None or year > MAX_YEAR:
            self.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "cannot read a year in {value} (kept in the notes)"),
                                         value=repr(text)))
            self.other("Date", text)
            return
        if data.year is None:
            data.year, data.month, data.day = year, month, day
        elif year != data.year:
            self.other("Date", text)
        elif data.month is None and month:
            data.month, data.day = month, day
        elif data.month == month and data.day is None and day:
            data.day = day
        elif month and (month, day) != (data.month, data.day):
            self.other("Date", text)

    def month(self, value) -> None:
        number = f.month_number(value)
        if number and self.data.month is None:
            self.data.month = number
        elif f.clean(value) and number is None:
            self.other("Month", value)

    def day(self, value) -> None:
        text = f.clean(value)
        if text.isdigit() and 1 <= int(text) <= 31 and self.data.day is None:
            self.data.day = int(text)
        elif text:
            self.other("Day", text)

    # ---- people and organizations ----
    def author(self, name, literal: bool = False) -> None:
        """A creator: a person, or an organization if it reads like one (a literal name such as
        "World Bank", or one the catalogue knows)."""
        name = f.clean(name).strip(" ;")
        if not name:
            return
        if (literal or "," not in name) and self.ctx.is_organization(name):
            self.organization(self.ctx.organization(name) or name, "author")
            return
        # Kept as the file lists them, repeats included: two authors may share a name.
        self.data.authors.append(name if literal else f.person_name(name))

    def person(self, name) -> None:
        """A personal author exactly as our own export wrote it (no reordering, no guessing)."""
        name = f.clean(name)
        if name:
            self.data.authors.append(name)

    def organization(self, name, role: str = "author") -> None:
        name = f.clean(name)
        if not name:
            return
        if role not in ORGANIZATION_ROLES:
            role = "author"
        name = self.ctx.organization(name) or name
        ref = OrganizationRef(name, role)
        if ref not in self.data.organizations:
            self.data.organizations.append(ref)

    def editor(self, name) -> None:
        """Editors: organizations keep the editor role; a person has no place, so goes to notes."""
        name = f.clean(name)
        if name and self.ctx.is_organization(name):
            self.organization(name, "editor")
        elif name:
            self.other("Editor", name)

    def publisher(self, name) -> None:
        if f.clean(name):
            self.organization(name, "publisher")

    # ---- vocabularies ----
    def type(self, value, *, ris_code: str = "") -> None:
        """The record type from a type name (ours, CSL, BibTeX, a synonym) and/or a RIS code."""
        if self.data.type:
            return
        text, ctx = f.clean(value), self.ctx
        by_code = ctx.ris_type(ris_code) if ris_code else None
        by_name = ctx.type_name(text) if text else None
        if by_name and by_code and by_name != by_code and ctx.ris_code_for(by_name) != ris_code.strip().upper():
            found = by_code                      # "M3 - Article" under "TY - JOUR"
            self.other("Type", text)
        elif by_name:
            found = by_name
        elif text and ctx.create_types:
            found = text
        else:
            found = by_code
            if text:
                self.other("Type", text)
        code = ris_code.strip().upper()
        # The file's own RIS type is kept whenever our type would not be written back as it
        # (TY - CONF read as "Conference paper", which we write as CPAPER; TY - PAT, no type).
        if code and code != "GEN" and (found is None or ctx.ris_code_for(found) != code):
            self.other("RIS type", code)
        self.data.type = found

    def country(self, value) -> None:
        text = f.clean(value)
        if not text:
            return
        code = self.ctx.country(text)
        if code is None:
            self.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "unknown country {value} (kept in the notes)"),
                                         value=repr(text)))
            self.other("Country", text)
        elif code not in self.data.countries:
            self.data.countries.append(code)

    def language(self, value) -> None:
        text = f.clean(value)
        if not text:
            return
        code = self.ctx.language(text)
        if code is None:
            self.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "unknown language {value} (kept in the notes)"),
                                         value=repr(text)))
            self.other("Language", text)
        elif code not in self.data.languages:
            self.data.languages.append(code)

    def theme(self, value) -> None:
        _add(self.data.themes, f.clean(value))

    def region(self, value) -> None:
        _add(self.data.regions, f.clean(value))

    def keyword(self, value) -> None:
        """A keyword; "theme:X", "region:X", "country:X" and "language:X" (as our RIS export writes
        them) go to their own fields."""
        text = f.clean(value)
        if not text:
            return
        if ":" in text:
            prefix, _, rest = text.partition(":")
            target = _PREFIXED.get(prefix.strip().lower())
            if target and rest.strip():
                getattr(self, target)(rest.strip())
                return
        _add(self.data.keywords, text)

    # ---- result ----
    def finish(self, error: str | None = None) -> ParsedRecord:
        data = self.data
        if error is None and not data.title and self._is_empty():
            # e.g. {"no": "title"} in a JSON list: not a record; an empty "[untitled]" helps nobody.
            labels = ", ".join(dict.fromkeys(label for label, _ in self._other))
            error = (message(QT_TRANSLATE_NOOP("ImportProblem", "not a record: no title and no field this app knows "
                                                                "(only {labels})"), labels=labels[:200]) if labels else
                     message(QT_TRANSLATE_NOOP("ImportProblem", "not a record: no title and no field this app knows")))
        if not data.title:
            data.title = UNTITLED
            self.problems.insert(0, message(QT_TRANSLATE_NOOP("ImportProblem", "no title: stored as {title}"), title=UNTITLED))
        notes = list(self._notes)
        # A line the notes already hold (our own export wrote it there) is not added twice.
        written = {line for note in notes for line in note.split("\n")}
        other = [line for line in (f"{label}: {value}" for label, value in self._other) if line not in written]
        if other:
            notes.append("\n".join(other))
        data.notes = "\n".join(n for n in notes if n)
        return ParsedRecord(data=data, line=self.line, problems=self.problems, error=error)


    def _is_empty(self) -> bool:
        blank = RecordData(title="")
        return not self._notes and all(getattr(self.data, name) == getattr(blank, name)
                                       for name in _CONTENT_FIELDS)


_CONTENT_FIELDS = ("summary", "type", "year", "url", "isbn", "doi", "publisher_ref", "container_title", "volume",
                   "issue", "pages", "authors", "organizations", "countries", "regions", "themes", "languages",
                   "keywords")


# Keywords of the form "theme:X" (our RIS export): the builder method that takes X.
_PREFIXED = {"theme": "theme", "region": "region", "country": "country", "language": "language"}


def _add(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)
