"""Two gaps in citeproc-py 0.11 that the official CSL styles run into, filled at first use.

1. <substitute> suppresses the substituted variable only when it names it directly. The styles
   substitute through macros or <choose> (APA: the title and report number), so a record with no
   author printed its title twice. Fix: after a substitution, repress every <text> variable the
   substitute printed, as the CSL specification asks.
2. CSL 1.0.2's <name initialize="false"> (Chicago: full given names in the bibliography) is not
   known, so the style-wide initialize-with turned "Văn An" into "V. A.". Fix: such a name
   element has no initialize-with.

Both touch private behaviour, so pyproject pins citeproc-py to 0.11.x and tests cover both.

And three for speed (issue 17), each keeping what depends only on the style, which never changes,
or on the entry being formatted: citeproc-py finds a macro by an XPath search of the whole style
each time an element calls it (and a locale's term likewise); asks again, for every group of every entry, whether the group's
elements print a variable (a walk of the style tree below it); and finds an entry's reference
through four lookups each time one of its variables is read. Together they were ~45% of the time.
"""
from __future__ import annotations

import re

_TEXT_TAG = "{http://purl.org/net/xbiblio/csl}text"
_PRIVATE = re.compile("[\ue000-\uf8ff]")   # the run markers of csl.RUN_FORMATTER
_substitute_variables: dict = {}
SPEEDUPS: dict = {}   # (class, attribute) -> citeproc-py's own, for the speed fixes (tests compare)


def _text_variables(element, seen: set[str]) -> set[str]:
    """Variables that <text> elements inside ``element`` may print, following macros."""
    found: set[str] = set()
    for node in element.iter(_TEXT_TAG):
        found.update((node.get("variable") or "").split())
        name = node.get("macro")
        if name and name not in seen:
            seen.add(name)
            found |= _text_variables(node.get_macro(name), seen)
    return found


def _patch_substitute() -> None:
    from citeproc.model import Substitute
    original = Substitute.render

    def render(self, item, context=None, **kwargs):
        text = original(self, item, context=context, **kwargs)
        if text and context is not None:
            if self not in _substitute_variables:
                _substitute_variables[self] = _text_variables(self, set())
            printed = _PRIVATE.sub("", str(text)).casefold()
            reference = item.reference
            repressed = context.get_layout().repressed.setdefault(_TEXT_TAG, [])
            for variable in _substitute_variables[self]:
                key = variable.replace("-", "_")
                value = str(reference[key]).casefold() if key in reference else ""
                if value and value in printed:
                    repressed.append(variable)
        return text

    Substitute.render = render


def _patch_initialize() -> None:
    from citeproc.model import Name
    original = Name.get_option

    def get_option(self, name, context=None, sort_options=None):
        if name == "initialize-with" and self.get("initialize") == "false":
            return None
        return original(self, name, context, sort_options)

    Name.get_option = get_option


def _patch_macro_lookup() -> None:
    from citeproc.model import CitationStylesElement
    original = CitationStylesElement.get_macro
    found: dict = {}

    def get_macro(self, name):
        root = self.get_root()
        key = (id(root), name)
        macro = found.get(key)
        if macro is None or macro[0] is not root:     # (the root kept alive with its macro)
            macro = found[key] = (root, original(self, name))
        return macro[1]

    SPEEDUPS[(CitationStylesElement, "get_macro")] = original
    CitationStylesElement.get_macro = get_macro


def _memoised_per_element(original):
    known: dict = {}

    def method(self):
        key = id(self)
        found = known.get(key)
        if found is None or found[0] is not self:   # (the element kept alive with its answer)
            found = known[key] = (self, original(self))
        return found[1]
    return method


def _patch_calls_variable() -> None:
    from citeproc.model import Parent, Text
    for cls in (Parent, Text):
        SPEEDUPS[(cls, "calls_variable")] = cls.__dict__["calls_variable"]
        cls.calls_variable = _memoised_per_element(cls.__dict__["calls_variable"])


def _patch_term_lookup() -> None:
    from citeproc.model import Locale
    original = Locale.__dict__["get_term"]
    found: dict = {}

    def get_term(self, name, form=None, zero_padded=False):
        key = (id(self), name, form, zero_padded)
        known = found.get(key)
        if known is None or known[0] is not self:      # (the locale kept alive with its answer)
            try:
                known = (self, original(self, name, form, zero_padded), None)
            except IndexError as exc:                  # no such term: asked again, answered the same
                known = (self, None, exc)
            found[key] = known
        if known[2] is not None:
            raise IndexError(*known[2].args)
        return known[1]

    SPEEDUPS[(Locale, "get_term")] = original
    Locale.get_term = get_term


def _patch_type_test() -> None:
    from citeproc.model import If
    original = If.__dict__["_type"]
    types_of = _memoised_per_element(lambda element: [typ.lower() for typ in element.get("type").split()])

    def _type(self, item):
        wanted = item.reference.type
        return [typ == wanted for typ in types_of(self)]

    SPEEDUPS[(If, "_type")] = original
    If._type = _type


def _patch_reference_lookup() -> None:
    from citeproc.source import CitationItem
    original = CitationItem.reference

    def reference(self):
        found = self.__dict__.get("_reference")
        if found is None:
            found = self.__dict__["_reference"] = original.fget(self)
        return found

    SPEEDUPS[(CitationItem, "reference")] = original
    CitationItem.reference = property(reference)


def _memoised_lookup(original):
    """``original(self, *args)`` kept per element and arguments, its IndexError too (a lookup in the
    style's own tree: the same answer every time)."""
    found: dict = {}

    def method(self, *args):
        key = (id(self), *args)
        known = found.get(key)
        if known is None or known[0] is not self:      # (the element kept alive with its answer)
            try:
                known = (self, original(self, *args), None)
            except IndexError as exc:
                known = (self, None, exc)
            found[key] = known
        if known[2] is not None:
            raise IndexError(*known[2].args)
        return known[1]
    return method


def _patch_structure_lookups() -> None:
    """XPath searches of the style that depend on the element alone: its layout, a names element's
    substitute, whether a date is a locale's, a locale's options and dates."""
    from citeproc.model import CitationStylesElement, Date, Locale, Names
    for cls, name in ((CitationStylesElement, "get_layout"), (Names, "substitute"), (Date, "is_locale_date")):
        SPEEDUPS[(cls, name)] = cls.__dict__[name]
        setattr(cls, name, _memoised_per_element(cls.__dict__[name]))
    for cls, name in ((Locale, "get_option"), (Locale, "get_date")):
        SPEEDUPS[(cls, name)] = cls.__dict__[name]
        setattr(cls, name, _memoised_lookup(cls.__dict__[name]))


_applied = False


def apply() -> None:
    """Install both fixes once per process."""
    global _applied
    if not _applied:
        _patch_substitute()
        _patch_initialize()
        _patch_macro_lookup()
        _patch_calls_variable()
        _patch_term_lookup()
        _patch_type_test()
        _patch_reference_lookup()
        _patch_structure_lookups()
        _applied = True
