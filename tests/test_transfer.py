"""Import and export services: duplicates, reading lists, dry runs, backups, cancel and failure."""
from __future__ import annotations

import json
import os

import pytest

from app.transfer import service as transfer
from app.criteria import Criteria, parse_query
from db import backup
from db.bulk_records import all_ids, records_for_ids

RIS = """TY  - RPRT
TI  - Fair recruitment corridors: evidence from Cambodia and Thailand
AU  - Smith, Jane
PY  - 2022
DO  - 10.9999/home-truths
KW  - housing
KW  - theme:Housing
KW  - country:Thailand
LA  - English
ER  -

TY  - JOUR
TI  - แรงงานข้ามชาติในประเทศไทย
AU  - สมชาย ใจดี
PY  - 2021
LA  - Thai
LA  - Klingon
ER  -
"""


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _snapshot(cat):
    """Everything an import may touch: records, links, lists, history."""
    db = cat.database
    recs = [r.to_dict() for r in records_for_ids(db, all_ids(db, include_trash=True))]
    counts = {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("resource", "change_log", "reading_list", "reading_list_item", "keyword", "theme",
                        "organization", "resource_fts")}
    return recs, counts


def test_import_ris_adds_records_with_vocabularies(catalogue, tmp_path):
    before = catalogue.total()
    report = transfer.import_file(catalogue, _write(tmp_path, "a.ris", RIS))
    assert (report.total, report.added, report.failed) == (2, 2, 0)
    assert catalogue.total() == before + 2
    assert len(report.changes.created) == 2
    uid = next(u for u in report.changes.created if catalogue.record(u).year == 2022)
    rec = catalogue.record(uid)
    assert rec.themes == ["Housing"] and rec.countries == ["TH"] and rec.languages == ["en"]
    assert rec.keywords == ["housing"] and rec.doi == "10.9999/home-truths"
    thai = catalogue.record(next(u for u in report.changes.created if u != uid))
    assert thai.languages == ["th"] and "Language: Klingon" in thai.notes
    assert any("Klingon" in p.message and p.line == 12 for p in report.problems)
    # The new records are found by search straight away, in both scripts.
    assert uid in {r.uid for r in catalogue.rows(catalogue.search(parse_query("corridors")).ids)}
    assert catalogue.search(parse_query("ข้ามชาติ")).total == 1
    history = catalogue.database.execute_sql(
        "SELECT action, field, new_value FROM change_log WHERE resource_uid = ?", (uid,)).fetchall()
    assert history == [("import", "source", '"a.ris (ris)"')]


def test_duplicates_skip_update_new(catalogue, tmp_path):
    path = _write(tmp_path, "a.ris", RIS)
    transfer.import_file(catalogue, path)
    total = catalogue.total()
    again = transfer.import_file(catalogue, path)
    assert (again.added, again.skipped) == (0, 2)
    assert {p.message for p in again.problems if p.kind == "skipped"} == {
        "already in the catalogue (the same DOI)", "already in the catalogue (a near-identical title)"}
    changed = _write(tmp_path, "b.ris", RIS.replace("PY  - 2022", "PY  - 2022\nVL  - 9"))
    update = transfer.import_file(catalogue, changed, transfer.ImportOptions(on_duplicate="update"))
    assert (update.updated, update.skipped, update.added) == (1, 1, 0)  # the other was already up to date
    assert catalogue.total() == total
    rec = catalogue.record(next(iter(update.changes.updated)))
    assert rec.volume == "9" and rec.version == 2
    # A catalogue file is copied aside first; on a server, the records replaced go to a backup package.
    assert update.backup is not None and update.backup.exists()
    assert update.backup.suffix == (".db" if catalogue.path else ".zip")
    new = transfer.import_file(catalogue, path, transfer.ImportOptions(on_duplicate="new"))
    assert new.added == 2 and catalogue.total() == total + 2


def test_repeats_inside_one_file(empty_catalogue, tmp_path):
    text = RIS + RIS.split("\n\n")[0] + "\n"
    report = transfer.import_file(empty_catalogue, _write(tmp_path, "r.ris", text))
    assert (report.added, report.skipped) == (2, 1)
    assert any("repeats record 1 of this file" in p.message for p in report.problems)


