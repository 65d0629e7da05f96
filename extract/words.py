"""A doc's words as plain strings, built once per doc from its arrays: rules that scan every
token read these lists instead of creating a spaCy `Token` per word on each pass."""

from __future__ import annotations

from weakref import WeakKeyDictionary, ref

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

_STORES: dict[int, WeakKeyDictionary[Doc, list[str]]] = {
    attr: WeakKeyDictionary() for attr in (ORTH, LOWER, LEMMA)
}
#: the doc asked last per attribute, found without a dictionary lookup
_LAST: dict[int, tuple[ref[Doc], list[str]]] = {}


def _strings(doc: Doc, attr: int) -> list[str]:
    """The doc's values of one token attribute, as strings (remembered per doc)."""
    last = _LAST.get(attr)
    if last is not None and last[0]() is doc and len(last[1]) == len(doc):
        return last[1]
    store = _STORES[attr]
    words = store.get(doc)
    if words is None or len(words) != len(doc):
        strings = doc.vocab.strings
        words = store[doc] = [strings[h] for h in doc.to_array([attr]).tolist()]
    _LAST[attr] = (ref(doc), words)
    return words


def texts(doc: Doc) -> list[str]:
    """The doc's tokens as written."""
    return _strings(doc, ORTH)


def lowers(doc: Doc) -> list[str]:
    """The doc's lower-cased tokens."""
    return _strings(doc, LOWER)


def lemmas(doc: Doc) -> list[str]:
    """The doc's lemmas (as the lemmatizer wrote them; compare lower-cased)."""
    return _strings(doc, LEMMA)
