"""The criteria sidebar: keyword box, facet boxes, year range, saved searches."""
