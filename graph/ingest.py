"""A batch of documents into the graph: schema first, one transaction per document, then the
derived CO_INVESTIGATED; bad records are counted as failed and the batch goes on.

A lost connection stops the batch with a `ConnectionFailed` naming the document; since each
document is its own transaction and unchanged ones are skipped, running the batch again
finishes the job without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver

from graph.errors import GraphError, InvalidFacts, LoadFailed
from graph.facts import Facts, read_jsonl
from graph.load import Loaded, apply_schema, load_document, refresh_co_investigated

# One item of a batch: a name to report (file:line or path) and the facts, or why there are none.
Item = tuple[str, Facts | GraphError]


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


def jsonl_items(paths: Iterable[Path]) -> Iterator[Item]:
    """The records of extraction JSON Lines files; an unreadable file is one failed item."""
    for path in paths:
        try:
            for number, parsed in read_jsonl(path):
                yield f"{path.name}:{number}", parsed
        except (OSError, UnicodeDecodeError) as e:
            yield path.name, InvalidFacts(f"cannot read {path}: {e}")


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


def ingest(
    driver: Driver,
    items: Iterable[Item],
    *,
    database: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> Summary:
    """Load every item in its own transaction, then refresh CO_INVESTIGATED once."""
    summary = Summary()
    apply_schema(driver, database=database)
    for name, item in items:
        if isinstance(item, GraphError):
            summary.failed.append((name, str(item)))
        else:
            try:
                summary.add(load_document(driver, item, database=database))
            except LoadFailed as e:
                summary.failed.append((name, str(e)))
        if on_item is not None:
            on_item(name)
    summary.co_investigated = refresh_co_investigated(driver, database=database)
    return summary
