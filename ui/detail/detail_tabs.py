"""The Attachments and History tabs of the detail pane, following the record it shows.

Only the open tab reads its record (moving through the table with the arrow keys must stay
cheap); the other one reads it when it is opened. Their writes (attach, remove, restore a
version) are undoable and reported to the window like every other write; the window then shows
the record again, which reloads the open tab.
"""
from __future__ import annotations

from app import attachments
from ui.detail.attachments_widget import AttachmentsWidget
from ui.detail.detail_pane import DetailPane
from ui.detail.history_widget import HistoryWidget


class DetailTabs:
    def __init__(self, detail: DetailPane, catalogue, undo_stack, report):
        self.detail = detail
        self.uid: str | None = None
        self.attachments = AttachmentsWidget(catalogue, undo_stack=undo_stack, report=report)
        self.attachments.setObjectName("attachmentsTab")
        self.attachments.setAccessibleName("Attachments")
        self.history = HistoryWidget(catalogue, undo_stack=undo_stack, report=report)
        self.history.setObjectName("historyTab")
        self.history.setAccessibleName("History")
        self.history.tree.setAccessibleName("Changes to this resource, newest first")
        self._attachments_index = detail.add_tab(self.attachments, "Attachments")
        self._history_index = detail.add_tab(self.history, "History")
        detail.setTabToolTip(self._attachments_index, "Files kept with this resource")
        detail.setTabToolTip(self._history_index, "Who changed what, and when; restore an earlier version")
        self._loaded: dict[object, str | None] = {}
        detail.record_shown.connect(self._on_record)
        detail.currentChanged.connect(lambda _index: self._load_current())

    def set_catalogue(self, catalogue) -> None:
        self.attachments.set_catalogue(catalogue)
        self.history.set_catalogue(catalogue)
        self.uid = None
        self._loaded.clear()

    def _on_record(self, record) -> None:
        self.uid = record.uid if record is not None else None
        self._loaded.clear()
        self._update_titles(record)
        self._load_current()

    def _update_titles(self, record) -> None:
        count = (len(attachments.list_for(self.attachments.catalogue, record.uid, verify=False))
                 if record is not None else 0)
        self.detail.setTabText(self._attachments_index, f"Attachments ({count})" if count else "Attachments")
        enabled = record is not None
        self.detail.setTabEnabled(self._attachments_index, enabled)
        self.detail.setTabEnabled(self._history_index, enabled)
        if not enabled and self.detail.currentIndex() in (self._attachments_index, self._history_index):
            self.detail.setCurrentIndex(0)     # several or no records: back to the summary

    def _load_current(self) -> None:
        widget = self.detail.currentWidget()
        if widget in (self.attachments, self.history) and self._loaded.get(widget, "?") != self.uid:
            widget.set_record(self.uid)
            self._loaded[widget] = self.uid
