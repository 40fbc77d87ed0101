"""peewee models: the catalogue's tables. Fields and tiny helpers only; queries live in queries.py."""
from __future__ import annotations

from peewee import (
    AutoField, BlobField, BooleanField, CharField, CompositeKey, ForeignKeyField, IntegerField, Model,
    TextField,
)

from db.binding import ThreadBoundProxy

# The open catalogue's database; db.binding explains the per-thread override a sync uses.
database = ThreadBoundProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class CatalogueMeta(BaseModel):
    """Key/value facts about the catalogue itself: application marker, schema version, seed state."""
    key = CharField(primary_key=True)
    value = TextField()


# ---- controlled vocabularies -------------------------------------------------------------------

class ResourceType(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    csl_type = CharField(default="report")  # how reference-manager formats name it
    position = IntegerField(default=0)
    retired = BooleanField(default=False)


class Theme(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    retired = BooleanField(default=False)


class Country(BaseModel):
    """ISO 3166-1 countries; ``code`` is alpha-2."""
    id = AutoField()
    code = CharField(unique=True, max_length=2)
    alpha3 = CharField(unique=True, max_length=3)
    name = CharField()
    common_name = CharField(default="")  # e.g. "Viet Nam" is ISO, "Vietnam" common
    retired = BooleanField(default=False)


class Region(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    code = CharField(default="")  # short form users type: "ASEAN", "GCC"
    retired = BooleanField(default=False)


class RegionMember(BaseModel):
    region = ForeignKeyField(Region, on_delete="CASCADE", index=False)
    country = ForeignKeyField(Country, on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("region", "country")
        without_rowid = True


class Language(BaseModel):
    """ISO 639 languages; ``code`` is the alpha-2 code where one exists, else alpha-3."""
    id = AutoField()
    code = CharField(unique=True, max_length=3)
    alpha3 = CharField(max_length=3)
    name = CharField()
    retired = BooleanField(default=False)


class Organization(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    acronym = CharField(default="")
    retired = BooleanField(default=False)


class Keyword(BaseModel):
    """Free keywords: not a controlled list, but stored once each so they can be counted."""
    id = AutoField()
    name = CharField(unique=True)


# ---- resources ---------------------------------------------------------------------------------

class Resource(BaseModel):
    """One catalogued resource. Contract for every writer: any change to a record's values, its
    many-valued links included, also updates this row (version + 1, updated_at). Sync, history and the
    readers' caches (see schema.GENERATION_SQL) rely on it."""
    id = AutoField()
    uid = CharField(unique=True, max_length=36)
    title = TextField()
    title_sort = TextField(default="")
    summary = TextField(default="")
    type = ForeignKeyField(ResourceType, null=True, on_delete="SET NULL", index=False)
    year = IntegerField(null=True)
    month = IntegerField(null=True)
    day = IntegerField(null=True)
    url = TextField(default="")
    isbn = CharField(default="")
    doi = CharField(default="")
    publisher_ref = CharField(default="")
    container_title = TextField(default="")
    volume = CharField(default="")
    issue = CharField(default="")
    pages = CharField(default="")
    notes = TextField(default="")
    added_at = CharField()
    updated_at = CharField()
    deleted_at = CharField(null=True)
    version = IntegerField(default=1)

    class Meta:
        # Every list query filters on deleted_at IS NULL first; these make the common sorts index scans.
        indexes = (
            (("deleted_at", "added_at"), False),
            (("deleted_at", "title_sort"), False),
            (("deleted_at", "year"), False),
            (("deleted_at", "type"), False),  # covering index for the type facet's GROUP BY
            # Narrow copy of the facts facets count, so counting over a set of ids never reads the
            # wide rows (summaries): see queries.FACTS_INDEX.
            (("id", "deleted_at", "type", "year"), False),
        )


class ResourceAuthor(BaseModel):
    """Personal authors in order ("Family, Given"); organizations as authors are in ResourceOrganization."""
    resource = ForeignKeyField(Resource, on_delete="CASCADE", index=False)
    position = IntegerField()
    name = TextField()

    class Meta:
        primary_key = CompositeKey("resource", "position")
        without_rowid = True


class ResourceOrganization(BaseModel):
    resource = ForeignKeyField(Resource, on_delete="CASCADE", index=False)
    organization = ForeignKeyField(Organization, on_delete="CASCADE", index=False)
    role = CharField(default="author")  # author | publisher | editor | funder
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("resource", "organization", "role")
        without_rowid = True
        indexes = ((("organization", "resource"), False),)


def _link(value_model, name: str):
    """A many-to-many link table between Resource and one vocabulary, indexed both ways."""
    attrs = {
        # The primary key and the reverse index cover both lookups: no per-column FK indexes.
        "resource": ForeignKeyField(Resource, on_delete="CASCADE", index=False),
        name: ForeignKeyField(value_model, on_delete="CASCADE", index=False),
        "Meta": type("Meta", (), {
            "primary_key": CompositeKey("resource", name),
            "without_rowid": True,
            "indexes": (((name, "resource"), False),),
        }),
    }
    return type(f"Resource{value_model.__name__}", (BaseModel,), attrs)


ResourceCountry = _link(Country, "country")
ResourceRegion = _link(Region, "region")
ResourceTheme = _link(Theme, "theme")
ResourceLanguage = _link(Language, "language")
ResourceKeyword = _link(Keyword, "keyword")
# Derived, kept by db.writes: a record matches a region if tagged with it or with a member country.
# Kept as a table so that region filters and counts cost what a theme's do.
ResourceRegionMatch = type("ResourceRegionMatch", (BaseModel,), {
    "resource": ForeignKeyField(Resource, on_delete="CASCADE", index=False),
    "region": ForeignKeyField(Region, on_delete="CASCADE", index=False),
    "Meta": type("Meta", (), {"primary_key": CompositeKey("resource", "region"), "without_rowid": True,
                              "indexes": ((("region", "resource"), False),)}),
})


class ChangeLog(BaseModel):
    """History: one row per changed field (or per create/delete/restore/merge), newest last.

    ``batch`` groups the rows of one user action (a save, a bulk edit, an import) so history can
    show and undo it as one step. Values are JSON text so lists and numbers keep their shape.
    """
    id = AutoField()
    resource_uid = CharField(max_length=36, index=True)
    changed_at = CharField()
    user = CharField(default="")
    action = CharField()          # create | update | delete | restore | merge | purge | import
    field = CharField(default="")
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    version = IntegerField(default=0)
    batch = CharField(default="", index=True)


class Attachment(BaseModel):
    """A file copied into the catalogue's attachments folder; ``path`` is relative to that folder."""
    id = AutoField()
    uid = CharField(unique=True, max_length=36)
    resource = ForeignKeyField(Resource, on_delete="CASCADE", index=True)
    file_name = TextField()
    path = TextField()
    sha256 = CharField(max_length=64)
    size = IntegerField(default=0)
    added_at = CharField()
    deleted_at = CharField(null=True)


class ReadingList(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, max_length=36)
    name = CharField(unique=True)
    description = TextField(default="")
    position = IntegerField(default=0)
    created_at = CharField()
    updated_at = CharField()


class ReadingListItem(BaseModel):
    reading_list = ForeignKeyField(ReadingList, on_delete="CASCADE", index=False)
    resource = ForeignKeyField(Resource, on_delete="CASCADE", index=False)
    position = IntegerField()
    note = TextField(default="")

    class Meta:
        primary_key = CompositeKey("reading_list", "resource")
        without_rowid = True
        indexes = ((("resource", "reading_list"), False), (("reading_list", "position"), False))


class NotDuplicate(BaseModel):
    """A pair the librarian said is not a duplicate (uids in sorted order), never proposed again."""
    uid_a = CharField(max_length=36)
    uid_b = CharField(max_length=36)
    decided_at = CharField()

    class Meta:
        primary_key = CompositeKey("uid_a", "uid_b")
        without_rowid = True


class SavedSearch(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    query = TextField()
    position = IntegerField(default=0)


# ---- sync between an offline copy and the shared catalogue (schema v3; see app/sync/service.py) ---------

class SyncState(BaseModel):
    """On an offline copy: what both sides agreed on at the last sync, per record or reading list.

    ``kind`` is "resource" or "list". For records the versions decide who changed since (each side
    bumps its own); for lists, which have no version, ``fingerprint`` (a hash of the content) does.
    A row whose record has gone from one side is how a removal for good is noticed and passed on.
    """
    kind = CharField()
    uid = CharField(max_length=36)
    local_version = IntegerField(default=0)
    remote_version = IntegerField(default=0)
    fingerprint = CharField(default="")
    synced_at = CharField()

    class Meta:
        primary_key = CompositeKey("kind", "uid")
        without_rowid = True


class SyncConflict(BaseModel):
    """On an offline copy: a record changed on both sides since they last agreed; listed until the
    librarian chooses. ``remote`` is the shared catalogue's version as JSON (RecordData fields)."""
    uid = CharField(primary_key=True, max_length=36)
    local_version = IntegerField()
    remote_version = IntegerField()
    remote = TextField()
    detected_at = CharField()


class SyncLog(BaseModel):
    """One row per sync run: when, with which server (address without password), what moved."""
    id = AutoField()
    started_at = CharField()
    finished_at = CharField(null=True)
    remote = TextField(default="")
    mode = CharField(default="sync")      # sync | pull
    pushed = IntegerField(default=0)
    pulled = IntegerField(default=0)
    removed = IntegerField(default=0)
    conflicts = IntegerField(default=0)
    status = CharField(default="running")  # running | ok | failed (an interrupted run stays running)
    message = TextField(default="")


class AttachmentBlob(BaseModel):
    """Attachment file contents, by SHA-256. A catalogue on a server has no folder beside it that
    every librarian can reach, so its attachments are kept here; a file catalogue keeps its files in
    the attachments folder and leaves this table empty."""
    sha256 = CharField(primary_key=True, max_length=64)
    content = BlobField()
    size = IntegerField(default=0)


# ---- relations between records (schema v7; see db/relations.py) ---------------------------------------

class ResourceRelation(BaseModel):
    """A link between two records, by uid: ``subject`` is part of / a language version of / replaces /
    is related to ``target``. One row a link; the other direction is read from the same row. By uid,
    not id, so a link to a record this catalogue does not hold yet (a sync or an import brings it
    later) is kept, and links stay while a record is in the trash. ``number`` is the place in a
    series ("3", "2022 Q1"); ``position`` orders a series' parts when the librarian reorders them."""
    subject_uid = CharField(max_length=36)
    kind = CharField(max_length=16)      # series | version | replaces | related
    target_uid = CharField(max_length=36)
    number = CharField(default="")
    position = IntegerField(default=0)
    added_at = CharField()

    class Meta:
        primary_key = CompositeKey("subject_uid", "kind", "target_uid")
        without_rowid = True
        indexes = ((("target_uid", "kind"), False),)


RELATION_MODELS = (ResourceRelation,)
SYNC_MODELS = (SyncState, SyncConflict, SyncLog, AttachmentBlob)
VOCABULARY_MODELS = (ResourceType, Theme, Country, Region, RegionMember, Language, Organization, Keyword)
RESOURCE_MODELS = (Resource, ResourceAuthor, ResourceOrganization, ResourceCountry, ResourceRegion,
                   ResourceTheme, ResourceLanguage, ResourceKeyword, ResourceRegionMatch)
FEATURE_MODELS = (ChangeLog, Attachment, ReadingList, ReadingListItem, NotDuplicate, SavedSearch)
ALL_MODELS = (CatalogueMeta, *VOCABULARY_MODELS, *RESOURCE_MODELS, *FEATURE_MODELS, *SYNC_MODELS, *RELATION_MODELS)
