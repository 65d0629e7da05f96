"""Who acts in a sentence, read from the dependency parse: the countries (and agencies standing
for their states) that fill an actor slot of a cooperation predicate.

Slots come from `DependencyMatcher` patterns kept as data (`patterns/participation_roles.json`):
the subject or agent of "take part", "conduct", "launch"...; the object of "involve"; the
partner after "cooperate with"; the source of "support from" or "cooperation with"; the parties
"between" or "of" a joint operation. A slot holds its conjuncts, and an authority noun in it
holds the states that modify it ("Austrian police", "Spain's Guardia Civil") or are attached by
from/of/in ("officers from A and B"). A slot under a request, funding or meeting word, or with a
financial modifier, holds nobody.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from ctgraph.extract.errors import PatternError
from ctgraph.extract.gazetteers import pattern_path
from ctgraph.extract.spans import mentions_between
from ctgraph.extract.tree_matcher import TreeMatcher
from ctgraph.extract.words import lemmas

MODIFIERS = {"amod", "compound", "poss", "nmod", "appos", "npadvmod"}
RELATIVE = {"who", "which", "that", "whom"}
EVENT_SLOTS = {"nsubj", "nsubjpass", "dobj", "pobj"}
CLIMB = {"pobj", "prep", "dobj", "xcomp", "ccomp", "attr"}  # to a governing request word
ACTOR_LABELS = ("Country",)
_FOUND: WeakKeyDictionary[Doc, dict[int, list[str]]] = WeakKeyDictionary()
_FIRST: WeakKeyDictionary[Doc, dict[int, str]] = WeakKeyDictionary()
_REFS: WeakKeyDictionary[Doc, dict[int, tuple[int, str]]] = WeakKeyDictionary()
LIST_WORDS = {",", "and", "the", "'s", "’s"}  # between the names of a list
RESULT_LINE = "state heading its result"  # "Brazil: the Federal Police arrested 34 people"
GAPPED = "gapped subject"  # "A deployed 120 officers and B 80": B's figure follows it
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@dataclass(slots=True)
class RolePatterns:
    """Lemma sets, blockers and dependency patterns (with `@set` references resolved)."""

    lemmas: dict[str, set[str]] = field(default_factory=dict)
    ancestors: set[str] = field(default_factory=set)
    modifiers: set[str] = field(default_factory=set)
    crimes: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    joint: dict[str, set[str]] = field(default_factory=dict)
    unreal: dict[str, set[str]] = field(default_factory=dict)
    patterns: dict[str, list[list[dict[str, Any]]]] = field(default_factory=dict)


def _resolve(value: Any, lemmas: dict[str, list[str]]) -> Any:
    """Replace `"@name"` (a lemma set's name) by the set's members, recursively."""
    if isinstance(value, str) and value.startswith("@"):
        if value[1:] not in lemmas:
            raise PatternError(f"unknown lemma set {value}")
        return list(lemmas[value[1:]])
    if isinstance(value, dict):
        return {k: _resolve(v, lemmas) for k, v in value.items()}
    if isinstance(value, list):  # ["@act", "@enforce"]: the sets' union
        resolved = [_resolve(v, lemmas) for v in value]
        if any(isinstance(v, str) and v.startswith("@") for v in value):
            return [w for v in resolved for w in (v if isinstance(v, list) else [v])]
        return resolved
    return value


def role_patterns(path: str = "participation_roles.json") -> RolePatterns:
    """Read the role patterns file."""
    try:
        data = json.loads(pattern_path(path).read_text("utf-8"))
        lemmas: dict[str, list[str]] = data["lemmas"]
        patterns: dict[str, list[list[dict[str, Any]]]] = {}
        for entry in data["patterns"]:
            patterns.setdefault(entry["name"], []).append(_resolve(entry["pattern"], lemmas))
        blockers = data["blockers"]
        return RolePatterns(
            lemmas={k: set(v) for k, v in lemmas.items()},
            ancestors=set(blockers["ancestors"]),
            modifiers=set(blockers["modifiers"]),
            crimes=set(blockers["crimes"]),
            events=set(blockers["events"]),
            joint={k: set(v) for k, v in blockers["joint_action"].items() if k != "about"},
            unreal={k: set(v) for k, v in blockers["unreal"].items() if k != "about"},
            patterns=patterns,
        )
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise PatternError(f"{path}: bad role patterns: {e}") from e


registry.misc("ctgraph.role_patterns.v1", func=role_patterns)


class Actors:
    """Finds, per sentence, the country mentions that fill an actor slot, and how."""

    def __init__(self, nlp: Language, patterns: RolePatterns) -> None:
        self.authority = patterns.lemmas.get("authority", set())
        self.lemmas = patterns.lemmas
        self.attach = patterns.lemmas.get("attach", set())
        self.collective = patterns.lemmas.get("collective", set())
        self.blockers = patterns.ancestors
        self.financial = patterns.modifiers
        self.crimes = patterns.crimes
        self.events = patterns.events
        self.joint = patterns.joint
        self.enforce = patterns.lemmas.get("enforce", set())
        self.diplomatic = patterns.lemmas.get("diplomatic", set())
        self.matcher = TreeMatcher(nlp.vocab)
        for name, rules in patterns.patterns.items():
            self.matcher.add(name, rules)

    def find(self, doc: Doc) -> dict[int, str]:
        """Start token of each acting country mention -> the first slot's name (cached)."""
        first = _FIRST.get(doc)
        if first is None:
            first = _FIRST[doc] = {start: hows[0] for start, hows in self.slots(doc).items()}
        return first

    def slots(self, doc: Doc) -> dict[int, list[str]]:
        """Start token of each acting country mention -> every slot it fills (cached per doc)."""
        found = _FOUND.get(doc)
        if found is None:
            found = _FOUND[doc] = self._find(doc)
        return found

    def references(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """Token of each acting reference to states named before ("the two countries' police",
        "officers of both countries") -> (how many states, the slot's name)."""
        self.slots(doc)
        return _REFS.get(doc, {})

    def reference_count(self, token: Token) -> int:
        """How many states a noun of states refers back to ("both countries", "the two
        states", "the three nations"; lemma set `state_noun`), or 0."""
        if token.lemma_.lower() not in self.lemmas.get("state_noun", set()):
            return 0
        for child in token.children:
            if child.dep_ in {"det", "predet", "preconj", "nummod"} and child.lower_ in COUNTS:
                return COUNTS[child.lower_]
        return 0

    def joint_action(self, sent: Span, *, unreal: set[int]) -> bool:
        """An enforcement action of one state that another joins, or that two states carry out
        jointly: an operation even without an operation word (slots and adverbs are data)."""
        doc = sent.doc
        slots = self.slots(doc)
        acting: set[str] = set()
        joining: set[str] = set()
        for mention in mentions_between(doc, sent.start, sent.end, "Country"):
            hows = set(slots.get(mention.start, ())) if mention.start not in unreal else set()
            if hows & self.joint.get("acting", set()):
                acting.add(mention.kb_id_)
            if hows & self.joint.get("joining", set()):
                joining.add(mention.kb_id_)
        if acting and joining - acting:
            return True
        adverbs = self.joint.get("adverbs", set())
        together = (
            self._in_concert(sent)
            or any(
                t.dep_ == "advmod" and t.lower_ in adverbs and self._enforcing(t.head) for t in sent
            )
            or any(
                t.dep_ == "nsubj" and self._enforcing(t.head) and self._composition(t) for t in sent
            )
        )
        if together and len(acting) >= 2:
            return True
        real = [
            (m, set(slots.get(m.start, ())))
            for m in mentions_between(doc, sent.start, sent.end, "Country")
            if m.start not in unreal
        ]
        return (
            self._one_target(sent, real)
            or self._toward_an_action(sent, real)
            or self._joint_parties(sent, real)
        )

    def _states_in(self, head: Token, real: list[tuple[Span, set[str]]], kind: str) -> set[str]:
        """States whose mention lies under `head` and fills a slot of the `kind` list."""
        wanted = self.joint.get(kind, set())
        under = {t.i for t in head.subtree}
        return {m.kb_id_ for m, hows in real if m.start in under and hows & wanted}

    def _one_target(self, sent: Span, real: list[tuple[Span, set[str]]]) -> bool:
        """Two states' authorities as the one subject or agent of an enforcement verb whose
        object is one group ("Czech and Slovak police dismantled a ring", "a network was
        dismantled by A and B police"); a plural object ("arrested dozens of smugglers") may be
        separate actions and counts not."""
        targets = self.joint.get("targets", set())
        for verb in sent:
            if not self._enforcing(verb):
                continue
            children = list(verb.children)
            agent = next((c for c in children if c.dep_ == "agent"), None)
            target_dep, actor_dep = (
                ("nsubjpass", "agent") if agent is not None else ("dobj", "nsubj")
            )
            target = next((c for c in children if c.dep_ == target_dep), None)
            actor = next((c for c in children if c.dep_ == actor_dep), None)
            if target is None or actor is None or target.tag_ not in {"NN", "NNP"}:
                continue
            if (
                target.lemma_.lower() in targets
                and len(self._states_in(actor, real, "acting")) >= 2
            ):
                return True
        return self._concerted(sent, real)

    def _concerted(self, sent: Span, real: list[tuple[Span, set[str]]]) -> bool:
        """Two states' authorities as the one subject of a verb whose object is a concerted
        enforcement action ("A and B police conducted simultaneous raids", "carried out
        synchronised searches"), or of a verb of working together whose object is an
        enforcement action ("coordinated the arrest of"); "conducted raids" alone may be each
        state's own."""
        nouns = self.lemmas.get("enforcement_noun", set())
        concerted = self.lemmas.get("concerted", set())
        for obj in sent:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in nouns:
                continue
            working_together = obj.head.lemma_.lower() in self.lemmas.get("together", set())
            if not working_together and not any(
                c.dep_ == "amod" and {c.lower_, c.lemma_.lower()} & concerted for c in obj.children
            ):
                continue
            subject = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and len(self._states_in(subject, real, "conducting")) >= 2:
                return True
        return False

    def _enforcing(self, verb: Token) -> bool:
        """An enforcement verb, or a phrasal one ("took down", "rounded up")."""
        if verb.pos_ != "VERB":
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.enforce:
            return True
        particles = self.lemmas.get("enforce_particle", set())
        return lemma in self.lemmas.get("enforce_phrasal", set()) and any(
            c.dep_ == "prt" and c.lower_ in particles for c in verb.children
        )

    def _part_of_one(self, token: Token, operations: set[str]) -> bool:
        """ "carried out searches as part of an investigation into a network": an enforcement
        action that is part of one operation (a singular operation noun after `as part of`)."""
        if token.dep_ != "pobj" or token.tag_ != "NN" or token.lemma_.lower() not in operations:
            return False
        of, part = token.head, token.head.head
        if of.lower_ != "of" or part.lower_ != "part" or part.head.lower_ != "as":
            return False
        verb = part.head.head
        enforcement = self.lemmas.get("enforcement_noun", set())
        light = verb.lemma_.lower() in self.lemmas.get("light", set()) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in enforcement for c in verb.children
        )  # "carried out searches as part of …"
        return light or self._enforcing(verb)

    def _in_concert(self, sent: Span) -> bool:
        """ "acting in concert", "working in tandem", or an enforcement verb "in a joint
        effort", "in a coordinated action", "in simultaneous raids", "during a joint patrol"
        (prepositions `concert_prep`): as "jointly"."""
        nouns = self.lemmas.get("concert_noun", set())
        operations = self.lemmas.get("operation_noun", set()) | self.lemmas.get(
            "enforcement_noun", set()
        )
        joint = self.lemmas.get("joint_adjective", set()) | self.lemmas.get("concerted", set())
        prepositions = self.lemmas.get("concert_prep", set())
        for token in sent:
            if self._part_of_one(token, operations):
                return True
            if token.dep_ != "pobj" or token.head.lower_ not in prepositions:
                continue
            if token.lower_ in nouns and token.head.lower_ == "in":
                return True
            governor = token.head.head  # the verb, or its object ("rescued 17 women in …")
            for _ in range(6):  # "intercepted a minibus carrying 15 men during …", "rescued 64
                if self._enforcing(governor) or governor.head is governor:  # women from
                    break  # traffickers at the border crossings in a joint patrol"
                if governor.dep_ not in {"acl", "relcl", "dobj", "pobj", "prep"}:
                    break
                governor = governor.head
            if (
                token.lemma_.lower() in operations
                and self._enforcing(governor)
                and any(c.dep_ == "amod" and c.lower_ in joint for c in token.children)
            ):
                return True
        return False

    def _toward_an_action(self, sent: Span, real: list[tuple[Span, set[str]]]) -> bool:
        """A verb of working together or assisting whose complement is an enforcement verb,
        with two states as its partners ("A's officers joined their B counterparts in raiding
        a farm", "A's police worked with B's gendarmes to dismantle a network")."""
        governors = self.lemmas.get("together", set()) | self.lemmas.get("assist", set())
        complements = self.joint.get("complements", set())
        for verb in sent:
            if not self._enforcing(verb) or verb.dep_ not in complements:
                continue
            governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
            if governor.lemma_.lower() not in governors:
                continue
            if len(self._states_in(governor, real, "partners")) >= 2:
                return True
        return False

    def _joint_parties(self, sent: Span, real: list[tuple[Span, set[str]]]) -> bool:
        """Two states as parties of a joint effort, raid or sweep in a sentence of an
        enforcement action ("The raid was a joint effort of A and B police")."""
        wanted = self.joint.get("parties", set())
        if len({m.kb_id_ for m, hows in real if hows & wanted}) < 2:
            return False
        nouns = self.lemmas.get("enforcement_noun", set())
        return any(
            (t.pos_ == "VERB" and t.lemma_.lower() in self.enforce)
            or (t.pos_ == "NOUN" and t.lemma_.lower() in nouns)
            for t in sent
        )

    def _find(self, doc: Doc) -> dict[int, list[str]]:
        if not doc.has_annotation("DEP"):
            return {}
        by_token = {
            i: mention.start
            for label in ACTOR_LABELS
            for mention in mentions_between(doc, 0, len(doc), label)
            for i in range(mention.start, mention.end)
        }
        found: dict[int, list[str]] = {}
        refs: dict[int, tuple[int, str]] = {}
        _REFS[doc] = refs
        state_nouns = self.lemmas.get("state_noun", set())
        referring = [
            i
            for i, lemma in enumerate(lemmas(doc))
            if lemma.lower() in state_nouns and self.reference_count(doc[i])
        ]
        if not by_token and not referring:
            return found
        for match_id, tokens in self._matches(doc, sorted({*by_token.values(), *referring})):
            actor = doc[tokens[-1]]
            verb = doc[tokens[0]]
            if self._blocked(verb) or _own_subject(verb, actor) or _not_the_subject(verb, actor):
                continue
            if actor.lemma_.lower() in self.diplomatic:
                continue  # "with support from the U.S. Embassy": a diplomatic mission
            how = doc.vocab.strings[match_id]
            if how == GAPPED and not _figure_after(actor):
                continue
            members = [
                m
                for a in self._with_preposition_conjuncts(actor)
                for m in self._members(a, depth=0)
            ]
            listed = self._after_colon(self._counted(actor)) or [
                t
                for m in members
                if m.lemma_.lower() in self.collective
                for t in self._including(m) or self._counted_list(m)
            ]
            for token in (*members, *listed):
                start = by_token.get(token.i)
                if start is not None and how not in found.setdefault(start, []):
                    found[start].append(how)
                elif start is None and token.i not in refs and self.reference_count(token):
                    refs[token.i] = (self.reference_count(token), how)
        for start in self._result_lines(doc):
            found.setdefault(start, []).append(RESULT_LINE)
        return found

    def _result_lines(self, doc: Doc) -> Iterator[int]:
        """A state heading its own result, "Brazil: the Federal Police arrested 34 people",
        "Peru – police freed 19 girls": the state before the colon or dash that opens a sentence
        acts when the sentence's enforcement verb has an authority of no other state as
        subject."""
        for sent in {
            m.sent.start: m.sent for m in mentions_between(doc, 0, len(doc), "Country")
        }.values():
            first = mentions_between(doc, sent.start, sent.start + 4, "Country")
            if not first or first[0].start > sent.start + 1 or first[0].end >= sent.end:
                continue
            if doc[first[0].end].text not in self.lemmas.get("result_mark", set()):
                continue
            if any(self._own_result(verb, first[0].end) for verb in doc[first[0].end : sent.end]):
                yield first[0].start

    def _own_result(self, verb: Token, after: int) -> bool:
        """An enforcement verb whose subject (or agent) is an authority naming no state."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.enforce:
            return False
        doc = verb.doc
        for child in verb.children:
            subject = child.dep_ == "nsubj" or (
                child.dep_ == "agent" and any(c.dep_ == "pobj" for c in child.children)
            )
            if not subject or child.i < after:
                continue
            head = (
                child
                if child.dep_ == "nsubj"
                else next(c for c in child.children if c.dep_ == "pobj")
            )
            phrase = doc[head.left_edge.i : head.right_edge.i + 1]
            if mentions_between(doc, phrase.start, phrase.end, "Country"):
                return False
            return head.lemma_.lower() in self.authority or bool(
                mentions_between(doc, head.i, head.i + 1, "Organisation")
            )
        return False

    def _matches(self, doc: Doc, starts: list[int]) -> Iterator[tuple[int, list[int]]]:
        """The matcher's matches in the sentences naming a state only (a parse tree stays
        inside its sentence), with token indexes of the doc."""
        sentences = {doc[start].sent.start: doc[start].sent for start in starts}
        yield from self.matcher(doc, list(sentences.values()))

    def _with_preposition_conjuncts(self, actor: Token) -> list[Token]:
        """ "in A and in B", "from A and from B": the objects of coordinated prepositions."""
        if actor.dep_ != "pobj":
            return [actor]
        preps = actor.head.conjuncts
        return [actor, *(c for p in preps for c in p.children if c.dep_ == "pobj")]

    def _counted(self, token: Token) -> Token:
        """ "a total of 18 countries", "a number of states": the counted noun acts."""
        if token.lemma_.lower() not in self.lemmas.get("quantity", set()):
            return token
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o for o in prep.children if o.dep_ == "pobj"), token)
        return token

    def _including(self, actor: Token) -> list[Token]:
        """A counted collective ("18 countries took part in X, including A, B and C") holds
        the list of states right after a later ", including" of its sentence."""
        if not any(c.dep_ == "nummod" or c.like_num for c in actor.children):
            return []
        doc, sent = actor.doc, actor.sent
        for token in doc[actor.i + 1 : sent.end - 1]:
            if token.lower_ == "including" and doc[token.i - 1].text == ",":
                listed = []
                for item in doc[token.i + 1 : sent.end]:
                    if item.pos_ != "PROPN" and item.lower_ not in LIST_WORDS:
                        break
                    listed.append(item)
                return listed
        return []

    def _after_colon(self, actor: Token) -> list[Token]:
        """A collective actor ("the following countries took part:") holds the list after the
        colon of its sentence, or after "among them" / "namely" (lemma set `list_lead`) with
        no verb in between ("the police forces of seven states, among them A, B and C")."""
        if actor.lemma_.lower() not in self.collective:
            return []
        sent = actor.sent
        colon = next((t.i for t in sent if t.i > actor.i and t.text == ":"), None)
        if colon is not None:
            return list(actor.doc[colon + 1 : sent.end])
        return self._including(actor) or self._led_list(actor)

    def _led_list(self, actor: Token) -> list[Token]:
        """The words after "among them" / "namely" (lemma set `list_lead`) that follows the
        actor with no verb in between."""
        leads = self.lemmas.get("list_lead", set())
        for token in actor.doc[actor.i + 1 : actor.sent.end]:
            if token.pos_ in {"VERB", "AUX"}:
                return []
            if token.lower_ in leads and actor.doc[token.i - 1].text == ",":
                return list(actor.doc[token.i + 1 : actor.sent.end])
        return []

    def _counted_on_verb(self, member: Token) -> list[Token]:
        """ "mobilised officers in nine countries": the parser hangs the counted collective on
        the verb; it still says whose authorities the object is (a bare state there is only a
        place of deployment and is left alone)."""
        if member.dep_ != "dobj":
            return []
        return [
            obj
            for prep in member.head.children
            if prep.dep_ == "prep" and prep.i > member.i and prep.lower_ in self.attach
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lemma_.lower() in self.collective and _numbered(obj)
        ]

    def _counted_list(self, member: Token) -> list[Token]:
        """A counted collective an authority is attached to holds the list led after it:
        "mobilised officers in nine countries, among them A, B and C"."""
        return self._led_list(member) if _numbered(member) else []

    def _blocked(self, anchor: Token) -> bool:
        """A slot whose predicate has a financial modifier or sits under a request, funding or
        meeting word ("requested the assistance of", "asked for support from")."""
        if any(c.lemma_.lower() in self.financial for c in anchor.children):
            return True
        if any(self._crime(c) for c in anchor.children):
            return True
        if any(self._event(c) for c in anchor.children):
            return True
        token = anchor
        for _ in range(3):
            if token.lemma_.lower() in self.blockers and not _thanks_to(token):
                return True
            if token.dep_ not in CLIMB or token.head is token:
                return False
            token = token.head
        return False

    def _crime(self, token: Token) -> bool:
        """A crime word modifying the predicate: "a smuggling operation" is the criminals' own
        (but not "an anti-trafficking operation")."""
        if token.dep_ not in MODIFIERS or token.lemma_.lower() not in self.crimes:
            return False
        before = token.doc[token.i - 2 : token.i]
        return not any(t.lower_ in {"anti", "counter", "against"} for t in before)

    def _event(self, token: Token) -> bool:
        """A training, workshop or meeting as the predicate's subject, object or place ("a
        training was organised by X", "X took part in a seminar") is no operation."""
        if token.dep_ == "prep" and token.lower_ in {"in", "at", "during"}:
            return any(self._event(c) for c in token.children if c.dep_ == "pobj")
        return token.dep_ in EVENT_SLOTS and token.lemma_.lower() in self.events

    def _members(self, token: Token, *, depth: int) -> Iterator[Token]:
        """The token, its conjuncts, and states modifying or attached to authority nouns."""
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
            token = token.head.head
        token = self._counted(token)
        for member in (token, *token.conjuncts):
            yield member
            yield from (c for c in member.children if _hyphened(c))  # "Franco-Spanish"
            if depth > 3 or not self._authority(member):
                continue
            for part in self._composition(member):
                yield from self._members(part, depth=depth + 1)
            yield from self._counted_on_verb(member)
            for child in member.children:
                if child.dep_ in MODIFIERS:
                    yield from (child, *child.conjuncts, *_whose(child), *_name_start(child))
                    yield from self._reporter(child)
                    if child.dep_ == "appos" and self._demonstrative(child):
                        yield from self._members(child, depth=depth + 1)  # "those of A and B"
                elif child.dep_ == "prep" and self._together_with(child):
                    for obj in child.children:  # "the police of A together with B's colleagues"
                        if obj.dep_ == "pobj" and self._authority(obj):
                            yield from self._members(obj, depth=depth + 1)
                elif child.dep_ == "prep" and child.lower_ in self.attach:
                    for prep in (child, *child.conjuncts):  # "officers of A and of B"
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                yield from self._members(obj, depth=depth + 1)

    def _composition(self, token: Token) -> list[Token]:
        """What a body is made of: "a team comprising A and B detectives", "a unit made up of
        / composed of / consisting of officers from A and B" (lemma set `compose`)."""
        if token.lemma_.lower() not in self.authority:
            return []
        parts: list[Token] = []
        for clause in token.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in self.lemmas.get("compose", ()):
                continue
            for child in clause.children:
                if child.dep_ == "dobj":
                    parts.append(child)
                elif child.dep_ == "prep" and child.lower_ in self.attach:  # of, from
                    parts += [o for o in child.children if o.dep_ == "pobj"]
        return parts

    def _reporter(self, token: Token) -> list[Token]:
        """ "its police", "their officers" in a clause under a reporting verb: the words of the
        subject of the nearest clause above that does not hold the pronoun ("The Ministry of
        Interior of Georgia said its police ...": Georgia)."""
        if token.lower_ not in self.lemmas.get("possessive", set()):
            return []
        for ancestor in token.ancestors:
            if ancestor.pos_ not in {"VERB", "AUX"}:
                continue
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < token.i and token not in subject.subtree:
                return list(subject.subtree)
        return []

    def _together_with(self, prep: Token) -> bool:
        """ "together with", "along with": a companion of the actor, not an instrument."""
        adverbs = self.lemmas.get("together_adverb", set())
        return prep.lower_ in self.lemmas.get("with", set()) and any(
            c.lower_ in adverbs for c in prep.children if c.dep_ == "advmod"
        )

    def _authority(self, token: Token) -> bool:
        """An authority noun, or a proper name (an agency, a state) whose modifiers count; a
        demonstrative in apposition stands for the authority ("the police forces, those of A
        and B")."""
        return (
            token.lemma_.lower() in self.authority
            or token.pos_ == "PROPN"
            or self._demonstrative(token)
        )

    def _demonstrative(self, token: Token) -> bool:
        return token.dep_ == "appos" and token.lower_ in self.lemmas.get("demonstrative", set())


