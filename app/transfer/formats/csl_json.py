"""CSL-JSON (Zotero, Better BibTeX, pandoc, citeproc) and CSL-YAML, in and out.

CSL has no field for our countries, regions and themes; our export keeps them, and the exact
lists and roles, in the item's ``custom`` object (the CSL-JSON schema's place for additional
data), which other tools ignore. Dates come as ``date-parts`` (strings or numbers, ranges,
seasons 13-16 or 21-24), ``raw`` or ``literal``.
"""
from __future__ import annotations

import json
import re

from app.text import QT_TRANSLATE_NOOP, message
from app.transfer.formats import case_protection as protection
from app.transfer.formats import fields as f
from app.transfer.formats.builder import ParsedFile, RecordBuilder
from app.transfer.formats.errors import FormatError, at_line
from app.transfer.formats.limits import MAX_NESTING, NOT_JSON, TOO_DEEP, check_json_nesting, json_decoder, loads_json
from app.transfer.formats.vocabulary import ExportContext, ImportContext
from db.records import RecordData

_SEASONS = {13: "spring", 14: "summer", 15: "autumn", 16: "winter",
            21: "spring", 22: "summer", 23: "autumn", 24: "winter"}
_OTHER_DATES = {"accessed": "Accessed", "original-date": "Original date", "submitted": "Submitted",
                "available-date": "Available", "event-date": "Event date"}
_HANDLED = {
    "id", "citation-key", "type", "genre", "title", "author", "editor", "issued", "container-title",
    "volume", "issue", "page", "number", "publisher", "DOI", "URL", "ISBN", "ISSN", "abstract",
    "note", "language", "keyword", "custom", *_OTHER_DATES,
}
_CREATORS = {"collection-editor", "composer", "container-author", "contributor", "director",
             "editorial-director", "illustrator", "interviewer", "original-author", "recipient",
             "reviewed-author", "translator", "script-writer", "chair", "compiler", "curator",
             "executive-producer", "guest", "host", "narrator", "organizer", "performer", "producer"}


# ---- reading -------------------------------------------------------------------------------------

def read(text: str, ctx: ImportContext, source: str = "the file", yaml_text: bool = False) -> ParsedFile:
    items = _yaml_items(text, source) if yaml_text else _json_items(text, source)
    parsed = ParsedFile("csljson")
    for line, item in items:
        builder = RecordBuilder(ctx, line)
        if not isinstance(item, dict):
            parsed.records.append(builder.finish(error=at_line(line, QT_TRANSLATE_NOOP(
                "ImportProblem", "not a CSL item (an object was expected)"))))
            continue
        _item_record(builder, item)
        parsed.records.append(builder.finish())
    return parsed


def _json_items(text: str, source: str) -> list[tuple[int | None, object]]:
    """Items with the line each starts on: the array is decoded one element at a time."""
    check_json_nesting(text, source)
    decoder = json_decoder(source)
    start = len(text) - len(text.lstrip())
    try:
        if text[start:start + 1] != "[":
            data = loads_json(text, source)
            items = data.get("items") or data.get("references") if isinstance(data, dict) else None
            if items is None:
                items = [data]
            return [(None, item) for item in items]
        items, pos = [], start + 1
        while True:
            pos = _skip_space(text, pos)
            if text[pos:pos + 1] == "]":
                return items
            item, end = decoder.raw_decode(text, pos)
            items.append((text.count("\n", 0, pos) + 1, item))
            pos = _skip_space(text, end)
            if text[pos:pos + 1] == ",":
                pos += 1
            elif text[pos:pos + 1] != "]":
                raise json.JSONDecodeError("expected ',' or ']'", text, pos)
    except json.JSONDecodeError as exc:
        raise FormatError(message(NOT_JSON, source=source, line=exc.lineno, error=exc.msg), line=exc.lineno) from None
    except RecursionError:
        raise FormatError(message(TOO_DEEP, source=source)) from None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _yaml_items(text: str, source: str) -> list[tuple[int | None, object]]:
    import yaml
    loader = _loader_without_aliases(yaml)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return []
        seq = node
        if isinstance(node, yaml.MappingNode):
            seq = next((v for k, v in node.value if k.value in ("references", "items")), None)
        if not isinstance(seq, yaml.SequenceNode):
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: no list of references found (expected "
                                                                       "'references:')"), source=source), line=1)
        return [(n.start_mark.line + 1, loader.construct_document(n)) for n in seq.value]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}, line {line}: not valid YAML ({error})"),
                                  source=source, line=line, error=str(getattr(exc, "problem", exc))), line=line) from None
    except RecursionError:
        raise FormatError(message(TOO_DEEP, source=source)) from None
    except FormatError as exc:
        said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}, {error}"), source=source, error=said),
                          line=exc.line) from None
    except ValueError as exc:   # an integer of thousands of digits
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: {error}"), source=source,
                                  error=str(exc).split(";")[0])) from None
    finally:
        loader.dispose()


