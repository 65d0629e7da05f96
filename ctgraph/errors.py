"""The one error hierarchy of `ctgraph/`: what the configuration, the local server and the
ingest service raise; the message says what to do next."""


class CtgraphError(Exception):
    """Base of every error raised by `ctgraph/` itself (graph errors stay `GraphError`s)."""


class ServerError(CtgraphError):
    """The local Neo4j server could not be provisioned, started or stopped."""


class IngestError(CtgraphError):
    """A text could not be turned into facts to load."""


class ExtractionUnavailable(IngestError):
    """The extraction pipeline cannot start (a missing model or module)."""


class InvalidInput(IngestError):
    """The text (or the record extraction made of it) cannot be loaded; the message says why."""


class BulkLoadError(CtgraphError):
    """A bulk first load (`ctgraph load --bulk`) cannot run or failed; the message says what next."""


class NotLocalServer(BulkLoadError):
    """A bulk load writes the store files of ctgraph's own server: a configured one is not."""


class DatabaseNotEmpty(BulkLoadError):
    """A bulk load replaces the database: it refuses one that holds a graph unless told to."""


class ImportFailed(BulkLoadError):
    """`neo4j-admin database import full` failed; the message quotes its log."""
