"""`ctgraph_frames`: one frame per operation of the document, with its participants.

A frame starts at an operation's first mention (named or unnamed); later sentences that name
it, or refer back to it ("the operation", "the JIT", "the action days"), belong to it, and so
do sentences in between, until another operation is named. Countries of each sentence are
judged by `extract.participation` and attached to the frame of the nearest reference. Then:
modules give their participants to the umbrella operation ("HERA I" -> "HERA"), an unnamed
frame whose participants all belong to a named one is that one, unnamed frames with the same
participants are one, and unnamed frames with fewer than two participants are dropped.
Result: `doc.user_data["ctgraph_frames"]`, plain data so it survives `Doc.to_bytes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ctgraph.extract.actors import Actors, RolePatterns
from ctgraph.extract.cues import Cues
from ctgraph.extract.datelines import in_dateline, line_start
from ctgraph.extract.operation_links import same_operation
from ctgraph.extract.participation import (
    Participation,
    bullet_intro,
    is_heading,
    list_bounds,
)
from ctgraph.extract.spans import covered, mentions_between, meta
from ctgraph.extract.unreal import Unreal

#: words that make "the … case" one of several operations, not a reference back to one
ENUMERATING = {"first", "second", "third", "fourth", "fifth", "other", "latter", "former"}

FRAMES = "ctgraph_frames"
NEW_FRAME_HEADS = {
    "operation",
    "operations",
    "investigation",
    "action",
    "days",
    "day",
    "jit",
    "team",
}


ACTION_SETS = ("enforcement_noun", "operation_part")  # "arrests in X", "as part of X"


@dataclass(slots=True)
class Frame:
    """One operation: its entity key, kind, absorbed mention keys, participants and sentences."""

    key: str
    kind: str
    named: bool
    members: list[str] = field(default_factory=list)
    participants: dict[str, list[Any]] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    scope: list[int] = field(default_factory=list)
    item: bool = False

    def add(self, country: str, confidence: float, sent_index: int, how: str) -> None:
        """Keep the most confident finding per country."""
        known = self.participants.get(country)
        if known is None or known[0] < confidence:
            self.participants[country] = [confidence, sent_index, how]

    def absorb(self, other: Frame) -> None:
        """Take over another frame's mentions, participants and sentences."""
        self.members += [other.key, *other.members]
        for country, (confidence, index, how) in other.participants.items():
            self.add(country, confidence, index, how)
        self.sentences = sorted(set(self.sentences) | set(other.sentences))
        self.scope = sorted(set(self.scope) | set(other.scope))


