"""The published page in a real browser: Debian's headless Chromium driven by Selenium, opened
from the disk (file://), as a workshop participant would open it from a USB stick."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from app import attachments
from app.catalogue import Catalogue
from app.publish import PublishOptions, publish, site_data
from app.publish.site_data import index_words
from bench.browser import chromium, page_url, wait_ready
from bench.synthetic import build_catalogue
from tests.helpers import add

ROOT = Path(__file__).resolve().parents[1]
NASTY = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Nasty title'
THAI = "รายงานการคุ้มครองแรงงานข้ามชาติในประเทศไทย"
VIET = "Báo cáo về lao động di cư Việt Nam"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("seedsite")
    cat = Catalogue.open(base / "seeded.db")
    try:
        publish(cat, base / "site")
    finally:
        cat.close()
    return base / "site"


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory):
    """300 synthetic records plus a hostile title, a Thai one and a Vietnamese one, newest last."""
    base = tmp_path_factory.mktemp("gensite")
    cat = build_catalogue(base / "generated.db", 300)
    chunk, site_data.CHUNK = site_data.CHUNK, 100     # four details files, to load on demand
    try:
        add(cat, NASTY, summary="A title that tries to run a script.", countries=["TH"])
        add(cat, THAI, summary="ภาษาไทย", languages=["th"], countries=["TH"])
        viet = add(cat, VIET, summary="Nghiên cứu", languages=["vi"], countries=["VN"])
        report = base / "Báo cáo #1: 100% <final>.pdf"
        report.write_bytes(b"%PDF-1.4 published")
        attachments.add(cat, viet.uid, report)
        publish(cat, base / "site", options=PublishOptions(title="Generated", with_files=True))
    finally:
        site_data.CHUNK = chunk
        cat.close()
    return base / "site"


@pytest.fixture(scope="module")
def browser():
    driver = chromium(1400, 900)
    yield driver
    driver.quit()


def open_page(driver, folder, fragment: str = "", lang: str | None = None) -> None:
    driver.get("about:blank")
    driver.get(page_url(folder, fragment, lang))
    wait_ready(driver)


def titles(driver) -> list[str]:
    """The titles listed, read in one go (a details file arriving may redraw the list meanwhile)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#list .item-title')).map(e => e.textContent)")


def counts(driver, facet: str) -> dict[str, int]:
    rows = driver.execute_script("""
        return Array.from(document.querySelectorAll('details[data-facet="' + arguments[0] + '"] .values > li > label'))
          .map(l => [l.querySelector('.label').textContent, l.querySelector('.count').textContent]);""", facet)
    return {label: int(n.replace(",", "")) for label, n in rows}


def click(driver, by, selector) -> None:
    """Click, again if the page redrew the element meanwhile (a details file arriving redraws the list)."""
    from selenium.common.exceptions import StaleElementReferenceException

    def attempt(d):
        try:
            d.find_element(by, selector).click()
            return True
        except StaleElementReferenceException:
            return False
    WebDriverWait(driver, 10).until(attempt)


def type_into_search(driver, text: str) -> None:
    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)


def seed_titles() -> list[str]:
    return [r["title"] for r in json.loads((ROOT / "resources_seed" / "records.json").read_text("utf-8"))]


def test_the_seed_in_listing_order(browser, seed_site):
    open_page(browser, seed_site)
    assert titles(browser) == seed_titles()
    assert browser.find_element(By.ID, "status").text == "Showing 1–20 of 20 resources"
    assert browser.find_elements(By.CSS_SELECTOR, "#pager button") == []   # one page: no paging


def test_typing_housing_finds_home_truths_and_writes_the_address(browser, seed_site):
    open_page(browser, seed_site)
    type_into_search(browser, "housing")
    assert titles(browser)[0].startswith("Home truths")
    assert len(titles(browser)) < 20
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return location.hash") == "#q=housing")
    type_into_search(browser, "HOUS")      # case folded, a word's start is enough
    assert any(t.startswith("Home truths") for t in titles(browser))


