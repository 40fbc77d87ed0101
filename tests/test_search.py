"""Keyword search: folding, unspaced scripts, prefixes, phrases, exclusions and hostile input."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.criteria import QueryError, parse_query
from db import search
from db.textfold import fold, is_unspaced_script
from tests.helpers import add, titles


@pytest.fixture
def multilingual(empty_catalogue):
    cat = empty_catalogue
    add(cat, "Quyền của người lao động di cư", summary="Báo cáo về lao động Việt Nam ở Đài Loan")
    add(cat, "ที่อยู่อาศัยสำหรับแรงงานข้ามชาติในประเทศไทย", summary="รายงานเกี่ยวกับแรงงาน")
    add(cat, "ពលករចំណាកស្រុកកម្ពុជា", summary="របាយការណ៍")
    add(cat, "မြန်မာရွှေ့ပြောင်းအလုပ်သမားများ", summary="အစီရင်ခံစာ")
    add(cat, "中国建筑业农民工工资支付", summary="关于工资拖欠的研究")
    add(cat, "Housing for migrant workers", summary="Accommodation standards in Malaysia")
    add(cat, "Bilateral labour migration agreements", summary="Guidance for governments", keywords=["BLMA"])
    add(cat, "Travailleurs migrants et sécurité sociale", summary="Étude", organizations=["International Labour Organization"])
    return cat


def test_fold_removes_latin_diacritics_but_keeps_thai_vowels():
    assert fold("Lao Động Đà Nẵng") == "lao dong da nang"
    assert fold("Sécurité") == "securite"
    assert fold("ที่อยู่") == "ที่อยู่"  # Thai marks are letters, not accents
    assert fold("STRASSE ß") == "strasse ss"


def test_unspaced_scripts_are_detected():
    assert is_unspaced_script("แรงงาน") and is_unspaced_script("ពលករ") and is_unspaced_script("မြန်မာ")
    assert is_unspaced_script("中国") and not is_unspaced_script("Việt Nam")


def _fold_without_the_ascii_shortcut(text):
    from db import textfold as t
    if not text:
        return ""
    text = t._NEEDS_TABLE.sub(t._swap, text)
    if text.isascii():
        return (t._INVISIBLE.sub("", text) if t._INVISIBLE.search(text) else text).lower()
    text = t._FOLDABLE_MARKS.sub("", t.unicodedata.normalize("NFKD", text))
    return t.unicodedata.normalize("NFC", t._INVISIBLE.sub("", text)).casefold()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9 .,'-\t\n\r\x00\x07\x1f\x7f\x0b\x0cé’đ​ไ")))
def test_fold_of_printable_ascii_by_its_shortcut_equals_the_full_rule(text):
    assert fold(text) == _fold_without_the_ascii_shortcut(text)


def test_diacritics_and_case_fold_both_ways(multilingual):
    assert titles(multilingual, "lao dong") == ["Quyền của người lao động di cư"]
    assert titles(multilingual, "LAO ĐỘNG") == ["Quyền của người lao động di cư"]
    assert titles(multilingual, "securite") == ["Travailleurs migrants et sécurité sociale"]
    assert titles(multilingual, "dai loan") == ["Quyền của người lao động di cư"]


@pytest.mark.parametrize("term,expected", [
    ("แรงงาน", "ที่อยู่อาศัยสำหรับแรงงานข้ามชาติในประเทศไทย"),      # Thai word inside a run
    ("ประเทศไทย", "ที่อยู่อาศัยสำหรับแรงงานข้ามชาติในประเทศไทย"),
    ("ចំណាកស្រុក", "ពលករចំណាកស្រុកកម្ពុជា"),                         # Khmer
    ("ရွှေ့ပြောင်း", "မြန်မာရွှေ့ပြောင်းအလုပ်သမားများ"),              # Burmese
    ("农民工", "中国建筑业农民工工资支付"),                           # Chinese, 3 characters
    ("工资", "中国建筑业农民工工资支付"),                             # Chinese, 2 characters
    ("拖欠", "中国建筑业农民工工资支付"),                             # in the summary
])
def test_words_inside_unspaced_scripts_are_found(multilingual, term, expected):
    assert titles(multilingual, term) == [expected]


def test_prefixes_match_while_typing(multilingual):
    for typed in ("h", "ho", "hou", "hous", "housi", "housing"):
        found = titles(multilingual, typed)
        assert "Housing for migrant workers" in found, typed
    assert titles(multilingual, "accommod") == ["Housing for migrant workers"]


def test_all_words_must_match_in_any_field(multilingual):
    assert titles(multilingual, "migrant malaysia") == ["Housing for migrant workers"]
    assert titles(multilingual, "blma") == ["Bilateral labour migration agreements"]  # keyword field
    assert titles(multilingual, "ILO") == ["Travailleurs migrants et sécurité sociale"]  # acronym from the vocabulary
    assert titles(multilingual, "labour organization") == ["Travailleurs migrants et sécurité sociale"]


def test_organization_acronym_from_vocabulary_is_searchable(catalogue):
    found = titles(catalogue, "iom strategy")
    assert found == ["IOM Strategy for the Gulf Countries (2021–2024)"]
    assert "Home truths: Access to adequate housing for migrant workers in the ASEAN region" in titles(catalogue, "ilo housing")


def test_phrases_and_exclusions(multilingual):
    assert titles(multilingual, '"labour migration"') == ["Bilateral labour migration agreements"]
    assert titles(multilingual, '"migration labour"') == []
    assert "Housing for migrant workers" not in titles(multilingual, "migrant -housing")
    assert titles(multilingual, "-แรงงาน") and "ที่อยู่อาศัยสำหรับแรงงานข้ามชาติในประเทศไทย" not in titles(multilingual, "-แรงงาน")


HOSTILE = ['"', '""', "AND", "OR", "NOT", "NEAR(", "NEAR(a b", "*", "-", "(", ")", "a OR", "title:x", "^", "{a b}",
           "a AND (b", "'", "\\", "%", "_", "a*b", '"unbalanced', "NEAR(a, b, 2)", "-(", ":", "--", "+", "🙂",
           "ก", "中", "\x00", "a\x00b"]


@pytest.mark.parametrize("text", HOSTILE)
def test_fts_syntax_in_user_text_never_raises(multilingual, text):
    try:
        criteria = parse_query(text)
    except QueryError:
        return  # a clear message is fine; a database exception is not
    multilingual.search(criteria)
    multilingual.facets(criteria)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_gives_a_result_or_a_clear_message(text):
    # Builds the SQL the catalogue runs and runs it on a throwaway FTS table of each kind.
    import sqlite3
    conn = sqlite3.connect(":memory:")
    for sql in search.CREATE_SQL:
        conn.execute(sql)
    conn.execute("CREATE TABLE resource (id INTEGER PRIMARY KEY)")
    try:
        criteria = parse_query(text)
    except QueryError:
        return
    conds, params = search.text_conditions(search.TextQuery(criteria.words, criteria.phrases, criteria.excluded),
                                           "r.id")
    where = " AND ".join(conds) or "1"
    conn.execute(f"SELECT r.id FROM resource r WHERE {where}", params).fetchall()


def test_index_is_written_in_the_same_transaction(empty_catalogue):
    cat = empty_catalogue
    db = cat.database
    try:
        with db.atomic():
            add(cat, "Remittance corridors in the Pacific")
            assert titles(cat, "remittance") == ["Remittance corridors in the Pacific"]
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    assert titles(cat, "remittance") == []
    assert db.execute_sql("SELECT COUNT(*) FROM resource_fts").fetchone()[0] == 0


def test_updating_a_record_replaces_its_index_entries(empty_catalogue):
    cat = empty_catalogue
    rec = add(cat, "Old title about fisheries")
    rec.title = "New title about plantations"
    from db import writes
    writes.save_record(cat.database, rec)
    assert titles(cat, "fisheries") == []
    assert titles(cat, "plantations") == ["New title about plantations"]
    rec.title = "ข้อมูลแรงงาน"
    writes.save_record(cat.database, rec)
    assert titles(cat, "แรงงาน") == ["ข้อมูลแรงงาน"]
    rec.title = "Back to English"
    writes.save_record(cat.database, rec)
    assert titles(cat, "แรงงาน") == []


def test_relevance_ranks_title_matches_first(empty_catalogue):
    cat = empty_catalogue
    add(cat, "A study of rural credit", summary="Mentions remittances once.")
    add(cat, "Remittances and development", summary="On remittances, remittances and remittances.")
    assert titles(cat, "remittances", sort="relevance")[0] == "Remittances and development"


def test_zero_width_spaces_and_line_breaks(empty_catalogue):
    cat = empty_catalogue
    add(cat, "ពលករ\u200bចំណាកស្រុក", summary="first line\nsecond line")
    assert titles(cat, "ពលករចំណាក") == ["ពលករ\u200bចំណាកស្រុក"]
    assert titles(cat, "ពលករ\u200bចំណាក") == ["ពលករ\u200bចំណាកស្រុក"]
    assert titles(cat, "linesecond") == []
    assert titles(cat, "second line") == ["ពលករ\u200bចំណាកស្រុក"]
