"""The field build (tools/build_app.sh): built once per test run, then started as a field laptop
would start it, with no Python, no virtual environment and a scrubbed environment
(``env -i HOME=... PATH=/usr/bin:/bin``).

The build takes one to three minutes here; every test in this module shares it.
RC_FIELD_BUILD=dist/resource-catalogue checks a folder built before instead (to work on these tests).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RIS = ROOT / "tests" / "data" / "field_scripts.ris"
OLD_CATALOGUE = ROOT / "tests" / "data" / "catalogue_v1.db"


@pytest.fixture(scope="session")
def build_dir():
    """A world-readable folder (the not-writable test runs the build as another user)."""
    folder = Path(tempfile.mkdtemp(prefix="rc-field-build-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def app_dir(build_dir) -> Path:
    if os.environ.get("RC_FIELD_BUILD"):
        return Path(os.environ["RC_FIELD_BUILD"]).resolve()
    env = dict(os.environ, PYTHON=sys.executable, RC_DIST_DIR=str(build_dir / "dist"),
               RC_WORK_DIR=str(build_dir / "work"))
    proc = subprocess.run(["nice", "-n", "10", "bash", "tools/build_app.sh", "--no-archive"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    folder = build_dir / "dist" / "resource-catalogue"
    assert (folder / "resource-catalogue").is_file()
    return folder


def scrubbed(home: Path, **extra) -> dict[str, str]:
    """What ``env -i HOME=home PATH=/usr/bin:/bin`` leaves, plus ``extra``."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}


def run_app(app_dir: Path, home: Path, *args, env_extra=None, user=None, timeout=180):
    command = [str(app_dir / "resource-catalogue"), *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, env=scrubbed(home, **(env_extra or {})), capture_output=True, text=True,
                          timeout=timeout, cwd=home)


@pytest.fixture
def home(build_dir):
    folder = Path(tempfile.mkdtemp(prefix="home-", dir=build_dir))
    folder.chmod(0o777)
    return folder


def test_the_folder_holds_what_the_app_reads_at_run_time(app_dir):
    inside = app_dir / "_internal"
    for relative in ("resources_seed/records.json", "resources_seed/countries.json", "build_info.json",
                     "fonts/fonts.json", "fonts/OFL.txt", "fonts/NotoSansThai-Regular.ttf",
                     "fonts/NotoSansKhmer-Regular.ttf", "fonts/NotoSansMyanmar-Regular.ttf",
                     "fonts/NotoSansCJKsc-Regular-subset.otf", "ui/assets/resource-catalogue.svg",
                     "app/publish/site/index.html", "app/publish/site/style.css", "app/publish/site/app.js",
                     "ui/i18n/resource_catalogue_th.qm", "ui/i18n/resource_catalogue_ar.qm",
                     "ui/i18n/resource_catalogue_vi.qm", "pypdfium2_raw/libpdfium.so"):
        assert (inside / relative).is_file(), relative
    assert list((inside / "app" / "csl_styles").glob("*.csl"))
    # ui/icons.py loads one icon font: the other ten qtawesome bundles stay out.
    assert sorted(p.suffix for p in (inside / "qtawesome" / "fonts").iterdir()) == [".json", ".ttf"]
    assert list((inside / "qtawesome" / "fonts").glob("materialdesignicons6*.ttf"))
    assert not list(inside.rglob("libQt6Quick*")) and not list(inside.rglob("libQt6WebEngine*"))
    assert not (inside / "PySide6" / "Qt" / "qml").exists()
    assert (app_dir / "FONTS-LICENSE-OFL.txt").is_file()


def test_the_folder_ships_the_window_translations_and_qt_own_for_those_languages(app_dir):
    inside = app_dir / "_internal"
    for lang in ("th", "vi", "ar", "en"):
        assert (inside / "ui" / "i18n" / f"resource_catalogue_{lang}.qm").stat().st_size > 1000, lang
    qt = {p.name for p in inside.rglob("translations/qtbase_*.qm")}
    assert "qtbase_ar.qm" in qt and "qtbase_de.qm" not in qt, qt     # Qt's words only for the app's languages
LOAD_EVERY_LIBRARY = """
import ctypes, os, sys
from pathlib import Path
root = Path(sys.argv[1])
for path in sorted(root.rglob("*.so*")):
    if path.is_file() and not path.is_symlink():
        try:
            ctypes.CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        except OSError as exc:
            print(f"{path.relative_to(root)}: {exc}")
"""


