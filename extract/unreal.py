"""Cooperation that did not (yet) take place: predicates negated ("C did not take part", "was
not led by C"), or stated as future, possible, planned or ongoing habit ("A will cooperate with
B", "B could join the operation", "the police continue to work with other agencies, including
... of C, to fight trafficking").

The countries inside such a predicate's clause take part in no operation of the text, nor does
a subject it shares with a verb that is no real predicate ("C's police were informed but did
not take part"). Which predicates and which markers count is data (`participation_roles.json`:
the lemma sets of the cooperation and enforcement verbs, and `blockers.unreal`: negations,
modal auxiliaries and governing verbs of plan or habit). Without a parse nothing is unreal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from ctgraph.extract.actors import RolePatterns
from ctgraph.extract.spans import mentions_between

PREDICATE_SETS = ("act", "enforce", "together", "gather", "phrasal", "passive_subject")
FINITE = {"VBD", "VBZ", "VBP", "MD"}
SUBJECTS = {"nsubj", "nsubjpass"}
RELATIVE = {"who", "which", "that"}
GOVERNED = {"xcomp", "ccomp"}  # "continue to work", "plan to join"
_FOUND: WeakKeyDictionary[Doc, set[int]] = WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class Unreal:
    """Predicate lemmas and the markers that make them unreal."""

    predicates: frozenset[str] = field(default_factory=frozenset)
    negations: frozenset[str] = field(default_factory=frozenset)
    modals: frozenset[str] = field(default_factory=frozenset)
    governors: frozenset[str] = field(default_factory=frozenset)
    memberships: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_roles(cls, roles: RolePatterns) -> Unreal:
        """The markers of the role patterns file (`blockers.unreal`) and its predicate sets."""
        return cls(
            predicates=frozenset(w for name in PREDICATE_SETS for w in roles.lemmas.get(name, ())),
            negations=frozenset(roles.unreal.get("negations", ())),
            modals=frozenset(roles.unreal.get("modals", ())),
            governors=frozenset(roles.unreal.get("governors", ())),
            memberships=frozenset(roles.unreal.get("memberships", ())),
        )

    def starts(self, doc: Doc) -> set[int]:
        """Start tokens of the country mentions inside unreal predicates (cached per doc)."""
        found = _FOUND.get(doc)
        if found is None:
            found = _FOUND[doc] = self._starts(doc)
        return found

    def _starts(self, doc: Doc) -> set[int]:
        if not doc.has_annotation("DEP") or not self.predicates:
            return set()
        found: set[int] = set()
        countries = mentions_between(doc, 0, len(doc), "Country")
        sents = {c.sent.start: c.sent for c in countries}  # only sentences naming a state
        for token in (t for sent in sents.values() for t in sent):
            if self._predicate(token) and self.unreal(token):
                for left, right in self._reach(token):
                    for mention in mentions_between(doc, left, right, "Country"):
                        root = mention.root
                        if not self._real_between(root, token) and not self._stated(root):
                            found.add(mention.start)
        return found

    def _predicate(self, token: Token) -> bool:
        """A cooperation or enforcement verb, or a copula of membership ("were not part of the
        operation", "was not a participant"; `memberships`)."""
        if token.lemma_.lower() in self.predicates:
            return True
        return token.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in self.memberships for c in token.children
        )

    def _reach(self, verb: Token) -> list[tuple[int, int]]:
        """Token ranges an unreal predicate speaks of: its clause; the subject it shares as a
        conjunct of a verb that is no real predicate ("were informed but did not take part";
        not "arrested two men but did not charge them"); the antecedent of its relative subject
        ("Zambia, which could not take part, ...")."""
        ranges = [(verb.left_edge.i, verb.right_edge.i + 1)]
        head = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_ == "conj" and not subjects and head.lemma_.lower() not in self.predicates:
            ranges += [
                (c.left_edge.i, c.right_edge.i + 1) for c in head.children if c.dep_ in SUBJECTS
            ]
        if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in subjects):
            ranges += [(t.i, t.i + 1) for t in (head, *head.conjuncts)]  # "A, which could not"
        return ranges

    def _stated(self, token: Token) -> bool:
        """A relative or participial clause of a real predicate on the mention or the head of
        its list ("A and B, which took part in X, will ...")."""
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        return any(
            c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in self.predicates
            and not self.unreal(c)
            for c in token.children
        )  # fmt: skip

    def _real_between(self, token: Token, verb: Token) -> bool:
        """A real predicate between the mention and the unreal verb ("A, which took part in
        X, will cooperate further": A took part)."""
        for ancestor in token.ancestors:
            if ancestor == verb:
                return False
            if ancestor.dep_ == "prep":  # "including": a preposition, not a predicate
                continue
            if ancestor.lemma_.lower() in self.predicates and not self.unreal(ancestor):
                return ancestor.pos_ in {"VERB", "AUX"}
        return False

    def governed(self, token: Token) -> bool:
        """The nearest cooperation or enforcement predicate above a token is unreal ("the
        police of both countries will arrest ...")."""
        for ancestor in token.ancestors:
            if ancestor.lemma_.lower() in self.predicates and ancestor.pos_ in {"VERB", "AUX"}:
                return self.unreal(ancestor)
        return False

    def unreal(self, verb: Token) -> bool:
        """A negation or a modal auxiliary on the verb, or a plan or habit verb governing it."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        if any(c.dep_ == "neg" and c.lower_ in self.negations for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.lemma_.lower() in self.modals for c in verb.children):
            return True
        if verb.dep_ == "conj" and verb.head is not verb:  # "planned and executed": as the first
            return self.unreal(verb.head)
        if verb.dep_ == "ccomp" and _finite(verb):  # "...; one suspect was wanted by X"
            return False
        return verb.dep_ in GOVERNED and verb.head.lemma_.lower() in self.governors


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("was led", "led"), not an infinitive or participle."""
    return verb.tag_ in FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE for c in verb.children
    )
