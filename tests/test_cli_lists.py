"""The ``lists`` subcommands: exit codes, one-line errors, and files that real readers accept."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from tests.helpers import run_cli as run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def _uids(capsys, db, query=""):
    code, out, _ = run(capsys, "--db", db, "search", query, "--sort", "title")
    assert code == 0
    return [line.split()[0] for line in out.splitlines()]


@pytest.fixture
def workshop(capsys, db):
    """A list "Workshop Feb" with the first three seed records by title."""
    uids = _uids(capsys, db, "")[:3]
    assert run(capsys, "--db", db, "lists", "create", "Workshop Feb", "--description", "Day one")[0] == 0
    assert run(capsys, "--db", db, "lists", "add", "Workshop Feb", *uids)[0] == 0
    return uids


def test_lists_create_add_and_sizes(capsys, db):
    code, out, _ = run(capsys, "--db", db, "lists")
    assert code == 0 and "No reading lists yet" in out
    code, out, _ = run(capsys, "--db", db, "lists", "create", "Brief for MoL", "--description", "for the ministry")
    assert code == 0 and out.startswith("created reading list 'Brief for MoL'")
    uids = _uids(capsys, db)
    code, out, _ = run(capsys, "--db", db, "lists", "add", "brief for mol", uids[0][:8], uids[1])
    assert code == 0 and out.strip() == "added 2 resources to 'Brief for MoL'"
    code, out, _ = run(capsys, "--db", db, "lists", "add", "Brief for MoL", uids[0])
    assert out.strip() == "added 0 resources to 'Brief for MoL' (1 already in it)"
    code, out, _ = run(capsys, "--db", db, "lists")
    assert out.strip() == "Brief for MoL  (2 resources)"


def test_errors_are_one_line_with_exit_1(capsys, db, workshop):
    for argv, message in [
        (("lists", "create", "workshop feb"), "already a reading list called 'Workshop Feb'"),
        (("lists", "add", "Nope", workshop[0]), "no reading list called 'Nope'"),
        (("lists", "add", "Workshop Feb", "ffffffff-0000"), "no resource with UID 'ffffffff-0000'"),
        (("lists", "show", "Nope"), "no reading list called 'Nope'"),
    ]:
        code, out, err = run(capsys, "--db", db, *argv)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and message in err, err


def test_usage_errors_exit_2(capsys, db):
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "lists", "export", "X", "--format", "odt", "-o", "x"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "lists", "add", "X"])
    assert exc.value.code == 2


def test_show_text_and_json(capsys, db, workshop):
    code, out, err = run(capsys, "--db", db, "lists", "show", "Workshop Feb")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Workshop Feb" and lines[2] == "Day one"
    assert [line.split()[1] for line in lines if line.strip()[:2] in ("1.", "2.", "3.")] == workshop
    assert err.strip() == "3 resources"
    code, out, _ = run(capsys, "--db", db, "lists", "show", "Workshop Feb", "--json")
    data = json.loads(out)
    assert data["name"] == "Workshop Feb" and data["count"] == 3
    assert [i["uid"] for i in data["items"]] == workshop
    assert [i["position"] for i in data["items"]] == [1, 2, 3]


@pytest.mark.parametrize("fmt", ["html", "md", "txt"])
def test_export_text_formats(capsys, db, workshop, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", fmt,
                       "--style", "harvard", "--summaries", "-o", str(target))
    assert code == 0 and out.strip() == f"wrote 3 resources from 'Workshop Feb' to {target}"
    text = target.read_text("utf-8")
    assert "Workshop Feb" in text and "Harvard" in text
    code, out, _ = run(capsys, "--db", db, "show", workshop[0], "--json")
    record = json.loads(out)
    assert record["title"].split(":")[0] in text
    if record["summary"]:
        assert record["summary"][:40] in text


def test_export_docx_into_a_folder_uses_the_list_name(capsys, db, workshop, tmp_path):
    from docx import Document
    code, out, _ = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", "docx",
                       "-o", str(tmp_path))
    assert code == 0
    document = Document(str(tmp_path / "Workshop Feb.docx"))
    assert len([p for p in document.paragraphs if p.style.name == "Bibliography Entry"]) == 3


def test_export_to_a_missing_folder_fails_cleanly(capsys, db, workshop, tmp_path):
    code, out, err = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", "txt",
                         "-o", str(tmp_path / "nowhere" / "x.txt"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1


def test_export_pdf_from_a_fresh_process(db, workshop, tmp_path):
    """The command line has no Qt application: the PDF writer starts an offscreen one."""
    import pypdf
    target = tmp_path / "list.pdf"
    proc = subprocess.run([sys.executable, "main.py", "--db", db, "lists", "export", "Workshop Feb",
                           "--format", "pdf", "--style", "chicago", "-o", str(target)],
                          cwd=ROOT, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == 1
    assert "Workshop" in reader.pages[0].extract_text()


def test_export_ris_rereads_with_rispy(capsys, db, workshop, tmp_path):
    import rispy
    target = tmp_path / "list.ris"
    code, _, err = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", "ris", "-o", str(target))
    assert code == 0, err
    entries = rispy.loads(target.read_text("utf-8"))
    assert len(entries) == 3
    _, out, _ = run(capsys, "--db", db, "lists", "show", "Workshop Feb", "--json")
    titles = [i["title"] for i in json.loads(out)["items"]]
    assert [e.get("title") or e.get("primary_title") for e in entries] == titles


def _titles(capsys, db):
    _, out, _ = run(capsys, "--db", db, "lists", "show", "Workshop Feb", "--json")
    return [i["title"] for i in json.loads(out)["items"]]


def test_export_bibtex_rereads_with_bibtexparser(capsys, db, workshop, tmp_path):
    import bibtexparser
    target = tmp_path / "list.bib"
    code, _, err = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", "bibtex", "-o", str(target))
    assert code == 0, err
    from bibtexparser.middlewares import LatexDecodingMiddleware
    library = bibtexparser.parse_string(target.read_text("utf-8"), append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    titles = [entry.fields_dict["title"].value for entry in library.entries]
    assert len(titles) == 3
    for title, expected in zip(titles, _titles(capsys, db)):
        assert title == expected


# Our CSL-JSON keeps catalogue facts under "custom" (a CSL 1.0.2 field) that citeproc-py warns it ignores.
@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_export_csljson_is_rendered_by_citeproc(capsys, db, workshop, tmp_path):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from app.bibliography_formats.csl import STYLE_DIR
    target = tmp_path / "list.json"
    code, _, err = run(capsys, "--db", db, "lists", "export", "Workshop Feb", "--format", "csljson", "-o", str(target))
    assert code == 0, err
    items = json.loads(target.read_text("utf-8"))
    assert len(items) == 3
    style = CitationStylesStyle(str(STYLE_DIR / "apa.csl"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == 3
    for title in _titles(capsys, db):
        assert any(title.split(":")[0] in r for r in rendered), (title, rendered)
