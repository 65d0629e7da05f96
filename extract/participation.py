"""Whether a country mention states a participant: the parse first, then local cue words and
list structure, no names.

A country counts when it fills an actor slot of the dependency parse (`extract.actors`: the
subject of "took part", the object of "involved", "officers from X", "Spain's Guardia Civil"),
when its authorities act ("Austrian police", "authorities from X, Y and Z"), when it is named
with the operation itself, in a list after a lead-in, or when the operation acted in it ("In X,
police arrested ..."). Without a parse (blank test pipelines) sentence-wide participation
phrases ("took part") decide instead of the parse. It does not count as a nationality ("Romanian citizens"), an origin, a transit
or destination ("from X", "via X", "to X"), a requested or funding party ("at the request of X",
"funded by X"), or in a sentence about an agreement or a workshop.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ctgraph.extract.cues import Cues
from ctgraph.extract.spans import covered, mentions_between, span_text

LIST_GLUE = {",", "and", "&", "the", "'s", "’s", "as", "well", "(", ")", "or", "/",
             "mainland", "metropolitan", "continental"}  # "mainland China"  # fmt: skip
BULLETS = {"-", "•", "*", "–", "·"}
LINKERS = {"between", "among", "amongst", "involving", "of", "with", "-", "–"}


@dataclass(frozen=True, slots=True)
class Finding:
    """A participation decision: confidence and how it was found."""

    confidence: float
    how: str


def _aside_end(doc: Doc, index: int) -> int:
    """End of a short bracketed aside without a state at `index` ("(20 arrests)", "(Lima)"),
    or `index` when there is none: a list goes on after it."""
    if doc[index].text != "(":
        return index
    for close in range(index + 1, min(len(doc), index + 7)):
        if doc[close].text.endswith(")"):  # the tokenizer leaves "8)" whole
            inside = mentions_between(doc, index + 1, close, "Country")
            return index if inside else close + 1
    return index


def _aside_start(doc: Doc, index: int) -> int:
    """Start of a short bracketed aside without a state ending just before `index`."""
    if index == 0 or not doc[index - 1].text.endswith(")"):
        return index
    for opening in range(index - 2, max(-1, index - 8), -1):
        if doc[opening].text == "(":
            return opening if _aside_end(doc, opening) == index else index
    return index


def list_bounds(doc: Doc, country: Span) -> tuple[int, int]:
    """Token range of the coordinated list of countries holding this mention (short bracketed
    asides such as figures or cities are skipped: "A (20), B (8) and C (2)")."""
    start, end = country.start, country.end
    index = start
    while index > 0:
        index = _aside_start(doc, index)
        if index == 0 or not (
            doc[index - 1].lower_ in LIST_GLUE or covered(doc, index - 1, index, "Country")
        ):
            break
        index -= 1
        if covered(doc, index, index + 1, "Country"):
            start = index
    index = end
    while index < len(doc):
        index = _aside_end(doc, index)
        if index >= len(doc) or not (
            doc[index].lower_ in LIST_GLUE or covered(doc, index, index + 1, "Country")
        ):
            break
        index += 1
        if covered(doc, index - 1, index, "Country"):
            end = index
    return start, end


class Participation:
    """Decides, per country mention, whether it names a participant of the operation in scope."""

    def __init__(
        self, cues: Cues, *, lemmas: dict[str, set[str]] | None = None,
        financial: frozenset[str] = frozenset(),
    ) -> None:  # fmt: skip
        self.cues = cues
        self.financial = financial
        lemmas = lemmas or {}
        self.agency_heads = frozenset(lemmas.get("agency_head", ()))
        self.movement = frozenset(lemmas.get("movement", ()))
        self.sequence = frozenset(lemmas.get("sequence", ()))
        self.place = frozenset(lemmas.get("place", ()))
        self.paired = frozenset(lemmas.get("paired", ()))
        self.operation_nouns = frozenset(lemmas.get("operation_noun", ()))
        self.whereabouts = frozenset(lemmas.get("whereabouts", ()))
        self.notify = frozenset(lemmas.get("notify", ()))
        self.ask = frozenset(lemmas.get("ask", ()))

    def adjacent(self, doc: Doc, mention: Span) -> set[int]:
        """`adjacent_countries` with this judge's movement and operation lemmas."""
        return adjacent_countries(
            doc, mention, movement=self.movement, operation_nouns=self.operation_nouns,
            financial=self.financial,
        )  # fmt: skip

    def negative_sentence(self, sent: Span) -> bool:
        """A meeting, agreement or workshop word anywhere in the sentence."""
        return self._negative_sentence(sent)

    def _negative_sentence(self, sent: Span, country: Span | None = None) -> bool:
        """A meeting, agreement or workshop word in the sentence; with a parse, only one in the
        country's own clause, and not inside a phrase of what came before or after ("led X
        after a seminar in Accra", "After signing an agreement, A and B launched X"): "Italy
        hosted a meeting on X, which was run by Maltese police" blocks nobody in the relative
        clause."""
        found = self.cues.find(sent, "negative_sentence")
        if not found or not sent.doc.has_annotation("DEP") or country is None:
            return bool(found)
        own = _clause(_whose_clause(country.root) or country.root)
        for word in (sent.doc[i] for i in found):
            if self._aside(word):
                continue
            if _clause(word) == own or own.head == word:  # "a workshop organised by C"
                return True
        return False

    def _aside(self, token: Token) -> bool:
        for node in (token, *token.ancestors):
            if node.dep_ == "advcl":
                return True
            if node.dep_ == "prep" and node.lower_ in self.sequence:
                return True
        return False

    def _head(self, token: Token) -> Token | None:
        """With a parse, the noun a country (or the first of its list) modifies: "guards" in
        "Greek and Italian coast guards", "Office" in "Germany's Federal Police Office"."""
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ not in {"amod", "compound", "poss", "nmod"} or token.head is token:
            return None
        head = token.head
        while head.dep_ == "compound" and head.head is not head and head.head.i > head.i:
            head = head.head
        return head

    def _after(self, doc: Doc, end: int, country: Span | None = None) -> str | None:
        """`agency` or `people` when the words after a list say so ("authorities", "citizens");
        with a parse, `authority` instead of `people` or nothing when an authority noun heads
        the country's phrase, by its lemma ("coast guards", "border policemen"): no
        nationality, though not by itself an actor (the parse slots decide that)."""
        surface = self._words_after(doc, end)
        if surface != "agency" and country is not None and doc.has_annotation("DEP"):
            for token in (country.root, doc[end - 1]):  # the mention, the list's last one
                head = self._head(token)
                if head is not None and head.lemma_.lower() in self.agency_heads:
                    return "authority"
        return surface

    def _words_after(self, doc: Doc, end: int) -> str | None:
        index = end
        while index < len(doc) and doc[index].lower_ in {"'s", "’s", "-"}:
            index += 1
        for position in range(index, min(len(doc), index + 4)):
            token = doc[position]
            if self.cues.starts(doc, position, "agency"):
                return "agency"
            if token.text.islower() and self.cues.starts(doc, position, "people"):
                return "people"
            if not (token.text[:1].isupper() or token.tag_ == "JJ" or token.text == "-"):
                return None
        return None

    def _before(self, doc: Doc, start: int, kind: str) -> int:
        """Length of a phrase of `kind` right before a list (articles skipped)."""
        index = start
        while index > 0 and doc[index - 1].lower_ in {"the", "a"}:
            index -= 1
        return self.cues.ends(doc, index, kind)

    def _moving(self, doc: Doc, start: int) -> bool:
        """With a parse, a participation preposition right before a list that belongs to a verb
        or noun of movement ("smugglers operating between A and B", "routes between A and B")
        places the criminals, not the operation's actors."""
        index = start - 1
        while index > 0 and doc[index].lower_ in {"the", "a"}:
            index -= 1
        if index < 0 or doc[index].dep_ != "prep":
            return False
        head = doc[index].head  # "moving migrants between A and B": the object's verb too
        heads = (head, head.head) if head.dep_ in {"dobj", "pobj", "nsubjpass"} else (head,)
        return any(h.lemma_.lower() in self.movement for h in heads)

    def _place(self, doc: Doc, start: int, sent: Span) -> bool:
        index = start
        while index > 0 and doc[index - 1].lower_ in {"the"}:
            index -= 1
        if self._whereabouts(doc, index - 1):
            return False
        return bool(self.cues.ends(doc, index, "in")) and self.cues.has(sent, "action")

    def _notifying(self, country: Span) -> bool:
        """With a parse, an authority whose clause only tells another ("German police had
        reported the victims to their Romanian counterparts", "Costa Rica's immigration service
        had alerted Panama"; lemma set `notify`) passed word on, and one whose clause only asks
        or is asked ("Ghanaian authorities have requested information", "Mexican authorities
        were asked to locate two men"; lemma set `ask`) was not stated to act in the
        operation."""
        if not country.doc.has_annotation("DEP"):
            return False
        verb = _clause(country.root)
        return verb.lemma_.lower() in self.notify | self.ask and any(
            c.dep_ in {"nsubj", "nsubjpass"} and country.root in c.subtree for c in verb.children
        )

    def _whereabouts(self, doc: Doc, index: int) -> bool:
        """With a parse, "in" on a verb of being or staying ("a suspect believed to be in A",
        "a cousin living in B") says where a person is, not where the action took place."""
        if index < 0 or doc[index].dep_ != "prep" or not doc.has_annotation("DEP"):
            return False
        return doc[index].head.lemma_.lower() in self.whereabouts

    def _hosted(self, doc: Doc, start: int) -> bool:
        """ "an operation in A and B": with a parse, a place attached to the operation noun
        itself names where it ran (a host), not who acted in it; but "parallel investigations
        in A and B" are each run by its own state's authorities (lemma set `paired`)."""
        index = start - 1
        while index > 0 and doc[index].lower_ == "the":
            index -= 1
        if index < 0 or not doc.has_annotation("DEP"):
            return False
        head = doc[index].head
        if doc[index].dep_ != "prep" or (self.place and doc[index].lower_ not in self.place):
            return False  # "an operation by A and B" names its actors
        if any(c.lemma_.lower() in self.paired for c in head.children if c.dep_ != "prep"):
            return False
        return self.cues.starts(doc, head.i, "host_noun") > 0 or covered(
            doc, head.i, head.i + 1, "Operation"
        )

    def decide(
        self, country: Span, sent: Span, *, with_operation: bool, listed: bool, adjacent: bool,
        acting: str | None = None, parsed: bool = False,
    ) -> Finding | None:  # fmt: skip
        """A finding for one country mention in its sentence, or None when it is no participant.

        `acting` names the parse slot the mention fills (`extract.actors`); `parsed` says the
        parse found actors in this sentence, so nobody else in it takes part. With a parse,
        sentence-wide cue words ("took part", "authorities") no longer decide: the parse does.
        """
        doc = country.doc
        parsed_doc = doc.has_annotation("DEP")
        start, end = list_bounds(doc, country)
        after = self._after(doc, end, country)
        if after == "people" and not adjacent:
            return None
        prefix, negative = (
            self._before(doc, start, "prefix"),
            self._before(doc, start, "negative_before"),
        )
        if adjacent:
            return Finding(0.9, "named with the operation")
        hosted = self._hosted(doc, start)
        if acting is not None and not hosted and not self._negative_sentence(sent, country):
            return Finding(0.9, acting)
        if (
            prefix > negative
            and not self._moving(doc, start)
            and not (parsed_doc and self.cues.has(sent, "negative_sentence"))
        ):
            return Finding(0.85, "list after a participation phrase")
        if negative or self.cues.has(sent, "negative_sentence"):
            return None
        if after == "agency":
            return None if self._notifying(country) else Finding(0.9, "authority of the state")
        if listed:
            return Finding(0.8, "list of participants")
        if parsed:
            return None
        if not doc.has_annotation("DEP"):  # no parse (a blank pipeline): cue words decide
            if self.cues.has(sent, "strong"):
                return Finding(0.8, "participation phrase")
            if with_operation and self.cues.has(sent, "weak"):
                return Finding(0.75, "sentence of the operation")
        if self._place(doc, start, sent) and not hosted:
            return Finding(0.6, "place of an enforcement action")
        return None


