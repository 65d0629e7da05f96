"""The one ingest service: files, folders, JSON Lines and in-memory texts into the graph.

The command line (`ctgraph ingest | load | up`) and the API (`POST /documents`) both call it.
A batch applies the schema, loads its documents in transactions of up to `BATCH_RELATIONS`
relations (`graph.load.load_documents`; the CO_INVESTIGATED pairs they change are marked stale
and recomputed once, at the end of the batch, by `refresh_stale_pairs`), counts bad inputs as
failed and goes on: a transaction that fails is retried document by document, so only
the bad document fails. A lost
connection stops the batch with a `ConnectionFailed` naming the document; since unchanged
documents are skipped, running the batch again finishes the job without duplicates (and
refreshes the pairs the stopped run had marked).

Document ids follow one rule (`document_id`): the slug of a file's stem; for a posted text the
slug of its title (else its source) followed by a hash of its source, so that two posts
collide only when they come from the same source: then the second updates the first (or is
unchanged), never replaces another source's document.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from neo4j import Driver

from ctgraph.errors import ExtractionUnavailable, InvalidInput
from ctgraph.graph.errors import GraphError, InvalidFacts, LoadFailed
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

if TYPE_CHECKING:
    from ctgraph.extract.batch import Limits
    from ctgraph.extract.records import DocumentRecord

# One item of a batch: a name to report (file:line or path) and the facts, or why there are none.
Item = tuple[str, Facts | GraphError]

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
    for chunk in load_batches(items):
        _load_chunk(driver, chunk, summary, database)
        for name, _ in chunk:
            if on_item is not None:
                on_item(name)
    refresh_stale_pairs(driver, database=database)
    summary.co_investigated = co_investigated_pairs(driver, database=database)
    return summary


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
    """One transaction for the chunk's facts; if it fails, each document alone, to name the bad."""
    good = [(name, item) for name, item in chunk if isinstance(item, Facts)]
    summary.failed += [(name, str(item)) for name, item in chunk if not isinstance(item, Facts)]
    if len(good) > 1:
        try:
            for loaded in load_documents(
                driver, [facts for _, facts in good], database=database, defer_pairs=True
            ):
                summary.add(loaded)
            return
        except LoadFailed:
            pass  # one bad document: load them one by one below, to fail only that one
    for name, facts in good:
        try:
            summary.add(load_documents(driver, [facts], database=database, defer_pairs=True)[0])
        except LoadFailed as e:
            summary.failed.append((name, str(e)))


def path_items(paths: Iterable[Path]) -> tuple[Iterator[Item], int]:
    """The items of files and folders (`.jsonl` loaded as records, texts extracted) and their count."""
    paths = list(paths)
    records = [p for p in paths if p.suffix == ".jsonl"]
    texts = _text_files([p for p in paths if p.suffix != ".jsonl"])

    def items() -> Iterator[Item]:
        yield from jsonl_items(records)
        yield from text_items(texts)

    return items(), count_jsonl_records(records) + len(texts)


def jsonl_items(paths: Iterable[Path]) -> Iterator[Item]:
    """The records of extraction JSON Lines files; an unreadable file is one failed item."""
    for path in paths:
        try:
            for number, parsed in read_jsonl(path):
                yield f"{path.name}:{number}", parsed
        except (OSError, UnicodeDecodeError) as e:
            yield path.name, InvalidFacts(f"cannot read {path}: {e}")


def text_items(paths: list[Path]) -> Iterator[Item]:
    """Texts through extract's batch pipeline; an unreadable text is one failed item."""
    if not paths:
        return
    import_extraction()
    from ctgraph.extract.batch import BatchReport, extract_files

    report = BatchReport()
    for record in extract_files(paths, report, limits=extract_limits()):
        try:
            yield record.document.source, as_facts(record)
        except InvalidFacts as e:
            yield record.document.source, e
    for failure in report.failures:
        yield failure.path, InvalidFacts(failure.reason)


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
    return load_document(driver, facts, database=database)


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
    return load_document(driver, facts, database=database)


def text_facts(text: str, *, source: str, title: str | None, limits: Limits | None = None) -> Facts:
    """The validated facts of one text, with its real source and title."""
    try:
        import_extraction()
        from ctgraph.extract.batch import extract_text
    except Exception as e:  # a missing model or module
        raise ExtractionUnavailable(f"extraction cannot start ({e})") from e
    doc_id = posted_id(title, source, text)
    chosen = limits or extract_limits()
    return _facts(lambda: extract_text(text, doc_id=doc_id, source=source, limits=chosen), title)


def file_facts(
    data: bytes, *, source: str, title: str | None, limits: Limits | None = None
) -> Facts:
    """The validated facts of one uploaded file, read by its content (PDF, DOCX or text)."""
    try:
        import_extraction()
        from ctgraph.extract.batch import extract_raw
        from ctgraph.extract.reader import read_bytes
    except Exception as e:  # a missing model or module
        raise ExtractionUnavailable(f"extraction cannot start ({e})") from e
    chosen = limits or extract_limits()

    def extract() -> DocumentRecord:
        raw = read_bytes(data, source, max_bytes=chosen.max_bytes, max_chars=chosen.max_chars)
        return extract_raw(raw, doc_id=posted_id(title, source, raw.text), limits=chosen)

    return _facts(extract, title)


def _facts(extract: Callable[[], DocumentRecord], title: str | None) -> Facts:
    from ctgraph.extract.errors import InputError

    try:
        record = extract()
    except InputError as e:
        raise InvalidInput(f"the text could not be extracted: {e.reason}") from e
    if title:
        record.document.title = title
    try:
        return as_facts(record)
    except InvalidFacts as e:
        raise InvalidInput(f"extraction gave an invalid record: {e}") from e


def extract_limits(settings: Settings | None = None) -> Limits:
    """The extraction limits of the settings (longest text, piece size)."""
    import_extraction()
    from ctgraph.extract.batch import Limits

    settings = settings or get_settings()
    return Limits(max_chars=settings.extract_max_chars, chunk_chars=settings.extract_chunk_chars)


def document_id(name: str, text: str) -> str:
    """The id rule: the slug of a file stem or title; a hash of the text when that is empty."""
    from ctgraph.extract.text import slug

    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return slug(name)[:100].strip("-") or f"document-{digest}"


def posted_id(title: str | None, source: str, text: str) -> str:
    """The id of a posted text: its title's (else source's) slug and a hash of its source,
    so a post never takes over the document of another source or of a file."""
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{document_id(title or source, text)[:88]}-{digest}"


def _text_files(paths: list[Path]) -> list[Path]:
    from ctgraph.extract.reader import expand_paths

    return expand_paths(paths) if paths else []


_importing = threading.Lock()


def import_extraction() -> None:
    """Import the extraction package (and spaCy: seconds, so only when needed) under a lock:
    threads importing spaCy at the same time (the API's warm-up and its first requests) can
    find it half-initialised (`KeyError: 'spacy'`). Once imported, this costs a lock."""
    with _importing:
        import ctgraph.extract.batch
        import ctgraph.extract.pipeline  # noqa: F401


def warm_up() -> None:
    """Load the extraction pipeline now, so that the first posted text does not wait for it
    (over 10 s on a 2-core machine); a failure is reported by ingestion itself (503 and why)."""
    try:
        import_extraction()
        from ctgraph.extract.pipeline import load_nlp

        load_nlp()
    except Exception as e:  # a missing model or module
        logging.getLogger("ctgraph.ingest").warning("extraction pipeline not loaded: %s", e)