class FrameBuilder:
    """Builds frames sentence by sentence; cue words come from `participation.jsonl`."""

    def __init__(
        self, cues: Cues, actors: Actors, *, naming: set[str] | None = None,
        unreal: Unreal | None = None,
    ) -> None:  # fmt: skip
        self.cues = cues
        self.judge = Participation(
            cues, lemmas=actors.lemmas, financial=frozenset(actors.financial)
        )
        self.actors = actors
        self.naming = naming or set()
        self.unreal = unreal or Unreal()

    def _anaphors(self, doc: Doc, sent: Span) -> list[tuple[int, str]]:
        """`the operation`, `these joint operations`, `the JIT`: (token, head) not already mentions."""
        found = []
        for token in sent:
            if self._named_pronoun(token):  # "It was code-named X": the operation before
                found.append((token.i, "operation"))
            if token.lower_ not in {"the", "this", "these", "that", "said"}:
                continue
            index = token.i + 1
            while (
                index < sent.end
                and (doc[index].tag_ in {"JJ", "HYPH", "VBN", "CD"} or _after_hyphen(doc, index))
                and not self.cues.starts(doc, index, "anaphor")
            ):  # "the joint operation", "the three-day operation"
                index += 1
            size = self.cues.starts(doc, index, "anaphor")
            if any(doc[i].lower_ in ENUMERATING for i in range(token.i + 1, index)):
                continue  # "In the first case, …; in the second case, …": one of several
            if size and not covered(doc, index, index + size, "Operation"):
                found.append((index, doc[index + size - 1].lower_))
        return found

    def _named_pronoun(self, token: Token) -> bool:
        """`it` as the subject of a naming verb ("It was dubbed X", "It was code-named X")."""
        if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        head = token.head
        if head.lemma_.lower() in self.naming:
            return True
        # "It was code-named X" parsed as a copula whose attribute carries the naming participle
        return head.lemma_ == "be" and any(
            c.dep_ == "attr" and any(g.lemma_.lower() in self.naming for g in c.lefts)
            for c in head.children
        )

    def _resolve(self, frames: list[Frame], kind: str) -> Frame | None:
        """The most recent frame a reference of this kind can mean."""
        for frame in reversed(frames):
            if (frame.kind == "jit") == (kind == "jit"):
                return frame
        return frames[-1] if frames and kind != "jit" else None

    def _new(
        self, frames: list[Frame], by_key: dict[str, Frame], key: str, kind: str, named: bool
    ) -> Frame:
        frame = Frame(key, kind, named)
        frames.append(frame)
        by_key[key] = frame
        return frame

    def _references(
        self, doc: Doc, sent: Span, frames: list[Frame], by_key: dict[str, Frame]
    ) -> list[tuple[int, Frame]]:
        """Frames this sentence names or refers back to, by token; new frames as needed."""
        info = meta(doc)
        earlier = list(frames)
        refs: list[tuple[int, Frame]] = []
        backward: list[tuple[int, str, str]] = []
        for mention in mentions_between(doc, sent.start, sent.end, "Operation"):
            entry = info.get(mention.kb_id_, {})
            frame = by_key.get(mention.kb_id_)
            if frame is None and not entry.get("named") and entry.get("definite") and earlier:
                backward.append((mention.start, str(entry.get("kind")), mention.kb_id_))
                continue
            if frame is None:
                kind = "named" if entry.get("named") else str(entry.get("kind", "operation"))
                frame = self._new(frames, by_key, mention.kb_id_, kind, bool(entry.get("named")))
                frame.item = mention.start == sent.start

            refs.append((mention.start, frame))
        for index, head in self._anaphors(doc, sent):
            backward.append((index, "jit" if head in {"jit", "team"} else "operation", ""))
        # "The case follows Operation X": the reference back is not X
        named = [] if self._earlier_operation(doc, sent) else [f for _, f in refs if f.named]
        for index, kind, key in backward:
            frame = self._back(doc, earlier, frames, by_key, kind, named)
            if frame is None and key:
                frame = self._new(frames, by_key, key, kind, False)
            if frame is not None:
                if key:
                    frame.members.append(key)
                    by_key[key] = frame
                refs.append((index, frame))
        refs.sort(key=lambda r: r[0])
        refs = self._join_same_operations(doc, sent, refs, frames, by_key)
        for _, frame in refs:  # most recently referenced last: references resolve to it
            if frame in frames:
                frames.remove(frame)
                frames.append(frame)
        return refs

    def _join_same_operations(
        self, doc: Doc, sent: Span, refs: list[tuple[int, Frame]], frames: list[Frame],
        by_key: dict[str, Frame],
    ) -> list[tuple[int, Frame]]:  # fmt: skip
        """References the parse makes one operation (apposition, copula, naming) share a frame:
        a named frame absorbs an unnamed one; two named ones stay apart."""
        roots = {m.start: m.root for m in mentions_between(doc, sent.start, sent.end, "Operation")}
        for (i, first), (j, second) in combinations(list(refs), 2):
            first, second = _current(first, by_key), _current(second, by_key)
            if first is second or (first.named and second.named):
                continue
            if not same_operation(roots.get(i, doc[i]), roots.get(j, doc[j]), self.naming):
                continue
            keep, gone = (second, first) if second.named and not first.named else (first, second)
            keep.absorb(gone)
            if gone in frames:
                frames.remove(gone)
            for key in [gone.key, *gone.members]:
                by_key[key] = keep
            refs = [(index, keep if frame is gone else frame) for index, frame in refs]
        return refs

    def _back(
        self, doc: Doc, earlier: list[Frame], frames: list[Frame], by_key: dict[str, Frame],
        kind: str, named: list[Frame],
    ) -> Frame | None:  # fmt: skip
        """What a backward reference means; an unnamed frame named in this sentence merges."""
        frame = self._resolve(earlier, kind)
        if named and (frame is None or not frame.named):
            if frame is not None and frame in frames:
                named[0].absorb(frame)
                frames.remove(frame)
                for key in [frame.key, *frame.members]:
                    by_key[key] = named[0]
            return named[0]
        if frame is None and not earlier:
            return self._new(frames, by_key, _unnamed_key(doc), kind, False)
        return frame

    def _joint_action(
        self, doc: Doc, sents: list[Span], index: int, frames: list[Frame],
        by_key: dict[str, Frame],
    ) -> list[tuple[int, Frame]]:  # fmt: skip
        """An enforcement action that two states carry out, outside any operation, is an
        unnamed operation ("A's police dismantled the ring with assistance from B's NCA"; "the
        two countries' police arrested ...", the states named just before)."""
        sent = sents[index]
        if not self.actors.joint_action(sent, unreal=self.unreal.starts(doc)) and not any(
            sent.start <= token < sent.end
            and how in self.actors.joint.get("acting", set())
            and not self.unreal.governed(doc[token])
            and not self.judge.negative_sentence(sent)
            and len(self._antecedents(doc, sents, index, token, count)) >= 2
            for token, (count, how) in self.actors.references(doc).items()
        ):
            return []
        return [(sent.start, self._new(frames, by_key, _unnamed_key(doc), "operation", False))]

    def _another_joint_action(
        self, doc: Doc, sents: list[Span], index: int, frames: list[Frame],
        by_key: dict[str, Frame],
    ) -> bool:  # fmt: skip
        """A sentence about another operation ("In a separate investigation in 2025, A and B
        police dismantled a network") is an operation of its own when states act jointly in it;
        the operation in scope stays the one later sentences and references mean."""
        if not self.cues.has(sents[index], "elsewhere"):
            return False
        refs = self._joint_action(doc, sents, index, frames, by_key)
        if not refs:
            return False
        frame = refs[0][1]
        frames.remove(frame)
        frames.insert(0, frame)  # not the most recent: "the operation" means the one in scope
        frame.sentences.append(index)
        self._attach(doc, sents, index, refs, None, [])
        return True

    def _earlier_operation(self, doc: Doc, sent: Span) -> bool:
        """A sentence that first names an operation as one the story follows or differs from
        ("The case follows a 2025 operation, Operation X, in which …"; lemma set `follow_on`,
        or an `elsewhere` cue): the sentences before it are not about that operation."""
        if self.cues.has(sent, "elsewhere"):
            return True
        follow = self.actors.lemmas.get("follow_on", set())
        return any(
            a.lemma_.lower() in follow and a.pos_ == "VERB"
            for m in mentions_between(doc, sent.start, sent.end, "Operation")[:1]
            for a in (m.root, *m.root.ancestors)
        )

    def _named_ahead(
        self, doc: Doc, sents: list[Span], index: int, by_key: dict[str, Frame]
    ) -> str | None:
        """A paragraph that opens with an action and names a new operation in one of its next
        two sentences ("In Central America, A's and B's police dismantled a ring. Fourteen
        people were arrested in Operation X") is about that operation, not the one before: the
        key of that operation, when no other operation or reference to one comes first."""
        if not line_start(doc, sents[index].start):
            return None
        for sent in sents[index : index + 3]:
            if sent.start > sents[index].start and line_start(doc, sent.start):
                return None  # the paragraph ended
            found = mentions_between(doc, sent.start, sent.end, "Operation")
            anaphors = self._anaphors(doc, sent)
            if not found:
                if anaphors:
                    return None
                continue
            first = found[0]
            named = meta(doc).get(first.kb_id_, {}).get("named")
            if (
                not named
                or first.kb_id_ in by_key
                or any(i < first.start for i, _ in anaphors)
                or self.cues.has(sent, "elsewhere")
                or not self._tied_to_an_action(first.root)
            ):
                return None
            return first.kb_id_
        return None

    def _tied_to_an_action(self, name: Token) -> bool:
        """An operation's name given to the action just told: "were arrested in Operation X",
        "as part of Operation X", "code-named X" (not "the arrests followed Operation X")."""
        lemmas = self.actors.lemmas
        head = name.head
        if head.lemma_.lower() in self.naming:
            return True
        if name.dep_ != "pobj" or head.lower_ not in lemmas.get("within", set()):
            return False
        governor = head.head.lemma_.lower()
        return any(
            governor in words
            for words in (self.actors.enforce, *(lemmas.get(k, ()) for k in ACTION_SETS))
        )

    def _attach(
        self,
        doc: Doc,
        sents: list[Span],
        index: int,
        refs: list[tuple[int, Frame]],
        target: Frame | None,
        pending: list[int],
    ) -> None:
        sent = sents[index]
        if not refs and target is None:
            pending.append(index)
            return
        intro = bullet_intro(sents, index)
        listed = intro is not None and (
            self.cues.has(intro, "strong") or self.cues.has(intro, "weak")
        )
        adjacent = {
            start
            for mention in mentions_between(doc, sent.start, sent.end, "Operation")
            for start in self.judge.adjacent(doc, mention)
        }
        acting = self.actors.find(doc)
        parsed = any(sent.start <= start < sent.end for start in acting)
        unreal = self.unreal.starts(doc)
        elsewhere = not refs and self.cues.has(sent, "elsewhere")
        countries = [
            c for c in mentions_between(doc, sent.start, sent.end, "Country")
            if not _in_a_name(doc, c) and not in_dateline(doc, c)
        ]  # fmt: skip
        acting = {**acting, **_same_list(doc, countries, acting)}
        for country in countries:
            frame = min(refs, key=lambda r: abs(r[0] - country.start))[1] if refs else target
            if frame is None:
                continue
            frame.scope.append(index)
            if elsewhere or (country.start in unreal and country.start not in adjacent):
                continue  # another operation ("a similar action"), or cooperation to come
            first = country.start <= sent.start + 2
            finding = self.judge.decide(
                country,
                sent,
                with_operation=bool(refs),
                listed=listed and first,
                adjacent=country.start in adjacent,
                acting=acting.get(country.start),
                parsed=parsed,
            )
            if finding is not None:
                frame.add(country.kb_id_, finding.confidence, index, finding.how)
        self._attach_references(doc, sents, index, refs, target)
        if target is not None:
            target.scope.append(index)

    def _attach_references(
        self, doc: Doc, sents: list[Span], index: int, refs: list[tuple[int, Frame]],
        target: Frame | None,
    ) -> None:  # fmt: skip
        """ "the two countries' police arrested ...": the states named just before act."""
        sent = sents[index]
        if self.judge.negative_sentence(sent):
            return
        for token, (count, how) in self.actors.references(doc).items():
            if not sent.start <= token < sent.end or self.unreal.governed(doc[token]):
                continue
            frame = min(refs, key=lambda r: abs(r[0] - token))[1] if refs else target
            if frame is None:
                continue
            for state in self._antecedents(doc, sents, index, token, count):
                frame.add(state, 0.8, index, f"{how} (the states named before)")

    def _antecedents(
        self, doc: Doc, sents: list[Span], index: int, token: int, count: int
    ) -> list[str]:
        """The states a reference to `count` states means: those of the nearest sentence
        (this one before the reference, or up to three before it) that names states, when it
        names exactly that many; otherwise none."""
        for back in range(index, max(-1, index - 4), -1):
            end = token if back == index else sents[back].end
            states = list(dict.fromkeys(
                c.kb_id_ for c in mentions_between(doc, sents[back].start, end, "Country")
                if not _in_a_name(doc, c)
            ))  # fmt: skip
            if states:
                return states if len(states) == count else []
        return []

    def __call__(self, doc: Doc) -> Doc:
        frames: list[Frame] = []
        by_key: dict[str, Frame] = {}
        sents = list(doc.sents)
        pending: list[int] = []
        current: Frame | None = None
        for index, sent in enumerate(sents):
            refs = self._references(doc, sent, frames, by_key)
            if not refs and current is None:
                refs = self._joint_action(doc, sents, index, frames, by_key)
            elif not refs and self._another_joint_action(doc, sents, index, frames, by_key):
                continue
            elif not refs and (ahead := self._named_ahead(doc, sents, index, by_key)):
                current = self._new(frames, by_key, ahead, "named", True)
            for _, frame in refs:
                frame.sentences.append(index)
            if refs and current is None and pending:
                first = refs[0][1]
                if self._earlier_operation(doc, sent):  # the text's own action is no part of it
                    first = self._new(frames, by_key, _unnamed_key(doc), "operation", False)
                for waiting in dict.fromkeys(pending):
                    self._attach(doc, sents, waiting, [], first, [])
                pending = []
            heading = is_heading(sent) and bullet_intro(sents, index) is None  # not a list item
            current = refs[-1][1] if refs else None if heading else current
            self._attach(doc, sents, index, refs, current, pending)
        merge_frames(doc, frames)
        doc.user_data[FRAMES] = [
            {
                "key": f.key,
                "members": f.members,
                "participants": f.participants,
                "sentences": sorted(set(f.sentences)),
                "scope": sorted(set(f.scope)),
                "item": f.item,
            }
            for f in frames
        ]
        return doc


