"""Shared catalogues in the window: open one, make an offline copy, sync now."""
