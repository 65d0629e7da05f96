"""Readers of document formats that are not plain text: PDF (text layer) and DOCX.

Each returns the text of each page (one page for formats without pages); `extract.reader`
chooses by the file's first bytes, not its name. The bounds below are checked while reading, so
that no file under the size limit (20 MB, the API's 2 MB) costs more than ~300 MB to refuse.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
# Bytes a document's compressed parts may inflate to (a DOCX's document.xml, a PDF's streams).
MAX_EXPANDED_BYTES = 64_000_000
# More pages or paragraphs than any report has: a generated file, refused before it is read.
MAX_PAGES = 2_000
MAX_PARAGRAPHS = 100_000


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
