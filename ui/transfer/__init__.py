"""File › Import and File › Export: the dialogs, the column mapping and the worker that runs them."""
