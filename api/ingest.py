"""Ingestion of one new text: extraction in memory, then the loader.

Extraction is imported at the first ingestion, so the API does not load spaCy at start-up and,
when the pipeline is missing or broken, answers 503 "ingestion not available" instead of
failing to start. The document id is the slug of the title (or source), the same id
`ctgraph ingest` gives a file of that name.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from neo4j import Driver

from api.errors import Invalid, Unavailable
from graph.errors import InvalidFacts
from graph.facts import as_facts
from graph.load import load_document, refresh_co_investigated


def file_name(title: str | None, source: str, text: str) -> str:
    """A safe file stem: the ASCII words of the title (or source), else a hash of the text."""
    folded = unicodedata.normalize("NFKD", title or source).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return "-".join(words)[:100].strip("-") or f"document-{digest}"


def extract_record(text: str, *, source: str, title: str | None) -> Any:
    """The extraction record of one text, with its real source and title."""
    try:
        from extract.batch import extract_text
        from extract.errors import InputError
    except Exception as e:  # a missing model or module
        raise Unavailable(f"ingestion not available: extraction cannot start ({e})") from e
    try:
        record = extract_text(text, doc_id=file_name(title, source, text), source=source)
    except InputError as e:
        raise Invalid(f"the text could not be extracted: {e.reason}") from e
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
