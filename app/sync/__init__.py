"""Offline copies of a shared catalogue and syncing them (``service``), with its parts: the two sides, records,
what travels besides records, and the attachments and logins of a catalogue on a server."""
