"""Issue 18: hand-made hostile packages, and where exports write. Nothing lost, no tracebacks."""
from __future__ import annotations

import pytest

from app.catalogue import Catalogue
from app.criteria import parse_query
from app.transfer import service as transfer
from tests.helpers import run_cli


@pytest.fixture
def cat(tmp_path):
    c = Catalogue.open(tmp_path / "c.db")
    yield c
    c.close()


def _total(cat) -> int:
    return cat.search(parse_query(""), "latest").total


# ---- packages made by hand: damaged, hostile, from a newer version ---------------------------

def _package(path, records, files=None, version=1, manifest_extra=None):
    import json
    import zipfile
    doc = {"format": "resource-catalogue", "version": 1, "records": records}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps({"format": "resource-catalogue-package", "version": version,
                                                 **(manifest_extra or {})}))
        zf.writestr("catalogue.json", json.dumps(doc))
        for name, data in (files or {}).items():
            zf.writestr("attachments/" + name, data)
    return path


def _record(uid_tail: str, title: str, attachments=None) -> dict:
    rec = {"uid": f"00000000-0000-4000-8000-{uid_tail:0>12}", "title": title, "version": 1,
           "added_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}
    if attachments:
        rec["attachments"] = attachments
    return rec


def _attachment(path: str, data: bytes, uid: str | None = "a1") -> dict:
    import hashlib
    row = {"file_name": path.split("/")[-1], "path": path, "sha256": hashlib.sha256(data).hexdigest(),
           "size": len(data), "added_at": "2024-01-01T00:00:00Z"}
    if uid:
        row["uid"] = f"00000000-0000-4000-9000-{uid:0>12}"
    return row


def test_package_attachment_path_that_is_a_folder_already(cat, tmp_path):
    from app.attachments import folder, list_for
    (folder(cat) / "r1" / "doc.pdf").mkdir(parents=True)
    data = b"%PDF-1.4 attachment"
    pkg = _package(tmp_path / "p.zip", [_record("1", "With a file", [_attachment("r1/doc.pdf", data)])],
                   {"r1/doc.pdf": data})
    report = transfer.import_file(cat, pkg)
    assert report.added == 1
    uid = _record("1", "")["uid"]
    [info] = list_for(cat, uid)
    assert info.path.read_bytes() == data and info.path.is_file()
    assert (folder(cat) / "r1" / "doc.pdf").is_dir()           # the folder is left alone


def test_package_attachment_row_without_uid(cat, tmp_path):
    from app.attachments import list_for
    data = b"some text"
    pkg = _package(tmp_path / "p.zip", [_record("2", "No uid", [_attachment("r2/a.txt", data, uid=None)])],
                   {"r2/a.txt": data})
    assert transfer.import_file(cat, pkg).added == 1
    [info] = list_for(cat, _record("2", "")["uid"])
    assert info.path.read_bytes() == data and len(info.uid) == 36


def test_package_from_a_newer_version_says_so(cat, tmp_path):
    pkg = _package(tmp_path / "p.zip", [_record("3", "x")], version=99)
    with pytest.raises(transfer.FormatError, match="newer version of Resource Catalogue .*update the app"):
        transfer.import_file(cat, pkg)


def test_package_whose_json_inflates_beyond_the_limit(cat, tmp_path, monkeypatch):
    from app.transfer.formats import limits
    monkeypatch.setattr(limits, "MAX_INFLATED_BYTES", 50_000)
    pkg = _package(tmp_path / "p.zip", [_record(str(i), "x" * 200) for i in range(400)])
    with pytest.raises(transfer.FormatError, match="catalogue.json inflates to .* limit for one part of a .zip"):
        transfer.import_file(cat, pkg)
    assert _total(cat) == 20


def test_package_attachment_beyond_the_size_limit(cat, tmp_path, monkeypatch):
    from app.attachments import folder
    from app.transfer.formats import limits
    monkeypatch.setattr(limits, "MAX_ATTACHMENT_BYTES", 1000)
    data = b"\0" * 5000
    pkg = _package(tmp_path / "p.zip", [_record("4", "Big file", [_attachment("r4/big.bin", data)])],
                   {"r4/big.bin": data})
    with pytest.raises(transfer.FormatError, match="big.bin inflates to .* limit"):
        transfer.import_file(cat, pkg)
    assert _total(cat) == 20 and not list(folder(cat).rglob("*.bin"))


def test_unpacked_files_of_a_killed_import_are_settled_on_next_open(tmp_path):
    """A staging folder left by a killed import: files the catalogue knows move in, others go."""
    from app.attachments import folder
    from app.transfer.package_files import PREFIX
    cat = Catalogue.open(tmp_path / "c.db")
    root = folder(cat)
    data = b"kept"
    pkg = _package(tmp_path / "p.zip", [_record("5", "Committed", [_attachment("r5/a.txt", data)])],
                   {"r5/a.txt": data})
    transfer.import_file(cat, pkg)
    cat.close()
    (root / "r5" / "a.txt").unlink()                         # killed after the commit, before the move
    stale = root / f"{PREFIX}999999999-dead"
    (stale / "r5").mkdir(parents=True)
    (stale / "r5" / "a.txt").write_bytes(data)
    (stale / "r9").mkdir()
    (stale / "r9" / "orphan.pdf").write_bytes(b"never committed")
    Catalogue.open(tmp_path / "c.db").close()
    assert (root / "r5" / "a.txt").read_bytes() == data
    assert not stale.exists() and not list(root.rglob("orphan.pdf"))


def test_json_list_of_odd_items_adds_no_empty_record(cat, tmp_path):
    src = tmp_path / "odd.json"
    src.write_text('[1, "x", null, {"no": "title"}]', encoding="utf-8")
    report = transfer.import_file(cat, src)
    assert report.added == 0 and report.failed == 4
    assert _total(cat) == 20
    assert any("no title" in p.message for p in report.problems)


# ---- 7/8. where exports write ------------------------------------------------------------------

def test_export_follows_a_symlink(cat, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    transfer.export(cat, link, "csv")
    assert link.is_symlink() and "Home truths" in real.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("where", ["folder", "/dev/full", "/dev/null"])
def test_export_never_replaces_a_folder_or_a_device(cat, tmp_path, where):
    import os
    import stat
    target = tmp_path / "folder" if where == "folder" else where
    if where == "folder":
        target.mkdir()
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist on this system")   # pragma: no cover
    kind = stat.S_IFMT(os.stat(target).st_mode)
    with pytest.raises(OSError, match="is a folder|device or a pipe"):
        transfer.export(cat, target, "csv")
    assert stat.S_IFMT(os.stat(target).st_mode) == kind


def test_export_gets_umask_permissions_and_keeps_those_of_a_replaced_file(cat, tmp_path):
    import os
    old = os.umask(0o022)
    try:
        new = tmp_path / "new.ris"
        transfer.export(cat, new, "ris")
        assert new.stat().st_mode & 0o777 == 0o644
        shared = tmp_path / "shared.ris"
        shared.write_text("x", encoding="utf-8")
        shared.chmod(0o664)
        transfer.export(cat, shared, "ris")
        assert shared.stat().st_mode & 0o777 == 0o664 and shared.read_text(encoding="utf-8") != "x"
    finally:
        os.umask(old)


def test_a_failed_export_keeps_the_old_file(cat, tmp_path):
    target = tmp_path / "keep.json"
    target.write_text("the old export", encoding="utf-8")
    with pytest.raises(transfer.ExportCancelled):
        transfer.export(cat, target, "json", cancelled=lambda: True)
    assert target.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in tmp_path.iterdir() if p.name != "c.db" and not p.name.startswith("c.db")] == ["keep.json"]


def test_lists_export_to_a_missing_folder(capsys, tmp_path):
    db = str(tmp_path / "c.db")
    run_cli(capsys, "--db", db, "lists", "create", "Reading")
    code, _, err = run_cli(capsys, "--db", db, "lists", "export", "Reading", "--format", "html",
                           "-o", str(tmp_path / "missingdir") + "/")
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "missingdir").exists()


def test_export_to_a_missing_folder_and_an_unwritable_place(capsys, tmp_path):
    code, _, err = run_cli(capsys, "--db", str(tmp_path / "c.db"), "export", "--format", "csv",
                           "-o", str(tmp_path / "nowhere" / "x.csv"))
    assert code == 1 and "does not exist" in err