def test_every_native_library_in_the_folder_loads(app_dir):
    """Stripping must not break a library (it did break numpy's OpenBLAS: every facet count failed), and
    the links the spec makes (Python's OpenSSL names to psycopg's copy) must lead to a loadable library.
    LD_LIBRARY_PATH as the build's launcher sets it."""
    inside = app_dir / "_internal"
    proc = subprocess.run([sys.executable, "-c", LOAD_EVERY_LIBRARY, str(inside)], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(inside)}, timeout=120)
    assert proc.returncode == 0 and proc.stdout == "", proc.stdout[-3000:] + proc.stderr[-3000:]


def test_version(app_dir, home):
    from app.version import VERSION
    proc = run_app(app_dir, home, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"resource-catalogue {VERSION} (built ")


def test_search_on_the_default_catalogue_seeded_on_first_run(app_dir, home):
    proc = run_app(app_dir, home, "search", "housing")
    assert proc.returncode == 0, proc.stderr
    assert "Home truths" in proc.stdout
    assert (home / ".local" / "share" / "resource-catalogue" / "catalogue.db").is_file()


def test_import_ris_then_export_csv(app_dir, home):
    proc = run_app(app_dir, home, "import", str(RIS))
    assert proc.returncode == 0, proc.stderr
    proc = run_app(app_dir, home, "search", "ที่อยู่อาศัย")
    assert proc.returncode == 0 and "การเข้าถึงที่อยู่อาศัย" in proc.stdout, proc.stdout + proc.stderr
    out = home / "all.csv"
    proc = run_app(app_dir, home, "export", "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8-sig")
    for title in ("Home truths", "ការការពារសង្គម", "农民工工资拖欠", "Lao động di cư"):
        assert title in text
    assert len(text.strip().splitlines()) >= 27  # a header, the 20 seed records and the 7 imported


def test_window_starts_offscreen_and_quits_cleanly(app_dir, home):
    proc = run_app(app_dir, home, env_extra={"QT_QPA_PLATFORM": "offscreen",
                                             "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT": "1"})
    assert proc.returncode == 0, proc.stderr
    assert "painted 20 rows" in proc.stderr
    assert "Traceback" not in proc.stderr


def _dejavu_only_fontconfig(home: Path) -> Path:
    """A fontconfig that sees one Latin font and nothing for Thai, Khmer or Burmese."""
    fonts = home / "fonts-latin-only"
    fonts.mkdir()
    shutil.copy2("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", fonts)
    conf = home / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    f"<dir>{fonts}</dir><cachedir>{home / 'fc-cache'}</cachedir></fontconfig>\n")
    return conf


def test_the_menu_entry_starts_the_built_program(app_dir, home):
    data = home / "data"
    proc = run_app(app_dir, home, "--install-desktop-entry", env_extra={"XDG_DATA_HOME": str(data)})
    assert proc.returncode == 0, proc.stderr
    entry = (data / "applications" / "resource-catalogue.desktop").read_text()
    assert f"Exec={app_dir / 'resource-catalogue'} %f" in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "resource-catalogue.png").is_file()
    proc = run_app(app_dir, home, "--uninstall-desktop-entry", env_extra={"XDG_DATA_HOME": str(data)})
    assert proc.returncode == 0 and not (data / "applications" / "resource-catalogue.desktop").exists()


def test_a_pdf_from_the_command_line_uses_the_shipped_fonts_when_the_system_has_none(app_dir, home):
    import pypdf
    conf = _dejavu_only_fontconfig(home)
    assert run_app(app_dir, home, "import", str(RIS)).returncode == 0
    thai = run_app(app_dir, home, "search", "ที่อยู่อาศัย").stdout.split()[0]
    assert run_app(app_dir, home, "lists", "create", "Field").returncode == 0
    assert run_app(app_dir, home, "lists", "add", "Field", thai).returncode == 0
    out = home / "field.pdf"
    proc = run_app(app_dir, home, "lists", "export", "Field", "--format", "pdf", "-o", str(out),
                   env_extra={"FONTCONFIG_FILE": str(conf)})
    assert proc.returncode == 0, proc.stderr
    page = pypdf.PdfReader(str(out)).pages[0]
    fonts = " ".join(str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values())
    assert "NotoSansThai" in fonts, fonts


def test_a_newer_build_upgrades_an_older_catalogue_after_a_backup(app_dir, home):
    old = home / "old.db"
    shutil.copy2(OLD_CATALOGUE, old)
    proc = run_app(app_dir, home, "--db", str(old), "search", "housing")
    assert proc.returncode == 0, proc.stderr
    assert "Home truths" in proc.stdout
    assert list((home / "backups").glob("old-*.db"))


def test_an_older_build_refuses_a_newer_catalogue(app_dir, home):
    path = home / "future.db"
    assert run_app(app_dir, home, "--db", str(path), "search", "housing").returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE catalogue_meta SET value = '99' WHERE key = 'schema_version'")
    proc = run_app(app_dir, home, "--db", str(path), "search", "housing")
    assert proc.returncode == 1
    assert "newer version of Resource Catalogue" in proc.stderr and proc.stderr.count("\n") == 1


