"""Whole-batch extraction: read files, clean, analyse with one pipeline, build records.

One bad input (unreadable, empty, too long) fails alone with its reason in the report; the
rest of the batch goes on.
"""

from __future__ import annotations

import dataclasses
import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ctgraph.extract.chunks import DEFAULT_CHUNK_CHARS
from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import EmptyInputError, InputError, TooLongError
from ctgraph.extract.merge import merge_records
from ctgraph.extract.pipeline import run
from ctgraph.extract.reader import DEFAULT_MAX_BYTES, RawText, has_words, read_file
from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.relate import doc_to_records
from ctgraph.extract.text import slug

DEFAULT_MAX_CHARS = 5_000_000


@dataclass(frozen=True, slots=True)
class Limits:
    """How much text one document may hold, and the piece size long texts are analysed in."""

    max_chars: int = DEFAULT_MAX_CHARS
    chunk_chars: int = DEFAULT_CHUNK_CHARS
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(slots=True)
class BatchReport:
    """What happened to each input: records made, failures with their reason."""

    done: int = 0
    failures: list[InputError] = field(default_factory=list)


Item = tuple[str, dict[str, object]]


def _cleaned(raw: RawText) -> tuple[str, int, list[int] | None]:
    """The stored text, lines removed and page starts; pages are cleaned one by one."""
    if raw.pages is None:
        cleaned = clean_text(raw.text)
        return cleaned.text, cleaned.removed_lines, None
    texts, starts, removed, offset = [], [], 0, 0
    for page in raw.pages:
        cleaned = clean_text(page)
        text = cleaned.text if cleaned.text.strip() else "\n"
        starts.append(offset)
        texts.append(text + "\n")
        offset += len(text) + 1
        removed += cleaned.removed_lines
    return "".join(texts), removed, starts


def _item(raw: RawText, *, doc_id: str, limits: Limits) -> Item:
    """A text cleaned for the pipeline, with what its record needs; too long or empty fails."""
    text, removed, pages = _cleaned(raw)
    if len(text) > limits.max_chars:
        raise TooLongError(
            raw.source,
            f"{len(text):,} characters of text, more than the limit of {limits.max_chars:,} "
            "(CTGRAPH_EXTRACT_MAX_CHARS); split the document",
        )
    if not has_words(text):
        raise EmptyInputError(raw.source, "no text left after cleaning")
    context = {"id": doc_id, "source": raw.source, "sha256": raw.sha256,
               "removed_lines": removed, "pages": pages}  # fmt: skip
    return text, context


def _prepare(paths: list[Path], report: BatchReport, limits: Limits) -> Iterator[Item]:
    for path in paths:
        try:
            raw = read_file(path, max_bytes=limits.max_bytes, max_chars=limits.max_chars)
            yield _item(raw, doc_id=slug(path.stem), limits=limits)
        except InputError as e:
            report.failures.append(e)
        except OSError as e:
            report.failures.append(InputError(str(path), f"cannot read: {e.strerror or e}"))


def _records(
    items: Iterable[Item], *, n_process: int, chunk_chars: int
) -> Iterator[DocumentRecord]:
    """Records in input order; a long text's pieces are turned into records and merged."""
    done: list[tuple[DocumentRecord, int]] = []
    texts: list[str] = []
    for doc, piece in run(items, n_process=n_process, chunk_chars=chunk_chars):
        context = piece.context
        done.append((_record(doc, context), piece.start))
        texts.append(doc.text)
        if not piece.last:
            continue
        record = done[0][0] if len(done) == 1 else merge_records(done, "".join(texts))
        done, texts = [], []
        pages = context["pages"]
        yield with_pages(record, pages) if isinstance(pages, list) else record


def _record(doc: Doc, context: dict[str, object]) -> DocumentRecord:
    return doc_to_records(
        doc, doc_id=str(context["id"]), source=str(context["source"]),
        sha256=str(context["sha256"]), cleaning={"removed_lines": int(str(context["removed_lines"]))},
    )  # fmt: skip


def with_pages(record: DocumentRecord, pages: list[int]) -> DocumentRecord:
    """The record with its page starts, and the page (from 1) of each relation's evidence."""
    record.document.pages = pages
    for relation in record.relations:
        page = bisect_right(pages, relation.evidence.start)
        relation.evidence = dataclasses.replace(relation.evidence, page=page)
    return record


def extract_files(
    paths: list[Path],
    report: BatchReport,
    *,
    n_process: int = 1,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> Iterator[DocumentRecord]:
    """Records of the readable files, in input order; unreadable ones go to `report`."""
    limits = limits or Limits()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    items = _prepare(paths, report, limits)
    for record in _records(items, n_process=n_process, chunk_chars=limits.chunk_chars):
        report.done += 1
        yield record


def extract_text(
    text: str, *, doc_id: str, source: str, limits: Limits | None = None
) -> DocumentRecord:
    """The record of one text already in memory (a text posted to the API, say)."""
    if not text.strip():
        raise EmptyInputError(source, "empty text")
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return extract_raw(RawText(source, text, sha256, "utf-8"), doc_id=doc_id, limits=limits)


def extract_raw(raw: RawText, *, doc_id: str, limits: Limits | None = None) -> DocumentRecord:
    """The record of one decoded input (a text, or an uploaded PDF or DOCX read already)."""
    limits = limits or Limits()
    item = _item(raw, doc_id=doc_id, limits=limits)
    return next(_records([item], n_process=1, chunk_chars=limits.chunk_chars))
