"""Python's cyclic garbage collector paused for one large batch of work.

A bulk edit of 10,000 records makes ~200,000 short-lived objects (records, lists, history rows), and
each allocation threshold crossed starts a collection that walks every object the window holds (its
row caches, the facet index, the undo stack): on a 100,000-record catalogue 18 full collections in
three edits, 0.3-0.5 s of a 2 s edit (bench/bench_speed17.py bulk, gc on against off). Reference
counting still frees everything as usual; only the search for reference cycles waits, and one
young-generation pass runs at the end.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    if not gc.isenabled():          # nested, or the caller already paused it
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
