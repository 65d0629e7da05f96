"""Read functions behind the API: named Cypher files under `cypher/api/`, run in READ transactions
by `graph.queries` (the one runner: parameters checked against each file's header, driver errors
mapped to `GraphError`s, a lost connection `ConnectionFailed`, which the API answers with 503)."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.filters import FIRST_PAGE, NO_FILTERS, Filters, Window

Row = dict[str, Any]


def read(driver: Driver, name: str, /, *, database: str, **params: Any) -> list[Row]:
    """Run `cypher/api/<name>.cypher` in a READ transaction; rows as dicts."""
    return queries.read(driver, name, folder="api", database=database, **params)


def read_one(driver: Driver, name: str, /, *, database: str, **params: Any) -> Row | None:
    """The first row of the named query, or None when it returns nothing (an unknown id)."""
    rows = read(driver, name, database=database, **params)
    return rows[0] if rows else None


def page_params(name: str, filters: Filters = NO_FILTERS, window: Window = FIRST_PAGE) -> Row:
    """The parameters of a paged query for filters and a window, given as they are: each set
    filter must be one of the query's parameters (`Filters.params_for`)."""
    declared = {p.name for p in queries.load(name, folder="api").params}
    return {**filters.params_for(name, declared), **window.params()}


def read_page(
    driver: Driver,
    name: str,
    /,
    *,
    database: str,
    filters: Filters = NO_FILTERS,
    window: Window = FIRST_PAGE,
) -> Row:
    """The one row (`total`, `items`) of a paged query that always answers."""
    return read(driver, name, database=database, **page_params(name, filters, window))[0]


def evidence(props: dict[str, Any], *, document: str | None = None) -> list[Row]:
    """A relationship's parallel `evidence_*` lists as one record per mention (of one document)."""
    docs = props.get("evidence_doc") or []
    columns = ("start", "end", "text", "confidence", "page")
    lists = [props.get(f"evidence_{c}") or [] for c in columns]
    rows = []
    for i, doc in enumerate(docs):
        if document is None or doc == document:
            row: Row = {"document": doc}
            row.update(
                {c: (v[i] if i < len(v) else None) for c, v in zip(columns, lists, strict=True)}
            )
            row["page"] = row["page"] or None  # stored 0: no page
            rows.append(row)
    return rows