def test_seed_record_is_found_by_url(catalogue, tmp_path):
    seed = next(r for r in records_for_ids(catalogue.database, all_ids(catalogue.database)) if r.url)
    path = _write(tmp_path, "s.csv", f"title,url\nSomething else entirely,{seed.url}\n")
    report = transfer.import_file(catalogue, path)
    assert report.skipped == 1 and "the same URL" in report.problems[0].message


def test_dry_run_changes_nothing(catalogue, tmp_path):
    before = _snapshot(catalogue)
    report = transfer.import_file(catalogue, _write(tmp_path, "a.ris", RIS), transfer.ImportOptions(dry_run=True))
    assert report.dry_run and report.added == 2
    assert _snapshot(catalogue) == before


def test_reading_list_gets_the_imported_records(catalogue, tmp_path):
    from db import reading_lists
    path = _write(tmp_path, "a.ris", RIS)
    report = transfer.import_file(catalogue, path, transfer.ImportOptions(reading_list="Field visit"))
    row = reading_lists.list_by_name("Field visit")
    assert row is not None and row.uid in report.changes.reading_lists
    assert len(reading_lists.item_entries(row.id)) == 2
    again = transfer.import_file(catalogue, path, transfer.ImportOptions(reading_list="Field visit"))
    assert again.skipped == 2 and len(reading_lists.item_entries(row.id)) == 2  # no repeats
    assert (again.backup is not None) == (catalogue.path is not None)  # the list existed: the import touched it


def test_cancel_leaves_the_catalogue_unchanged(catalogue, tmp_path):
    lines = ["title,year,keywords"] + [f"Record {i},{2000 + i % 20},kw{i}" for i in range(2500)]
    path = _write(tmp_path, "big.csv", "\n".join(lines))
    before = _snapshot(catalogue)
    calls = []
    report = transfer.import_file(catalogue, path, progress=lambda d, t: calls.append(d),
                                  cancelled=lambda: len(calls) >= 1)
    assert report.cancelled and report.added == 0
    assert calls == [1000]  # one batch was written, then rolled back
    assert _snapshot(catalogue) == before


def test_failure_midway_rolls_back(catalogue, tmp_path, monkeypatch):
    import app.transfer.importing as ti
    path = _write(tmp_path, "a.ris", RIS)
    before = _snapshot(catalogue)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(ti, "_fill_reading_lists", broken)
    with pytest.raises(transfer.TransferError, match="nothing was changed.*disk full"):
        transfer.import_file(catalogue, path)
    assert _snapshot(catalogue) == before


def test_unreadable_input_names_file_and_line(catalogue, tmp_path):
    bad = _write(tmp_path, "bad.csv", "title,year\nok,2020\n", encoding="utf-8")
    bad.write_bytes(bad.read_bytes() + b"caf\xe9 \x81\x8d\x90,2021\n")
    with pytest.raises(transfer.FormatError, match=r"bad.csv, line 3: cannot be read as utf-8"):
        transfer.import_file(catalogue, bad, transfer.ImportOptions(encoding="utf-8"))
    broken = _write(tmp_path, "broken.json", '[{"title": "a"},\n {"title": }]')
    with pytest.raises(transfer.FormatError, match=r"broken.json, line 2: not valid JSON"):
        transfer.import_file(catalogue, broken)
    empty = _write(tmp_path, "nothing.ris", "hello\nworld\n")
    with pytest.raises(transfer.FormatError, match="nothing.ris"):
        transfer.import_file(catalogue, empty, transfer.ImportOptions(format="ris"))


def test_encoding_and_format_can_be_overridden(catalogue, tmp_path):
    path = _write(tmp_path, "legacy.txt", "title;year\nCafé ouvrier;2019\n", encoding="cp1252")
    preview = transfer.preview(catalogue, path, transfer.ImportOptions(format="csv", encoding="cp1252"))
    assert preview.format == "csv" and preview.delimiter == ";"
    assert preview.steps[0].parsed.data.title == "Café ouvrier"
    latin = transfer.preview(catalogue, path, transfer.ImportOptions(format="csv", encoding="latin-1", delimiter=","))
    assert latin.columns == ["title;year"]


