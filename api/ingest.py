"""Ingestion of one new text: extract's batch function on it, then the loader.

Extraction is looked up by name at call time (`extract.batch.extract_files`), so the API does not
import spaCy at start-up and, when the pipeline is missing or broken, answers 503 "ingestion not
available" instead of failing to start. The text goes through a temporary file named after its
title (or source), so the document id is the same slug `ctgraph ingest` gives that file.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from neo4j import Driver

from api.errors import Invalid, Unavailable
from graph.errors import InvalidFacts
from graph.facts import as_facts
from graph.load import load_document, refresh_co_investigated

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def extraction() -> tuple[Any, Any]:
    """`extract_files` and `BatchReport`, or `Unavailable` when extraction cannot be imported."""
    try:
        batch = importlib.import_module("extract.batch")
        return batch.extract_files, batch.BatchReport
    except Exception as e:  # a missing model or module, or a pipeline mid-change
        raise Unavailable(f"ingestion not available: extraction cannot start ({e})") from e


def file_name(title: str | None, source: str, text: str) -> str:
    """A safe file stem: the ASCII words of the title (or source), else a hash of the text."""
    folded = unicodedata.normalize("NFKD", title or source).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return "-".join(words)[:100].strip("-") or f"document-{digest}"


def extract_record(text: str, *, source: str, title: str | None) -> Any:
    """The extraction record of one text, with its real source and title."""
    extract_files, batch_report = extraction()
    with tempfile.TemporaryDirectory(prefix="ctgraph-ingest-") as folder:
        path = Path(folder) / f"{file_name(title, source, text)}.txt"
        # Control characters mean nothing in a press release but make extract's reader take the
        # file for binary data; spaces keep every offset where it was.
        path.write_text(CONTROL.sub(" ", text), encoding="utf-8", errors="replace")
        report = batch_report()
        records = list(extract_files([path], report))
    if not records:
        reasons = "; ".join(str(f).replace(str(path), "text") for f in report.failures)
        raise Invalid(f"the text could not be extracted: {reasons or 'no record'}")
    record = records[0]
    record.document.source = source
    if title:
        record.document.title = title
    return record


def ingest_text(
    driver: Driver, *, text: str, source: str, title: str | None, database: str
) -> dict[str, Any]:
    """Extract the text's facts, load them in one transaction, refresh CO_INVESTIGATED."""
    try:
        facts = as_facts(extract_record(text, source=source, title=title))
    except InvalidFacts as e:
        raise Invalid(f"extraction gave an invalid record: {e}") from e
    loaded = load_document(driver, facts, database=database)
    refresh_co_investigated(driver, database=database)
    status = "unchanged" if loaded.status == "unchanged" else "loaded"
    return {
        "id": loaded.document,
        "status": status,
        "entities": loaded.entities,
        "relations": loaded.relations,
    }
