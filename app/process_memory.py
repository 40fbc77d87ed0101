"""Memory the process frees goes back to the system (Linux with glibc; nothing elsewhere).

Why: glibc's malloc raises its mmap threshold each time a large mapped block is freed (up to
32 MB), and from then on blocks of a few MB, the id lists, numpy masks and query texts a
1,000,000-record catalogue makes and drops on every search, count and sort, come from the heap,
where freed space stays with the process; each thread's own arena keeps more. Fixing the threshold
at 128 KiB (its starting value) maps and unmaps such blocks whole, and two arenas stop the worker
threads from keeping spare heaps. Measured at 1,000,000 records (bench/RESULTS.md, "Issue 17:
window memory"): the window's peak 373 -> 297 MB, RSS after typing a word 366 -> 267 MB, searches
as fast as before. A setting given in the environment (MALLOC_MMAP_THRESHOLD_, MALLOC_ARENA_MAX)
is left as it is.
"""
from __future__ import annotations

import ctypes
import os
import sys

# mallopt(3) parameters (malloc.h)
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024
ARENA_MAX = 2


def _glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc")   # (platform.libc_ver reads the executable)
    except (ValueError, OSError, AttributeError):
        return False


def return_freed_memory() -> bool:
    """Set glibc's allocator as the module docstring says; True if it was set."""
    if not sys.platform.startswith("linux") or not _glibc():
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")   # (find_library would run ldconfig: ~20 ms at start-up)
    except OSError:
        return False
    done = True
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        done = libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and done
    if "MALLOC_ARENA_MAX" not in os.environ:
        done = libc.mallopt(M_ARENA_MAX, ARENA_MAX) == 1 and done
    return done
