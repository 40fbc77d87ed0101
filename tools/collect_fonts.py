"""Gather the Noto fonts the build ships, with their licence, into one folder.

    python tools/collect_fonts.py OUT_DIR

The fonts come from Debian's fonts-noto-core and fonts-noto-cjk (tools/run_tests.sh installs both), so
no font file is kept in the repository. Chinese is the Simplified Chinese face of Noto Sans CJK, cut
down with HarfBuzz's subsetter (uharfbuzz) to 6 MB; the collection it comes from is 20 MB.

OUT_DIR gets the font files, OFL.txt (the SIL Open Font License they are under) and fonts.json, which
names the files for each Qt writing system (ui/fonts.py registers a script's files only when the
system has no font for it).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTO_CORE = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_FACE = "Noto Sans CJK SC"
CJK_FILE = "NotoSansCJKsc-Regular-subset.otf"
# Latin, punctuation, arrows and mathematical operators (the window's hints say "↑ and ↓", its history
# "old → new" and "− Housing": Noto Sans has no arrows), CJK punctuation, kana, ideographs, full-width forms.
CJK_RANGES = [(0x20, 0x250), (0x2000, 0x2070), (0x2190, 0x2300), (0x3000, 0x3100), (0x4E00, 0xA000),
              (0xFF00, 0xFFF0)]
CJK_FEATURES = ("ccmp", "kern", "liga", "calt", "palt", "halt")

# Qt writing system name -> files from fonts-noto-core.
CORE = {
    "Thai": ["NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"],
    "Khmer": ["NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"],
    "Myanmar": ["NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"],
    "Lao": ["NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"],
    "Arabic": ["NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"],
    "Vietnamese": ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"],
}


def cjk_face(out: Path, source: Path = NOTO_CJK) -> None:
    """Cut the Simplified Chinese face of the CJK collection down to what Chinese titles need: the
    whole CJK Unified Ideographs block (20,992 characters), CJK punctuation, kana, full-width forms,
    Latin, arrows and mathematical operators, without the Japanese/Korean/Traditional glyph variants the font swaps in by language
    (6 MB instead of 16 MB for the face alone). HarfBuzz's subsetter does it in a quarter of a
    second; fontTools' took three and a half minutes here for a larger result (bench/RESULTS.md)."""
    import uharfbuzz as hb
    blob = hb.Blob.from_file_path(str(source))
    faces = (hb.Face(blob, index) for index in range(16))  # a face past the end has no name
    face = next(f for f in faces if f.get_name(hb.OTNameIdPredefined.FONT_FAMILY) == CJK_FACE)
    wanted = hb.SubsetInput()
    for low, high in CJK_RANGES:
        for code in range(low, high):
            wanted.unicode_set.add(code)
    wanted.sets(hb.SubsetInputSets.NAME_ID).invert()  # keep every name record (the licence among them)
    features = wanted.sets(hb.SubsetInputSets.LAYOUT_FEATURE_TAG)
    features.clear()
    for tag in CJK_FEATURES:
        features.add(int.from_bytes(tag.encode("ascii"), "big"))
    out.write_bytes(hb.subset(face, wanted).blob.data)


def collect(out: Path) -> dict[str, list[str]]:
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, list[str]] = {}
    missing = []
    for system, names in CORE.items():
        for name in names:
            source = NOTO_CORE / name
            if source.exists():
                shutil.copy2(source, out / name)
                manifest.setdefault(system, []).append(name)
            else:
                missing.append(str(source))
    if NOTO_CJK.exists():
        cjk_face(out / CJK_FILE)
        manifest["SimplifiedChinese"] = [CJK_FILE]
        manifest["TraditionalChinese"] = [CJK_FILE]
    else:
        missing.append(str(NOTO_CJK))
    if missing:
        raise SystemExit("missing font files (install fonts-noto-core and fonts-noto-cjk):\n  "
                         + "\n  ".join(missing))
    shutil.copy2(HERE / "fonts" / "OFL.txt", out / "OFL.txt")
    (out / "fonts.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    collect(Path(sys.argv[1]))
