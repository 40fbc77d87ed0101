"""The resource table: the model of ids and cached rows, the view, the criteria chips above it and the empty state."""
