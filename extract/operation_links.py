"""Which two operation references of one sentence are one operation, read from the parse.

Three syntactic classes, whatever the words:
- apposition: "Operation X, a joint operation between A and B, ..." / "a joint operation
  between A and B, Operation X, ..." (one reference is an `appos` of the other's phrase);
- copula: "X was a joint operation of A and B" / "The joint operation was Operation X"
  (subject and attribute of a form of `be`);
- naming: "the operation, code-named X", "a joint investigation named X", "the operation was
  dubbed X" (a naming verb links the operation noun to the name).
Naming lemmas come from `operation_forms.jsonl` (kind `naming_lemma`). Without a parse (a
blank pipeline) nothing is linked.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass"}
NAME_ROLES = {"oprd", "attr", "dobj", "xcomp", "appos", "npadvmod", "pobj"}
MODIFIER_ROLES = {"acl", "amod", "relcl", "advcl"}
CLAUSE_ROLES = {*MODIFIER_ROLES, "conj"}  # ", code-named X" parsed as a clause of its own
# a phrase's own dependents: an apposition may hang off a word inside the phrase
PHRASE_ROLES = {"prep", "pobj", "conj", "cc", "amod", "compound", "nmod"}


def phrase_heads(token: Token) -> list[Token]:
    """`token` and the heads of the noun phrases it sits inside ("Spain" in "a joint operation
    between Spain and Portugal" gives Spain, between, operation)."""
    found = [token]
    while token.dep_ in PHRASE_ROLES and token.head != token and len(found) < 7:
        token = token.head
        found.append(token)
    return found


def _phrase_head(token: Token, root: Token) -> bool:
    """True when `token` is `root` or inside `root`'s noun phrase (through its own dependents)."""
    return root in phrase_heads(token)


def apposed(first: Token, second: Token) -> bool:
    """One root is an apposition to the other's phrase."""
    pairs = ((first, second), (second, first))
    return any(b.dep_ == "appos" and _phrase_head(b.head, a) for a, b in pairs)


def copula(first: Token, second: Token) -> bool:
    """Subject and attribute of the same `be`."""
    if first.head != second.head or first.head.lemma_ != "be":
        return False
    return {first.dep_, second.dep_} in ({"nsubj", "attr"}, {"nsubjpass", "attr"})


def _named_by(noun: Token, name: Token, naming: set[str]) -> bool:
    verb = name.head if name.dep_ in NAME_ROLES else None
    if verb is None or verb.lemma_.lower() not in naming:
        return False
    if verb.dep_ in MODIFIER_ROLES and _phrase_head(verb.head, noun):
        return True  # "the operation, dubbed X" / "a joint investigation named X"
    return noun.head == verb and noun.dep_ in SUBJECTS  # "the operation was code-named X"


def _named_after(noun: Token, name: Token, naming: set[str]) -> bool:
    """ "... the operation, code-named X": a naming participle modifies the name itself, or
    governs it while hanging off the clause's verb, and only a comma separates it from the
    operation noun (the parser attaches it either way)."""
    verbs = [t for t in name.lefts if t.lemma_.lower() in naming and t.dep_ in MODIFIER_ROLES]
    head = name.head
    if name.dep_ in NAME_ROLES and head.lemma_.lower() in naming and head.dep_ in CLAUSE_ROLES:
        verbs.append(head)  # "A and B launched a joint investigation, code-named X" (advcl)
    if not verbs or noun.i >= name.i:
        return False
    between = noun.doc[noun.i + 1 : verbs[0].left_edge.i]
    return all(t.is_punct for t in between) and len(between) <= 2


def named(noun: Token, name: Token, naming: set[str]) -> bool:
    """A naming verb gives `name` to the operation noun."""
    return _named_by(noun, name, naming) or _named_after(noun, name, naming)


def same_operation(first: Token, second: Token, naming: set[str]) -> bool:
    """True when the references rooted at these tokens are one operation by syntax."""
    if not first.doc.has_annotation("DEP") or first == second:
        return False
    return (
        apposed(first, second)
        or copula(first, second)
        or named(first, second, naming)
        or named(second, first, naming)
    )