def test_a_catalogue_folder_that_is_not_writable_gets_one_clear_line(app_dir, home):
    locked = home / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    user = 65534 if os.geteuid() == 0 else None  # root writes anywhere: run as nobody
    proc = run_app(app_dir, home, "--db", str(locked / "c.db"), "search", "housing", user=user)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert str(locked) in proc.stderr and "Traceback" not in proc.stderr


def test_a_second_copy_on_the_same_catalogue_works_beside_the_first(app_dir, home):
    db = home / "shared.db"
    assert run_app(app_dir, home, "--db", str(db), "search", "housing").returncode == 0
    first = subprocess.Popen([str(app_dir / "resource-catalogue"), "--db", str(db)], cwd=home,
                             env=scrubbed(home, QT_QPA_PLATFORM="offscreen"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(3)
        assert first.poll() is None, first.communicate()[1]
        second = run_app(app_dir, home, "--db", str(db), env_extra={
            "QT_QPA_PLATFORM": "offscreen", "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT": "1"})
        assert second.returncode == 0 and "painted 20 rows" in second.stderr, second.stderr
        imported = run_app(app_dir, home, "--db", str(db), "import", str(RIS))
        assert imported.returncode == 0, imported.stderr
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=30)
    proc = run_app(app_dir, home, "--db", str(db), "search")
    assert proc.returncode == 0 and "27 of 27" in proc.stderr, proc.stderr


def test_the_build_benchmark_runs_on_a_small_catalogue(app_dir, tmp_path, capsys):
    """A smoke run of bench/bench_build.py (one start of each, 200 records): it measures, not a timing test."""
    import json

    from bench import bench_build
    out = tmp_path / "figures.json"
    assert bench_build.main(["--dist", str(app_dir.parent), "--records", "200", "--repeat", "1",
                             "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert figures["folder_mb"] > 50 and figures["start_built_p50_ms"] > 0 and figures["start_venv_p50_ms"] > 0


@pytest.mark.parametrize("lang, menus, ending", [
    ("th_TH.UTF-8", "แฟ้ม(F) | แก้ไข(E)", "(ltr, 1 translations)"),   # Qt has no Thai of its own
    ("ar_EG.UTF-8", "ملف | تحرير", "(rtl, 2 translations)"),          # ours and Qt's qtbase_ar
    ("vi_VN.UTF-8", "Tệp", "(ltr, 1 translations)"),
])
def test_the_window_speaks_the_systems_language(app_dir, home, lang, menus, ending):
    """The compiled translations are in the build and found from it (ui/i18n/language.py), Qt's own
    through the qt.conf the build script writes."""
    proc = run_app(app_dir, home, env_extra={"QT_QPA_PLATFORM": "offscreen", "LANG": lang,
                                             "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT": "1"})
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("menus: "))
    assert menus in line and line.endswith(ending), line


def test_every_command_line_verb(app_dir, home):
    """The verbs and formats that are imported by name (cli/main.py, app/transfer/formats) are all in."""
    def ok(*args, **kw):
        proc = run_app(app_dir, home, *args, **kw)
        assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-2000:])
        return proc.stdout
    uid = ok("search", "housing").split()[0]
    assert "Home truths" in ok("show", uid)
    assert "Housing and living conditions" in ok("facets", "housing")
    ok("delete", uid)
    assert uid in ok("trash")
    ok("restore", uid)
    assert ok("history", uid).strip()
    ok("quality")
    ok("duplicates")
    assert "conflicts" in ok("sync", "--help")
    for fmt, suffix in (("xlsx", "xlsx"), ("ris", "ris"), ("bibtex", "bib"), ("csljson", "json"), ("json", "json"),
                        ("package", "zip")):
        out = home / f"all-{fmt}.{suffix}"
        ok("export", "--format", fmt, "-o", str(out))
        assert out.stat().st_size > 1000, fmt
    ok("lists", "create", "Reading")
    ok("lists", "add", "Reading", uid)
    for fmt, suffix in (("docx", "docx"), ("html", "html")):
        ok("lists", "export", "Reading", "--format", fmt, "-o", str(home / f"list.{suffix}"))
    # A colleague's package into a fresh catalogue (the "Done means").
    other = home / "colleague.db"
    ok("--db", str(other), "import", str(home / "all-package.zip"))
    assert "Home truths" in ok("--db", str(other), "search", "housing")


