"""Cue phrases compiled to token tuples, matched on a Doc's lower-cased tokens."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from ctgraph.extract.words import lowers


class Cues:
    """Phrases by kind (from a pattern file), tokenised like the documents they are matched on."""

    def __init__(self, table: dict[str, list[str]], tokenize: Callable[[str], Doc]) -> None:
        self.by_first: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        self.by_last: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for kind, phrases in table.items():
            tuples = {tuple(t.lower_ for t in tokenize(p)) for p in phrases} - {()}
            first, last = self.by_first.setdefault(kind, {}), self.by_last.setdefault(kind, {})
            for phrase in sorted(tuples, key=len, reverse=True):
                first.setdefault(phrase[0], []).append(phrase)
                last.setdefault(phrase[-1], []).append(phrase)

    def first_words(self, kind: str) -> set[str]:
        """The words a phrase of `kind` can start with."""
        return set(self.by_first.get(kind, {}))

    def starts(self, doc: Doc, index: int, kind: str) -> int:
        """Length of the longest phrase of `kind` starting at token `index` (0: none)."""
        words = lowers(doc)
        if index >= len(words):
            return 0
        for phrase in self.by_first.get(kind, {}).get(words[index], ()):
            if tuple(words[index : index + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def ends(self, doc: Doc, index: int, kind: str) -> int:
        """Length of the longest phrase of `kind` ending just before token `index` (0: none)."""
        words = lowers(doc)
        if index <= 0:
            return 0
        for phrase in self.by_last.get(kind, {}).get(words[index - 1], ()):
            size = len(phrase)
            if size <= index and tuple(words[index - size : index]) == phrase:
                return size
        return 0

    def find(self, span: Span, kind: str) -> list[int]:
        """Token indexes where a phrase of `kind` starts inside `span`."""
        words, first = lowers(span.doc), self.by_first.get(kind, {})
        return [
            i
            for i in range(span.start, span.end)
            if words[i] in first and self.starts(span.doc, i, kind)
        ]

    def has(self, span: Span, kind: str) -> bool:
        """True when a phrase of `kind` occurs inside `span`."""
        words, first = lowers(span.doc), self.by_first.get(kind, {})
        return any(
            words[i] in first and self.starts(span.doc, i, kind)
            for i in range(span.start, span.end)
        )
