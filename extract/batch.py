"""Whole-batch extraction: read files, clean, analyse with one pipeline, build records.

Every document fails alone. A bad input (unreadable, empty, too long) fails with its reason;
an exception the pipeline raises on one document (a bug that text met) fails that document
with a one-line reason and its traceback (`PipelineError`); with worker processes, a worker
that dies is replaced and its document reported (`extract.workers`). The rest of the batch
goes on, and records come out in input order.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import traceback
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from ctgraph.extract.chunks import DEFAULT_CHUNK_CHARS
from ctgraph.extract.clean import clean_text
from ctgraph.extract.contract import checked
from ctgraph.extract.errors import (
    DocumentError,
    EmptyInputError,
    InputError,
    PipelineError,
    TooLongError,
)
from ctgraph.extract.limits import DEFAULT_MAX_CHARS, Limits
from ctgraph.extract.merge import merge_records
from ctgraph.extract.pipeline import nlp_for, run

__all__ = ["DEFAULT_MAX_CHARS", "Limits", "nlp_for"]
from ctgraph.extract.reader import RawText, has_words
from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.relate import doc_to_records
from ctgraph.extract.sources import read_source, stem
from ctgraph.extract.text import slug

# Documents analysed together by `nlp.pipe`; when one of them raises, each is run alone.
BATCH_DOCUMENTS = 8


@dataclass(slots=True)
class BatchReport:
    """What happened to each input: records made, failures with their reason."""

    done: int = 0
    failures: list[DocumentError] = field(default_factory=list)


# A document ready for the pipeline: its cleaned text and what its record needs.
Item = tuple[str, dict[str, Any]]
# What one document gives: its record, or why there is none.
Outcome = DocumentRecord | DocumentError


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


def prepare(raw: RawText, *, doc_id: str, limits: Limits) -> Item:
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


def prepared_files(paths: Iterable[Path | str], limits: Limits) -> Iterator[Item | DocumentError]:
    """Each file (a path or a URL) read and cleaned, or why it cannot be."""
    for path in paths:
        try:
            raw = read_source(str(path), max_bytes=limits.max_bytes, max_chars=limits.max_chars)
            yield prepare(raw, doc_id=slug(stem(str(path))), limits=limits)
        except InputError as e:
            yield e
        except OSError as e:
            yield InputError(str(path), f"cannot read: {e.strerror or e}")


def extract_items(
    nlp: Language, items: Iterable[Item], *, chunk_chars: int = DEFAULT_CHUNK_CHARS
) -> Iterator[Outcome]:
    """One outcome per item, in order: batches through `nlp.pipe`; a batch that raises is run
    again document by document, so that only the document that raises fails."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH_DOCUMENTS:
            yield from _batch(nlp, batch, chunk_chars)
            batch = []
    if batch:
        yield from _batch(nlp, batch, chunk_chars)


def _batch(nlp: Language, batch: list[Item], chunk_chars: int) -> list[Outcome]:
    try:
        return list(_records(nlp, batch, chunk_chars))
    except Exception:
        if len(batch) == 1:
            return [failure(batch[0][1]["source"])]
    return [_batch(nlp, [item], chunk_chars)[0] for item in batch]


def failure(source: str) -> PipelineError:
    """The exception being handled as the failure of one document: a one-line reason (type,
    message, and the innermost ctgraph frame) and the whole traceback."""
    details = traceback.format_exc()
    error = details.strip().splitlines()[-1] if details.strip() else "unknown error"
    frames = [f for f in traceback.extract_tb(sys.exc_info()[2]) if "/extract/" in f.filename]
    where = f" (in {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return PipelineError(source, f"extraction failed: {error[:300]}{where}", details)


