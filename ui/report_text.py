"""What an import, an export or a sync did, in the window's language (app/'s ``summary()`` texts
are English, for the command line and logs)."""
from __future__ import annotations

from PySide6.QtCore import QObject


class ReportText(QObject):
    """The texts (a QObject so that lupdate files them, plural forms included, under ReportText)."""

    def separator(self) -> str:
        return self.tr(", ", "between the parts of a summary (Arabic: its own comma)")

    def import_summary(self, report) -> str:
        """One sentence: how many records were read, and what became of them (app.transfer.ImportReport)."""
        parts = [self.tr("%Ln added", "", report.added),
                 self.tr("%Ln updated", "", report.updated),
                 self.tr("%Ln skipped", "", report.skipped),
                 self.tr("%Ln failed", "", report.failed)]
        if report.conflicts:
            parts.append(self.tr("%Ln conflict(s)", "", report.conflicts))
        if report.links_added or report.links_removed:
            parts.append(self.tr("links between records: %Ln added", "", report.links_added) + self.separator()
                         + self.tr("%Ln removed", "", report.links_removed))
        read = self.tr("%Ln record(s) read from %1", "", report.total).replace("%1", report.source)
        text = read + ": " + self.separator().join(parts) + "."
        if report.dry_run:
            return self.tr("Dry run, nothing was written: %1").replace("%1", text)
        if report.cancelled:
            return self.tr("Cancelled, nothing was changed: %1").replace("%1", text)
        return text


    def export_summary(self, report) -> str:
        """app.transfer.ExportReport: how many records went to which file."""
        return self.tr("%Ln record(s) written to %1.", "", report.count).replace("%1", str(report.path))


    def sync_summary(self, report) -> str:
        """app.sync.SyncReport: what moved each way and what is left to resolve (no final stop)."""
        parts = [self.tr("%Ln received", "", report.pulled),
                 self.tr("%Ln sent", "", report.pushed)]
        removed = report.removed_here + report.removed_there
        if removed:
            parts.append(self.tr("%Ln removed for good", "", removed))
        attachments = report.attachments_pulled + report.attachments_pushed
        if attachments:
            parts.append(self.tr("%Ln attachment(s)", "", attachments))
        lists = report.lists_pulled + report.lists_pushed
        if lists or report.lists_merged:
            parts.append(self.tr("%Ln reading list(s)", "", lists))
        links = report.links_pulled + report.links_pushed
        if links:
            parts.append(self.tr("%Ln link(s)", "", links))
        vocab = report.vocabulary_changes_pulled + report.vocabulary_changes_pushed
        if vocab:
            parts.append(self.tr("%Ln vocabulary change(s)", "", vocab))
        n = len(report.conflicts)
        parts.append(self.tr("%Ln conflict(s) to resolve", "", n) if n
                     else self.tr("no conflicts"))
        return self.separator().join(parts)


def import_summary(report) -> str:
    return ReportText().import_summary(report)


def export_summary(report) -> str:
    return ReportText().export_summary(report)


def sync_summary(report) -> str:
    return ReportText().sync_summary(report)
