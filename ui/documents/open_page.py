"""Open a document at a page: the PDF viewers that take a page on their command line (Evince,
Okular, Zathura, qpdfview) where installed, otherwise the system viewer with ``#page=N`` on the
file's URL (honoured by viewers that read URL fragments, ignored by the others)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

# viewer -> how it is told the page (1-based)
VIEWERS = (("evince", lambda p, f: [f"--page-index={p}", f]), ("okular", lambda p, f: ["-p", str(p), f]),
           ("zathura", lambda p, f: ["-P", str(p), f]), ("qpdfview", lambda p, f: [f"{f}#{p}"]))


def open_at_page(path: Path, page: int | None) -> bool:
    """Open ``path`` (at ``page`` when given and the file is a PDF); True if something was started."""
    if page and path.suffix.lower() == ".pdf" and sys.platform.startswith("linux"):
        for name, args in VIEWERS:
            exe = shutil.which(name)
            if exe and QProcess.startDetached(exe, args(page, str(path))):
                return True
    url = QUrl.fromLocalFile(str(path))
    if page and path.suffix.lower() == ".pdf" and not sys.platform.startswith("linux"):
        url.setFragment(f"page={page}")
    return QDesktopServices.openUrl(url)
