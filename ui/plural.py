"""English plural endings for counted strings: ``english_plural(self.tr("%n page(s)", "", n), n)``.

A translation file gives each language its plural forms (English too: resource_catalogue_en.qm);
until the lead's next ``tools/translations.sh update`` lists a new counted string there, Qt only puts
the number in, so the "(s)" of the English source is resolved here: "1 page", "12 pages". A
translated text has no "(s)" and is returned unchanged.
"""
from __future__ import annotations


def english_plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text