def _same_list(doc: Doc, countries: list[Span], acting: dict[int, str]) -> dict[int, str]:
    """Members of a coordinated list act with the list's acting members: the parser splits
    long lists of multi-word names ("..., El Salvador, Trinidad and Tobago, ...") into
    appositions the slot's conjuncts do not reach."""
    found: dict[int, str] = {}
    for country in countries:
        if country.start in acting:
            continue
        start, end = list_bounds(doc, country)
        how = next((acting[c.start] for c in countries if start <= c.start < end
                    and c.start in acting), None)  # fmt: skip
        if how is not None:
            found[country.start] = how
    return found


def _after_hyphen(doc: Doc, index: int) -> bool:
    """The second half of a hyphened modifier ("day" in "three-day")."""
    return index > 0 and doc[index - 1].tag_ == "HYPH" and not doc[index - 1].whitespace_


def _in_a_name(doc: Doc, country: Span) -> bool:
    """A state inside a named operation's name ("Operation Niger Delta", "Operation Timor
    Gate") is a word of the name, not a party to the operation."""
    info = meta(doc)
    return any(
        m.start <= country.start and country.end <= m.end and info.get(m.kb_id_, {}).get("named")
        for m in mentions_between(doc, max(0, country.start - 8), country.end, "Operation")
    )


