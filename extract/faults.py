"""A component for fault drills: it fails on purpose on the documents that contain a marker.

Never in the shipped pipeline; a config that adds it (tests, `ctgraph extract --config`) shows
that one document's failure stays that document's: `raise` raises an exception, `exit` ends
the process that runs the pipeline (a worker of `--processes`), as a crash would.
"""

from __future__ import annotations

import os

from spacy.language import Language
from spacy.tokens import Doc


class Fault:
    """Fails on docs containing `marker`; passes every other doc through unchanged."""

    def __init__(self, marker: str, action: str) -> None:
        if action not in ("raise", "exit"):
            raise ValueError(f"ctgraph_fault action must be 'raise' or 'exit', not {action!r}")
        self.marker = marker
        self.action = action

    def __call__(self, doc: Doc) -> Doc:
        if self.marker and self.marker in doc.text:
            if self.action == "exit":
                os._exit(70)  # a crash: no cleanup, no message to the parent
            raise RuntimeError(f"fault drill: marker {self.marker!r} found")
        return doc


@Language.factory("ctgraph_fault", default_config={"marker": "", "action": "raise"})
def make_fault(nlp: Language, name: str, marker: str, action: str) -> Fault:
    """Factory of `Fault`."""
    return Fault(marker, action)
