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


class DocumentFailed(IngestError):
    """One document failed in a stage of ingestion for a reason that is the server's, not the
    input's: a 500-class problem (`status`, `title`) naming the document; the traceback goes
    to the log."""

    status = 500
    title = "ingestion failed"

    def __init__(self, document: str, reason: str) -> None:
        super().__init__(f"{self.title} for {document}: {reason}")
        self.document = document
        self.reason = reason


class ExtractionFailed(DocumentFailed):
    """The pipeline raised on one document, or made a record the loader refuses."""

    title = "extraction failed"


class LoadingFailed(DocumentFailed):
    """Loading one document's facts raised an unexpected error (not Neo4j being away)."""

    title = "loading failed"
