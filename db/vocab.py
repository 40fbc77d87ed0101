"""Controlled vocabularies: loading, lookups and get-or-create, by name, code or acronym."""
from __future__ import annotations

from db import models as m
from db.textfold import fold

FACET_MODELS = {
    "type": m.ResourceType,
    "theme": m.Theme,
    "region": m.Region,
    "country": m.Country,
    "language": m.Language,
    "organization": m.Organization,
    "keyword": m.Keyword,
}


def vocabulary(facet: str, include_retired: bool = False) -> list[dict]:
    """All values of one vocabulary as dicts: id, name and (where the list has them) code/acronym."""
    model = FACET_MODELS[facet]
    query = model.select()
    if hasattr(model, "retired") and not include_retired:
        query = query.where(model.retired == False)  # noqa: E712
    out = []
    for row in query.dicts():
        out.append(row)
    out.sort(key=lambda r: (r.get("position", 0), fold(r["name"])))
    return out


def lookup_index(facet: str) -> dict[str, int]:
    """Folded name, code, alpha-3, acronym and common name -> id, for one vocabulary."""
    model = FACET_MODELS[facet]
    index: dict[str, int] = {}
    for row in model.select().dicts():
        for key in ("name", "code", "alpha3", "acronym", "common_name"):
            value = row.get(key)
            if value:
                index.setdefault(fold(value), row["id"])
    return index


def names_by_id(facet: str) -> dict[int, str]:
    model = FACET_MODELS[facet]
    key = model.code if facet in ("country", "language") else model.name
    return {row_id: value for row_id, value in model.select(model.id, key).tuples()}


def labels_by_id(facet: str) -> dict[int, str]:
    """Display labels: a country's or language's name, everything else its name."""
    model = FACET_MODELS[facet]
    if facet == "country":
        return {i: (common or name) for i, name, common in
                model.select(model.id, model.name, model.common_name).tuples()}
    return {i: name for i, name in model.select(model.id, model.name).tuples()}


def get_or_create(facet: str, name: str, cache: dict[str, int] | None = None) -> int:
    """Id of the value named ``name`` (matched folded, also by code/acronym), created if missing.

    Only for open-ended lists (type, theme, region, organization, keyword); countries and languages
    are ISO lists and must already exist.
    """
    key = fold(name)
    if cache is not None and key in cache:
        return cache[key]
    model = FACET_MODELS[facet]
    index = cache if cache is not None else lookup_index(facet)
    if key in index:
        return index[key]
    row_id = model.insert(name=name.strip()).execute()
    index[key] = row_id
    return row_id


def load_vocabularies(database, types, themes, regions, countries, languages, organizations) -> None:
    """Insert the given vocabulary values that are missing (never renames or removes anything)."""
    with database.atomic():
        for pos, t in enumerate(types):
            m.ResourceType.insert(name=t["name"], csl_type=t.get("csl_type", "report"), position=pos) \
                .on_conflict_ignore().execute()
        for name in themes:
            m.Theme.insert(name=name).on_conflict_ignore().execute()
        for batch_start in range(0, len(countries), 100):
            m.Country.insert_many(countries[batch_start:batch_start + 100]).on_conflict_ignore().execute()
        for batch_start in range(0, len(languages), 100):
            m.Language.insert_many(languages[batch_start:batch_start + 100]).on_conflict_ignore().execute()
        for org in organizations:
            m.Organization.insert(name=org["name"], acronym=org.get("acronym", "")).on_conflict_ignore().execute()
        country_ids = {code: cid for cid, code in m.Country.select(m.Country.id, m.Country.code).tuples()}
        for region in regions:
            m.Region.insert(name=region["name"], code=region.get("code", "")).on_conflict_ignore().execute()
            rid = m.Region.get(m.Region.name == region["name"]).id
            rows = [{"region": rid, "country": country_ids[c]} for c in region.get("members", [])]
            if rows:
                m.RegionMember.insert_many(rows).on_conflict_ignore().execute()


def value_id(facet: str, name: str) -> int | None:
    """The id of the value called exactly ``name``, or None."""
    model = FACET_MODELS[facet]
    row = model.select(model.id).where(model.name == name).tuples().first()
    return row[0] if row else None


def value_names(facet: str) -> list[tuple[int, str]]:
    """(id, name) of every value of one vocabulary, retired ones included."""
    model = FACET_MODELS[facet]
    return list(model.select(model.id, model.name).tuples())


def insert_value(facet: str, **columns) -> None:
    """Add a value to one vocabulary (``columns``: name, and code, acronym or position)."""
    FACET_MODELS[facet].insert(**columns).execute()


def value_labels(facet: str) -> dict[int, tuple[str, str]]:
    """id -> (query value, label) for one vocabulary: a country by its common name, an
    organization by its acronym with its full name shown."""
    return {i: (value, label) for i, (value, label, _) in value_label_rows(facet).items()}


def value_label_rows(facet: str) -> dict[int, tuple[str, str, str | None]]:
    """id -> (query value, English label, key of its translated label): the key is the ISO code
    for a country or a language, the name for the other vocabularies, None for an organization
    (shown as it calls itself)."""
    model = FACET_MODELS[facet]
    out: dict[int, tuple[str, str, str | None]] = {}
    if facet == "country":
        for i, name, common, code in model.select(model.id, model.name, model.common_name, model.code).tuples():
            out[i] = (common or name, common or name, code)
    elif facet == "language":
        for i, name, code in model.select(model.id, model.name, model.code).tuples():
            out[i] = (name, name, code)
    elif facet == "organization":
        for i, name, acronym in model.select(model.id, model.name, model.acronym).tuples():
            out[i] = (acronym or name, f"{name} ({acronym})" if acronym else name, None)
    else:
        for i, name in model.select(model.id, model.name).tuples():
            out[i] = (name, name, name)
    return out


def snapshot() -> dict:
    """Every vocabulary as plain data, for the other side of a sync."""
    countries = {c.id: c.code for c in m.Country.select(m.Country.id, m.Country.code)}
    members: dict[int, list[str]] = {}
    for rm in m.RegionMember.select(m.RegionMember.region, m.RegionMember.country).tuples():
        members.setdefault(rm[0], []).append(countries[rm[1]])
    return {
        "types": [{"name": t.name, "csl_type": t.csl_type}
                  for t in m.ResourceType.select().order_by(m.ResourceType.position)],
        "themes": [t.name for t in m.Theme.select(m.Theme.name)],
        "regions": [{"name": r.name, "code": r.code, "members": members.get(r.id, [])}
                    for r in m.Region.select()],
        "countries": list(m.Country.select(m.Country.code, m.Country.alpha3, m.Country.name,
                                           m.Country.common_name).dicts()),
        "languages": list(m.Language.select(m.Language.code, m.Language.alpha3, m.Language.name).dicts()),
        "organizations": [{"name": o.name, "acronym": o.acronym} for o in m.Organization.select()],
    }


def region_members() -> dict[str, list[str]]:
    """Region name -> the alpha-2 codes of its member countries (a published page needs them to
    show a region with its countries, and to match a record tagged only with a member country)."""
    rows = (m.RegionMember.select(m.Region.name, m.Country.code)
            .join(m.Region, on=(m.RegionMember.region == m.Region.id))
            .switch(m.RegionMember).join(m.Country, on=(m.RegionMember.country == m.Country.id))
            .order_by(m.Region.name, m.Country.code).tuples())
    out: dict[str, list[str]] = {}
    for region, code in rows:
        out.setdefault(region, []).append(code)
    return out
