"""Writers take turns on one catalogue file: what the front ends need of db.write_wait.

A write that finds another program writing waits, calling a *waiter* between polls; the command line
installs one that prints a line on stderr, the window one that shows a progress dialog with Cancel.
The waiting itself belongs to db/ (it is how the backend's write lock is taken); front ends only choose
how it is shown, through this module, so they never reach into db/ internals.
"""
from __future__ import annotations

from db.write_wait import (WAIT_SECONDS, CatalogueBusyError, WaitCancelled, Waiter, set_default_waiter,
                           waiter_for_this_thread)

__all__ = ["WAIT_SECONDS", "CatalogueBusyError", "WaitCancelled", "Waiter", "set_default_waiter",
           "waiter_for_this_thread"]
