"""Publish: the catalogue, a reading list or a search as a folder of static files that opens in any
browser from the disk (``file://``), with the keyword box and the criteria boxes of the portal the
catalogue came from. Qt-free: the command line and the window's dialog both call :func:`publish`.

    index.html           the page (its words in English, Thai, Vietnamese and Arabic)
    assets/              style.css, fold.js, i18n.js, app.js: plain JavaScript, nothing from the internet
    data/records.js      what the list and the criteria boxes need, and the vocabularies (see site_data)
    data/details-K.js    each record's other fields, 500 records a file, loaded when shown
    data/index.js        the search index: each record's folded words, built here once
    files/<uid>/<name>   with ``with_files``: the attachments, names made safe

The records are loaded with ``<script src>`` rather than fetch(): Chromium refuses fetch() of a
local file, so JSON beside the page would not open from a USB stick.
"""
from __future__ import annotations

from app.publish.writer import (
                                DEFAULT_TITLE,
                                MARKER,
                                PublishCancelled,
                                PublishError,
                                PublishOptions,
                                PublishReport,
                                PublishScope,
                                describe_scope,
                                publish,
                                publish_count,
)

__all__ = ["DEFAULT_TITLE", "MARKER", "PublishCancelled", "PublishError", "PublishOptions", "PublishReport",
           "PublishScope", "describe_scope", "publish", "publish_count"]