def _unnamed_key(doc: Doc) -> str:
    """A new key for an operation without a mention of its own."""
    count = doc.user_data.setdefault("ctgraph_unnamed", 0) + 1
    doc.user_data["ctgraph_unnamed"] = count
    return f"operation:unnamed-{count}"


def _current(frame: Frame, by_key: dict[str, Frame]) -> Frame:
    """The frame that now holds `frame` (it may have been absorbed)."""
    return by_key.get(frame.key, frame)


def _module_of(child: str, parent: str) -> bool:
    return (
        child.startswith(parent + " ")
        and child[len(parent) + 1 :].replace("I", "").replace("V", "").replace("X", "") == ""
    )


def merge_frames(doc: Doc, frames: list[Frame]) -> None:
    """Modules to umbrellas, unnamed into named or identical frames; drop lone unnamed frames."""
    info = meta(doc)
    names = {f.key: str(info.get(f.key, {}).get("name") or "") for f in frames if f.named}
    for parent in [f for f in frames if f.named]:
        for child in [f for f in frames if f.named and _module_of(names[f.key], names[parent.key])]:
            for country, (_, index, _how) in child.participants.items():
                parent.participants.setdefault(country, [0.7, index, "module of the operation"])
    # an unnamed item of a list of operations stays itself even when a named one shares its states
    for frame in [f for f in frames if not f.named]:
        found = set(frame.participants)
        home = next((f for f in frames if f is not frame and found and found <= set(f.participants)
                     and (not frame.item if f.named else set(f.participants) == found)), None)  # fmt: skip
        if home is not None:
            home.absorb(frame)
            frames.remove(frame)
    for frame in [f for f in frames if not f.named and len(f.participants) < 2]:
        frames.remove(frame)


@Language.factory(
    "ctgraph_frames",
    assigns=["doc.user_data"],
    requires=["doc.sents", "token.tag", "token.dep", "token.lemma", "doc.spans"],
    default_config={
        "cues": {"@misc": "ctgraph.phrase_table.v1", "path": "participation.jsonl"},
        "roles": {"@misc": "ctgraph.role_patterns.v1", "path": "participation_roles.json"},
        "forms": {"@misc": "ctgraph.phrase_table.v1", "path": "operation_forms.jsonl"},
    },
)
def make_frames(
    nlp: Language,
    name: str,
    cues: dict[str, list[str]],
    roles: RolePatterns,
    forms: dict[str, list[str]],
) -> FrameBuilder:
    """Factory of `FrameBuilder`; cue words, parse patterns, naming lemmas and the markers of
    unreal cooperation come from pattern files."""
    return FrameBuilder(
        Cues(cues, nlp.make_doc),
        Actors(nlp, roles),
        naming=set(forms.get("naming_lemma", [])),
        unreal=Unreal.from_roles(roles),
    )
