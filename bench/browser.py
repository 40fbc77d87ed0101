"""Headless Chromium driven by Selenium, for the published page's tests, benchmark and screenshots.

Debian's ``chromium`` and ``chromium-driver`` packages (tools/run_tests.sh installs them); Selenium
from PyPI. No network: the page is opened from the disk (file://).
"""
from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
DRIVER = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")


class BrowserMissing(RuntimeError):
    """Chromium or its driver is not installed."""


def _first(paths, name: str) -> str:
    for path in paths:
        if Path(path).exists():
            return path
    found = shutil.which(name)
    if not found:
        raise BrowserMissing(f"{name} is not installed (apt-get install chromium chromium-driver)")
    return found


def chromium(width: int = 1400, height: int = 900, lang: str = "en-US", requests: bool = False):
    """A headless Chromium window of ``width`` x ``height`` CSS pixels, its language ``lang``; with
    ``requests``, every request it makes is logged (``requested_urls``)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _first(CHROMIUM, "chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", f"--lang={lang}",
                f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    logs = {"browser": "ALL", "performance": "ALL"} if requests else {"browser": "ALL"}
    options.set_capability("goog:loggingPrefs", logs)   # the page's errors (and requests), for tests
    driver = webdriver.Chrome(service=Service(_first(DRIVER, "chromedriver")), options=options)
    driver.set_window_size(width, height)
    # The page's viewport exactly width x height (the window's size includes a frame); a phone's
    # width is a mobile viewport, so the page's <meta name=viewport> is honoured as on a phone.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.set_page_load_timeout(60)
    return driver


def requested_urls(driver) -> list[str]:
    """The URLs the page requested since the last call (a driver made with ``requests=True``)."""
    import json
    out = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            out.append(message["params"]["request"]["url"])
    return out


def page_url(folder, fragment: str = "", lang: str | None = None) -> str:
    url = (Path(folder) / "index.html").resolve().as_uri()
    if lang:
        url += f"?lang={lang}"
    return url + (f"#{fragment}" if fragment else "")


def wait_ready(driver, timeout: float = 30, search: bool = True) -> None:
    """Until the page has drawn its first answer (app.js sets RC.readyAt) and, with ``search``,
    loaded its search index (RC.searchReadyAt)."""
    from selenium.webdriver.support.ui import WebDriverWait
    mark = "searchReadyAt" if search else "readyAt"
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script(f"return !!(window.RC && window.RC.readyAt && window.RC.{mark})"))
