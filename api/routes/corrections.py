"""Corrections: analysts reject, assert, merge, split and set facts (write role); the log, the
history of one fact and the rejected facts are read like the rest of the graph (ETag)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response, status
from starlette.convertors import StringConvertor, register_url_convertor

from ctgraph.api.caching import Conditional
from ctgraph.api.deps import GraphDep, ReadAccess, WriteAccess
from ctgraph.api.errors import Invalid, NotFound
from ctgraph.api.schemas.common import ERRORS, READ_RESPONSES
from ctgraph.api.schemas.corrections import (
    LISTED_EXAMPLE,
    REJECTED_EXAMPLE,
    CorrectionList,
    CorrectionRecord,
    Listed,
    NewCorrection,
    RejectedFact,
)
from ctgraph.graph import corrections_guide as corrections_guide_page
from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import Correction, new
from ctgraph.graph.errors import InvalidCorrection, UnknownCorrection


class CorrectionIdConvertor(StringConvertor):
    """A correction's id in a path (`c<time>-<hex>`, ids always hold a dash): so that
    `/corrections/history` and `/corrections/rejected` match no route of one correction, and
    their `Allow` lists only GET and HEAD."""

    regex = "c[^/]*-[^/]*"


register_url_convertor("correction_id", CorrectionIdConvertor())

router = APIRouter(prefix="/corrections", tags=["corrections"], responses=ERRORS)

Key = Annotated[
    str | None,
    Query(max_length=1200, description="A target: `TYPE source target`, `entity property` or "
          "`merge a b`", examples=["PARTICIPATED_IN country:MD operation:kanis"]),
]  # fmt: skip
Text = Annotated[str | None, Query(max_length=500)]
Limit = Annotated[int, Query(ge=1, le=1000)]


@router.get("", dependencies=[ReadAccess, Conditional], responses=READ_RESPONSES)
def list_corrections(
    graph: GraphDep,
    key: Key = None,
    entity: Text = None,
    action: Text = None,
    after: Text = None,
    limit: Limit = 100,
) -> CorrectionList:
    """The corrections' log in the order it was written, each record with its state."""
    found = store.listed(graph.driver, key=key, entity=entity, action=action, after=after,
                         limit=limit, database=graph.database)  # fmt: skip
    items = [_listed(item) for item in found]
    return CorrectionList(
        items=items, next_after=found[-1].record.id if len(found) == limit else None
    )


def _example(value: Any) -> dict[int | str, dict[str, Any]]:
    return {**READ_RESPONSES, 200: {"content": {"application/json": {"example": value}}}}


@router.get(
    "/history", dependencies=[ReadAccess, Conditional], responses=_example([LISTED_EXAMPLE])
)
def fact_history(
    graph: GraphDep, key: Annotated[str, Query(min_length=3, max_length=1200)]
) -> list[Listed]:
    """Every correction of one fact, property or pair, and every withdrawal, oldest first."""
    return [_listed(item) for item in store.history(graph.driver, key, database=graph.database)]


@router.get(
    "/rejected", dependencies=[ReadAccess, Conditional], responses=_example([REJECTED_EXAMPLE])
)
def rejected_facts(
    graph: GraphDep, evidence: Annotated[int, Query(ge=0, le=100)] = 5
) -> list[RejectedFact]:
    """The facts rejections in force hide from every read, with their documents' evidence."""
    found = store.rejected_facts(graph.driver, evidence=evidence, database=graph.database)
    return [
        RejectedFact(correction=_record(f["correction"]), evidence=f["evidence"]) for f in found
    ]


@router.post("", dependencies=[WriteAccess], status_code=status.HTTP_201_CREATED)
def make_correction(graph: GraphDep, body: NewCorrection) -> CorrectionRecord:
    """Make a correction; it applies at once and on every later load (needs a write key)."""
    with correction_errors():
        record = new(**body.model_dump(exclude_none=True))
        return _record(store.correct(graph.driver, record, database=graph.database))


@router.delete("/{correction_id:correction_id}", dependencies=[WriteAccess])
def withdraw_correction(
    graph: GraphDep,
    correction_id: Annotated[str, Path(max_length=100)],
    author: Annotated[str, Query(min_length=1, max_length=200)],
    reason: Text = None,
) -> CorrectionRecord:
    """Withdraw a correction: the log keeps it and the withdrawal, its effect is undone."""
    with correction_errors():
        withdrawal = store.withdraw(graph.driver, correction_id, author=author, reason=reason,
                                    database=graph.database)  # fmt: skip
    return _record(withdrawal)


# The guide page is served beside ctgraph's Browser guide, open like it (it holds no data).
browser_router = APIRouter(prefix="/browser", tags=["browser"], responses={500: ERRORS[500]})
GUIDE_EXAMPLE = '<article class="guide"><slide><h3>Correct the graph</h3>...</slide></article>'
SHARED = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}


@browser_router.get("/corrections.html", response_class=Response,
                    responses={200: {"content": {"text/html": {"schema": {"type": "string"}, "example": GUIDE_EXAMPLE}}}})  # fmt: skip
def corrections_guide() -> Response:
    """The Neo4j Browser guide page of corrections (`:guide URL`): ready commands to correct."""
    return Response(corrections_guide_page.guide(), media_type="text/html", headers=SHARED)


@browser_router.options("/corrections.html", include_in_schema=False)
def corrections_guide_preflight(request: Request) -> Response:
    """The CORS preflight Neo4j Browser sends before fetching a guide."""
    asked = request.headers.get("access-control-request-headers", "")
    headers = {**SHARED, "Access-Control-Allow-Methods": "GET", "Access-Control-Allow-Headers": asked,
               "Access-Control-Max-Age": "600"}  # fmt: skip
    return Response(status_code=204, headers=headers)


@contextmanager
def correction_errors() -> Iterator[None]:
    """A correction that does not say what it needs is 422; an unknown id 404."""
    try:
        yield
    except InvalidCorrection as e:
        raise Invalid(str(e)) from e
    except UnknownCorrection as e:
        raise NotFound(str(e)) from e


def _record(record: Correction) -> CorrectionRecord:
    return CorrectionRecord(**record.row())


def _listed(item: store.Listed) -> Listed:
    withdrawal = None if item.withdrawal is None else _record(item.withdrawal)
    return Listed(record=_record(item.record), state=item.state, withdrawal=withdrawal)