def test_ticking_thailand_narrows_the_results_and_the_other_counts(browser, seed_site):
    open_page(browser, seed_site)
    types_before, countries_before = counts(browser, "type"), counts(browser, "country")
    thailand = countries_before["Thailand"]
    click(browser, By.XPATH, "//details[@data-facet='country']//label[span='Thailand']/input")
    assert len(titles(browser)) == thailand < 20
    types_after = counts(browser, "type")
    assert sum(types_after.values()) < sum(types_before.values())
    assert all(types_after[k] <= types_before[k] for k in types_after)
    # The country box ignores its own tick: its counts stay, so other countries can be added (OR).
    assert counts(browser, "country") == countries_before
    assert browser.execute_script("return location.hash") == "#country=TH"
    assert "Thailand" in browser.find_element(By.ID, "chips").text


def test_the_address_restores_a_search_on_load_and_on_change(browser, seed_site):
    open_page(browser, seed_site, "q=housing&country=TH")
    assert browser.find_element(By.ID, "q").get_attribute("value") == "housing"
    assert browser.find_element(
        By.XPATH, "//details[@data-facet='country']//label[span='Thailand']/input").is_selected()
    assert titles(browser)[0].startswith("Home truths")
    browser.execute_script("location.hash = 'q=covid'")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "q").get_attribute("value") == "covid")
    assert titles(browser) and all(not t.startswith("Home truths") for t in titles(browser))
    browser.back()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "q").get_attribute("value") == "housing")


def test_a_record_page_shows_summary_organizations_and_links(browser, seed_site):
    open_page(browser, seed_site)
    click(browser, By.PARTIAL_LINK_TEXT, "Home truths")
    record = browser.find_element(By.ID, "record")
    WebDriverWait(browser, 10).until(lambda d: record.is_displayed())
    text = record.text
    assert "International Labour Organization" in text and "Summary" in text and "Thailand" in text
    assert "migrant worker living standards" in text
    assert browser.execute_script("return location.hash").startswith("#r=88f555b2")
    browser.find_element(By.CSS_SELECTOR, "#record a.back").click()
    WebDriverWait(browser, 10).until(lambda d: len(titles(d)) == 20)


def test_a_script_in_a_title_stays_text(browser, generated_site):
    open_page(browser, generated_site)
    assert titles(browser)[2] == NASTY          # newest first: added before the Thai and Vietnamese ones
    type_into_search(browser, "nasty")
    assert titles(browser) == [NASTY]
    assert browser.execute_script("return window.__pwned") is None
    assert browser.find_elements(By.CSS_SELECTOR, "#list img, #list script") == []


def test_thai_substring_and_vietnamese_without_accents_are_found(browser, generated_site):
    open_page(browser, generated_site)
    type_into_search(browser, "แรงงานข้ามชาติ")      # inside a run of Thai written without spaces
    assert THAI in titles(browser)
    type_into_search(browser, "lao dong")
    assert VIET in titles(browser)


def test_an_attached_file_opens_from_its_link(browser, generated_site):
    open_page(browser, generated_site)
    link = browser.find_element(By.CSS_SELECTOR, "#list a.file")
    assert link.text == "Báo cáo #1: 100% <final>.pdf"
    href = link.get_attribute("href")
    assert href.startswith(generated_site.resolve().as_uri() + "/files/")
    from urllib.parse import unquote, urlparse
    assert Path(unquote(urlparse(href).path)).read_bytes() == b"%PDF-1.4 published"


def test_paging_twenty_at_a_time(browser, generated_site):
    open_page(browser, generated_site)
    assert len(titles(browser)) == 20
    first = titles(browser)
    click(browser, By.XPATH, "//nav[@id='pager']/button[text()='2']")
    assert len(titles(browser)) == 20 and titles(browser)[0] not in first
    assert browser.execute_script("return location.hash") == "#page=2"
    assert browser.find_element(By.ID, "status").text == "Showing 21–40 of 303 resources"


def test_details_load_when_a_page_or_a_record_needs_them(browser, generated_site):
    assert len(list((generated_site / "data").glob("details-*.js"))) == 4
    oldest = "00000000-0000-4000-8000-000000000000"     # the last record: details-3.js
    open_page(browser, generated_site, f"r={oldest}")
    WebDriverWait(browser, 10).until(lambda d: "Summary" in d.find_element(By.ID, "record").text)
    assert "zyxwv0" in browser.find_element(By.ID, "record").text
    open_page(browser, generated_site, "sort=title&page=3")     # records from every chunk
    WebDriverWait(browser, 10).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#list .summary")) == 20)


