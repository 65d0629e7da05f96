"""PDF: the text layer of each page with `pypdf`; a PDF without one (a scan) is refused."""

from __future__ import annotations

import logging
from io import BytesIO

from ctgraph.extract.errors import FormatError, NoTextLayerError

# pypdf logs every malformed object it repairs; the reader reports what matters itself.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_pages(data: bytes, source: str) -> list[str]:
    """The text of each page, in order; raises when the file is damaged or only images."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError(source, "encrypted PDF: remove the password first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as e:
        raise FormatError(source, f"damaged PDF ({e})") from e
    if not any(page.strip() for page in pages):
        raise NoTextLayerError(
            source,
            f"PDF of {len(pages)} page(s) without a text layer (a scan?): run OCR first",
        )
    return pages