def _name_start(token: Token) -> list[Token]:
    """The state adjective that begins a multi-word agency name ("the Spanish Guardia Civil":
    "Spanish" hangs on "Guardia", a compound of the name's head; "the Royal Thai Police and
    Lao police": "Thai" hangs on the name that modifies "police"); the genitive state before a
    genitive name ("Mexico's Attorney General's Office")."""
    if token.dep_ == "poss" and token.pos_ == "PROPN":
        wanted = {"poss"}
    elif token.dep_ in {"compound", "nmod"}:
        wanted = {"amod", "compound", "nmod", "poss"}
    else:
        return []
    starts = [c for c in token.children if c.dep_ in wanted and c.i < token.i]
    return starts + [s for c in starts if c.dep_ == "poss" for s in _name_start(c)]


def _own_subject(verb: Token, actor: Token) -> bool:
    """A coordinated verb with a subject (or passive) of its own shares no subject with the
    first ("A shared files and B's police arrested them": A arrested nobody)."""
    return (
        verb.dep_ == "conj"
        and verb not in actor.ancestors
        and any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children)
    )


def _not_the_subject(verb: Token, actor: Token) -> bool:
    """An apposition inside a fronted phrase is the verb's subject only where the parser gave
    the verb none and the apposition ends right before it ("Acting on intelligence from the
    Belgian Federal Police, Luxembourg's Grand Ducal Police raided ...": the second name is
    parsed as an apposition of the first)."""
    if actor.dep_ != "appos" or actor.i > verb.i or verb not in actor.ancestors:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return True
    return not all(t.is_punct for t in actor.doc[actor.right_edge.i + 1 : verb.i])