def _loader_without_aliases(yaml):
    """A safe loader that refuses aliases (``*name``) and nesting beyond MAX_NESTING. CSL-YAML never
    needs an alias, and nine of them nested nine deep make a 430-byte file expand to gigabytes."""
    class Loader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise FormatError(at_line(mark.line + 1, QT_TRANSLATE_NOOP(
                    "FormatError", "YAML aliases (*name) are not accepted in a bibliography file; write the values out")),
                    line=mark.line + 1)
            self.depth += 1
            try:
                if self.depth > MAX_NESTING:
                    raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "nested more than {limit} levels deep; a "
                                                                           "bibliography never is"), limit=MAX_NESTING))
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1
    return Loader


def _text(value) -> str:
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value) if value is not None else ""


def _name(person: dict) -> tuple[str, bool]:
    """("Family, Given", False) or (literal name, True)."""
    if "literal" in person:
        return _text(person["literal"]), True
    family = " ".join(_text(person.get(k)) for k in ("non-dropping-particle", "family") if person.get(k))
    given = " ".join(_text(person.get(k)) for k in ("given", "dropping-particle") if person.get(k))
    if person.get("suffix"):
        given = f"{given}, {_text(person['suffix'])}" if given else _text(person["suffix"])
    if family and given:
        return f"{family}, {given}", False
    return family or given, True


def _date(b: RecordBuilder, value) -> None:
    if isinstance(value, str):
        b.date(value)
        return
    if isinstance(value, list):            # CSL-YAML: [{year, month, day}, ...] for a range
        value = {"date-parts": [[d.get(k) for k in ("year", "month", "day") if d.get(k) is not None]
                                for d in value if isinstance(d, dict)]}
    elif isinstance(value, dict) and "year" in value:
        value = {"date-parts": [[value.get(k) for k in ("year", "month", "day") if value.get(k) is not None]]}
    if not isinstance(value, dict):
        return
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0]:
        first = [p for p in parts[0] if p not in (None, "")]
        try:
            numbers = [int(str(p).strip()) for p in first]
        except ValueError:
            b.date(" ".join(str(p) for p in first))
            return
        if not numbers:
            return
        year = numbers[0]
        if year < 1000 or year > 2999:
            b.problems.append(message(QT_TRANSLATE_NOOP("ImportProblem", "unusual year {year} (kept in the notes)"), year=year))
            b.other("Date", json.dumps(parts))
            return
        b.data.year = b.data.year or year
        if len(numbers) > 1 and numbers[1] in _SEASONS:
            b.other("Season", _SEASONS[numbers[1]])
        elif len(numbers) > 1 and 1 <= numbers[1] <= 12:
            b.data.month = numbers[1]
            if len(numbers) > 2 and 1 <= numbers[2] <= 31:
                b.data.day = numbers[2]
        if len(parts) > 1:
            b.other("Date range ends", "-".join(str(p) for p in parts[1]))
    elif value.get("raw") or value.get("literal"):
        b.date(value.get("raw") or value.get("literal"))
    if value.get("season"):
        b.other("Season", value["season"])
    if value.get("circa"):
        b.other("Date", "circa")


def _nocase(b: RecordBuilder, values: list[str]) -> None:
    """Zotero's <span class="nocase"> phrases, kept as BibTeX protection (braced on BibTeX export),
    but not one our export braces by itself, nor a whole value."""
    phrases: list[str] = []
    for value in values:
        whole = f.plain_text(value)
        for phrase in f.nocase_phrases(value):
            if phrase != whole and phrase not in phrases and (" " in phrase or not protection.auto_protected(phrase)):
                phrases.append(phrase)
    if phrases:
        b.other(protection.LABEL, protection.note_value(phrases))


def _item_record(b: RecordBuilder, item: dict) -> None:
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    own = bool(custom.get("uid"))
    b.ctx.create_types = own
    genre, csl_type = _text(item.get("genre")), _text(item.get("type"))
    if genre and (b.ctx.type_name(genre) or own):
        b.type(genre)
    elif own:
        pass  # our export writes our type as the genre; no genre means no type
    else:
        b.type(csl_type)
        if genre:
            b.other("Genre", genre)
    rich = (lambda text: text) if own else f.plain_text   # CSL titles may hold mini-HTML
    b.title(rich(_text(item.get("title"))))
    own_orgs = {o.get("name") for o in custom.get("organizations", []) if isinstance(o, dict)}
    for person in item.get("author") or []:
        name, literal = _name(person) if isinstance(person, dict) else (_text(person), True)
        if name not in own_orgs:
            b.author(name, literal=literal) if not own else b.person(name)
    for person in item.get("editor") or []:
        name, _ = _name(person) if isinstance(person, dict) else (_text(person), True)
        if name not in own_orgs:
            b.editor(name)
    for role in sorted(_CREATORS & set(item)):
        for person in item[role] or []:
            b.other(role.replace("-", " ").capitalize(), _name(person)[0] if isinstance(person, dict) else person)
    _date(b, item.get("issued"))
    for key, label in _OTHER_DATES.items():
        if key in item:
            b.other(label, _date_text(item[key]))
    b.set("container_title", rich(_text(item.get("container-title"))))
    b.set("volume", _text(item.get("volume")))
    b.set("issue", _text(item.get("issue")))
    b.set("pages", _text(item.get("page")).replace("\u2013", "-"))
    b.set("publisher_ref", _text(item.get("number")))
    if not own:
        for name in f.split_list(_text(item.get("publisher"))):
            b.publisher(name)
    b.doi(_text(item.get("DOI")))
    b.url(_text(item.get("URL")))
    if item.get("ISBN"):
        b.standard_number(_text(item["ISBN"]), "isbn")
    if item.get("ISSN"):
        b.other("ISSN", _text(item["ISSN"]))
    b.summary(_text(item.get("abstract")))
    b.note(_text(item.get("note")))
    for code in custom.get("languages") or ([item["language"]] if item.get("language") else []):
        b.language(_text(code))
    keywords = custom.get("keywords") if own else f.split_list(_text(item.get("keyword")), ",;")
    for word in keywords or []:
        b.keyword(word) if not own else _add(b.data.keywords, f.clean(word))
    _custom(b, custom, item)
    for key, value in item.items():
        if key not in _HANDLED and key not in _CREATORS:
            text = _text(value) if not isinstance(value, dict) else json.dumps(value, ensure_ascii=False)
            b.other(key.replace("-", " ").capitalize(), text)
    if not own:       # last, where a BibTeX file read back puts it
        _nocase(b, [_text(item.get("title")), _text(item.get("container-title"))])


