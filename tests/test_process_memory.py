"""app.process_memory: after it, blocks of a few MB are mapped (and so unmapped when freed) even
once a large block has been freed, which otherwise raises glibc's threshold and keeps such blocks
in the heap (see the module docstring; the window's memory at 1,000,000 records depends on it)."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Run in a child process: the setting is for the whole process, and the test's own allocations
# would blur the figures. Prints the bytes held in mapped blocks while a 1 MB block is alive.
CHILD = """
import ctypes, sys
sys.path.insert(0, {root!r})
if {apply}:
    from app.process_memory import return_freed_memory
    assert return_freed_memory()

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                 "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
big = b"x" * (8 << 20)     # a mapped block; freeing it raises glibc's dynamic threshold to 8 MB
del big
before = libc.mallinfo2().hblkhd
block = b"y" * (1 << 20)
print(libc.mallinfo2().hblkhd - before)
"""

needs_glibc = pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                                 reason="glibc's allocator only (the setting does nothing elsewhere)")


def mapped_bytes_of_a_new_block(apply: bool) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), apply=apply)], env=env,
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1])


@needs_glibc
def test_after_a_large_block_is_freed_a_block_of_a_megabyte_is_still_mapped():
    assert mapped_bytes_of_a_new_block(apply=True) >= 1 << 20


@needs_glibc
def test_without_it_the_same_block_comes_from_the_heap():
    # The control: shows the test above measures the setting, not glibc's defaults.
    assert mapped_bytes_of_a_new_block(apply=False) == 0


def test_a_setting_given_in_the_environment_is_left_alone(monkeypatch):
    from app import process_memory
    calls = []

    class FakeLibc:
        def mallopt(self, param, value):
            calls.append((param, value))
            return 1
    monkeypatch.setattr(process_memory.ctypes, "CDLL", lambda *_: FakeLibc())
    monkeypatch.setattr(process_memory.sys, "platform", "linux")
    monkeypatch.setattr(process_memory, "_glibc", lambda: True)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert process_memory.return_freed_memory()
    assert calls == [(process_memory.M_MMAP_THRESHOLD, process_memory.MMAP_THRESHOLD)]
