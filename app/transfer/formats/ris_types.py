"""Which of our fields each RIS tag fills, by reference type.

The same tag means different things for different types (for a bill ``VL`` is the bill number,
for a patent ``SN`` is the patent number, for a film ``A2`` is the director). The table follows
the RIS specification and Zotero's RIS translator (zotero/translators RIS.js, ``fieldMap`` and
``degenerateImportFieldMap``), translated into our fields; docs/formats.md lists the rules and
where we differ. A target is one of our fields, or ``("note", label)``: kept in the record's
notes as "label: value", as Zotero keeps what it has no field for.

Our own export only writes TY, M3, ID, TI, AU, A2, A4, PB, PY, DA, T2, VL, IS, SP, EP, SN, DO,
UR, AB, LA, KW, N1 and M1 with the types of vocabulary.CSL_TO_RIS; for those tags and types the
targets are the ones the export means, so our files read back exactly (an organization in A2,
A3 or A4 stays an editor or funder whatever the type: that is how our export writes them).
"""
from __future__ import annotations

# Groups of RIS types that share their tag meanings.
_FILM = ("MPCT", "ADVS")                      # Zotero's "film"
_MOVING = _FILM + ("VIDEO", "MULTI")           # films and video recordings
_BOOK = ("BOOK", "EBOOK", "CLSWK", "SER")
_SECTION = ("CHAP", "ECHAP", "ENCYC", "DICT")
_CONFERENCE = ("CONF", "CPAPER")
_REPORT = ("RPRT", "GOVDOC", "STAND")
_BILL = ("BILL", "UNBILL")
_ART = ("ART", "CHART", "FIGURE")
_SOUND = ("SOUND", "MUSIC")
_DATA = ("DATA", "DBASE", "AGGR")


def _note(label: str) -> tuple[str, str]:
    return ("note", label)


def _by_type(default, **groups) -> dict:
    """{"": default, code: target, ...} from keyword groups such as film=(codes, target)."""
    table = {"": default}
    for codes, target in groups.values():
        for code in codes:
            table[code] = target
    return table


