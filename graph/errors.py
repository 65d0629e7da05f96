"""The one error hierarchy of `graph/`: every failure the package raises is a `GraphError`."""


class GraphError(Exception):
    """Base of every error raised by `graph/`; the message says what to do next."""


class ServerError(GraphError):
    """The local Neo4j server could not be provisioned, started or stopped."""


class ConnectionFailed(GraphError):
    """Neo4j did not answer (not running, wrong URI or password)."""


class QueryError(GraphError):
    """A Cypher query failed or a named query does not exist."""
