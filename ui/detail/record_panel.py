"""What the detail pane's record tabs (attachments, history) share: a catalogue, the record shown,
and ``refresh()`` to draw it again."""
from __future__ import annotations


class RecordPanel:
    """Mixed into a QWidget that defines ``refresh()``."""

    catalogue = None
    uid: str | None = None

    def set_catalogue(self, catalogue) -> None:
        self.catalogue = catalogue
        self.set_record(None)

    def set_record(self, uid: str | None) -> None:
        self.uid = uid
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