def adjacent_countries(
    doc: Doc, mention: Span, *, movement: frozenset[str] = frozenset(),
    operation_nouns: frozenset[str] = frozenset(), financial: frozenset[str] = frozenset(),
) -> set[int]:  # fmt: skip
    """Starts of country mentions named with an operation: inside it, just before it, or after
    a linker right behind it ("a JIT ... between X and Y", "Operation X - among A and B").
    A verb of `movement` in between places the criminals ("Operation X targeted smugglers
    operating between A and B"), and with a parse a linker that belongs to another noun ("a
    gang of Vietnamese traffickers") links nothing; `operation_nouns` may hold the linker."""
    found = {c.start for c in mentions_between(doc, mention.start, mention.end, "Country")}
    before = mention.start
    while before > 0 and doc[before - 1].text in {"-", "–", "—", ":"}:
        before -= 1
    if before > 0 and covered(doc, before - 1, before, "Country"):
        first = mentions_between(
            doc, list_bounds(doc, doc[before - 1 : before])[0], before, "Country"
        )
        found |= {c.start for c in first}
    for index in range(mention.end, min(len(doc), mention.end + 7)):
        head = _linked_country(doc, index)
        if head is not None:
            if not _other_nouns(doc[index], mention, operation_nouns, financial):
                start, end = list_bounds(doc, head)
                found |= {c.start for c in mentions_between(doc, start, end, "Country")}
            break
        if doc[index].text in {".", ";"}:
            break
        if doc[index].pos_ == "VERB" and doc[index].lemma_.lower() in movement:
            break
    return found


