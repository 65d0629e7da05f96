"""`TreeMatcher`: spaCy's `DependencyMatcher` for the patterns ctgraph's role slots use, by index.

The role patterns (`patterns/participation_roles.json`) are `DependencyMatcher` patterns whose
nodes test DEP, LEMMA, LOWER, POS and TAG by value or `IN` list, joined by `>` (child), `<`
(head) and `>>` (descendant). spaCy's matcher runs every node as a token `Matcher` pattern over
the sentence copied into a new `Doc` (`Span.as_doc`), and that was 12 % of the extraction's
time. Here a token's attribute values are looked up once in one table per attribute, giving the
set of nodes it can fill as a bit mask, and each pattern is searched depth first from those
candidates. The result is the `DependencyMatcher`'s own: the same matches in the same order
((key, token indexes in node order), by sentence, then pattern, then tree, then the candidates'
order), which `tests/extract/test_tree_matcher.py` checks against it. Any other operator or
attribute is refused when the pattern is added, so it cannot silently match differently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ctgraph.extract.errors import PatternError

ATTRS = ("DEP", "LEMMA", "LOWER", "POS", "TAG")
COLUMNS = [DEP, LEMMA, LOWER, POS, TAG, HEAD]
OPERATORS = (">", "<", ">>")
ROWS_KEPT = 200_000  # distinct attribute rows whose node masks are remembered between documents


@dataclass(frozen=True, slots=True)
class Node:
    """A pattern node: its bit among all nodes, the node it hangs from and how (-1, "" for the
    pattern's root)."""

    bit: int
    left: int
    op: str


@dataclass(frozen=True, slots=True)
class Tree:
    """One pattern of a key: its nodes in the pattern's order."""

    key: int
    nodes: tuple[Node, ...]

    @property
    def need(self) -> int:
        """The bits of all its nodes: a sentence root whose tokens fill fewer cannot match."""
        return sum({1 << node.bit for node in self.nodes})


class TreeMatcher:
    """Dependency patterns (`>`, `<`, `>>`; DEP, LEMMA, LOWER, POS, TAG by value or `IN`)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._trees: dict[int, list[tuple[Tree, int]]] = {}  # in the order keys were added
        self._checks: list[dict[int, frozenset[int]]] = []  # per node bit: column -> values
        self._masks: list[dict[int, int]] = []  # per column: value -> nodes it satisfies
        self._free: list[int] = []  # per column: nodes that do not test it
        self._rows: dict[tuple[int, ...], int] = {}

    def add(self, key: str, patterns: Iterable[list[dict[str, Any]]]) -> None:
        """Add patterns under a key, refusing what this matcher does not evaluate."""
        key_id = self.vocab.strings.add(key)
        for pattern in patterns:
            tree = Tree(key_id, self._compile(key, pattern))
            self._trees.setdefault(key_id, []).append((tree, tree.need))
        self._index()

    def __call__(
        self, doc: Doc, spans: Iterable[Span] | None = None
    ) -> list[tuple[int, list[int]]]:
        """Matches as `DependencyMatcher(span)` gives them, span after span (default: the doc),
        with token indexes of the doc."""
        rows = doc.to_array(COLUMNS).tolist()
        for row, offset in zip(rows, doc.to_array([HEAD]).astype("int64").tolist(), strict=True):
            row[5] = offset  # HEAD is a signed offset, stored unsigned
        found: list[tuple[int, list[int]]] = []
        for span in spans if spans is not None else [doc[:]]:
            found.extend(self._span(rows, span.start, span.end))
        return found

    def _span(self, rows: list[list[int]], start: int, end: int) -> Iterator[tuple[int, list[int]]]:
        heads = [
            i + row[5] if start <= i + row[5] < end else i
            for i, row in enumerate(rows[start:end], start)
        ]
        # tree root -> node bit -> the tokens that can fill it; roots in the order of their
        # first such token, as the DependencyMatcher meets them
        filling: dict[int, dict[int, list[int]]] = {}
        present: dict[int, int] = {}  # tree root -> the node bits its tokens fill
        for i, row in enumerate(rows[start:end], start):
            mask = self._mask(row)
            if not mask:
                continue
            top = i
            while heads[top - start] != top:
                top = heads[top - start]
            nodes = filling.setdefault(top, {})
            present[top] = present.get(top, 0) | mask
            while mask:
                low = mask & -mask
                nodes.setdefault(low.bit_length() - 1, []).append(i)
                mask ^= low
        for trees in self._trees.values():
            for tree, need in trees:
                for top, nodes in filling.items():
                    if present[top] & need != need:
                        continue  # a node no token here can fill
                    candidates = [nodes[node.bit] for node in tree.nodes]
                    for match in _search(tree.nodes, candidates, [], heads, start):
                        yield tree.key, match

    def _mask(self, row: list[int]) -> int:
        key = tuple(row[:5])
        mask = self._rows.get(key)
        if mask is None:
            if len(self._rows) > ROWS_KEPT:
                self._rows.clear()  # a long batch meets ever new words: memory stays bounded
            mask = -1
            for column, value in enumerate(key):
                mask &= self._masks[column].get(value, 0) | self._free[column]
            mask = self._rows[key] = mask & ((1 << len(self._checks)) - 1)
        return mask

    def _compile(self, key: str, pattern: list[dict[str, Any]]) -> tuple[Node, ...]:
        names: dict[str, int] = {}
        nodes: list[Node] = []
        for position, spec in enumerate(pattern):
            if position == 0:
                left, op = -1, ""
            else:
                op = spec.get("REL_OP", "")
                if op not in OPERATORS or spec.get("LEFT_ID") not in names:
                    raise PatternError(f"{key}: node {position}: operator {op!r} or LEFT_ID")
                left = names[spec["LEFT_ID"]]
            names[spec["RIGHT_ID"]] = position
            nodes.append(Node(len(self._checks), left, op))
            self._checks.append(self._attributes(key, spec.get("RIGHT_ATTRS", {})))
        return tuple(nodes)

    def _attributes(self, key: str, attrs: dict[str, Any]) -> dict[int, frozenset[int]]:
        checks = {}
        for attr, value in attrs.items():
            if attr not in ATTRS:
                raise PatternError(f"{key}: attribute {attr} is not one of {ATTRS}")
            if isinstance(value, dict):
                if set(value) != {"IN"}:
                    raise PatternError(f"{key}: {attr}: only a value or IN")
                value = value["IN"]
            values = value if isinstance(value, list) else [value]
            if attr == "POS":
                ids = [POS_IDS.get(v) for v in values]
                if None in ids:
                    raise PatternError(f"{key}: POS {values} is not a part of speech")
                checks[ATTRS.index(attr)] = frozenset(i for i in ids if i is not None)
            else:
                checks[ATTRS.index(attr)] = frozenset(self.vocab.strings.add(v) for v in values)
        return checks

    def _index(self) -> None:
        """Per column, the nodes each value satisfies and the nodes that do not test it."""
        self._masks = [{} for _ in ATTRS]
        self._free = [0] * len(ATTRS)
        for bit, checks in enumerate(self._checks):
            for column in range(len(ATTRS)):
                if column not in checks:
                    self._free[column] |= 1 << bit
                    continue
                for value in checks[column]:
                    table = self._masks[column]
                    table[value] = table.get(value, 0) | 1 << bit
        self._rows = {}


def _search(
    nodes: tuple[Node, ...],
    candidates: list[list[int]],
    chosen: list[int],
    heads: list[int],
    start: int,
) -> Iterator[list[int]]:
    """Every assignment of candidates to nodes, in order, whose relations hold."""
    if len(chosen) == len(nodes):
        yield list(chosen)
        return
    node = nodes[len(chosen)]
    for token in candidates[len(chosen)]:
        if node.left >= 0 and not _related(chosen[node.left], node.op, token, heads, start):
            continue
        chosen.append(token)
        yield from _search(nodes, candidates, chosen, heads, start)
        chosen.pop()


def _related(left: int, op: str, right: int, heads: list[int], start: int) -> bool:
    """`left > right` (child), `left < right` (head), `left >> right` (descendant)."""
    if op == ">":
        return heads[right - start] == left and right != left
    if op == "<":
        return heads[left - start] == right and right != left
    # ">>": right is a descendant of left
    token = right
    while heads[token - start] != token:
        token = heads[token - start]
        if token == left:
            return True
    return False
