"""A record named on the command line: its full UID, or a unique prefix of it (as `search` shows them)."""
from __future__ import annotations


def resolve_uid(catalogue, text: str) -> str | None:
    """The full UID ``text`` names (itself, or the one record whose UID starts with it, 4 characters
    at least); None if none or several."""
    text = text.strip()
    if catalogue.record(text) is not None:
        return text
    return catalogue.uid_for_prefix(text) if len(text) >= 4 else None


def resolve_uid_or_say(catalogue, text: str, err) -> str | None:
    """resolve_uid, saying on ``err`` which text named no record."""
    full = resolve_uid(catalogue, text)
    if full is None:
        print(f"error: no resource with UID {text.strip()!r}", file=err)
    return full
