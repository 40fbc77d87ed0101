"""Publishing as a web page, the Python side: which records, what is left out, safe names and text,
and a destination that is never someone else's folder. (The page itself: test_publish_page.py.)"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import attachments, editing
from app import reading_lists as rl
from app.criteria import parse_query
from app.publish import (
    PublishCancelled,
    PublishError,
    PublishOptions,
    PublishScope,
    publish,
)
from app.publish.names import MAX_BYTES, safe_file_name, unique_name
from app.publish.site_data import COLUMNS, index_words
from tests.helpers import add, run_cli


def js_args(path: Path) -> list:
    """The arguments a published ``data/*.js`` file hands to the page: RC.x(JSON, ...);"""
    text = path.read_text(encoding="utf-8")
    return json.loads("[" + text[text.index("(") + 1:text.rindex(");")] + "]")


def read_js(path: Path):
    return js_args(path)[0]


def records_of(folder: Path) -> list[dict]:
    """Each record as one dict (columns and details joined), as the page sees it."""
    core = read_js(folder / "data" / "records.js")
    cols = core["columns"]
    out = [{k: cols[k][i] for k in cols if cols[k][i] != COLUMNS[k]} for i in range(core["count"])]
    for path in (folder / "data").glob("details-*.js"):
        k, details = js_args(path)
        for j, extra in enumerate(details):
            out[k * core["chunk"] + j].update(extra)
    return out


def seed_titles() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    return [r["title"] for r in json.loads((root / "resources_seed" / "records.json").read_text("utf-8"))]


def test_whole_catalogue_in_latest_order_with_its_files(catalogue, tmp_path):
    report = publish(catalogue, tmp_path / "site")
    site = tmp_path / "site"
    assert report.records == 20
    assert [r["t"] for r in records_of(site)] == seed_titles()
    for name in ("index.html", "assets/app.js", "assets/fold.js", "assets/i18n.js", "assets/style.css",
                 "data/records.js", "data/index.js"):
        assert (site / name).is_file(), name
    page = (site / "index.html").read_text("utf-8")
    assert '<script src="data/records.js">' in page and "http://" not in page and "https://" not in page
    index = read_js(site / "data" / "index.js").split("\n")
    assert len(index) == 20 and index[1].startswith(" home truths access to adequate housing")


def test_records_carry_their_facets_as_indexes_into_the_vocabularies(catalogue, tmp_path):
    publish(catalogue, tmp_path / "site")
    data = read_js(tmp_path / "site" / "data" / "records.js")
    home = next(r for r in records_of(tmp_path / "site") if r["t"].startswith("Home truths"))
    countries = data["facets"]["country"]
    assert sorted(countries["keys"][i] for i in home["c"]) == ["MY", "SG", "TH"]
    assert "Thailand" in [countries["labels"][i] for i in home["c"]]
    regions = data["facets"]["region"]["labels"]
    # A record about Thailand matches ASEAN through its member country, as in the window.
    assert "ASEAN" in [regions[i] for i in home["rg"]]
    asean = regions.index("ASEAN")
    assert countries["keys"].index("TH") in data["members"][str(asean)]


def test_a_search_publishes_only_its_matches(catalogue, tmp_path):
    publish(catalogue, tmp_path / "site", PublishScope(criteria=parse_query("housing")))
    titles = [r["t"] for r in records_of(tmp_path / "site")]
    assert any(t.startswith("Home truths") for t in titles)
    assert titles == [t for t in seed_titles() if t in titles]
    assert len(titles) == catalogue.count(parse_query("housing")) < 20


def test_a_reading_list_is_published_in_list_order_and_named_after_it(catalogue, tmp_path):
    uids = [r.uid for r in catalogue.rows(catalogue.search(parse_query(""), "latest").ids)]
    made = rl.create_list("Workshop Feb")
    rl.add_items(made.uid, [uids[5], uids[0], uids[9]])
    publish(catalogue, tmp_path / "site", PublishScope(reading_list="workshop feb"))
    assert [r["u"] for r in records_of(tmp_path / "site")] == [uids[5], uids[0], uids[9]]
    core = read_js(tmp_path / "site" / "data" / "records.js")
    assert core["title"] == "Workshop Feb" and core["order"] == "list"
    with pytest.raises(PublishError, match="no reading list"):
        publish(catalogue, tmp_path / "other", PublishScope(reading_list="nope"))


def test_notes_and_the_trash_stay_out_unless_notes_are_asked_for(catalogue, tmp_path):
    add(catalogue, "Kept", notes="internal: call Somchai before sharing")
    gone = add(catalogue, "Binned resource")
    editing.delete(catalogue, [gone.uid])
    publish(catalogue, tmp_path / "plain")
    both = "".join(p.read_text("utf-8") for p in (tmp_path / "plain").rglob("*.js"))
    assert "Somchai" not in both and "Binned resource" not in both and "somchai" not in both
    publish(catalogue, tmp_path / "notes", options=PublishOptions(include_notes=True))
    kept = next(r for r in records_of(tmp_path / "notes") if r["t"] == "Kept")
    assert kept["n"] == "internal: call Somchai before sharing"
    assert all(r["t"] != "Binned resource" for r in records_of(tmp_path / "notes"))


def test_record_text_cannot_break_out_of_the_data_files(catalogue, tmp_path):
    nasty = 'A </script><script>alert("x")</script> title \u2028 with "quotes" and \\ back'
    add(catalogue, nasty, summary="line one\nline two")
    publish(catalogue, tmp_path / "site", options=PublishOptions(title='<b>Ours</b> & "theirs"'))
    assert records_of(tmp_path / "site")[0]["t"] == nasty
    assert records_of(tmp_path / "site")[0]["s"] == "line one\nline two"
    for name in ("records.js", "details-0.js", "index.js"):
        raw = (tmp_path / "site" / "data" / name).read_text("utf-8")
        assert raw.count("\n") == 1 and raw.endswith(");\n")   # one statement: nothing ended a string early
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert "<title>&lt;b&gt;Ours&lt;/b&gt; &amp; &quot;theirs&quot;</title>" in page and "<b>" not in page


@pytest.mark.parametrize("name, expected", [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd", "etc_passwd"),
    ("a/b\\c:d*e?f\"g<h>i|j.txt", "a_b_c_d_e_f_g_h_i_j.txt"),
    ("CON.txt", "_CON.txt"),
    ("nul", "_nul"),
    ("  .hidden  ", "hidden"),
    ("", "attachment"),
    ("\x00\x1f", "attachment"),
    ("100% done #1.docx", "100_ done _1.docx"),
    ("รายงาน แรงงาน.pdf", "รายงาน แรงงาน.pdf"),
])
def test_safe_file_names(name, expected):
    assert safe_file_name(name) == expected


def test_long_names_keep_their_extension_and_fit_every_file_system():
    name = safe_file_name("ก" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= MAX_BYTES


def test_unique_names_ignore_case():
    taken: set[str] = set()
    assert [unique_name(n, taken) for n in ("Report.pdf", "report.pdf", "REPORT.PDF", "notes")] == \
        ["Report.pdf", "report (2).pdf", "REPORT (3).PDF", "notes"]


def test_with_files_copies_attachments_under_safe_names(catalogue, tmp_path):
    rec = add(catalogue, "With a file")
    source = tmp_path / "in"
    source.mkdir()
    odd = source / "Report: final?.pdf"
    odd.write_bytes(b"%PDF-1.4 test")
    attachments.add(catalogue, rec.uid, odd)
    attachments.add(catalogue, rec.uid, odd)          # the same name twice
    report = publish(catalogue, tmp_path / "site", options=PublishOptions(with_files=True))
    files = records_of(tmp_path / "site")[0]["f"]
    assert [f["n"] for f in files] == ["Report: final?.pdf", "Report: final?.pdf"]
    assert [f["p"] for f in files] == [f"{rec.uid}/Report_ final_.pdf", f"{rec.uid}/Report_ final_ (2).pdf"]
    assert (tmp_path / "site" / "files" / files[0]["p"]).read_bytes() == b"%PDF-1.4 test"
    assert report.files == 2
    publish(catalogue, tmp_path / "nofiles")
    assert "f" not in records_of(tmp_path / "nofiles")[0] and not (tmp_path / "nofiles" / "files").exists()


def test_a_folder_of_other_files_is_never_replaced(catalogue, tmp_path):
    other = tmp_path / "mine"
    other.mkdir()
    (other / "thesis.docx").write_text("precious")
    with pytest.raises(PublishError, match="already holds other files"):
        publish(catalogue, other)
    assert (other / "thesis.docx").read_text() == "precious"
    with pytest.raises(PublishError, match="does not exist"):
        publish(catalogue, tmp_path / "no" / "such" / "site")


def test_republishing_replaces_the_page_and_a_cancel_keeps_the_old_one(catalogue, tmp_path):
    site = tmp_path / "out" / "site"
    site.parent.mkdir()
    publish(catalogue, site, PublishScope(criteria=parse_query("housing")))
    before = records_of(site)
    with pytest.raises(PublishCancelled):
        publish(catalogue, site, cancelled=lambda: True)
    assert records_of(site) == before
    assert [p.name for p in site.parent.iterdir()] == ["site"]      # no temporary folder left behind
    publish(catalogue, site)
    assert len(records_of(site)) == 20


def test_progress_reaches_the_total(catalogue, tmp_path):
    seen = []
    publish(catalogue, tmp_path / "site", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (20, 20)


def test_index_words_fold_as_the_app_does():
    assert index_words("Lao Động: the ILO’s “Home truths” — ÉTUDE") == "lao dong the ilo s home truths etude"
    assert index_words("แรงงานข้ามชาติ") == "แรงงานข้ามชาติ"


def test_cli_publish(catalogue, tmp_path, capsys):
    db = str(catalogue.path)
    code, out, err = run_cli(capsys, "--db", db, "publish", "housing", "-o", str(tmp_path / "s"),
                             "--title", "Housing")
    assert code == 0 and "published to" in out and (tmp_path / "s" / "index.html").exists()
    code, out, err = run_cli(capsys, "--db", db, "publish", "housing", "--list", "x", "-o", str(tmp_path / "t"))
    assert code == 1 and err.startswith("error: give a QUERY or --list")
    code, out, err = run_cli(capsys, "--db", db, "publish", "--list", "nope", "-o", str(tmp_path / "t"))
    assert code == 1 and "no reading list" in err and "Traceback" not in err


def test_organizations_sharing_an_acronym_stay_apart(catalogue, tmp_path):
    from app import vocabularies
    vocabularies.add_value(catalogue, "organization", "Institute of Labour Offices", short="ILO")
    add(catalogue, "Theirs", organizations=["Institute of Labour Offices"])
    publish(catalogue, tmp_path / "site")
    orgs = read_js(tmp_path / "site" / "data" / "records.js")["facets"]["organization"]
    assert "Institute of Labour Offices (ILO)" in orgs["labels"]
    assert "International Labour Organization (ILO)" in orgs["labels"]
    # In the address each is its name; an acronym only one organization has stays short.
    assert {"Institute of Labour Offices", "International Labour Organization"} <= set(orgs["keys"])
    assert "IOM" in orgs["keys"]


def test_the_page_words_exist_once_in_every_language():
    """i18n.js: each language names the same keys, each once (a repeated key in a JavaScript object
    silently replaces the first: a 'pages' for page ranges once hid the pager's label)."""
    import re
    text = (Path(__file__).resolve().parents[1] / "app" / "publish" / "site" / "i18n.js").read_text("utf-8")
    blocks = re.split(r"\n    (en|th|vi|ar): \{\n", text)[1:]
    keys = {}
    for lang, block in zip(blocks[::2], blocks[1::2]):
        body = block.split("\n    }")[0]
        found = re.findall(r"(?:^|[\s,{])([A-Za-z_]+):\s*[\"{]", body)
        found = [k for k in found if k not in ("zero", "one", "two", "few", "many", "other")]
        assert len(found) == len(set(found)), (lang, sorted(k for k in found if found.count(k) > 1))
        keys[lang] = set(found)
    assert set(keys) == {"en", "th", "vi", "ar"} and len(keys["en"]) > 50
    assert all(k == keys["en"] for k in keys.values())


def test_language_versions_are_published_as_also_in(catalogue, tmp_path):
    """Issue 20 with issue 15: a record's other language versions are on its page ("Also in")."""
    from app import relations
    en = add(catalogue, "Recruitment fees report", languages=["en"])
    th = add(catalogue, "รายงานค่าหัวคิว", languages=["th"])
    relations.link(catalogue, th.uid, "version", en.uid)
    publish(catalogue, tmp_path / "site")
    by_title = {r["t"]: r for r in records_of(tmp_path / "site")}
    assert by_title["Recruitment fees report"]["v"] == [{"u": th.uid, "l": "th", "t": "รายงานค่าหัวคิว"}]
    assert by_title["รายงานค่าหัวคิว"]["v"] == [{"u": en.uid, "l": "en", "t": "Recruitment fees report"}]
    assert "v" not in by_title["Home truths: Access to adequate housing for migrant workers in the ASEAN region"]
