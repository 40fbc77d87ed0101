"""The detail pane under the table: the record as HTML, and its attachments and history tabs."""
