"""Persistence: peewee models, schema and migrations, search indexes and every SQL query.

This package imports neither ``app`` nor ``ui``.
"""
import sys as _sys

# peewee and playhouse.migrate (through playhouse.postgres_ext) import a PostgreSQL driver as they
# load (psycopg, with asyncio and the rest: ~0.15 s of every start), though a catalogue file never
# needs one. They are loaded here without it, and db.postgres hands peewee psycopg when a server
# catalogue is first opened (db.postgres.cursor_class); postgres_ext's own extras are not used.
if "peewee" not in _sys.modules:
    _held = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in _sys.modules]
    for _name in _held:
        _sys.modules[_name] = None   # "import psycopg" raises ImportError
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401
    finally:
        for _name in _held:
            if _sys.modules.get(_name, False) is None:
                del _sys.modules[_name]
