"""Reading scans with Tesseract: pypdfium2 renders each page, the ``tesseract`` command reads it.

The command line rather than a binding: it is what Debian's ``tesseract-ocr`` package installs,
and nothing is loaded into the app's process (a crash in OCR cannot take the window down).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from app.documents.normalise import normalise
from app.text import QT_TRANSLATE_NOOP

INSTALL_HINT = QT_TRANSLATE_NOOP("Documents", "Install Tesseract to read scans: on Debian or Ubuntu, sudo apt-get "
                                 "install tesseract-ocr tesseract-ocr-tha tesseract-ocr-khm tesseract-ocr-mya "
                                 "tesseract-ocr-lao tesseract-ocr-vie")
# ISO 639-1 (the catalogue's language codes) -> Tesseract's language data names.
TESSERACT_LANGUAGES = {"en": "eng", "th": "tha", "km": "khm", "my": "mya", "lo": "lao", "vi": "vie",
                       "zh": "chi_sim", "ar": "ara", "fr": "fra", "es": "spa", "id": "ind", "ms": "msa",
                       "ne": "nep", "hi": "hin", "bn": "ben", "tl": "tgl", "ja": "jpn", "ko": "kor"}
DPI = 200
TIMEOUT_PER_PAGE = 120


class OcrError(Exception):
    """OCR could not read a page; one line."""


@lru_cache(maxsize=1)
def tesseract() -> str | None:
    """The tesseract command, or None when it is not installed."""
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    exe = tesseract()
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def languages_for(codes) -> str:
    """Tesseract's ``-l`` value for a record's language codes: those installed, English always."""
    have = installed_languages()
    wanted = [TESSERACT_LANGUAGES.get(c) for c in codes]
    chosen = [w for w in wanted if w and w in have]
    if "eng" in have and "eng" not in chosen:
        chosen.append("eng")
    return "+".join(dict.fromkeys(chosen)) or "eng"


def _write_pgm(bitmap, target: Path) -> None:
    """A greyscale bitmap from PDFium as a PGM file (no imaging library needed)."""
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    data = bytes(bitmap.buffer)
    with open(target, "wb") as fh:
        fh.write(f"P5 {width} {height} 255\n".encode("ascii"))
        if stride == width:
            fh.write(data[:width * height])
        else:
            for row in range(height):
                fh.write(data[row * stride:row * stride + width])


def read_pdf(path: Path, codes=(), cancelled=None) -> list[str]:
    """The text of each page of a PDF, by OCR in the given languages. Raises OcrError."""
    exe = tesseract()
    if exe is None:
        raise OcrError("Tesseract is not installed")
    import pypdfium2 as pdfium
    lang = languages_for(codes)
    pages = []
    document = pdfium.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory(prefix="rc-ocr-") as tmp:
            image = Path(tmp) / "page.pgm"
            for index in range(len(document)):
                if cancelled is not None and cancelled():
                    raise OcrError("cancelled")
                page = document[index]
                try:
                    bitmap = page.render(scale=DPI / 72, grayscale=True)
                    _write_pgm(bitmap, image)
                finally:
                    page.close()
                env = dict(os.environ, OMP_THREAD_LIMIT="1")   # one core: the machine stays responsive
                try:
                    done = subprocess.run([exe, str(image), "stdout", "-l", lang, "--psm", "3"],
                                          capture_output=True, timeout=TIMEOUT_PER_PAGE, env=env)
                except subprocess.TimeoutExpired:
                    raise OcrError(f"OCR of page {index + 1} took over {TIMEOUT_PER_PAGE} s") from None
                if done.returncode != 0:
                    message = done.stderr.decode("utf-8", "replace").strip().splitlines()
                    raise OcrError(f"Tesseract failed on page {index + 1}: {message[-1] if message else 'no message'}")
                pages.append(normalise(done.stdout.decode("utf-8", "replace")))
    finally:
        document.close()
    return pages
