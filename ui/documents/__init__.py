"""Documents in the window: the background indexer in the status bar, adding files, opening a file at a page."""
