"""The domain, free of Qt: catalogue queries, criteria, editing, formats and the command line."""
