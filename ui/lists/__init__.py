"""The Library dock: places, reading lists and their panel, the Lists menu and bibliographies."""
