"""Long texts in pieces: split at paragraph (else line, sentence, word) boundaries, keep offsets.

The pieces concatenate back to the text exactly, so offsets into the merged `Doc` are offsets
into the whole text; each piece but the last ends at a boundary, never inside a word.
"""

from __future__ import annotations

import re

DEFAULT_CHUNK_CHARS = 50_000
# Boundaries from the best to the worst place to cut: paragraph, line, sentence end, space.
_BOUNDARIES = [
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?]\s+"),
    re.compile(r"\s+"),
]


def _cut(text: str, start: int, size: int) -> int:
    """The end of the piece that starts at `start`: after the last good boundary within `size`."""
    limit = start + size
    if limit >= len(text):
        return len(text)
    window = text[start:limit]
    for boundary in _BOUNDARIES:
        ends = [m.end() for m in boundary.finditer(window)]
        usable = [end for end in ends if end >= size // 4]
        if usable:
            return start + usable[-1]
    return limit  # one "word" longer than a piece: cut it


def split_text(text: str, size: int = DEFAULT_CHUNK_CHARS) -> list[str]:
    """Pieces of at most `size` characters whose concatenation is `text`."""
    if size < 1:
        raise ValueError("the piece size must be positive")
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = _cut(text, start, size)
        pieces.append(text[start:end])
        start = end
    return pieces or [text]
