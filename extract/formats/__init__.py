"""Readers of document formats that are not plain text: PDF (text layer) and DOCX.

Each returns the text of each page (one page for formats without pages); `extract.reader`
chooses by the file's first bytes, not its name.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"


def is_pdf(data: bytes) -> bool:
    """A PDF starts with `%PDF-` (within its first KiB, as readers allow)."""
    return PDF_MAGIC in data[:1024]


def is_docx(data: bytes) -> bool:
    """A DOCX is a ZIP archive holding `word/document.xml`."""
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
