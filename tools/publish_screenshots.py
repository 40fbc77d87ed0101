"""Screenshots of the published web page at phone and desktop width, in headless Chromium.

    python tools/publish_screenshots.py [--out docs]

Publishes a fresh seeded catalogue (in a temporary folder; your own is never touched) and writes:
  publish-desktop.png   1400 x 900: the list, latest first, the criteria boxes on the right
  publish-phone.png     390 x 844: one column, a search typed, the list under the search box
  publish-record.png    390 x 844: one record's page on a phone
  publish-arabic.png    1400 x 900: the page in Arabic, right to left, with Thailand ticked
Needs chromium and chromium-driver (Debian), selenium (PyPI), fonts-noto-core.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.catalogue import Catalogue  # noqa: E402
from app.publish import PublishOptions, publish  # noqa: E402
from bench.browser import chromium, page_url, wait_ready  # noqa: E402

SHOTS = (  # file, width, height, address fragment, language
    ("publish-desktop.png", 1400, 900, "", "en"),
    ("publish-phone.png", 390, 844, "q=migrant+workers", "en"),
    ("publish-record.png", 390, 844, "r=88f555b2-182a-5e25-9a02-32f4f434a892", "en"),
    ("publish-arabic.png", 1400, 900, "country=TH", "ar"),
)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cat = Catalogue.open(Path(tmp) / "catalogue.db")
        try:
            publish(cat, Path(tmp) / "site", options=PublishOptions(title="Labour migration resources"))
        finally:
            cat.close()
        for name, width, height, fragment, lang in SHOTS:
            driver = chromium(width, height, lang)
            try:
                driver.get(page_url(Path(tmp) / "site", fragment, lang))
                wait_ready(driver)
                # The window's size includes no browser frame in headless mode: the page gets it all.
                if not driver.save_screenshot(str(out / name)):
                    raise SystemExit(f"error: could not write {out / name}")
            finally:
                driver.quit()
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