def test_also_in_links_the_versions_where_the_data_has_them(browser, seed_site, tmp_path):
    """Relations between language versions are not in the catalogue yet; the format's optional
    ``v`` field is what a publish will write then, and the page shows it already."""
    import shutil
    site = tmp_path / "site"
    shutil.copytree(seed_site, site)
    path = site / "data" / "details-0.js"
    text = path.read_text("utf-8")
    k, details = json.loads("[" + text[text.index("(") + 1:text.rindex(");")] + "]")
    details[1]["v"] = [{"l": "th", "u": "f6a6f9b4-66c2-5f6c-a43e-a7ff336c0ac0", "t": "ฉบับภาษาไทย"},
                       {"l": "km", "u": "not-published"}]
    path.write_text(f"RC.details({k},{json.dumps(details, ensure_ascii=False)});\n", "utf-8")
    open_page(browser, site, "r=88f555b2-182a-5e25-9a02-32f4f434a892")
    WebDriverWait(browser, 10).until(lambda d: "Also in" in d.find_element(By.ID, "record").text)
    link = browser.find_element(By.XPATH, "//dt[.='Also in']/following-sibling::dd[1]/a")
    assert link.get_attribute("title") == "ฉบับภาษาไทย"
    assert "Khmer" in browser.find_element(By.XPATH, "//dt[.='Also in']/following-sibling::dd[1]").text
    link.click()
    WebDriverWait(browser, 10).until(lambda d: "Global Gender Strategy" in d.find_element(By.ID, "record").text)


def test_no_script_errors_while_searching_ticking_paging_and_reading(browser, generated_site):
    browser.get_log("browser")                  # drop what earlier tests left
    open_page(browser, generated_site)
    type_into_search(browser, "migrant")
    click(browser, By.XPATH, "//details[@data-facet='country']//li[1]//input")
    click(browser, By.XPATH, "//nav[@id='pager']/button[text()='2']")
    click(browser, By.CSS_SELECTOR, "#list .item-title a")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "record").is_displayed())
    browser.back()
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_the_page_folds_text_as_the_publisher_did(browser, generated_site):
    open_page(browser, generated_site)
    samples = ["Lao Động: the ILO’s “Home truths” — ÉTUDE", "Straße Øresund Łódź", "ΣΟΦΟΣ σοφός",
               "ពលករចំណាកស្រុក", "ရွှေ့ပြောင်း", "农民工工资", "zero\u200bwidth soft\u00adhyphen", "Ⅻ ﬁnance ①"]
    assert browser.execute_script("return arguments[0].map(RC.words)", samples) == [index_words(s) for s in samples]