def _figure_after(actor: Token) -> bool:
    """A state conjoined to a counted object is a gapped subject when its own figure follows
    it ("deployed 120 officers and Argentina 80"), not when it precedes a demonym ("12
    Bolivians and 5 Peruvians")."""
    figures = [c for c in actor.children if c.dep_ == "nummod"]
    return bool(figures) and all(f.i > actor.i for f in figures)


def _numbered(token: Token) -> bool:
    """A noun with a number: "nine countries", "12 states"."""
    return any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _thanks_to(token: Token) -> bool:
    """ "thanks to A's police" credits a result; it thanks nobody (no blocker)."""
    return token.lower_ == "thanks" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in token.children
    )


def _hyphened(token: Token) -> bool:
    """The first half of a hyphened pair ("Franco" in "Franco-Spanish", "Belgian-Dutch")."""
    following = token.i + 1
    return (
        token.dep_ in MODIFIERS
        and following < len(token.doc)
        and (token.doc[following].tag_ == "HYPH" and token.doc[following].head == token.head)
    )


def _whose(token: Token) -> list[Token]:
    """The antecedent of a relative "whose" ("Qatar, whose police led it": Qatar)."""
    if token.lower_ != "whose":
        return []
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return [] if clause is None else [clause.head, *clause.head.conjuncts]
