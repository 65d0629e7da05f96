"""Read one input file as text: size limit, format (PDF, DOCX, text), encoding, mojibake repair.

The format is told by the first bytes, not the name: a PDF named `.txt` is read as a PDF.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import ftfy
from charset_normalizer import from_bytes

from ctgraph.extract.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    NotAFileError,
    TooLargeError,
)
from ctgraph.extract.formats import is_docx, is_pdf

DEFAULT_MAX_BYTES = 20_000_000
# Characters of text a PDF or DOCX may give; counted while reading (CTGRAPH_EXTRACT_MAX_CHARS).
DEFAULT_MAX_CHARS = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"}
# Byte order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]  # fmt: skip
# What Latin-script single-byte text holds besides ASCII letters: typographic marks.
_WESTERN_MARKS = set("“”‘’‚„–—…•€£¥©®°±·«»§¶×÷¿¡\u00a0")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class RawText:
    """A decoded input: its path as given, the text, the hash of its bytes, and its pages.

    `pages` holds the text of each page of a paged format (PDF); `text` is then their join.
    """

    source: str
    text: str
    sha256: str
    encoding: str
    pages: tuple[str, ...] | None = None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary data."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _bom(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _plausible(text: str) -> bool:
    """Latin-script text as single-byte Western or Central European encodings give it: every
    non-ASCII character a letter or a usual typographic mark, and most letters ASCII."""
    letters = accented = 0
    for c in text:
        if c.isascii():
            letters += c.isalpha()
        elif c.isalpha():
            letters += 1
            accented += 1
        elif c not in _WESTERN_MARKS:
            return False
    return accented <= 0.3 * letters


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode by byte order mark, else UTF-8, else Windows-1252 then Windows-1250 when the text
    reads as Latin script (charset-normalizer mistakes `Peña` for cp1250 `Peńa`), else the most
    likely encoding charset-normalizer finds (Cyrillic, Greek...)."""
    codec = _bom(data)
    try:
        if codec is not None:
            return data.decode(codec), codec
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if codec is not None:
            raise EncodingError(source, f"byte order mark of {codec} but invalid {codec}") from e
    for single_byte in ("cp1252", "cp1250"):
        try:
            text = data.decode(single_byte)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, single_byte
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(source, "not UTF-8 and no other text encoding fits")
    return str(best), best.encoding


def _normal(text: str) -> str:
    return ftfy.fix_text(text, normalization="NFC").replace("\r\n", "\n").replace("\r", "\n")


def has_words(text: str) -> bool:
    """True when the text holds at least one word of two letters or more."""
    return _WORD.search(text) is not None


def read_bytes(
    data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> RawText:  # fmt: skip
    """Check and decode the bytes of one document; raises an `InputError` subclass."""
    if len(data) > max_bytes:
        raise TooLargeError(source, f"{len(data):,} bytes, more than the limit of {max_bytes:,}")
    if not data.strip():
        raise EmptyInputError(source, "empty file")
    sha256 = hashlib.sha256(data).hexdigest()
    if is_pdf(data):
        from ctgraph.extract.formats.pdf import pdf_pages

        pages = tuple(_normal(p) for p in pdf_pages(data, source, max_chars=max_chars))
        return RawText(source, "\n\n".join(pages), sha256, "pdf", pages)
    if is_docx(data):
        from ctgraph.extract.formats.docx import docx_text

        text, encoding = docx_text(data, source, max_chars=max_chars), "docx"
    elif _bom(data) is None and _looks_binary(data):
        raise BinaryInputError(source, "binary data, not text (nor PDF or DOCX)")
    else:
        text, encoding = decode(data, source)
    text = _normal(text)
    if not has_words(text):
        raise EmptyInputError(source, "no words in the text after decoding")
    return RawText(source, text, sha256, encoding)


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
) -> RawText:
    """Read one regular file; the size is checked before the bytes are loaded."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(str(path), "not a regular file (a folder, pipe or device)")
    size = info.st_size
    if size > max_bytes:
        raise TooLargeError(str(path), f"{size:,} bytes, more than the limit of {max_bytes:,}")
    return read_bytes(path.read_bytes(), str(path), max_bytes=max_bytes, max_chars=max_chars)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the readable formats' files of folders (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
        else:
            found.append(path)
    return found
