"""The one ingest service: files, folders, JSON Lines and in-memory texts into the graph.

The command line (`ctgraph ingest | load | up`) and the API (`POST /documents`, `/uploads`)
both call it. A batch is one straight pass: items (`path_items`: JSON Lines records as they
are, texts read, extracted and checked against the loader's contract on the way) -> `ingest`,
which reports each item as it arrives (the one place progress comes from) and loads them in
transactions of up to `BATCH_RELATIONS` relations (the CO_INVESTIGATED pairs they change are
marked stale and recomputed once, at the end of the batch, by `refresh_stale_pairs`).

Every document fails alone, with a one-line reason in the summary (its traceback, if any, in
`Summary.details`, written by `write_log`): an unreadable text, an exception the pipeline
raised on it, a record the loader refuses, a document too large for Neo4j's transaction memory
even alone (the loader halves a transaction over the limit until it fits), a transaction that
fails otherwise (retried document by document, so only the bad document fails). A lost connection stops the batch with a
`ConnectionFailed` naming the document; since unchanged documents are skipped, running the
batch again finishes the job without duplicates (and refreshes the pairs the stopped run had
marked). spaCy is imported only when a text is extracted (`extraction`).

Document ids follow one rule (`document_id`): the slug of a file's stem; for a posted text the
slug of its title (else its source) followed by a hash of its source, so that two posts
collide only when they come from the same source: then the second updates the first (or is
unchanged), never replaces another source's document.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
import os
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from neo4j import Driver

from ctgraph.errors import ExtractionFailed, ExtractionUnavailable, InvalidInput, LoadingFailed
from ctgraph.extract.errors import (
    DocumentError,
    InputError,
    PipelineError,
    PipelineUnavailable,
)
from ctgraph.extract.limits import Limits
from ctgraph.extract.reader import expand_paths, read_bytes
from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.text import slug
from ctgraph.graph.errors import (
    ConnectionFailed,
    DocumentTooLarge,
    GraphError,
    InvalidFacts,
    LoadFailed,
    Retryable,
)
from ctgraph.graph.facts import Facts, as_facts, read_jsonl
from ctgraph.graph.load import (
    Loaded,
    apply_schema,
    co_investigated_pairs,
    load_document,
    load_documents,
    refresh_stale_pairs,
)
from ctgraph.settings import Settings, get_settings

log = logging.getLogger("ctgraph.ingest")


@dataclass(frozen=True, slots=True)
class Failed:
    """Why a document gave no facts: a one-line reason, and the traceback for the log."""

    reason: str
    details: str = ""

    def __str__(self) -> str:
        return self.reason


# One item of a batch: a name to report (file:line or path) and the facts, or why there are none.
Item = tuple[str, Facts | GraphError | Failed]

# Documents are loaded in transactions of up to this many relations (and
# `CTGRAPH_LOAD_BATCH_DOCUMENTS` documents): many small documents share round trips and a commit.
BATCH_RELATIONS = 5_000


@dataclass(slots=True)
class Summary:
    """What a batch did, for the closing report of `ctgraph ingest` / `ctgraph load`."""

    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    co_investigated: int = 0
    details: list[tuple[str, str]] = field(default_factory=list)  # tracebacks, for the log

    def add(self, loaded: Loaded) -> None:
        """Count one loaded document under its status."""
        getattr(self, loaded.status).append(loaded.document)
        self.entities += loaded.entities
        self.relations += loaded.relations


def ingest(
    driver: Driver,
    items: Iterable[Item],
    *,
    database: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> Summary:
    """Load the items in batched transactions; report each and count the CO_INVESTIGATED pairs."""
    summary = Summary()
    apply_schema(driver, database=database)
    for chunk in load_batches(_reported(items, on_item)):
        _load_chunk(driver, chunk, summary, database)
    refresh_stale_pairs(driver, database=database)
    summary.co_investigated = co_investigated_pairs(driver, database=database)
    return summary


def _reported(items: Iterable[Item], on_item: Callable[[str], None] | None) -> Iterator[Item]:
    """The items, each reported as it arrives (read or extracted: where a batch's time goes)."""
    for name, item in items:
        if on_item is not None:
            on_item(name)
        yield name, item


def write_log(summary: Summary, folder: Path | None = None) -> Path | None:
    """The tracebacks of the batch's failed documents in a log file (None when there are none)."""
    if not summary.details:
        return None
    folder = folder or Path(tempfile.gettempdir())
    path = folder / f"ctgraph-failures-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    with path.open("w", encoding="utf-8") as log_file:
        for name, details in summary.details:
            log_file.write(f"=== {name}\n{details.rstrip()}\n\n")
    return path


def load_batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """The items in groups of up to BATCH_RELATIONS relations and the configured documents."""
    most = get_settings().load_batch_documents
    chunk: list[Item] = []
    size = 0
    for name, item in items:
        chunk.append((name, item))
        size += len(item.relations) if isinstance(item, Facts) else 0
        if size >= BATCH_RELATIONS or len(chunk) >= most:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _load_chunk(driver: Driver, chunk: list[Item], summary: Summary, database: str | None) -> None:
    """One transaction for the chunk's facts (split by the loader while over Neo4j's memory
    limit, so that only a document too large alone fails); if it fails otherwise, each document
    alone, to name the bad one."""
    good = [(name, item) for name, item in chunk if isinstance(item, Facts)]
    summary.failed += [(name, str(item)) for name, item in chunk if not isinstance(item, Facts)]
    for name, item in chunk:
        if isinstance(item, Failed) and item.details:
            summary.details.append((name, item.details))
    names = {id(facts): name for name, facts in good}

    def too_large(facts: Facts, error: DocumentTooLarge) -> None:
        summary.failed.append((names[id(facts)], str(error)))

    if len(good) > 1:
        try:
            for loaded in load_documents(
                driver,
                [facts for _, facts in good],
                database=database,
                defer_pairs=True,
                on_too_large=too_large,
            ):
                summary.add(loaded)
            return
        except (ConnectionFailed, Retryable):
            raise  # Neo4j went away: the batch stops, named; a rerun finishes it
        except Exception:
            pass
    for name, facts in good:
        try:
            summary.add(load_documents(driver, [facts], database=database, defer_pairs=True)[0])
        except LoadFailed as e:
            summary.failed.append((name, str(e)))
        except (ConnectionFailed, Retryable):
            raise
        except Exception as e:
            summary.failed.append((name, f"loading failed: {type(e).__name__}: {e}"[:300]))
            summary.details.append((name, traceback.format_exc()))


def path_items(
    paths: Iterable[Path], *, processes: int = 1, config: Path | None = None
) -> tuple[Iterator[Item], int]:
    """The items of files and folders and their count: `.jsonl` records as they are, texts
    extracted on the way (`extracted_items`), in one pass."""
    paths = list(paths)
    records = [p for p in paths if p.suffix == ".jsonl"]
    texts = expand_paths([p for p in paths if p.suffix != ".jsonl"])

    def items() -> Iterator[Item]:
        yield from jsonl_items(records)
        if texts:
            yield from extracted_items(texts, processes=processes, config=config)

    return items(), count_jsonl_records(records) + len(texts)


def jsonl_items(paths: Iterable[Path]) -> Iterator[Item]:
    """The records of extraction JSON Lines files; an unreadable file is one failed item."""
    for path in paths:
        try:
            for number, parsed in read_jsonl(path):
                yield f"{path.name}:{number}", parsed
        except (OSError, UnicodeDecodeError) as e:
            yield path.name, InvalidFacts(f"cannot read {path}: {e}")


@dataclass(frozen=True, slots=True)
class Extracted:
    """A record of a text and its facts, checked against the loader's contract."""

    record: DocumentRecord
    facts: Facts


def extracted_records(
    files: Sequence[Path | str],
    *,
    processes: int = 1,
    config: Path | None = None,
    max_bytes: int | None = None,
) -> Iterator[tuple[str, Extracted | Failed]]:
    """Each text file read, extracted and checked against the loader's contract, in input
    order; a document that fails (unreadable, the pipeline raised on it, a record the loader
    refuses) is a `Failed`. `ExtractionUnavailable` when the pipeline cannot start."""
    batch = extraction()
    limits = extract_limits()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    outcomes = batch.extract_outcomes(
        batch.prepared_files(files, limits), n_process=processes, limits=limits, config=config
    )
    try:
        for outcome in outcomes:
            yield _checked(outcome)
    except PipelineUnavailable as e:
        raise ExtractionUnavailable(f"extraction cannot start ({e})") from e


def _checked(outcome: DocumentRecord | DocumentError) -> tuple[str, Extracted | Failed]:
    if isinstance(outcome, DocumentError):
        return outcome.path, Failed(outcome.reason, getattr(outcome, "details", ""))
    name = outcome.document.source
    try:
        return name, Extracted(outcome, checked_facts(outcome))
    except ExtractionFailed as e:
        return name, Failed(e.reason)


def extracted_items(
    files: list[Path], *, processes: int = 1, config: Path | None = None
) -> Iterator[Item]:
    """The texts' facts as batch items (`extracted_records`), failures as failed items."""
    for name, outcome in extracted_records(files, processes=processes, config=config):
        yield name, outcome.facts if isinstance(outcome, Extracted) else outcome


def count_jsonl_records(paths: Iterable[Path]) -> int:
    """How many records the files hold (non-blank lines), for a progress bar's total."""
    total = 0
    for path in paths:
        try:
            with path.open(encoding="utf-8", errors="replace") as lines:
                total += sum(1 for line in lines if line.strip())
        except OSError:
            total += 1
    return total


def ingest_text(
    driver: Driver,
    *,
    text: str,
    source: str,
    title: str | None,
    database: str | None = None,
    limits: Limits | None = None,
) -> Loaded:
    """Extract one text in memory and load it in one transaction (with its CO_INVESTIGATED)."""
    facts = text_facts(text, source=source, title=title, limits=limits)
    return _load_one(driver, facts, database)


def ingest_file(
    driver: Driver,
    *,
    data: bytes,
    source: str,
    title: str | None,
    database: str | None = None,
    limits: Limits | None = None,
) -> Loaded:
    """Read an uploaded file (text, PDF, DOCX), extract and load it (with its CO_INVESTIGATED)."""
    facts = file_facts(data, source=source, title=title, limits=limits)
    return _load_one(driver, facts, database)


def _load_one(driver: Driver, facts: Facts, database: str | None) -> Loaded:
    """One document loaded with its CO_INVESTIGATED; an unexpected error is `LoadingFailed`."""
    try:
        return load_document(driver, facts, database=database)
    except GraphError:
        raise  # Neo4j away or busy (503), too large (413): the API renders these
    except Exception as e:
        log.exception("loading failed on %s", facts.document.id)
        raise LoadingFailed(facts.document.id, f"{type(e).__name__}: {e}"[:300]) from e


def text_facts(text: str, *, source: str, title: str | None, limits: Limits | None = None) -> Facts:
    """The checked facts of one text, with its real source and title."""
    doc_id = posted_id(title, source, text)
    chosen = limits or extract_limits()
    return _facts(
        lambda batch: batch.extract_text(text, doc_id=doc_id, source=source, limits=chosen), title
    )


def file_facts(
    data: bytes, *, source: str, title: str | None, limits: Limits | None = None
) -> Facts:
    """The checked facts of one uploaded file, read by its content (PDF, DOCX or text)."""
    chosen = limits or extract_limits()

    def extract(batch: ModuleType) -> DocumentRecord:
        raw = read_bytes(data, source, max_bytes=chosen.max_bytes, max_chars=chosen.max_chars)
        record: DocumentRecord = batch.extract_raw(
            raw, doc_id=posted_id(title, source, raw.text), limits=chosen
        )
        return record

    return _facts(extract, title)


def _facts(extract: Callable[[ModuleType], DocumentRecord], title: str | None) -> Facts:
    """One document through extraction: bad input is `InvalidInput` (the client's to fix);
    the pipeline raising, or a record the loader refuses, is `ExtractionFailed` (ours)."""
    batch = extraction()
    try:
        record = extract(batch)
    except InputError as e:
        raise InvalidInput(f"the text could not be extracted: {e.reason}") from e
    except PipelineError as e:
        log.error("extraction failed on %s: %s\n%s", e.path, e.reason, e.details)
        raise ExtractionFailed(e.path, e.reason.removeprefix("extraction failed: ")) from e
    except PipelineUnavailable as e:
        raise ExtractionUnavailable(f"extraction cannot start ({e})") from e
    if title:
        record.document.title = title
    return checked_facts(record)


def checked_facts(record: DocumentRecord) -> Facts:
    """The record as facts the loader takes; `ExtractionFailed` when the graph model still
    refuses it (extraction has dropped what it could repair: see `record.warnings`)."""
    try:
        return as_facts(record)
    except InvalidFacts as e:
        reason = f"extraction gave a record the loader refuses: {e}"
        raise ExtractionFailed(record.document.source, reason) from e


def extract_limits(settings: Settings | None = None) -> Limits:
    """The extraction limits of the settings (longest text, piece size)."""
    settings = settings or get_settings()
    return Limits(max_chars=settings.extract_max_chars, chunk_chars=settings.extract_chunk_chars)


def document_id(name: str, text: str) -> str:
    """The id rule: the slug of a file stem or title; a hash of the text when that is empty."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return slug(name)[:100].strip("-") or f"document-{digest}"


def posted_id(title: str | None, source: str, text: str) -> str:
    """The id of a posted text: its title's (else source's) slug and a hash of its source,
    so a post never takes over the document of another source or of a file."""
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{document_id(title or source, text)[:88]}-{digest}"


_importing = threading.Lock()


def extraction() -> ModuleType:
    """The one door to the spaCy pipeline (`ctgraph.extract.batch`): imported on first use,
    since importing spaCy takes seconds that `ctgraph load` or `query` should not pay, and
    under a lock: threads importing spaCy at the same time (the API's warm-up and its first
    requests) can find it half-initialised (`KeyError: 'spacy'`)."""
    try:
        with _importing:
            return importlib.import_module("ctgraph.extract.batch")
    except Exception as e:  # a missing model or module
        raise ExtractionUnavailable(f"extraction cannot start ({e})") from e


def warm_up() -> None:
    """Load the extraction pipeline now, so that the first posted text does not wait for it
    (over 10 s on a 2-core machine); a failure is reported by ingestion itself (503 and why)."""
    try:
        extraction().nlp_for(None)
    except Exception as e:  # a missing model or module
        log.warning("extraction pipeline not loaded: %s", e)