def _records(nlp: Language, items: list[Item], chunk_chars: int) -> Iterator[DocumentRecord]:
    """Records in input order; a long text's pieces are turned into records and merged."""
    done: list[tuple[DocumentRecord, int]] = []
    texts: list[str] = []
    for doc, piece in run(nlp, items, chunk_chars=chunk_chars):
        context = piece.context
        done.append((_record(doc, context), piece.start))
        texts.append(doc.text)
        if not piece.last:
            continue
        record = done[0][0] if len(done) == 1 else merge_records(done, "".join(texts))
        done, texts = [], []
        pages = context["pages"]
        yield checked(with_pages(record, pages) if isinstance(pages, list) else record)


def _record(doc: Any, context: dict[str, Any]) -> DocumentRecord:
    return doc_to_records(
        doc, doc_id=str(context["id"]), source=str(context["source"]),
        sha256=str(context["sha256"]), cleaning={"removed_lines": int(context["removed_lines"])},
    )  # fmt: skip


def with_pages(record: DocumentRecord, pages: list[int]) -> DocumentRecord:
    """The record with its page starts, and the page (from 1) of each relation's evidence."""
    record.document.pages = pages
    for relation in record.relations:
        page = bisect_right(pages, relation.evidence.start)
        relation.evidence = dataclasses.replace(relation.evidence, page=page)
    return record


def extract_files(
    paths: Sequence[Path | str],
    report: BatchReport,
    *,
    n_process: int = 1,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    config: Path | None = None,
) -> Iterator[DocumentRecord]:
    """Records of the files (paths or URLs), in input order; every failure goes to `report`
    by name."""
    for outcome in extract_outcomes(
        prepared_files(paths, _limits(limits, max_bytes)),
        n_process=n_process, limits=limits, config=config,
    ):  # fmt: skip
        if isinstance(outcome, DocumentError):
            report.failures.append(outcome)
        else:
            report.done += 1
            yield outcome


def extract_outcomes(
    prepared: Iterable[Item | DocumentError],
    *,
    n_process: int = 1,
    limits: Limits | None = None,
    config: Path | None = None,
) -> Iterator[Outcome]:
    """One outcome per prepared document (failures to read pass through), in input order;
    with `n_process` > 1 in worker processes. `PipelineUnavailable` when nothing can run."""
    chunk_chars = (limits or Limits()).chunk_chars
    nlp = nlp_for(config)  # loaded here first: a pipeline that cannot load fails the batch
    if n_process > 1:
        from ctgraph.extract.workers import Workers  # multiprocessing only when asked for

        with Workers(nlp, n_process, chunk_chars=chunk_chars) as workers:
            yield from workers.run(prepared)
        return
    items: list[Item] = []
    for entry in prepared:
        if isinstance(entry, DocumentError):  # keep input order: what came before goes first
            yield from _batch(nlp, items, chunk_chars) if items else []
            items = []
            yield entry
            continue
        items.append(entry)
        if len(items) >= BATCH_DOCUMENTS:
            yield from _batch(nlp, items, chunk_chars)
            items = []
    yield from _batch(nlp, items, chunk_chars) if items else []


def _limits(limits: Limits | None, max_bytes: int | None) -> Limits:
    limits = limits or Limits()
    return limits if max_bytes is None else dataclasses.replace(limits, max_bytes=max_bytes)


def extract_text(
    text: str,
    *,
    doc_id: str,
    source: str,
    limits: Limits | None = None,
    config: Path | None = None,
) -> DocumentRecord:
    """The record of one text already in memory (a text posted to the API, say)."""
    if not text.strip():
        raise EmptyInputError(source, "empty text")
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    raw = RawText(source, text, sha256, "utf-8")
    return extract_raw(raw, doc_id=doc_id, limits=limits, config=config)


def extract_raw(
    raw: RawText, *, doc_id: str, limits: Limits | None = None, config: Path | None = None
) -> DocumentRecord:
    """The record of one decoded input (a text, or an uploaded PDF or DOCX read already);
    `InputError` for bad input, `PipelineError` when the pipeline raises on it."""
    limits = limits or Limits()
    item = prepare(raw, doc_id=doc_id, limits=limits)
    (outcome,) = extract_items(nlp_for(config), [item], chunk_chars=limits.chunk_chars)
    if isinstance(outcome, DocumentError):
        raise outcome
    return outcome
