"""Errors of the extraction package: one hierarchy, so callers catch `ExtractError` only."""

from __future__ import annotations


class ExtractError(Exception):
    """Base class of every error raised by `extract`."""


class DocumentError(ExtractError):
    """One document of a batch failed; the batch goes on without it. `reason` is one line."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(DocumentError):
    """A document could not be read as text (the input's fault: the user can fix it)."""


class PipelineError(DocumentError):
    """The pipeline raised on one document (a bug this text met, not bad input); `details`
    holds the traceback for the log."""

    def __init__(self, path: str, reason: str, details: str = "") -> None:
        super().__init__(path, reason)
        self.details = details


class PipelineUnavailable(ExtractError):
    """The pipeline cannot be built (a missing model, a bad config): nothing can be extracted."""


class EmptyInputError(InputError):
    """The file holds no text (zero bytes or only whitespace)."""


class BinaryInputError(InputError):
    """The file looks like binary data (NUL bytes, control characters)."""


class EncodingError(InputError):
    """No plausible text encoding was found for the file."""


class NotAFileError(InputError):
    """The path names a folder, a pipe or a device, not a file to read."""


class TooLargeError(InputError):
    """The file is larger than the configured limit."""


class TooLongError(InputError):
    """The text is longer than the configured limit of characters (`CTGRAPH_EXTRACT_MAX_CHARS`)."""


class FormatError(InputError):
    """A PDF or DOCX file is damaged or encrypted."""


class EncryptedError(FormatError):
    """A PDF needs a password, or is encrypted with a handler the reader does not support."""


class ExpandsTooLargeError(TooLargeError):
    """A compressed PDF stream or DOCX part grows past the reader's bound when decompressed
    (a decompression bomb), or holds more pages or paragraphs than a document has."""


class NoTextLayerError(InputError):
    """A PDF holds only images (a scan): there is no text to extract without OCR."""


class PatternError(ExtractError):
    """A gazetteer or pattern file is missing or malformed."""


class GoldError(ExtractError):
    """A gold annotation file is missing or malformed."""
