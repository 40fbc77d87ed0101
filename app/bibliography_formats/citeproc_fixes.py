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
import threading

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
    substitute, whether a date is a locale's, a locale's options and dates, an element's locale
    options; and a name element's options, which depend on it and on the element that called it
    (the citation's or the bibliography's, found by an XPath search for every option of every name)."""
    from citeproc.model import CitationStylesElement, Date, Locale, Name, Names
    for cls, name in ((CitationStylesElement, "get_layout"), (CitationStylesElement, "get_root"),
                      (Names, "substitute"), (Date, "is_locale_date")):
        SPEEDUPS[(cls, name)] = cls.__dict__[name]
        setattr(cls, name, _memoised_per_element(cls.__dict__[name]))
    for cls, name in ((Locale, "get_option"), (Locale, "get_date"), (CitationStylesElement, "get_locale_option")):
        SPEEDUPS[(cls, name)] = cls.__dict__[name]
        setattr(cls, name, _memoised_lookup(cls.__dict__[name]))
    original = Name.__dict__["get_option"]       # (with the initialize fix: a lookup all the same)
    looked_up = _memoised_lookup(lambda self, name, context: original(self, name, context, None))

    def get_option(self, name, context=None, sort_options=None):
        if sort_options is not None:             # sorting passes its own options
            return original(self, name, context, sort_options)
        return looked_up(self, name, context)

    SPEEDUPS[(Name, "get_option")] = original
    Name.get_option = get_option


# What a macro's output may depend on besides the reference's variables: the citation (the
# cited locator, its position, its number), never known in a bibliography entry alone.
_CITATION_ATTRIBUTES = ("position", "locator", "disambiguate")
_CITATION_VARIABLES = frozenset({"locator", "citation-number", "first-reference-note-number", "citation-label"})
_VARIABLE_ATTRIBUTES = ("variable", "is-numeric", "is-uncertain-date")
MACROS_KEPT = 50_000
# A macro whose kept outputs are seldom asked again (one that prints each record's title) is then
# formatted as before, without making and keeping its key: after this many calls, if fewer than
# one in MEMO_MIN_HITS was a hit.
MEMO_TRIAL_CALLS = 64
MEMO_MIN_HITS = 8


def macro_inputs(macro) -> tuple[tuple[str, ...], tuple[str, ...], bool] | None:
    """What a macro's output can depend on, following the macros it calls: two tuples of
    reference variables (citeproc's names, with underscores), those whose values it may print,
    label or test (is-numeric, is-uncertain-date), their short forms, "page" for "page-first" and
    always the type, and those whose presence alone it tests (<if variable="...">); and whether it
    title-cases text, which citeproc-py does for English only (the reference's language). None where
    the output depends on more: the citation (position, locator, number). What a <substitute>
    inside represses is kept and replayed by _patch_macro_memo."""
    values = {"type"}
    presence: set[str] = set()
    title_case = False
    seen: set[str] = set()
    pending = [macro]
    while pending:
        for node in pending.pop().iter():
            if not isinstance(node.tag, str):      # a comment
                continue
            if any(a in node.attrib for a in _CITATION_ATTRIBUTES):
                return None
            tested = node.tag.endswith("}if") or node.tag.endswith("}else-if")
            title_case = title_case or node.get("text-case") == "title"
            for attribute in _VARIABLE_ATTRIBUTES:
                for variable in (node.get(attribute) or "").split():
                    if variable in _CITATION_VARIABLES:
                        return None
                    (presence if tested and attribute == "variable" else values).add(variable)
                    if node.get("form") == "short":       # (citeproc prints "title-short" where given)
                        values.add(variable + "-short")
                    if variable.startswith("page"):
                        values.add("page")
            name = node.get("macro")
            if name and name not in seen:
                seen.add(name)
                pending.append(node.get_macro(name))
    return (tuple(sorted(v.replace("-", "_") for v in values)),
            tuple(sorted(v.replace("-", "_") for v in presence - values)), title_case)


# Kept macro outputs: key -> (macro, calling element, output, variables it repressed); and per macro,
# id -> [macro, calls, hits] (its trial: see MEMO_TRIAL_CALLS).
_KEPT_MACROS: dict = {}
_MACRO_TRIALS: dict = {}


def forget() -> None:
    """Drop every kept macro output and trial, as in a process that has formatted nothing yet."""
    _KEPT_MACROS.clear()
    _MACRO_TRIALS.clear()


def _frozen(value):
    """A reference value (text, names, dates: dicts and lists) as something hashable, its type kept."""
    if isinstance(value, dict):
        return type(value), tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return type(value), tuple(_frozen(v) for v in value)
    return type(value), value


def _patch_macro_memo() -> None:
    """A macro's output kept by the values of the variables it can read (macro_inputs), the
    element that called it, and the variables repressed so far: the style's many macros that print
    nothing for most records (a patent's number, an interview's description) or the same thing
    (a publisher, a year) are walked once, not once per entry. What a <substitute> inside it
    repressed is kept with the output and repressed again when the output is reused, so what comes
    after reads the same state. Output and order stay citeproc's."""
    from citeproc.model import Macro
    from citeproc.string import MixedString
    original = Macro.__dict__["render"]
    inputs_of = _memoised_per_element(macro_inputs)
    kept, trials = _KEPT_MACROS, _MACRO_TRIALS
    last = threading.local()     # the reference being formatted and its values made hashable

    def render(self, item, context=None, sort_options=None):
        inputs = inputs_of(self)
        trial = trials.get(id(self))
        if trial is None or trial[0] is not self:
            trial = trials[id(self)] = [self, 0, 0]
        if (inputs is None or context is None or sort_options is not None
                or (trial[1] >= MEMO_TRIAL_CALLS and trial[2] * MEMO_MIN_HITS < trial[1])):
            return original(self, item, context=context, sort_options=sort_options)
        trial[1] += 1
        reference = item.reference
        values = getattr(last, "values", None)
        if values is None or values[0] is not reference:
            values = last.values = (reference, {})
        frozen = values[1]
        key_values = []
        for variable in inputs[0]:
            value = frozen.get(variable, frozen)
            if value is frozen:
                value = frozen[variable] = _frozen(dict.get(reference, variable))
            key_values.append(value)
        present = tuple(variable in reference for variable in inputs[1])
        if inputs[2]:
            language = dict.get(reference, "language")
            present += (None if language is None else language[:2] == "en",)
        repressed = context.get_layout().repressed
        text_repressed = repressed.get(_TEXT_TAG)
        key = (id(self), id(context), tuple(text_repressed) if text_repressed else (), tuple(key_values), present)
        found = kept.get(key)
        if found is not None and found[0] is self and found[1] is context:
            trial[2] += 1
            for tag, added in found[3]:
                repressed.setdefault(tag, []).extend(added)
        else:
            if len(kept) >= MACROS_KEPT:
                kept.clear()
            before = {tag: len(variables) for tag, variables in repressed.items()}
            text = original(self, item, context=context, sort_options=None)
            added = tuple((tag, tuple(variables[before.get(tag, 0):])) for tag, variables in repressed.items()
                          if len(variables) > before.get(tag, 0))
            found = kept[key] = (self, context, text, added)
        text = found[2]
        return MixedString(text) if isinstance(text, MixedString) else text

    SPEEDUPS[(Macro, "render")] = original
    Macro.render = render


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
        _patch_macro_memo()
        _applied = True