def test_column_mapping_override(catalogue, tmp_path):
    path = _write(tmp_path, "m.csv", "Name,Published,Where\nA study,2020,Lao People's Democratic Republic\n")
    preview = transfer.preview(catalogue, path)
    assert preview.mapping == {"Name": "title", "Published": "other", "Where": "other"}
    options = transfer.ImportOptions(mapping={"Name": "title", "Published": "year", "Where": "countries"})
    report = transfer.import_file(catalogue, path, options)
    rec = catalogue.record(next(iter(report.changes.created)))
    assert (rec.year, rec.countries, rec.notes) == (2020, ["LA"], "")


def test_problems_save_as_csv(catalogue, tmp_path):
    report = transfer.import_file(catalogue, _write(tmp_path, "a.ris", RIS))
    out = tmp_path / "problems.csv"
    transfer.save_problems_csv(report, out)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "record,line,title,kind,problem"
    assert "Klingon" in text


# ---- export ------------------------------------------------------------------------------------

def test_export_scopes(catalogue, tmp_path):
    total = catalogue.total()
    assert transfer.export_count(catalogue, None) == total
    housing = parse_query("housing")
    assert 0 < transfer.export_count(catalogue, transfer.ExportScope(criteria=housing)) < total
    uids = [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids[:3])]
    path = tmp_path / "sel.json"
    report = transfer.export(catalogue, path, "csljson", transfer.ExportScope(uids=uids))
    assert report.count == 3
    assert [item["id"] for item in json.loads(path.read_text())] == uids


def test_export_of_a_reading_list_keeps_list_order(catalogue, tmp_path):
    from app import reading_lists
    uids = [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids[:3])][::-1]
    changes = reading_lists.create_list("For the minister")
    list_uid = next(iter(changes.reading_lists))
    reading_lists.add_items(list_uid, uids)
    path = tmp_path / "list.ris"
    report = transfer.export(catalogue, path, "ris", transfer.ExportScope(reading_list="For the minister"))
    assert report.count == 3
    text = path.read_text(encoding="utf-8")
    assert [line[6:] for line in text.splitlines() if line.startswith("ID  - ")] == uids
    assert "\r\n" in path.read_bytes().decode("utf-8")  # RIS lines end with CR LF
    assert transfer.export_count(catalogue, transfer.ExportScope(reading_list="For the minister")) == 3
    native = tmp_path / "all.json"
    transfer.export(catalogue, native, "json")
    doc = json.loads(native.read_text(encoding="utf-8"))
    lists = {lst["name"]: [i["resource_uid"] for i in lst["items"]] for lst in doc["reading_lists"]}
    assert lists["For the minister"] == uids


def test_failed_export_leaves_the_old_file(catalogue, tmp_path, monkeypatch):
    (tmp_path / "exports").mkdir()
    path = tmp_path / "exports" / "out.ris"
    path.write_text("old content")
    from app.transfer.formats import ris

    def broken(records, out, ctx):
        out.write("TY  - RPRT\n")
        raise OSError("disk full")
    monkeypatch.setattr(ris, "write", broken)
    with pytest.raises(OSError):
        transfer.export(catalogue, path, "ris")
    assert path.read_text() == "old content"
    assert [p.name for p in path.parent.iterdir()] == ["out.ris"]


def test_cancelled_export_writes_nothing(catalogue, tmp_path):
    (tmp_path / "exports").mkdir()
    path = tmp_path / "exports" / "out.csv"
    with pytest.raises(transfer.ExportCancelled):
        transfer.export(catalogue, path, "csv", cancelled=lambda: True)
    assert list(path.parent.iterdir()) == []