def _clause(token: Token) -> Token:
    """The head of the clause holding a token: its nearest verb, relative or adverbial clause
    head, or the sentence root (a verb's own subject and objects share its clause); a gerund
    or infinitive complement is part of its governor's clause ("facilitated cooperation
    between A and B by organising meetings")."""
    for node in (token, *token.ancestors):
        if node.dep_ in {"pcomp", "xcomp"}:
            continue
        if node.pos_ in {"VERB", "AUX"} or node.dep_ in {"relcl", "advcl", "acl", "ROOT"}:
            return node
    return token


def _whose_clause(token: Token) -> Token | None:
    """The relative clause a state acts in through "whose" ("hosted by Qatar, whose police led
    it": the clause of "led"), so a meeting or host word outside it blocks nothing."""
    for head in (token, *token.conjuncts):
        for clause in head.children:
            if clause.dep_ == "relcl" and any(
                t.lower_ == "whose" and t.dep_ == "poss" for t in clause.subtree
            ):
                return clause
    return None


def _other_nouns(
    linker: Token, mention: Span, operation_nouns: frozenset[str],
    financial: frozenset[str] = frozenset(),
) -> bool:  # fmt: skip
    """With a parse, a linker attached to a noun that is neither the operation nor an
    operation word ("a gang of", "victims from"), or a `with` attached to a verb (the parse
    slots judge the verb's companions)."""
    head = linker.head
    if operation_nouns and linker.lower_ == "with" and head.pos_ == "VERB":
        return True  # "intercepted boats in Operation X with Norwegian funding": the verb's
    if any(
        t.lemma_.lower() in financial
        for obj in linker.children if obj.dep_ == "pobj"
        for t in (obj, *obj.children)
    ):  # fmt: skip
        return True  # "Operation X with Norwegian funding", "… with financial support from"
    if not operation_nouns or linker.dep_ != "prep" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not mention.start <= head.i < mention.end and head.lemma_.lower() not in operation_nouns


