"""Malformed BibTeX: each shape affects one field or one entry, is reported with its line, and
never swallows the next field or entry (Zotero recovers both fields of a missing comma)."""
from __future__ import annotations

from app.transfer.formats import bibtex
from tests.format_helpers import import_context

NEXT = "\n@article{next,\n  title = {Next entry},\n  year = 2002\n}\n"


def _read(text: str):
    return bibtex.read(text, import_context()).records


def _check_next(records):
    last = records[-1]
    assert (last.data.title, last.data.year, last.problems) == ("Next entry", 2002, [])


def test_missing_comma_between_braced_fields():
    records = _read("@article{a,\n  title = {First title}\n  author = {Smith, John},\n  year = {2001}\n}\n" + NEXT)
    rec = records[0]
    assert (rec.data.title, rec.data.authors, rec.data.year) == ("First title", ["Smith, John"], 2001)
    assert rec.problems == ["line 2: missing comma after field 'title' (both fields are kept)"]
    _check_next(records)


def test_missing_comma_after_a_quoted_value():
    rec = _read('@article{a,\n  title = "First title"\n  author = "Smith, John",\n  year = 2001\n}\n')[0]
    assert (rec.data.title, rec.data.authors) == ("First title", ["Smith, John"])
    assert rec.problems[0].startswith("line 2: missing comma")


def test_missing_comma_after_a_bare_number():
    rec = _read("@article{a,\n  year = 2001\n  title = {T}\n}\n")[0]
    assert (rec.data.title, rec.data.year) == ("T", 2001)
    assert rec.problems[0].startswith("line 2: missing comma after field 'year'")


def test_missing_comma_after_the_citation_key():
    rec = _read("@article{a\n  title = {T},\n  year = 2001\n}\n")[0]
    assert (rec.data.title, rec.data.year) == ("T", 2001)
    assert rec.problems == ["line 2: missing comma after the citation key"]


def test_unclosed_brace_affects_one_field():
    records = _read("@article{a,\n  title = {First {title},\n  author = {Smith, John},\n  year = {2001}\n}\n" + NEXT)
    rec = records[0]
    assert (rec.data.title, rec.data.authors, rec.data.year) == ("First title", ["Smith, John"], 2001)
    assert rec.problems == ["line 2: unbalanced '{' in field 'title' (read to the end of its line)"]
    _check_next(records)


def test_unclosed_brace_in_the_last_field():
    records = _read("@article{a,\n  year = {2001},\n  title = {First {title}\n}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First title", 2001)
    assert records[0].problems[0].startswith("line 3: unbalanced '{'")
    _check_next(records)


def test_unclosed_quote_affects_one_field():
    records = _read('@article{a,\n  title = "First title,\n  year = {2001}\n}\n' + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First title", 2001)
    assert records[0].problems[0].startswith("line 2: unbalanced '\"'")
    _check_next(records)


def test_a_brace_too_many_does_not_end_the_entry_early():
    records = _read("@article{a,\n  title = {First}},\n  year = {2001}\n}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First", 2001)
    assert records[0].problems == ["line 2: a '}' too many after field 'title' (the fields after it are kept)"]
    _check_next(records)


def test_text_after_a_value_stays_in_the_field():
    records = _read("@article{a,\n  title = {First} title},\n  year = {2001}\n}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First title", 2001)
    assert records[0].problems[0].startswith("line 2: unexpected text after field 'title'")
    _check_next(records)


def test_unclosed_entry_keeps_its_fields_and_the_next_entry():
    records = _read("@article{a,\n  title = {First},\n  year = {2001}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First", 2001)
    assert "the entry is not closed" in records[0].problems[0]
    _check_next(records)


def test_stray_at_between_entries_is_skipped():
    records = _read("@article{a,\n  title = {First},\n  note = {mail x@y.org}\n}\n@\n@ oops\n" + NEXT)
    assert [r.data.title for r in records] == ["First", "Next entry"]
    assert records[0].problems == []
    _check_next(records)


def test_entry_without_a_key_is_read_and_reported():
    records = _read("@article{title = {First}, year = 2001}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First", 2001)
    assert records[0].problems == ["line 1: the entry has no citation key"]
    _check_next(records)


def test_unreadable_line_inside_an_entry_is_skipped_and_reported():
    records = _read("@article{a,\n  title = {First},\n  ??? junk\n  year = 2001\n}\n" + NEXT)
    assert (records[0].data.title, records[0].data.year) == ("First", 2001)
    assert records[0].problems[0] == "line 3: cannot read '??? junk' (skipped)"
    _check_next(records)
