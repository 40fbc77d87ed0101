"""Plain data passed in and out of the persistence layer (no peewee objects leak out)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

ORGANIZATION_ROLES = ("author", "publisher", "editor", "funder")


@dataclass
class OrganizationRef:
    name: str
    role: str = "author"


@dataclass
class RecordData:
    """One resource as the app sees it. Vocabulary values are names (countries and languages: codes)."""
    title: str
    uid: str = ""
    summary: str = ""
    type: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    url: str = ""
    isbn: str = ""
    doi: str = ""
    publisher_ref: str = ""
    container_title: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    notes: str = ""
    authors: list[str] = field(default_factory=list)
    organizations: list[OrganizationRef] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)   # ISO 3166-1 alpha-2
    regions: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)   # ISO 639 code (alpha-2 where one exists)
    keywords: list[str] = field(default_factory=list)
    added_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    version: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    def evolve(self, **changes) -> "RecordData":
        """A copy with ``changes``: dataclasses.replace without calling __init__ again (a tenth of its
        time; a bulk edit of 10,000 records makes five copies of each)."""
        unknown = changes.keys() - _RECORD_FIELDS
        if unknown:
            raise TypeError(f"RecordData has no field {sorted(unknown)[0]!r}")
        new = RecordData.__new__(RecordData)
        values = new.__dict__
        values.update(self.__dict__)
        values.update(changes)
        return new

    @classmethod
    def from_dict(cls, data: dict) -> "RecordData":
        data = dict(data)
        data["organizations"] = [o if isinstance(o, OrganizationRef) else OrganizationRef(**o)
                                 for o in data.get("organizations") or []]
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


_RECORD_FIELDS = frozenset(RecordData.__dataclass_fields__)


@dataclass
class RowData:
    """What the resource table shows for one record."""
    id: int
    uid: str
    title: str
    type: str
    year: int | None
    organizations: str
    countries: str
    languages: str
    themes: str
    added_at: str
    deleted_at: str | None = None