def _linked_country(doc: Doc, index: int) -> Span | None:
    """The country mention a linker at `index` introduces ("between X"), or None.

    A linker inside a country's name ("Isle of Man", "Republic of Moldova") links nothing,
    and a country only overlapping the next tokens (its name began earlier) is not introduced.
    """
    if doc[index].lower_ not in LINKERS or covered(doc, index, index + 1, "Country"):
        return None
    return next(iter(mentions_between(doc, index + 1, index + 3, "Country")), None)


def bullet_intro(sents: list[Span], index: int) -> Span | None:
    """The line that introduces the list holding sentence `index`: a bulleted list after a line
    ending in `:`, or a list of one state per line ("Denmark", "Finland – 12 arrests") after
    such a line or a short title line ("Participating countries")."""
    bare = _bare_item(sents[index])
    if span_text(sents[index]).strip()[:1] not in BULLETS and not bare:
        return None
    for previous in range(index - 1, max(-1, index - 40), -1):
        text = span_text(sents[previous]).strip()
        if text[:1] in BULLETS or (bare and _bare_item(sents[previous])):
            continue
        if text.endswith(":"):
            return sents[previous]
        return sents[previous] if bare and is_heading(sents[previous]) else None
    return None


def is_heading(sent: Span) -> bool:
    """A short line of its own without closing punctuation: a heading ends a passage."""
    whole = span_text(sent)
    text = whole.strip()
    if text[:1] in BULLETS:
        return False
    return 0 < len(text) < 80 and text[-1] not in ".:;,!?\"'’”" and whole.endswith("\n")


def _bare_item(sent: Span) -> bool:
    """A line of its own that is a state's name, with at most a short figure after it."""
    if not span_text(sent).endswith("\n") or not covered(
        sent.doc, sent.start, sent.start + 1, "Country"
    ):
        return False
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return 0 < len(words) <= 6 and not any(t.pos_ in {"VERB", "AUX"} for t in words)
