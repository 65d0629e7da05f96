"""Documents: lists, one with its facts and evidence, and new texts to ingest (write role)."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.deps import GraphDep, ReadAccess, WriteAccess
from api.errors import Invalid, NotFound, Unavailable
from api.params import EntityId, PagingDep
from api.schemas.common import ERRORS, Page
from api.schemas.documents import Document, DocumentSummary, Ingested, NewDocument
from ctgraph.errors import ExtractionUnavailable, InvalidInput
from ctgraph.ingest import ingest_text
from graph.read import documents

router = APIRouter(prefix="/documents", tags=["documents"], responses=ERRORS)


@router.get("", dependencies=[ReadAccess])
def list_documents(graph: GraphDep, page: PagingDep) -> Page[DocumentSummary]:
    """Documents by title, with how many entities each mentions."""
    rows = documents.list_documents(graph.driver, database=graph.database, **vars(page))
    return Page[DocumentSummary](**rows, limit=page.limit, offset=page.offset)


@router.get("/{document_id}", dependencies=[ReadAccess])
def get_document(graph: GraphDep, document_id: EntityId) -> Document:
    """One document with the entities it mentions and the facts it gives evidence for."""
    row = documents.get_document(graph.driver, document_id, database=graph.database)
    if row is None:
        raise NotFound(f"no document with id {document_id!r}")
    return Document(**row)


@router.post("", dependencies=[WriteAccess], status_code=status.HTTP_201_CREATED)
def ingest_document(graph: GraphDep, new: NewDocument) -> Ingested:
    """Extract the facts of a new text and load them into the graph (needs a write key)."""
    try:
        loaded = ingest_text(
            graph.driver, text=new.text, source=new.source, title=new.title, database=graph.database
        )
    except ExtractionUnavailable as e:
        raise Unavailable(f"ingestion not available: {e}") from e
    except InvalidInput as e:
        raise Invalid(str(e)) from e
    status = "unchanged" if loaded.status == "unchanged" else "loaded"
    return Ingested(
        id=loaded.document, status=status, entities=loaded.entities, relations=loaded.relations
    )
