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

    status = 503
    title = "extraction unavailable"


class InvalidInput(IngestError):
    """The input cannot be extracted (empty, unreadable, too long); the message says why."""

    status = 422
    title = "invalid input"


class BulkLoadError(CtgraphError):
    """A bulk first load (`ctgraph load --bulk`) cannot run or failed; the message says what next."""


class NotLocalServer(BulkLoadError):
    """A bulk load writes the store files of ctgraph's own server: a configured one is not."""


class DatabaseNotEmpty(BulkLoadError):
    """A bulk load replaces the database: it refuses one that holds a graph unless told to."""


class ImportFailed(BulkLoadError):
    """`neo4j-admin database import full` failed; the message quotes its log."""


class ExtractionFailed(IngestError):
    """Extraction went wrong on one document: the pipeline raised on it, or made a record the
    loader refuses. The server's fault, not the input's: a 500-class problem naming the
    document (`status`, `title`), the traceback in the log."""

    status = 500
    title = "extraction failed"

    def __init__(self, document: str, reason: str) -> None:
        super().__init__(f"extraction failed for {document}: {reason}")
        self.document = document
        self.reason = reason