def _add(values: list[str], value: str) -> None:
    if value and value not in values:
        values.append(value)


def _custom(b: RecordBuilder, custom: dict, item: dict) -> None:
    uid = str(custom.get("uid") or "")
    if re.fullmatch(r"[0-9a-fA-F-]{36}", uid):
        b.data.uid = uid.lower()
    elif item.get("id") or item.get("citation-key"):
        b.other("Citation key", _text(item.get("citation-key") or item.get("id")))
    for org in custom.get("organizations") or []:
        if isinstance(org, dict) and org.get("name"):
            b.organization(org["name"], org.get("role", "author"))
    for country in custom.get("countries") or []:
        b.country(country)
    for region in custom.get("regions") or []:
        b.region(region)
    for theme in custom.get("themes") or []:
        b.theme(theme)
    for stamp in ("added_at", "updated_at"):
        if isinstance(custom.get(stamp), str):
            setattr(b.data, stamp, custom[stamp])
    for key, value in custom.items():
        if key not in ("uid", "organizations", "countries", "regions", "themes", "languages",
                       "keywords", "added_at", "updated_at"):
            b.other(f"custom {key}", value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def _date_text(value) -> str:
    if isinstance(value, dict):
        if value.get("date-parts"):
            return "/".join("-".join(str(p) for p in part) for part in value["date-parts"])
        return _text(value.get("raw") or value.get("literal") or "")
    return _text(value)


# ---- writing -------------------------------------------------------------------------------------

def item(rec: RecordData, ctx: ExportContext) -> dict:
    out: dict = {"id": rec.uid, "type": ctx.csl_type(rec.type)}
    if rec.type:
        out["genre"] = rec.type
    out["title"] = rec.title
    authors = [_csl_name(n) for n in rec.authors]
    authors += [{"literal": o.name} for o in rec.organizations if o.role == "author"]
    if authors:
        out["author"] = authors
    editors = [{"literal": o.name} for o in rec.organizations if o.role == "editor"]
    if editors:
        out["editor"] = editors
    if rec.year:
        out["issued"] = {"date-parts": [[p for p in (rec.year, rec.month, rec.day if rec.month else None) if p]]}
    publishers = [o.name for o in rec.organizations if o.role == "publisher"]
    for key, value in (("container-title", rec.container_title), ("volume", rec.volume),
                       ("issue", rec.issue), ("page", rec.pages), ("number", rec.publisher_ref),
                       ("publisher", "; ".join(publishers)), ("ISBN", rec.isbn), ("DOI", rec.doi),
                       ("URL", rec.url), ("abstract", rec.summary), ("note", rec.notes)):
        if value:
            out[key] = value
    series = ctx.series.get(rec.uid)
    if series:
        out["collection-title"] = series[0]
        if series[1]:
            out["collection-number"] = series[1]
    if rec.languages:
        out["language"] = rec.languages[0]
    if rec.keywords:
        out["keyword"] = ", ".join(rec.keywords)
    out["custom"] = {
        "uid": rec.uid, "organizations": [{"name": o.name, "role": o.role} for o in rec.organizations],
        "countries": rec.countries, "regions": rec.regions, "themes": rec.themes,
        "languages": rec.languages, "keywords": rec.keywords,
        "added_at": rec.added_at, "updated_at": rec.updated_at,
    }
    return out


def _csl_name(name: str) -> dict:
    family, sep, given = name.partition(",")
    if sep and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": name}


def write(records, out, ctx: ExportContext) -> int:
    """Write a CSL-JSON array to the text stream ``out``, one item per line."""
    out.write("[\n")
    count = 0
    for rec in records:
        if count:
            out.write(",\n")
        out.write(json.dumps(item(rec, ctx), ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count
