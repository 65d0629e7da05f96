"""Documents: lists, one with its facts and evidence, and new texts to ingest (write role)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from api.caching import Conditional
from api.deps import GraphDep, ReadAccess, WriteAccess
from api.errors import NotFound
from api.ingest import ingest_text
from api.params import EntityId, PagingDep, date_time
from api.schemas.common import ERRORS, READ_RESPONSES, Page
from api.schemas.documents import Document, DocumentSummary, Ingested, NewDocument
from graph.read import documents

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
    graph: GraphDep, page: PagingDep, loaded_since: LoadedSince = None
) -> Page[DocumentSummary]:
    """Documents by title, with how many entities each mentions; `loaded_since` to sync."""
    since = date_time(loaded_since, name="loaded_since")
    rows = documents.list_documents(
        graph.driver,
        database=graph.database,
        loaded_since=since.isoformat() if since else None,
        **page.window,
    )
    return Page[DocumentSummary](**rows, **page.meta(rows["total"]))


@router.get("/{document_id}", dependencies=[ReadAccess, Conditional], responses=READ_RESPONSES)
def get_document(graph: GraphDep, document_id: EntityId) -> Document:
    """One document with the entities it mentions and the facts it gives evidence for."""
    row = documents.get_document(graph.driver, document_id, database=graph.database)
    if row is None:
        raise NotFound(f"no document with id {document_id!r}")
    return Document(**row)


@router.post("", dependencies=[WriteAccess], status_code=status.HTTP_201_CREATED)
def ingest_document(graph: GraphDep, new: NewDocument) -> Ingested:
    """Extract the facts of a new text and load them into the graph (needs a write key)."""
    result = ingest_text(
        graph.driver, text=new.text, source=new.source, title=new.title, database=graph.database
    )
    return Ingested(**result)