def test_arabic_reads_right_to_left(browser, seed_site):
    open_page(browser, seed_site, lang="ar")
    assert browser.execute_script("return [document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert browser.find_element(By.CSS_SELECTOR, "details[data-facet='country'] summary").text.startswith("البلد")
    open_page(browser, seed_site, lang="th")
    assert browser.find_element(By.ID, "status").text.startswith("แสดง")


@pytest.mark.parametrize("lang, thailand, status", [
    ("th", "ไทย", "แสดง 1–3 จาก 3 รายการ"),
    ("vi", "Thái Lan", "Hiển thị 1–3 trong 3 tài liệu"),
    ("ar", "تايلاند", "عرض 1–3 من 3 موارد"),
])
def test_vocabulary_names_follow_the_page_language_as_in_the_window(browser, seed_site, lang, thailand, status):
    """The criteria boxes, the chips and each record's line name countries, types, themes, regions and
    languages as the app does in that language; the address keeps the language-neutral code."""
    from app import vocab_labels
    open_page(browser, seed_site, "country=TH", lang=lang)
    assert browser.find_element(By.ID, "status").text == status
    boxes = counts(browser, "country")
    assert boxes[thailand] == 3 and "Thailand" not in boxes
    assert thailand in browser.find_element(By.ID, "chips").text
    report = vocab_labels.label("type", "Report", lang)
    assert report and report in counts(browser, "type")
    assert browser.find_element(By.CSS_SELECTOR, "#list .meta").text.startswith(report)
    # Unticked and ticked again by its translated name: the address still says TH.
    click(browser, By.XPATH, f"//details[@data-facet='country']//label[span='{thailand}']/input")
    assert len(titles(browser)) == 20
    click(browser, By.XPATH, f"//details[@data-facet='country']//label[span='{thailand}']/input")
    assert browser.execute_script("return location.hash") == "#country=TH"
    # The country box's filter finds a country by its name in the page's language or as stored.
    box = browser.find_element(By.CSS_SELECTOR, "details[data-facet='country'] input.filter")
    for typed in (thailand, "malays"):
        box.clear()
        box.send_keys(typed)
        shown = list(counts(browser, "country"))
        assert thailand in shown if typed == thailand else vocab_labels.label("country", "MY", lang) in shown
    box.clear()
    box.send_keys(Keys.ESCAPE)


@pytest.fixture(scope="module")
def phone():
    """A phone's width and a Vietnamese browser: the page follows the browser's language."""
    driver = chromium(390, 844, "vi-VN")
    yield driver
    driver.quit()


@pytest.mark.parametrize("lang", [None, "th", "ar"])
def test_a_phone_gets_one_column_with_the_criteria_under_the_list(phone, seed_site, lang):
    open_page(phone, seed_site, "q=migrant", lang=lang)
    expected = lang or "vi"       # no ?lang: the browser's language (vi-VN) chooses
    assert phone.execute_script("return document.documentElement.lang") == expected
    # Nothing wider than the screen (a phone would scroll sideways), in any language.
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    boxes = phone.execute_script("""
        const r = e => e.getBoundingClientRect();
        const list = r(document.getElementById('list')), crit = r(document.getElementById('criteria'));
        return {listBottom: list.bottom, critTop: crit.top, critWidth: crit.width,
                open: Array.from(document.querySelectorAll('#boxes details')).filter(d => d.open).length};""")
    assert boxes["critTop"] >= boxes["listBottom"] and boxes["critWidth"] > 300
    assert boxes["open"] == 0                       # closed until tapped: the list comes first
    assert phone.find_element(By.ID, "to-criteria").is_displayed()
    click(phone, By.CSS_SELECTOR, "details[data-facet='country'] summary")
    WebDriverWait(phone, 10).until(lambda d: counts(d, "country"))   # drawn on the toggle event
    click(phone, By.XPATH, "//details[@data-facet='country']//li[1]//input")
    assert "country=" in phone.execute_script("return location.hash")
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390


def test_everything_the_page_loads_comes_from_its_own_folder(generated_site):
    """Offline: while opening, searching, paging, reading a record and following Also in, every
    request the browser makes is for a file of the published folder (file://), none for a network."""
    from bench.browser import requested_urls
    driver = chromium(1400, 900, requests=True)
    try:
        open_page(driver, generated_site, "sort=title&page=4")
        type_into_search(driver, "migrant")
        click(driver, By.CSS_SELECTOR, "#list .item-title a")
        WebDriverWait(driver, 10).until(lambda d: "Summary" in d.find_element(By.ID, "record").text)
        loaded = requested_urls(driver)
    finally:
        driver.quit()
    folder = generated_site.resolve().as_uri() + "/"
    assert any(u.endswith("data/index.js") for u in loaded) and len([u for u in loaded if "details-" in u]) >= 2
    assert [u for u in loaded if not u.startswith(folder) and u != "about:blank"] == []
    text = "".join(p.read_text("utf-8") for p in (generated_site / "assets").iterdir())
    assert "http://" not in text and text.count("https://") == 1 and "https://doi.org/" in text   # a DOI link only


@pytest.mark.parametrize("fragment, query", [
    ("region=ASEAN", "region:ASEAN"),                    # a region takes in its member countries
    ("country=TH&country=MY", "country:TH,MY"),          # OR inside a box
    ("country=TH&type=Report", "country:TH type:Report"),   # AND across boxes
    ("theme=Labour+migration+governance&year=2022", "theme:\"Labour migration governance\" year:2022"),
    ("theme=COVID-19", "theme:COVID-19"),
    ("org=ILO&language=en", "org:ILO lang:en"),
    ("year=none", "year:none"),
    ("q=housing", "housing"),
    ("q=migrant+workers&country=TH", "migrant workers country:TH"),
    ("q=-covid", "-covid"),
])
def test_the_page_finds_what_the_window_finds(browser, seed_site, tmp_path, fragment, query):
    """The same search in the address and in the app's own query syntax: the same records."""
    from app.criteria import parse_query
    cat = Catalogue.open(tmp_path / "seeded.db")
    try:
        expected = [r.title for r in cat.rows(cat.search(parse_query(query), "latest").ids)]
    finally:
        cat.close()
    open_page(browser, seed_site, fragment)
    assert expected and titles(browser) == expected


def test_a_region_discloses_its_countries(browser, seed_site):
    open_page(browser, seed_site)
    click(browser, By.CSS_SELECTOR, "details[data-facet='region'] summary")
    WebDriverWait(browser, 10).until(lambda d: "ASEAN" in counts(d, "region"))   # drawn on the toggle event
    asean = counts(browser, "region")["ASEAN"]
    click(browser, By.XPATH, "//details[@data-facet='region']//li[label/span='ASEAN']/button[@class='disclose']")
    members = browser.execute_script("""
        return Array.from(document.querySelectorAll('details[data-facet="region"] .members .label'))
          .map(e => e.textContent);""")
    assert {"Thailand", "Malaysia", "Cambodia"} <= set(members) and "China" not in members
    click(browser, By.XPATH, "//details[@data-facet='region']//ul[@class='members']//label[span='Thailand']/input")
    assert browser.execute_script("return location.hash") == "#country=TH"
    assert len(titles(browser)) == 3 < asean


def test_a_record_line_and_page_speak_the_page_language(browser, tmp_path):
    """Volume, issue and pages are worded by the page (not by the publisher, in English); lists take
    the language's comma; in Arabic the date keeps its order (2022-03-10, not 10-03-2022)."""
    cat = Catalogue.open(tmp_path / "journal.db")
    try:
        add(cat, "Wage theft in the Gulf", type="Article", year=2022, month=3, day=10, countries=["TH", "MY"],
            container_title="Migration Letters", volume="19", issue="4", pages="501-514", keywords=["wages", "Gulf"])
        publish(cat, tmp_path / "site")
    finally:
        cat.close()
    open_page(browser, tmp_path / "site", "r=", lang="ar")
    meta = browser.find_element(By.CSS_SELECTOR, "#list .meta")
    assert meta.text == "مقالة · 2022-03-10 · ماليزيا، تايلاند"
    left = browser.execute_script("""
        const text = arguments[0].querySelector('bdi').firstChild, range = document.createRange();
        const at = (a, b) => { range.setStart(text, a); range.setEnd(text, b); return range.getBoundingClientRect().left; };
        return [at(0, 4), at(8, 10)];""", meta)
    assert left[0] < left[1]                          # "2022" drawn left of "10"
    footer = browser.find_element(By.ID, "footer").text
    published = footer[footer.index("\u2066") + 1:footer.index("\u2069", footer.index("\u2066"))]
    assert len(published) == 10 and published[4] == "-"     # the date isolated, left to right
    click(browser, By.CSS_SELECTOR, "#list .item-title a")
    record = browser.find_element(By.ID, "record")
    WebDriverWait(browser, 10).until(lambda d: "Migration Letters" in record.text)
    assert "Migration Letters، المجلد 19، العدد 4، الصفحات 501-514" in record.text
    assert "Gulf، wages" in record.text
    open_page(browser, tmp_path / "site", "r=", lang="th")
    click(browser, By.CSS_SELECTOR, "#list .item-title a")
    WebDriverWait(browser, 10).until(lambda d: "ปีที่ 19, ฉบับที่ 4, หน้า 501-514" in d.find_element(By.ID, "record").text)
