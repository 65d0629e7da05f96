"""A doc's words as plain strings, built once per doc: rules that scan every token read these
lists instead of creating a spaCy `Token` per word on each pass."""

from __future__ import annotations

from weakref import WeakKeyDictionary, ref

from spacy.attrs import LEMMA
from spacy.tokens import Doc

_LOWERS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()
_TEXTS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()
_LEMMAS: WeakKeyDictionary[Doc, list[str]] = WeakKeyDictionary()
#: the doc asked last per kind, found without a dictionary lookup
_LAST: dict[str, tuple[ref[Doc], list[str]]] = {}


def _cached(doc: Doc, kind: str, store: WeakKeyDictionary[Doc, list[str]]) -> list[str] | None:
    last = _LAST.get(kind)
    if last is not None and last[0]() is doc and len(last[1]) == len(doc):
        return last[1]
    words = store.get(doc)
    if words is None or len(words) != len(doc):
        return None
    _LAST[kind] = (ref(doc), words)
    return words


def lowers(doc: Doc) -> list[str]:
    """The doc's lower-cased tokens."""
    words = _cached(doc, "lower", _LOWERS)
    if words is None:
        words = _LOWERS[doc] = [t.lower_ for t in doc]
        _LAST["lower"] = (ref(doc), words)
    return words


def texts(doc: Doc) -> list[str]:
    """The doc's tokens as written."""
    words = _cached(doc, "text", _TEXTS)
    if words is None:
        words = _TEXTS[doc] = [t.text for t in doc]
        _LAST["text"] = (ref(doc), words)
    return words


def lemmas(doc: Doc) -> list[str]:
    """The doc's lemmas, lower-cased (read from its arrays, not a `Token` per word)."""
    words = _cached(doc, "lemma", _LEMMAS)
    if words is None:
        strings = doc.vocab.strings
        words = _LEMMAS[doc] = [strings[h].lower() for h in doc.to_array([LEMMA]).tolist()]
        _LAST["lemma"] = (ref(doc), words)
    return words
