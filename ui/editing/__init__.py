"""Editing: the record editor and its pickers, bulk edit, merge, duplicates, vocabularies, and the actions that open them."""
