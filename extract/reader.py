"""Read one input file as text: size limit, binary detection, encoding detection, mojibake repair."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import ftfy
from charset_normalizer import from_bytes

from extract.errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True)
class RawText:
    """A decoded input: its path as given, the decoded text, the hash of its bytes."""

    source: str
    text: str
    sha256: str
    encoding: str


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean binary data."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as UTF-8, else the most likely encoding charset-normalizer finds."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(source, "not UTF-8 and no other text encoding fits")
    return str(best), best.encoding


def read_bytes(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Check and decode the bytes of one document; raises an `InputError` subclass."""
    if len(data) > max_bytes:
        raise TooLargeError(source, f"{len(data):,} bytes, more than the limit of {max_bytes:,}")
    if not data.strip():
        raise EmptyInputError(source, "empty file")
    if _looks_binary(data):
        raise BinaryInputError(source, "binary data, not text")
    text, encoding = decode(data, source)
    text = ftfy.fix_text(text, normalization="NFC").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError(source, "no text after decoding")
    return RawText(source, text, hashlib.sha256(data).hexdigest(), encoding)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read one file; the size is checked before the bytes are loaded."""
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(str(path), f"{size:,} bytes, more than the limit of {max_bytes:,}")
    return read_bytes(path.read_bytes(), str(path), max_bytes=max_bytes)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the text-like files of folders (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in TEXT_SUFFIXES
            )
        else:
            found.append(path)
    return found
