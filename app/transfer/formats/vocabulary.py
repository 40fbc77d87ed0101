"""The catalogue's vocabularies as the formats need them: text from a file -> our value, and back.

Built once per import or export (a few small queries), then used for every record, so that
mapping "English", "eng", "en-US" or "English (US)" to ``en`` costs a dictionary lookup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from db import vocab
from db.textfold import fold

# ISO 639-2 bibliographic codes that differ from the terminology codes our list holds.
_BIBLIOGRAPHIC = {
    "alb": "sqi", "arm": "hye", "baq": "eus", "bur": "mya", "chi": "zho", "cze": "ces", "dut": "nld",
    "fre": "fra", "geo": "kat", "ger": "deu", "gre": "ell", "ice": "isl", "mac": "mkd", "mao": "mri",
    "may": "msa", "per": "fas", "rum": "ron", "slo": "slk", "tib": "bod", "wel": "cym",
}
# Common language names that differ from the ISO list's.
_LANGUAGE_ALIASES = {"malay": "ms", "filipino": "tl", "myanmar": "my", "cambodian": "km",
                     "mandarin": "zh", "cantonese": "zh", "bahasa indonesia": "id", "bahasa": "ms"}

RIS_TYPES = {
    "RPRT": "Report", "JOUR": "Journal article", "EJOUR": "Journal article", "JFULL": "Journal article",
    "MGZN": "Article", "NEWS": "Article", "BOOK": "Book", "EBOOK": "Book", "EDBOOK": "Book",
    "CHAP": "Book chapter", "ECHAP": "Book chapter", "THES": "Thesis", "CPAPER": "Conference paper",
    "CONF": "Conference paper", "DATA": "Dataset", "DBASE": "Dataset", "ELEC": "Web page",
    "BLOG": "Web page", "ICOMM": "Web page", "VIDEO": "Video", "MPCT": "Video", "ADVS": "Video",
    "LEGAL": "Legal instrument", "STAT": "Legal instrument", "BILL": "Legal instrument",
    "GOVDOC": "Report", "PAMP": "Briefing note", "UNPB": "Paper", "MANSCPT": "Paper",
    "INPR": "Journal article", "SER": "Book",
    # Types the big reference managers also write (Zotero's RIS translator, EndNote).
    "ABST": "Journal article", "CASE": "Legal instrument", "HEAR": "Legal instrument",
    "UNBILL": "Legal instrument", "CLSWK": "Book", "STAND": "Report", "WEB": "Web page",
    "MULTI": "Video", "ENCYC": "Book chapter", "DICT": "Book chapter", "UNPD": "Paper",
}
# The RIS type each of our CSL types is written as.
CSL_TO_RIS = {
    "report": "RPRT", "article-journal": "JOUR", "article": "GEN", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "book": "BOOK", "chapter": "CHAP", "thesis": "THES",
    "paper-conference": "CPAPER", "dataset": "DATA", "webpage": "ELEC", "motion_picture": "VIDEO",
    "legislation": "LEGAL", "legal_case": "CASE", "post-weblog": "BLOG",
}
# Other names for types, as other tools spell them (folded) -> our type name.
_TYPE_ALIASES = {
    "journal-article": "Journal article", "journal article": "Journal article", "journal": "Journal article",
    "article-journal": "Journal article", "proceedings-article": "Conference paper",
    "paper-conference": "Conference paper", "inproceedings": "Conference paper",
    "conference proceeding": "Conference paper", "book-chapter": "Book chapter", "chapter": "Book chapter",
    "incollection": "Book chapter", "inbook": "Book chapter", "book section": "Book chapter",
    "dissertation": "Thesis", "phdthesis": "Thesis", "mastersthesis": "Thesis",
    "techreport": "Report", "report": "Report", "working paper": "Working paper",
    "webpage": "Web page", "web page": "Web page", "online": "Web page", "post-weblog": "Web page",
    "motion_picture": "Video", "film": "Video", "legislation": "Legal instrument",
    "dataset": "Dataset", "data file": "Dataset", "posted-content": "Paper", "preprint": "Paper",
    "manual": "Guide", "book": "Book", "monograph": "Book", "edited-book": "Book",
}

_ORG_WORDS = frozenset(fold(w) for w in (
    "organization organisation organizations organisations institute institut institution university "
    "universidad universite ministry department association council commission agency bank office "
    "foundation centre center committee network union programme program fund secretariat government "
    "bureau society group alliance coalition federation corporation company ltd inc ngo forum "
    "initiative partnership project trust board authority consortium unicef unhcr unesco unfpa "
    "undp oecd asean nations").split())
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")


@dataclass
class ImportContext:
    """Lookups from file text to our values, plus what the import may create."""
    countries: dict[str, str] = field(default_factory=dict)      # folded name/code -> alpha-2
    languages: dict[str, str] = field(default_factory=dict)      # folded name/code -> ISO code
    types: dict[str, str] = field(default_factory=dict)          # folded type name -> our name
    organizations: dict[str, str] = field(default_factory=dict)  # folded name/acronym -> name
    type_csl: dict[str, str] = field(default_factory=dict)       # our type name -> CSL type
    create_types: bool = False   # own formats: an unknown type name becomes a new type
    _org_memo: dict[str, bool] = field(default_factory=dict, repr=False)  # the same authors recur
    # Lookups by the text as written: the same country, language or organization recurs in most
    # records, and folding it again each time was a tenth of parsing a CSV file.
    _country_memo: dict[str, str | None] = field(default_factory=dict, repr=False)
    _language_memo: dict[str, str | None] = field(default_factory=dict, repr=False)
    _name_memo: dict[str, str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls) -> "ImportContext":
        ctx = cls()
        codes = vocab.names_by_id("country")
        ctx.countries = {k: codes[i] for k, i in vocab.lookup_index("country").items()}
        lang_codes = vocab.names_by_id("language")
        for key, i in vocab.lookup_index("language").items():
            ctx.languages[key] = lang_codes[i]
        for row in vocab.vocabulary("language", include_retired=True):
            # "Malay (macrolanguage)" -> "malay"; "Catalan; Valencian" -> "catalan", "valencian"
            for part in re.split(r"[;,]", re.sub(r"\(.*?\)", "", row["name"])):
                ctx.languages.setdefault(fold(part.strip()), row["code"])
        for alias, code in _LANGUAGE_ALIASES.items():
            ctx.languages.setdefault(alias, code)
        for row in vocab.vocabulary("type", include_retired=True):
            ctx.types[fold(row["name"])] = row["name"]
            ctx.type_csl[row["name"]] = row["csl_type"]
        for row in vocab.vocabulary("organization", include_retired=True):
            ctx.organizations[fold(row["name"])] = row["name"]
            if row["acronym"]:
                ctx.organizations.setdefault(fold(row["acronym"]), row["name"])
        return ctx

    # ---- countries and languages ----
    def country(self, text: str) -> str | None:
        memo = self._country_memo
        if text not in memo:
            memo[text] = self.countries.get(fold(text.strip()))
        return memo[text]

    def language(self, text: str) -> str | None:
        memo = self._language_memo
        if text not in memo:
            memo[text] = self._language(text)
        return memo[text]

    def _language(self, text: str) -> str | None:
        key = fold(text.strip())
        if not key:
            return None
        if key in self.languages:
            return self.languages[key]
        base = re.split(r"[-_]", key, maxsplit=1)[0]          # en-US, zh_Hans, en-GB
        if base in self.languages:
            return self.languages[base]
        if base in _BIBLIOGRAPHIC and _BIBLIOGRAPHIC[base] in self.languages:
            return self.languages[_BIBLIOGRAPHIC[base]]
        stripped = re.sub(r"\s*\(.*?\)\s*", "", key)          # "English (US)"
        return self.languages.get(stripped)

    # ---- types ----
    def type_name(self, text: str) -> str | None:
        """Our type for a type written by another tool (our name, a CSL or BibTeX type, a synonym)."""
        key = fold(text.strip())
        if not key:
            return None
        if key in self.types:
            return self.types[key]
        alias = _TYPE_ALIASES.get(key) or _TYPE_ALIASES.get(key.replace("_", "-"))
        if alias and fold(alias) in self.types:
            return self.types[fold(alias)]
        return None

    def ris_type(self, code: str) -> str | None:
        name = RIS_TYPES.get(code.strip().upper())
        return self.types.get(fold(name)) if name else None

    def ris_code_for(self, type_name: str) -> str:
        return CSL_TO_RIS.get(self.type_csl.get(type_name, ""), "GEN")

    # ---- organizations ----
    def organization(self, name: str) -> str | None:
        memo = self._name_memo
        if name not in memo:
            memo[name] = self.organizations.get(fold(name.strip()))
        return memo[name]

    def is_organization(self, name: str) -> bool:
        """A name that is an organization, not a person: known to the catalogue, an acronym, or
        containing a word such as "Institute" or "Ministry"."""
        name = name.strip()
        if not name:
            return False
        known = self._org_memo.get(name)
        if known is None:
            key = fold(name)
            known = (key in self.organizations or _ACRONYM.match(name) is not None
                     or bool(set(re.findall(r"\w+", key)) & _ORG_WORDS))
            self._org_memo[name] = known
        return known


@dataclass
class ExportContext:
    """Our values -> how files spell them: country and language names, CSL types, acronyms."""
    country_names: dict[str, str] = field(default_factory=dict)   # alpha-2 -> display name
    language_names: dict[str, str] = field(default_factory=dict)  # ISO code -> name
    type_csl: dict[str, str] = field(default_factory=dict)        # our type -> CSL type
    acronyms: dict[str, str] = field(default_factory=dict)        # organization name -> acronym
    series: dict[str, tuple[str, str]] = field(default_factory=dict)  # record uid -> (series, number)

    @classmethod
    def load(cls) -> "ExportContext":
        ctx = cls()
        for row in vocab.vocabulary("country", include_retired=True):
            ctx.country_names[row["code"]] = row["common_name"] or row["name"]
        ctx.language_names = {r["code"]: r["name"] for r in vocab.vocabulary("language", include_retired=True)}
        ctx.type_csl = {r["name"]: r["csl_type"] for r in vocab.vocabulary("type", include_retired=True)}
        ctx.acronyms = {r["name"]: r["acronym"] for r in vocab.vocabulary("organization", include_retired=True)
                        if r["acronym"]}
        return ctx

    def csl_type(self, type_name: str | None) -> str:
        return self.type_csl.get(type_name or "", "document")

    def ris_code(self, type_name: str | None) -> str:
        return CSL_TO_RIS.get(self.csl_type(type_name), "GEN")

    def country(self, code: str) -> str:
        return self.country_names.get(code, code)

    def language(self, code: str) -> str:
        return self.language_names.get(code, code)
