"""PDF: the text layer of each page with `pypdf`; a PDF without one (a scan) is refused.

Reading is bounded while it happens: pypdf's own limits are lowered for the call (bytes a
stream may inflate to, pages in the tree), the page count is checked before any text is
extracted, and the text is counted page by page, so a bomb stops early instead of being
parsed and then measured. Every error pypdf raises on a hostile file becomes a `FormatError`
(or one of its kinds) naming what is wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from typing import TYPE_CHECKING

from ctgraph.extract.errors import (
    EncryptedError,
    ExpandsTooLargeError,
    FormatError,
    InputError,
    NoTextLayerError,
    TooLongError,
)
from ctgraph.extract.formats import MAX_EXPANDED_BYTES, MAX_PAGES
from ctgraph.extract.formats.unwrap import unwrap_lines

if TYPE_CHECKING:
    from pypdf import PdfReader

# Bytes all pages' content streams may inflate to: a text page holds 5-30 KB, and parsing
# content costs ~0.4 s a MB (idle), so this bounds the time as well (~7 s at worst).
MAX_CONTENT_BYTES = MAX_EXPANDED_BYTES // 4

# pypdf logs every malformed object it repairs; the reader reports what matters itself.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


@contextmanager
def _bounded() -> Iterator[None]:
    """pypdf's limits lowered to what one press release can need, for this call only."""
    from pypdf import apply_configuration

    stream = MAX_EXPANDED_BYTES // 16
    # Operators and operands a page's content may hold (a dense text page: ~50,000).
    operations = 400_000
    with apply_configuration(
        maximum_declared_stream_length=MAX_EXPANDED_BYTES,
        zlib_maximum_output_length=stream, lzw_maximum_output_length=stream,
        run_length_maximum_output_length=stream, brotli_maximum_output_length=stream,
        array_based_stream_maximum_output_length=stream, jbig2_maximum_output_length=stream,
        image_maximum_buffer_size=stream, stream_decoding_work_maximum_length=stream,
        page_tree_maximum_entries=4 * MAX_PAGES, page_tree_maximum_page_entries=8 * MAX_PAGES,
        xform_maximum_invocations_per_extraction=500, jbig2dec_binary=None,
        stream_parsing_work_maximum_count=operations,
    ):  # fmt: skip
        yield


def pdf_pages(data: bytes, source: str, *, max_chars: int) -> list[str]:
    """The text of each page, in order, its soft line breaks joined; raises an `InputError`
    when the file is damaged, encrypted, a bomb, longer than `max_chars`, or only images."""
    from pypdf.errors import DependencyError, LimitReachedError

    try:
        with _bounded():
            pages = _read(data, source, max_chars=max_chars)
    except InputError:
        raise
    except LimitReachedError as e:
        raise ExpandsTooLargeError(source, f"PDF too large when decompressed ({e})") from e
    except (NotImplementedError, DependencyError) as e:  # unsupported encryption or filter
        if b"/Encrypt" in data:
            raise EncryptedError(source, f"encrypted PDF with an unsupported handler ({e})") from e
        raise FormatError(source, f"PDF with an unsupported feature ({e})") from e
    except RecursionError as e:
        raise FormatError(source, "damaged PDF (objects nested without end)") from e
    except Exception as e:  # pypdf raises anything on a hostile file (fuzzed)
        raise FormatError(source, f"damaged PDF ({type(e).__name__}: {e})"[:300]) from e
    if not any(page.strip() for page in pages):
        raise NoTextLayerError(
            source,
            f"PDF of {len(pages)} page(s) without a text layer (a scan?): run OCR first",
        )
    return pages


def _read(data: bytes, source: str, *, max_chars: int) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    if reader.is_encrypted:
        _decrypt(reader, source)
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise ExpandsTooLargeError(source, f"PDF of {count:,} pages, more than {MAX_PAGES:,}")
    pages: list[str] = []
    total = expanded = 0
    for page in reader.pages:
        contents = page.get_contents()  # decoded once, kept by pypdf: counted for all pages
        expanded += len(contents.get_data()) if contents is not None else 0
        if expanded > MAX_CONTENT_BYTES:
            raise ExpandsTooLargeError(
                source, f"PDF too large when decompressed: its pages' content passes "
                f"{MAX_CONTENT_BYTES:,} bytes by page {len(pages) + 1}",
            )  # fmt: skip
        text = unwrap_lines(page.extract_text() or "")
        total += len(text)
        if total > max_chars:
            raise TooLongError(
                source,
                f"more than {max_chars:,} characters of text by page {len(pages) + 1} "
                "(CTGRAPH_EXTRACT_MAX_CHARS); split the document",
            )
        pages.append(text)
    return pages


def _decrypt(reader: PdfReader, source: str) -> None:
    """Open a PDF encrypted with an empty user password (RC4 or AES); refuse the others."""
    if not reader.decrypt(""):
        raise EncryptedError(source, "encrypted PDF: remove the password first")
