"""Uploads: a file (PDF, DOCX or text) to extract and load as a new document (write role); its
own resource, so that no document id is taken for it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, UploadFile, status

from ctgraph.api.deps import GraphDep, SettingsDep, WriteAccess
from ctgraph.api.routes.documents import ingest_errors, ingested
from ctgraph.api.schemas.common import ERRORS
from ctgraph.api.schemas.documents import Ingested
from ctgraph.ingest import extract_limits, ingest_file

router = APIRouter(prefix="/uploads", tags=["documents"], responses=ERRORS)


@router.post("", dependencies=[WriteAccess], status_code=status.HTTP_201_CREATED)
def ingest_document_file(
    graph: GraphDep,
    settings: SettingsDep,
    file: UploadFile,
    source: Annotated[str | None, Form(max_length=2000)] = None,
    title: Annotated[str | None, Form(max_length=2000)] = None,
) -> Ingested:
    """Extract and load an uploaded file (multipart `file`): PDF (text layer), DOCX or text.

    `source` defaults to the file's name; a scanned PDF without text is refused (422).
    """
    data = file.file.read()
    with ingest_errors():
        loaded = ingest_file(
            graph.driver, data=data, source=source or file.filename or "upload", title=title,
            database=graph.database, limits=extract_limits(settings),
        )  # fmt: skip
    return ingested(loaded)
