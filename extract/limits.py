"""How much one document may hold: its bytes, its characters, and the piece size long texts are
analysed in (spaCy-free, so that callers can build limits without importing the pipeline)."""

from __future__ import annotations

from dataclasses import dataclass

from ctgraph.extract.chunks import DEFAULT_CHUNK_CHARS
from ctgraph.extract.reader import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much text one document may hold, and the piece size long texts are analysed in."""

    max_chars: int = DEFAULT_MAX_CHARS
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    max_bytes: int = DEFAULT_MAX_BYTES
