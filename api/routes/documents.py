"""Documents: lists, one with its facts and evidence, and new texts or files to ingest (write role).

A posted document's id is its title's slug plus a hash of its source: posting from the same
source again updates (or leaves unchanged) that document, another source never replaces it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Literal

from fastapi import APIRouter, Query, status
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from ctgraph.api import document_view
from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess, SettingsDep, WriteAccess
from ctgraph.api.errors import ApiError, Invalid, NotFound, PayloadTooLarge, Unavailable
from ctgraph.api.filters import DocumentFilters
from ctgraph.api.params import DocumentId, PagingDep, date_time
from ctgraph.api.schemas.common import ERRORS, READ_RESPONSES, Page
from ctgraph.api.schemas.documents import Document, DocumentSummary, Ingested, NewDocument
from ctgraph.errors import DocumentFailed, ExtractionUnavailable, InvalidInput
from ctgraph.graph.errors import DocumentTooLarge
from ctgraph.graph.load import Loaded
from ctgraph.graph.read import documents
from ctgraph.ingest import extract_limits, ingest_text

router = APIRouter(prefix="/documents", tags=["documents"], responses=ERRORS)

LoadedSince = Annotated[
    str | None,
    Query(
        description="Only documents loaded at or after this RFC 3339 date-time, e.g. the "
        "`loaded_at` of the last document you synced.",
        examples=["2026-11-23T09:40:00Z"],
        json_schema_extra={"format": "date-time"},
    ),
]


@router.get("", dependencies=[ReadAccess, Conditional], responses=READ_RESPONSES)
def list_documents(
    graph: GraphDep, filters: DocumentFilters, page: PagingDep, loaded_since: LoadedSince = None
) -> Page[DocumentSummary]:
    """Documents by title, with their date and how many entities each mentions; filtered by date; `loaded_since` to sync."""
    since = date_time(loaded_since, name="loaded_since")
    rows = documents.list_documents(
        graph.driver, filters, page.window, database=graph.database,
        loaded_since=since.isoformat() if since else None,
    )  # fmt: skip
    return Page[DocumentSummary](**rows, **page.meta(rows["total"]))


@router.get("/{document_id}", dependencies=[ReadAccess, Conditional], responses=READ_RESPONSES)
def get_document(graph: GraphDep, document_id: DocumentId) -> Document:
    """One document with the entities it mentions and the facts it gives evidence for."""
    row = documents.get_document(graph.driver, document_id, database=graph.database)
    if row is None:
        raise NotFound(f"no document with id {document_id!r}")
    return Document(**row)


TextFormat = Annotated[
    Literal["text", "html"],
    Query(
        description="`text` (the default): the stored text as `text/plain`; `html`: a page "
        "that highlights every evidence span (hover one for its fact and page).",
    ),
]
TEXT_EXAMPLE = "Police of Serbia and Romania took part in Operation NORTHWIND in 2017..."
TEXT_RESPONSES = {
    **READ_RESPONSES,
    200: {
        "description": "The document's cleaned text, into which every evidence offset points.",
        "content": {
            "text/plain": {"schema": {"type": "string"}, "example": TEXT_EXAMPLE},
            "text/html": {"schema": {"type": "string"}, "example": "<!DOCTYPE html>..."},
        },
    },
}


@router.get(
    "/{document_id}/text",
    dependencies=[ReadAccess, Conditional],
    response_class=PlainTextResponse,
    responses=TEXT_RESPONSES,
)
def get_document_text(
    graph: GraphDep, document_id: DocumentId, format: TextFormat = "text"
) -> Response:
    """The document's stored text (the offsets of its evidence point into it); `format=html` for a page with the evidence highlighted."""
    row = documents.get_document_text(graph.driver, document_id, database=graph.database)
    if row is None:
        raise NotFound(f"no document with id {document_id!r}")
    if row["text"] is None:
        raise NotFound(
            f"document {document_id!r} has no stored text (it was loaded from a record without "
            "one, or before texts were stored): remove it (`ctgraph remove`) and ingest it again"
        )
    if format == "text":
        return PlainTextResponse(row["text"])
    found = documents.document_evidence(graph.driver, document_id, database=graph.database)
    marks = document_view.spans(found, len(row["text"]))
    return HTMLResponse(document_view.page(row, marks))


@router.post("", dependencies=[WriteAccess], status_code=status.HTTP_201_CREATED)
def ingest_document(graph: GraphDep, settings: SettingsDep, new: NewDocument) -> Ingested:
    """Extract the facts of a new text and load them into the graph (needs a write key)."""
    with ingest_errors():
        loaded = ingest_text(
            graph.driver, text=new.text, source=new.source, title=new.title,
            database=graph.database, limits=extract_limits(settings),
        )  # fmt: skip
    return ingested(loaded)


@contextmanager
def ingest_errors() -> Iterator[None]:
    """Ingestion failures as API errors: 503, 422 (bad input), 413 (too large to load), 500
    "extraction failed" / "loading failed" naming the document (a bug this document met)."""
    try:
        yield
    except ExtractionUnavailable as e:
        raise Unavailable(f"ingestion not available: {e}") from e
    except DocumentFailed as e:  # ours, not the client's: 500 naming the stage and document
        stage = e.title.split()[0]
        raise ApiError(str(e), extensions={"stage": stage, "document": e.document}) from e
    except InvalidInput as e:
        raise Invalid(str(e)) from e
    except DocumentTooLarge as e:
        raise PayloadTooLarge(str(e)) from e


def ingested(loaded: Loaded) -> Ingested:
    status = "unchanged" if loaded.status == "unchanged" else "loaded"
    return Ingested(
        id=loaded.document, status=status, entities=loaded.entities, relations=loaded.relations
    )
