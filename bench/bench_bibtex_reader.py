"""BibTeX splitting: our repairing reader (app/transfer/formats/bibtex_syntax.py) beside
bibtexparser 2's splitter (the raw baseline), on a real file repeated, and what each keeps of
malformed entries. Run: nice -n 10 /work/venv/bin/python -m bench.bench_bibtex_reader [copies]
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

import bibtexparser

from app.transfer.formats import bibtex_syntax

FIXTURE = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "bibtexparser_fixtures" / "biber-examples.bib"
MALFORMED = {
    "missing comma": "@article{a,\n title = {First}\n author = {Smith, J},\n year = {2001}\n}\n",
    "unbalanced {": "@article{a,\n title = {First {x},\n author = {Smith, J},\n year = {2001}\n}\n",
    "brace too many": "@article{a,\n title = {First}},\n author = {Smith, J},\n year = {2001}\n}\n",
    "text after value": "@article{a,\n title = {First} x},\n author = {Smith, J},\n year = {2001}\n}\n",
}


def _timed(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(copies: int = 40) -> None:
    one = FIXTURE.read_text("utf-8")
    # Unique keys in each copy, so neither reader spends its time on duplicate keys.
    text = "\n".join(re.sub(r"(@\w+\{)([^,\s]+),", rf"\g<1>\g<2>-{i},", one) for i in range(copies))
    ours = bibtex_syntax.read(text)
    baseline = bibtexparser.parse_string(text, parse_stack=[])
    print(f"{len(text) / 1e6:.1f} MB, {len(ours.entries)} entries (bibtexparser: {len(baseline.entries)})")
    print(f"bibtexparser 2 split: {_timed(lambda: bibtexparser.parse_string(text, parse_stack=[])) * 1000:8.0f} ms")
    print(f"our reader:           {_timed(lambda: bibtex_syntax.read(text)) * 1000:8.0f} ms")
    print("fields kept of 3 (title, author, year) in one malformed entry:")
    for name, entry in MALFORMED.items():
        bp = bibtexparser.parse_string(entry, parse_stack=[])
        bp_fields = len(bp.entries[0].fields) if bp.entries else 0
        own = bibtex_syntax.read(entry).entries
        print(f"  {name:17s} bibtexparser {bp_fields}   ours {len(own[0].fields) if own else 0}"
              f"   reported: {own[0].problems[0] if own and own[0].problems else '-'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
