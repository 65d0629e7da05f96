"""Read functions behind the API: named Cypher files under `cypher/api/`, run in READ transactions.

The files are loaded by name through `graph.queries` (the same loader as the analysts' library);
this module adds the READ routing, the database and the mapping of driver errors to `GraphError`s
(a lost connection becomes `ConnectionFailed`, which the API answers with 503).
"""

from __future__ import annotations

from typing import Any

from neo4j import Driver, Query, RoutingControl
from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from graph.errors import ConnectionFailed, QueryError
from graph.queries import CYPHER_DIR, load

QUERY_DIR = CYPHER_DIR / "api"

Row = dict[str, Any]


def load_query(name: str) -> str:
    """The text of `cypher/api/<name>.cypher`; a `QueryError` when there is no such file."""
    return load(name, folder=QUERY_DIR).text


def read(driver: Driver, name: str, /, *, database: str, **params: Any) -> list[Row]:
    """Run the named query in a READ transaction; rows as dicts, driver errors as `GraphError`s."""
    try:
        records, _, _ = driver.execute_query(
            Query(load_query(name)),  # text from a file, never formatted
            parameters_=params,
            routing_=RoutingControl.READ,
            database_=database,
        )
    except (ServiceUnavailable, SessionExpired) as e:
        raise ConnectionFailed(f"Neo4j did not answer the {name!r} query: {e}") from e
    except (Neo4jError, DriverError) as e:
        raise QueryError(f"the {name!r} query failed: {e}") from e
    return [record.data() for record in records]


def read_one(driver: Driver, name: str, /, *, database: str, **params: Any) -> Row | None:
    """The first row of the named query, or None when it returns nothing (an unknown id)."""
    rows = read(driver, name, database=database, **params)
    return rows[0] if rows else None


def evidence(props: dict[str, Any], *, document: str | None = None) -> list[Row]:
    """A relationship's parallel `evidence_*` lists as one record per mention (of one document)."""
    docs = props.get("evidence_doc") or []
    columns = ("start", "end", "text", "confidence")
    lists = [props.get(f"evidence_{c}") or [] for c in columns]
    rows = []
    for i, doc in enumerate(docs):
        if document is None or doc == document:
            row: Row = {"document": doc}
            row.update(
                {c: (v[i] if i < len(v) else None) for c, v in zip(columns, lists, strict=True)}
            )
            rows.append(row)
    return rows
