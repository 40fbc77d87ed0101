"""Regenerate countries.json and languages.json from pycountry (ISO 3166-1 and ISO 639).

The lists are committed as data so the app needs no pycountry at run time; run this when pycountry
publishes a new ISO release:  python resources_seed/build_iso_lists.py
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry

HERE = Path(__file__).parent


def main() -> None:
    countries = [
        {"code": c.alpha_2, "alpha3": c.alpha_3, "name": c.name,
         "common_name": getattr(c, "common_name", "") or ""}
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
    ]
    languages = [
        {"code": lang.alpha_2, "alpha3": lang.alpha_3, "name": lang.name}
        for lang in sorted(pycountry.languages, key=lambda x: x.alpha_3) if hasattr(lang, "alpha_2")
    ]
    # Languages of the region that have only an alpha-3 code.
    extra = ("shn", "kac", "hmn", "mnw", "kar", "ksw")
    for code in extra:
        lang = pycountry.languages.get(alpha_3=code)
        if lang is not None and not hasattr(lang, "alpha_2"):
            languages.append({"code": code, "alpha3": code, "name": lang.name})
    (HERE / "countries.json").write_text(json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "languages.json").write_text(json.dumps(languages, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(countries), "countries,", len(languages), "languages")


if __name__ == "__main__":
    main()
