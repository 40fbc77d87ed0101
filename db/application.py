"""The name every catalogue writes into its ``catalogue_meta``, so a database that holds something
else is told apart (db.schema on SQLite files, db.postgres on servers both read it)."""
from __future__ import annotations

APPLICATION = "resource-catalogue"