# tag -> {RIS type code (or "" for any other type) -> target}
TAGS: dict[str, dict] = {
    "TI": {"": "title"}, "T1": {"": "title"}, "CT": {"": "title"},
    "BT": _by_type("container", book=(_BOOK + ("EDBOOK", "MANSCPT"), "title")),
    "ST": {"": "short_title"},
    "T2": _by_type("container", bill=(_BILL + ("STAT",), _note("Code")), hear=(("HEAR",), _note("Committee"))),
    "JF": {"": "container"}, "JO": {"": "container"},
    "JA": {"": "abbreviation"}, "J2": {"": "abbreviation"},
    "T3": _by_type(_note("Series"), bill=(_BILL + ("HEAR",), _note("Legislative body"))),
    "AU": _by_type("author", ed=(("EDBOOK",), "editor")),
    "A1": _by_type("author", ed=(("EDBOOK",), "editor")),
    "A2": _by_type("editor", series=(_BOOK + _REPORT, _note("Series editor")), bill=(_BILL, _note("Sponsor")),
                   case=(("CASE",), _note("Reporter")), pat=(("PAT",), "publisher"), film=(_MOVING, "author"),
                   sound=(_SOUND, _note("Performer"))),
    "A3": _by_type(_note("Series editor"), book=(_BOOK + ("EDBOOK",), "editor"), bill=(_BILL, _note("Cosponsor")),
                   film=(_MOVING, _note("Producer")), thesis=(("THES",), _note("Advisor"))),
    "A4": _by_type("translator", case=(("CASE",), _note("Counsel")),
                   contributor=(_CONFERENCE + _FILM + _DATA, _note("Contributor"))),
    "PY": {"": "date"}, "Y1": {"": "date"}, "DA": {"": "date"},
    "Y2": {"": _note("Access date")},
    "VL": _by_type("volume", bill=(_BILL, "publisher_ref"), stat=(("STAT",), _note("Code number")),
                   pat=(("PAT",), _note("Patent version number")), web=(("WEB",), _note("Access year"))),
    "IS": {"": "issue"},
    "SP": _by_type("start_page", bill=(_BILL, _note("Code pages")), film=(_FILM, _note("Running time"))),
    "EP": {"": "end_page"},
    "SE": _by_type(_note("Section"), case=(("CASE",), _note("File date"))),
    "SN": _by_type("standard_number", number=(_REPORT, "report_number"), pat=(("PAT",), "publisher_ref")),
    "BN": {"": "isbn"}, "DO": {"": "doi"}, "UR": {"": "url"}, "LK": {"": "url"},
    "PB": _by_type("publisher", pat=(("PAT",), _note("Assignee"))),
    "CY": _by_type(_note("Place"), conf=(_CONFERENCE, _note("Conference place"))),
    "C1": _by_type(_note("Custom 1"), pat=(("PAT",), _note("Filing date")), map=(("MAP",), _note("Scale")),
                   conf=(_CONFERENCE, _note("Conference place")), film=(_MOVING, _note("Cast"))),
    "C2": _by_type(_note("Custom 2"), pat=(("PAT",), _note("Issue date")),
                   section=(_SECTION, _note("Book author")), blog=(("BLOG",), _note("Commenter"))),
    "C3": _by_type(_note("Custom 3"), pat=(("PAT",), "country"), art=(_ART, _note("Size")),
                   conf=(_CONFERENCE, "container")),
    "C4": _by_type(_note("Custom 4"), pat=(("PAT",), _note("Attorney/agent")), film=(_FILM, _note("Genre"))),
    "C5": _by_type(_note("Custom 5"), pat=(("PAT",), _note("References")), film=(_MOVING + _SOUND, _note("Format"))),
    "C6": _by_type(_note("Custom 6"), pat=(("PAT",), _note("Legal status"))),
    "ET": _by_type(_note("Edition"), session=(_BILL + ("STAT", "HEAR"), _note("Session")),
                   version=(("COMP",) + _DATA, _note("Version"))),
    "M1": _by_type("publisher_ref", stat=(("STAT",), _note("Public law number")),
                   pat=(("PAT",), _note("Application number")), hear=(("HEAR",), _note("Document number"))),
    "M2": {"": _note("Extra")},
    "NV": {"": _note("Number of volumes")},
    "OP": _by_type(_note("Original publication"), law=(_BILL + ("CASE", "STAT", "HEAR"), _note("History")),
                   pat=(("PAT",), _note("Priority numbers"))),
    "RI": _by_type(_note("Reviewed item"), stat=(("STAT",), _note("Article number"))),
    "SV": _by_type(_note("Series volume"), case=(("CASE",), _note("Docket number"))),
    "AD": _by_type(_note("Address"), pat=(("PAT",), _note("Inventor address"))),
    "AB": {"": "summary"}, "N2": {"": "summary"},
    "N1": {"": "note"}, "RN": {"": _note("Research notes")},
    "KW": {"": "keyword"}, "LA": {"": "language"},
    "AN": {"": _note("Accession number")}, "CN": {"": _note("Call number")}, "DB": {"": _note("Database")},
    "DP": {"": _note("Database provider")}, "CA": {"": _note("Caption")}, "LB": {"": _note("Label")},
    "L1": {"": _note("File")}, "L2": {"": _note("Link")}, "L3": {"": _note("Related record")},
    "L4": {"": _note("Figure")}, "TT": {"": _note("Translated title")}, "TA": {"": _note("Translated author")},
    "RP": {"": _note("Reprint")}, "CR": {"": _note("Rights")}, "H1": {"": _note("Library catalog")},
    "H2": {"": _note("Call number")}, "C7": {"": _note("Custom 7")}, "C8": {"": _note("Custom 8")},
    "U1": {"": _note("User 1")}, "U2": {"": _note("User 2")}, "U3": {"": _note("User 3")},
    "U4": {"": _note("User 4")}, "U5": {"": _note("User 5")}, "AV": {"": _note("Archive location")},
}

# The order tags are applied in, so that the first value a field takes is the best one
# (TI before T1, T2 before JF before JO, PY before the fuller DA); other tags follow in file order.
ORDER = ("TI", "T1", "CT", "BT", "AU", "A1", "A2", "A3", "A4", "PY", "Y1", "DA", "AB", "N2", "T2", "JF",
         "JO", "C3", "VL", "IS", "SP", "EP", "SN", "BN", "DO", "UR", "LK", "PB", "LA", "KW", "N1", "M1")


def target(tag: str, code: str):
    """Our field (or ("note", label)) for ``tag`` in a record of RIS type ``code``; None if the
    tag is unknown (kept in the notes under its tag name)."""
    table = TAGS.get(tag)
    if table is None:
        return None
    return table.get(code, table[""])