def test_publish_writes_the_page_with_its_assets(app_dir, home):
    out = home / "site"
    proc = run_app(app_dir, home, "publish", "housing", "-o", str(out), "--title", "Field page")
    assert proc.returncode == 0, proc.stderr
    for name in ("index.html", "assets/style.css", "assets/app.js", "assets/fold.js", "assets/i18n.js"):
        assert (out / name).stat().st_size > 100, name
    page = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.suffix in (".html", ".js"))
    assert "Home truths" in page and "Field page" in page


def test_a_pdf_is_read_with_the_shipped_pdfium(app_dir, home, qapp):
    """add-files reads the PDF's text and renders its thumbnail through pypdfium2's native library."""
    from tests.document_files import write_pdf
    pdf = write_pdf(home / "remittances.pdf", ["Remittance corridors of Mekong seasonal workers",
                                               "Second page: the quodlibetarian ledger"], title="Corridors")
    proc = run_app(app_dir, home, "add-files", str(pdf))
    assert proc.returncode == 0, proc.stderr
    proc = run_app(app_dir, home, "search", "quodlibetarian")   # only the PDF's second page has it
    assert proc.returncode == 0 and "1 of 1" in proc.stderr, proc.stdout + proc.stderr
    assert list(home.rglob(".thumbnails/*.ppm")), "no thumbnail rendered"
    proc = run_app(app_dir, home, "documents")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr


def test_a_shared_catalogue_on_a_server_and_an_offline_copy(app_dir, home, pg_server):
    """psycopg's libpq inside the build: a password over TCP (SCRAM), then an offline copy by sync."""
    from tests.pg_server import LIBRARIAN, LIBRARIAN_PASSWORD
    name = pg_server.new_database("seeded", owner=LIBRARIAN)
    pg_server.sql(name, f"GRANT ALL ON SCHEMA public TO {LIBRARIAN}")
    for (table,) in pg_server.sql(name, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER TABLE {table} OWNER TO {LIBRARIAN}")
    for (seq,) in pg_server.sql(name, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'"):
        pg_server.sql(name, f"ALTER SEQUENCE {seq} OWNER TO {LIBRARIAN}")
    url = pg_server.url(name, LIBRARIAN)
    password = {"PGPASSWORD": LIBRARIAN_PASSWORD}
    proc = run_app(app_dir, home, "--db", url, "search", "housing", env_extra=password)
    assert proc.returncode == 0 and "Home truths" in proc.stdout, proc.stderr
    copy = home / "field.db"
    proc = run_app(app_dir, home, "--db", str(copy), "sync", "--remote", url, env_extra=password)
    assert proc.returncode == 0 and "made an offline copy" in proc.stdout, proc.stdout + proc.stderr
    proc = run_app(app_dir, home, "--db", str(copy), "search", "housing")
    assert proc.returncode == 0 and "Home truths" in proc.stdout, proc.stderr


def test_a_package_opened_from_the_file_manager_starts_the_import_dialog(app_dir, home):
    """``resource-catalogue PACKAGE.zip`` (the desktop entry's %f): the window, then the import dialog."""
    package = home / "colleague.zip"
    proc = run_app(app_dir, home, "--db", str(home / "theirs.db"), "export", "--format", "package", "-o", str(package))
    assert proc.returncode == 0, proc.stderr
    proc = run_app(app_dir, home, str(package), env_extra={"QT_QPA_PLATFORM": "offscreen",
                                                           "RESOURCE_CATALOGUE_QUIT_AFTER_PAINT": "1"})
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "dialog: Import" in proc.stderr.splitlines(), proc.stderr


def test_a_scan_is_read_by_the_laptops_tesseract_and_named_without_it(app_dir, home, qapp):
    """Tesseract is not shipped: with it on PATH (this machine has it) a scan's page is rendered by the
    shipped PDFium and read; without it the scan is listed as having no text, with how to install it."""
    from tests.document_files import write_pdf
    assert shutil.which("tesseract", path="/usr/bin:/bin"), "tesseract-ocr is installed here"
    scan = write_pdf(home / "scan.pdf", ["Seasonal workers quodlibetarian ledger"], image_only=True)
    proc = run_app(app_dir, home, "add-files", str(scan))
    assert proc.returncode == 0 and "1 pages of text" in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    assert "1 of 1" in run_app(app_dir, home, "search", "quodlibetarian").stderr
    empty = home / "no-programs"
    empty.mkdir()
    other = home / "other.db"
    proc = run_app(app_dir, home, "--db", str(other), "add-files", str(scan), env_extra={"PATH": str(empty)})
    assert proc.returncode == 0, proc.stderr
    proc = run_app(app_dir, home, "--db", str(other), "documents", "--no-text", env_extra={"PATH": str(empty)})
    assert proc.returncode == 0 and "scan.pdf" in proc.stdout and "Install Tesseract" in proc.stdout, proc.stdout
