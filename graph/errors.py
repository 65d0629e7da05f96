"""The one error hierarchy of `graph/`: every failure the package raises is a `GraphError`."""


class GraphError(Exception):
    """Base of every error raised by `graph/`; the message says what to do next."""


class ConnectionFailed(GraphError):
    """Neo4j did not answer (not running, wrong URI or password)."""


class QueryError(GraphError):
    """A Cypher query failed or a named query does not exist."""


class InvalidFacts(GraphError):
    """A record to load is not in the shape of the extraction spec (the message says where)."""


class LoadFailed(GraphError):
    """Loading one document failed; the message names the document."""


class DocumentTooLarge(LoadFailed):
    """One document's facts need more memory than Neo4j allows a transaction: it fails alone."""


class Retryable(GraphError):
    """Neo4j failed for a passing reason (memory pool, deadlock, leader switch): try again."""


class InvalidModel(GraphError):
    """The graph model declaration (`graph/model.yaml` or a copy) is malformed."""


class CannotBulkLoad(GraphError):
    """Facts that the bulk load's import files cannot hold; `ctgraph load` (no --bulk) loads them."""


class InvalidCorrection(GraphError):
    """A correction that does not say what it needs, or names what the model does not have."""


class UnknownCorrection(GraphError):
    """No correction (in force) has the given id."""