def test_bibtex_keys_are_unique_and_escaped(catalogue, tmp_path):
    from db.writes import save_record
    first = catalogue.record(catalogue.rows(catalogue.search(Criteria()).ids[:1])[0].uid)
    first.title = "Wages & rights: 50% of {workers} in Hà Nội"
    first.authors = ["Nguyễn, Văn An"]
    first.year = 2020
    save_record(catalogue.database, first)
    twin = catalogue.record(catalogue.rows(catalogue.search(Criteria()).ids[1:2])[0].uid)
    twin.authors, twin.year = ["Nguyen, Thi"], 2020
    save_record(catalogue.database, twin)
    path = tmp_path / "out.bib"
    transfer.export(catalogue, path, "bibtex")
    text = path.read_text(encoding="utf-8")
    keys = [line.split("{", 1)[1].rstrip(",") for line in text.splitlines() if line.startswith("@")]
    assert len(keys) == len(set(keys)) == catalogue.total()
    assert "nguyen2020" in keys and "nguyen2020a" in keys
    assert r"Wages \& rights: 50\% of \{workers\} in H{\`a} Nội" in text


@pytest.mark.sqlite_only
def test_backups_are_kept_to_the_last_few(catalogue, tmp_path):
    path = _write(tmp_path, "a.ris", RIS)
    transfer.import_file(catalogue, path)
    for _ in range(7):
        transfer.import_file(catalogue, path, transfer.ImportOptions(on_duplicate="update"))
    assert len(backup.list_backups(catalogue.path)) == backup.KEEP_BACKUPS
    assert os.path.getsize(backup.list_backups(catalogue.path)[-1]) > 0


def test_our_json_carries_history_lists_trash_and_versions(catalogue, tmp_path):
    from app import editing, reading_lists
    from app.catalogue import Catalogue
    from app.seed import load_seed_vocabularies
    from db import models
    uids = [r.uid for r in catalogue.rows(catalogue.search(Criteria()).ids[:3])]
    rec = catalogue.record(uids[0])
    rec.volume = "7"
    editing.update(catalogue, uids[0], rec, rec.version)
    editing.delete(catalogue, [uids[1]])
    list_uid = reading_lists.create_list("Briefing pack", "for the minister").uid
    reading_lists.add_items(list_uid, [uids[2], uids[0]])
    reading_lists.set_note(list_uid, uids[0], "read the summary first")
    before = {u: catalogue.record(u) for u in uids}
    history = {u: catalogue.database.execute_sql(
        "SELECT action, field, new_value FROM change_log WHERE resource_uid = ? ORDER BY id", (u,)).fetchall()
        for u in uids}
    path = tmp_path / "all.json"
    transfer.export(catalogue, path, "json")

    target = Catalogue.open(tmp_path / "other.db", seed=False)
    try:
        load_seed_vocabularies(target.database)
        report = transfer.import_file(target, path)
        assert report.added == catalogue.total() + 1  # the trashed record comes too
        for u in uids:
            after = target.record(u)
            assert after == before[u]                  # every field, version, times, trash state
            assert target.database.execute_sql(
                "SELECT action, field, new_value FROM change_log WHERE resource_uid = ? AND field != 'source' "
                "ORDER BY id", (u,)).fetchall() == history[u]
        assert target.record(uids[1]).deleted_at is not None
        lst = reading_lists.get_list(list_uid)
        assert lst.name == "Briefing pack" and lst.description == "for the minister"
        assert [(i.resource_uid, i.note) for i in reading_lists.items(list_uid)] == [
            (uids[2], ""), (uids[0], "read the summary first")]
        again = transfer.import_file(target, path)     # nothing doubles the second time
        assert (again.added, again.updated) == (0, 0)
        assert len(reading_lists.items(list_uid)) == 2
    finally:
        target.close()
        models.database.initialize(catalogue.database)


def test_xlsx_export_beyond_excels_row_limit_fails_cleanly_and_keeps_the_old_file(catalogue, tmp_path, monkeypatch):
    from app.transfer.formats import FormatError, xlsx
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"the previous export")
    monkeypatch.setattr(xlsx, "MAX_ROWS", 6)          # a sheet of a header and 5 rows
    with pytest.raises(FormatError, match="at most 5 records"):
        transfer.export(catalogue, path, "xlsx")
    assert path.read_bytes() == b"the previous export"
    assert not [p.name for p in tmp_path.iterdir() if "out.xlsx" in p.name and p.name != "out.xlsx"]  # no temp file
