"""DOCX: paragraphs and table rows in document order, read as a stream.

`word/document.xml` is read through a zip stream that refuses to inflate past a bound and an
incremental XML parse that counts paragraphs and characters as it goes and forgets what it has
read, so a zip bomb or a two-million-paragraph file is refused early, in little memory. No
DTD, no entities, no network (the parse is lxml's, with those switched off).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from typing import IO, Any

from ctgraph.extract.errors import ExpandsTooLargeError, FormatError, InputError, TooLongError
from ctgraph.extract.formats import MAX_EXPANDED_BYTES, MAX_PARAGRAPHS

PART = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Run content as python-docx reads it: text, and the characters tabs and breaks stand for.
_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
          f"{_W}noBreakHyphen": "-"}  # fmt: skip
_P, _T, _TR, _TC = f"{_W}p", f"{_W}t", f"{_W}tr", f"{_W}tc"
_TAGS = [_P, _T, _TR, _TC, *_CHARS]
# Pieces of run text a document may hold: ~10 characters a run is usual, one a run is a bomb.
MAX_RUNS = 300_000


class _Capped:
    """A read-only stream over a zip member that raises once more than `limit` bytes came out."""

    def __init__(self, stream: IO[bytes], limit: int, source: str) -> None:
        self._stream, self._limit, self._source, self._read = stream, limit, source, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(min(size, 1 << 16) if size > 0 else 1 << 16)
        self._read += len(chunk)
        if self._read > self._limit:
            raise ExpandsTooLargeError(
                self._source, f"DOCX too large when decompressed (more than {self._limit:,} bytes)"
            )
        return chunk


@dataclass
class _Text:
    """What the parse has kept: finished blocks, and the cells of the open table rows."""

    source: str
    max_chars: int
    blocks: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # one per open <w:tr>, innermost last
    cells: list[list[str]] = field(default_factory=list)  # paragraphs of each open <w:tc>
    paragraphs: int = 0
    chars: int = 0
    runs: int = 0

    def run(self, pending: int) -> None:
        """Count one piece of run text; `pending` characters wait in the open paragraph."""
        self.runs += 1
        if self.runs > MAX_RUNS:
            raise ExpandsTooLargeError(self.source, f"DOCX of more than {MAX_RUNS:,} text runs")
        if self.chars + pending > self.max_chars:
            raise TooLongError(
                self.source,
                f"more than {self.max_chars:,} characters of text "
                "(CTGRAPH_EXTRACT_MAX_CHARS); split the document",
            )

    def paragraph(self, text: str) -> None:
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise ExpandsTooLargeError(
                self.source, f"DOCX of more than {MAX_PARAGRAPHS:,} paragraphs"
            )
        self.chars += len(text) + 2
        if self.chars > self.max_chars:
            raise TooLongError(
                self.source,
                f"more than {self.max_chars:,} characters of text "
                "(CTGRAPH_EXTRACT_MAX_CHARS); split the document",
            )
        (self.cells[-1] if self.cells else self.blocks).append(text)

    def end_row(self) -> None:
        row = " | ".join(self.rows.pop())
        (self.cells[-1] if self.cells else self.blocks).append(row)


def docx_text(data: bytes, source: str, *, max_chars: int) -> str:
    """The text of a Word document: one paragraph (or table row) a line, blank lines between."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive, archive.open(PART) as member:
            found = _parse(_Capped(member, MAX_EXPANDED_BYTES, source), source, max_chars)
    except InputError:
        raise
    except Exception as e:  # zipfile, zlib and lxml raise many kinds on a bad file
        if "limit exceeded" in str(e).lower():  # libxml2's own bounds (a 10 MB text node)
            raise ExpandsTooLargeError(source, f"DOCX too large when decompressed ({e})") from e
        raise FormatError(source, f"damaged DOCX ({type(e).__name__}: {e})"[:300]) from e
    return "\n\n".join(b.strip() for b in found.blocks if b.strip())


def _parse(stream: _Capped, source: str, max_chars: int) -> _Text:
    from lxml import etree

    found = _Text(source, max_chars)
    runs: list[str] = []
    pending = 0  # characters of the open paragraph's runs
    events: Iterator[tuple[str, Any]] = etree.iterparse(
        stream, events=("start", "end"), tag=_TAGS, resolve_entities=False, load_dtd=False,
        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
    )  # fmt: skip
    for event, element in events:
        tag = element.tag
        if event == "start":
            if tag == _TR:
                found.rows.append([])
            elif tag == _TC:
                found.cells.append([])
            continue
        if tag == _P:
            found.paragraph("".join(runs))
            runs.clear()
            pending = 0
        elif tag == _TC:
            text = "\n".join(found.cells.pop())
            if found.rows:
                found.rows[-1].append(text)
        elif tag == _TR:
            found.end_row()
        else:
            runs.append((element.text or "") if tag == _T else _CHARS[tag])
            pending += len(runs[-1])
            found.run(pending)
        _forget(element)
    return found


def _forget(element: Any) -> None:
    """Free a finished element, the siblings before it and before its parent (iterparse keeps
    the tree; a run's text is in `runs` already, a paragraph's in `_Text`)."""
    element.clear()
    parent = element.getparent()
    for node in (element, parent):
        while node is not None and node.getprevious() is not None:
            del node.getparent()[0]
