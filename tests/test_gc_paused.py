"""app.gc_paused: the cycle collector waits inside, and comes back whatever happens."""
from __future__ import annotations

import gc

import pytest

from app.gc_paused import gc_paused


def test_paused_inside_and_back_after_an_error_and_when_nested():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()          # the inner one does not switch it back on early
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_caller_that_paused_it_keeps_it_paused():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cycles_made_inside_are_collected_after():
    class Node:
        pass
    with gc_paused():
        for _ in range(1000):
            a, b = Node(), Node()
            a.other, b.other = b, a
        del a, b
    gc.collect()
    assert not [o for o in gc.get_objects() if type(o) is Node]
