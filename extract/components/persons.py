"""`ctgraph_persons`: people with their role and organisation.

A name counts when it has evidence of being a person: the model's PERSON entity of two or more
name words, an honorific ("Mr.", "Ms"), a role next to it ("INTERPOL Secretary General Jürgen
Stock", "Silvia Tăbușcă, President"), or a reporting verb ("said"). Surname-only mentions join
the full name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ctgraph.extract.spans import add_mention, covered, mentions, mentions_between, set_meta
from ctgraph.extract.text import slug
from ctgraph.extract.words import lowers, texts

HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "sir",
              "datuk", "dato", "dato'", "datin", "puan", "alhaji", "alhaja", "hajiya"}  # fmt: skip
#: honorifics of two words ("Tan Sri", "Datuk Seri"): "Tan" alone is a surname
HONORIFIC_PAIRS = {("tan", "sri"), ("datuk", "seri"), ("dato", "sri"), ("dato", "seri")}
PARTICLES = {"van", "von", "de", "der", "den", "di", "da", "du", "la", "le", "del", "al", "bin"}
REPORTING = {"said", "says", "added", "stated", "explained", "noted", "told", "according"}
OTHER_ENTITIES = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "LAW", "WORK_OF_ART",
                  "LANGUAGE", "PRODUCT"}  # fmt: skip
ROLE_INNER = {"of", "for", "and", "on", "the", "-"}


def _name_token(token: Token) -> bool:
    """A capitalised word ("Jürgen", "O'Connell", "D’Souza") or a name particle ("van")."""
    word = token.text.replace("'", "").replace("’", "")
    return (
        word.isalpha()
        and token.text[:1].isupper()
        and not token.is_upper
        and token.text[-1:] not in {"'", "’"}
    ) or (token.lower_ in PARTICLES)


def _initial(token: Token) -> bool:
    """A middle initial: "A." in "Brian A. Smith"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _glued(doc: Doc, index: int) -> bool:
    """`doc[index]` is a hyphen joining two words with no space ("Barkāne-Iļjenkova")."""
    return (
        doc[index].text in {"-", "‐"}
        and index > 0
        and index + 1 < len(doc)
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
    )


def _plural_noun(token: Token) -> bool:
    """A plural common noun ("Doctors", "Rights"): a topic word, no one's name."""
    return token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() != token.lower_


def _after_a_code_name_verb(doc: Doc, start: int) -> bool:
    """ "dubbed X", "code-named X", "codenamed X": the name of an operation, no one's."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in {"dubbed", "codenamed", "christened"}:
        return True
    return (
        before == "named"
        and start > 2
        and doc[start - 2].text == "-"
        and (doc[start - 3].lower_ == "code")
    )


def _where(span: Span) -> bool:
    """The name is the object of `in`, `near` or `at` (or a conjunct of one): a place's, since
    nobody is "in" a person."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "at"}


def _words(doc: Doc, start: int, end: int) -> int:
    """Words of a run, a hyphened name ("Marie-Claude") counted once."""
    return end - start - 2 * sum(_glued(doc, i) for i in range(start, end))


class PersonFinder:
    """Adds `Person` mentions with ids `person:<slug of full name>`; role in metadata."""

    def __init__(
        self,
        roles: list[str],
        not_names: list[str],
        regions: list[str] | None = None,
        groups: list[str] | None = None,
    ) -> None:
        self.roles = set(roles)
        self.not_names = {w.lower() for w in not_names}
        self.regions = {r.lower() for r in regions or []}
        self.groups = {g.lower() for g in groups or []}

    def _is_role_word(self, token: Token) -> bool:
        return token.text in self.roles or token.text.split("-")[-1] in self.roles

    def _role_after(self, doc: Doc, end: int) -> tuple[Span | None, int]:
        """Role phrase after a name (`, Director for Operations`), and where it ends."""
        index = end
        while index < len(doc) and (doc[index].text == "," or doc[index].is_space):
            index += 1
        start = index
        while index < len(doc) and (
            (doc[index].text[:1].isupper() and doc[index].is_alpha)
            or (doc[index].lower_ in ROLE_INNER and index > start)
            or (doc[index].text == "-" and index > start)
        ):
            if covered(doc, index, index + 1, "Organisation") and index > start:
                break
            index += 1
        while index > start and doc[index - 1].lower_ in ROLE_INNER:
            index -= 1
        span = doc[start:index]
        if len(span) and any(self._is_role_word(t) for t in span):
            return span, index
        return self._lower_role_after(doc, start), end

    def _lower_role_after(self, doc: Doc, start: int) -> Span | None:
        """An apposition in lower case: `, head of the Border Police,` / `, Interpol's executive
        director of police services,` (after an organisation's possessive in any case), up to
        the next comma or full stop."""
        index = start
        owned = index < len(doc) and covered(doc, index, index + 1, "Organisation")
        if owned:  # "INTERPOL's Acting Executive Director ...": a role of any case
            while index < len(doc) and covered(doc, index, index + 1, "Organisation"):
                index += 1
            if index >= len(doc) or doc[index].text not in {"'s", "’s"}:
                return None
            index += 1
        first = index
        while (
            index < len(doc) and index - first < 12 and doc[index].text not in {",", ".", ";", "\n"}
        ):
            index += 1
        words = doc[first:index]
        titled = [
            t for t in words[:3] if (owned or t.text[:1].islower()) and t.text.title() in self.roles
        ]
        if not titled or index >= len(doc) or doc[index].text not in {",", "."}:
            return None
        return words

    def _role_before(self, doc: Doc, start: int) -> Span | None:
        """Role phrase right before a name (`Secretary General Jürgen Stock`, `Director of
        Investigations Craig Pellington`, `police spokeswoman Ann Lee`), or before the comma
        opening it as an apposition (`the Minister of the Interior, Ann Lee, …`)."""
        if start > 1 and doc[start - 1].text == ",":
            return self._role_before_comma(doc, start - 1)
        if start > 0 and doc[start - 1].is_lower and doc[start - 1].text.title() in self.roles:
            return doc[start - 1 : start]
        index = start
        topic = start
        while topic > 0 and start - topic < 3 and doc[topic - 1].is_title:
            topic -= 1
        if (
            1 < topic < start
            and doc[topic - 1].lower_ == "of"
            and self._is_role_word(doc[topic - 2])
        ):
            index = topic - 1
        while index > 0 and (
            self._is_role_word(doc[index - 1])
            or (index > 1 and _glued(doc, index - 1) and self._is_role_word(doc[index - 2]))
        ):
            index -= 1
        return doc[index:start] if index < start else None

    def _role_before_comma(self, doc: Doc, comma: int) -> Span | None:
        """ "The Italian Minister of the Interior, Matteo Ricci, thanked …": a capitalised phrase
        ending just before the comma whose first words hold a title."""
        index = comma
        while (
            index > 0
            and comma - index < 8
            and (doc[index - 1].text[:1].isupper() or doc[index - 1].lower_ in ROLE_INNER)
        ):
            index -= 1
        titles = [t.i for t in doc[index:comma] if self._is_role_word(t)]
        if not titles or doc[comma - 1].lower_ in ROLE_INNER:
            return None
        return doc[titles[0] : comma]

    def _org_near(self, doc: Doc, role: Span | None, name: Span) -> tuple[str | None, float]:
        """Organisation named with the role, else nearest in the sentence (lower confidence)."""
        orgs = mentions(doc, "Organisation")
        if role is not None:
            for org in orgs:
                gap = (
                    doc[org.end : role.start]
                    if org.end <= role.start
                    else doc[role.end : org.start]
                )
                if org.end <= role.start and all(t.text in {"'s", "’s", "'"} for t in gap):
                    return org.kb_id_, 0.9
                if org.start >= role.end and all(
                    t.lower_ in {"at", "of", ",", "the"} or t.is_space for t in gap
                ):
                    return org.kb_id_, 0.9
        sent = [o for o in orgs if o.sent == name.sent]
        if sent:
            nearest = min(sent, key=lambda o: abs(o.start - name.start))
            return nearest.kb_id_, 0.7
        return None, 0.0

    def _candidates(self, doc: Doc) -> list[tuple[int, int, bool]]:
        found = [(e.start, e.end, False) for e in doc.ents if e.label_ == "PERSON"]
        words = lowers(doc)
        for index, word in enumerate(words):
            pair = tuple(words[index : index + 2]) in HONORIFIC_PAIRS
            if word not in HONORIFICS and not pair:
                continue
            after = index + (2 if pair else 1)
            end = after
            while end < len(doc) and _name_token(doc[end]):
                end += 1
            if end > after:
                found.append((after, end, True))
        found += self._lone_lines(doc)
        found += self._runs(doc)
        return sorted(found, key=lambda f: (f[0], -f[1]))

    def _blocks_name(self, token: Token) -> bool:
        """A title or institution word: the name is what follows it in a run of capitals."""
        return self._is_role_word(token) or token.lower_ in self.not_names

    def _runs(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """Names the model missed or tagged as an organisation, read from runs of capitalised
        words: the words after the last title or institution word ("Detective Constable Ann
        Lee", "Case Management Division Ann Lee"), the last two when the run is longer (with
        a particle or middle initial before them). `_accept` still asks for evidence."""
        found: list[tuple[int, int, bool]] = []
        written = texts(doc)
        index = 0
        while index < len(doc):
            if not written[index][:1].isupper() or not _name_token(doc[index]):
                index += 1
                continue
            end = index
            while end < len(doc) and (
                _name_token(doc[end]) or _initial(doc[end]) or _glued(doc, end)
            ):
                end += 1
            start = index
            for inner in range(index, end):
                if self._blocks_name(doc[inner]):
                    start = inner + 1
            if start > index and not self._titled_chain(doc, start - 1):
                index = end + 1  # "Human Rights Watch": topic words, no title before the name
                continue
            while start < end and (_glued(doc, start) or doc[start].lower_ in PARTICLES):
                start += 1
            if self._only_topic(doc, start, end):
                index = end + 1  # "Deputy Minister of Public Security, said": the title's topic
                continue
            start = self._after_topic(doc, start, end)
            words = _words(doc, start, end)
            if words > 4 or (words > 3 and not any(_initial(t) for t in doc[start:end])):
                start = self._tail(doc, start, end)
            organisation = start == index and all(t.ent_type_ == "ORG" for t in doc[start:end])
            if (
                organisation
                and self._role_after(doc, end)[0] is None
                and self._role_before(doc, start) is None
            ):
                index = end + 1  # "Caritas Internationalis said": the model's ORG, no role
                continue
            if end - start >= 2 and not self._not_a_person(doc, start, end):
                found.append((start, end, False))
            index = end + 1
        return found

    def _only_topic(self, doc: Doc, start: int, end: int) -> bool:
        """A run right after a title's `of` that holds no plural topic word to skip and no word
        the model reads as a person's is the title's topic ("Minister of Public Security")."""
        after_title = (
            start >= 2 and doc[start - 1].lower_ == "of" and self._is_role_word(doc[start - 2])
        )
        return (
            after_title
            and self._after_topic(doc, start, end) == start
            and not any(t.ent_type_ == "PERSON" for t in doc[start:end])
        )

    def _after_topic(self, doc: Doc, start: int, end: int) -> int:
        """Start of the name in a run after a title's `of` ("Director of Investigations Craig
        Pellington", "Chief of Operations Ana Ruiz"): the plural topic words opening the run
        (ending in "s", not tagged as a person's) are the title's, leaving two words at
        least."""
        if start < 2 or doc[start - 1].lower_ != "of" or not self._is_role_word(doc[start - 2]):
            return start
        while (
            end - start > 2 and doc[start].text.endswith("s") and doc[start].ent_type_ != "PERSON"
        ):
            start += 1
        return start

    def _titled_chain(self, doc: Doc, last: int) -> bool:
        """The capitals before a name, up to `last`, hold a title ("Manager ... and
        International Tim Morris"), not only institution or topic words."""
        index = last
        while index >= 0 and last - index < 16:
            token = doc[index]
            if self._is_role_word(token):
                return True
            if not (token.text[:1].isupper() or token.lower_ in ROLE_INNER):
                return False
            index -= 1
        return False

    def _not_a_person(self, doc: Doc, start: int, end: int) -> bool:
        """A run the model reads as a place, date or title ("Latin America", "Sunday"), or the
        addressee of "told" (a media outlet) is no person."""
        if any(t.ent_type_ in OTHER_ENTITIES for t in doc[start:end]):
            return True
        if any(_plural_noun(t) for t in doc[start:end]):
            return True  # "Rights Watch", "Doctors Without Borders": plural nouns name no one
        return start > 0 and doc[start - 1].lower_ in {"told", "tells", "reports", "the"}

    def _tail(self, doc: Doc, start: int, end: int) -> int:
        """Start of a long run's last two names (a hyphened name is one), with a particle or
        initial before them."""
        tail = end
        for _ in range(2):
            tail = max(start, tail - 1)
            while tail - 2 >= start and _glued(doc, tail - 1):
                tail -= 2
        while tail - 2 >= start and (doc[tail - 1].lower_ in PARTICLES or _initial(doc[tail - 1])):
            tail -= 2
        return tail

    def _lone_lines(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """A line of two to four name words (a signature); still needs a role after it."""
        found: list[tuple[int, int, bool]] = []
        start = 0
        for index, word in enumerate([*texts(doc), "\n"]):
            if "\n" in word:
                end = index
                if 2 <= end - start <= 4 and all(_name_token(t) for t in doc[start:end]):
                    found.append((start, end, False))
                start = end + 1
        return found

    def _accept(
        self, doc: Doc, start: int, end: int, honorific: bool, *, entity: bool = False
    ) -> None:
        lead = start - 1 if honorific else None  # where the honorifics begin
        if 0 < start < end and (doc[start - 1].lower_, doc[start].lower_) in HONORIFIC_PAIRS:
            lead, start, honorific = start - 1, start + 1, True  # "Datuk [Seri Ayob Khan]"
        while start < end:
            pair = (doc[start].lower_, doc[start + 1].lower_) if start + 1 < end else None
            if pair in HONORIFIC_PAIRS:
                lead, start, honorific = start if lead is None else lead, start + 2, True
            elif doc[start].lower_ in HONORIFICS:
                lead, start, honorific = start if lead is None else lead, start + 1, True
            elif doc[start].lower_ == "the":
                start += 1
            else:
                break
        start = self._after_topic(doc, start, end)
        while end + 1 < len(doc) and _glued(doc, end) and _name_token(doc[end + 1]):
            end += 2  # a double surname: "Ana Ruiz-Vela"
        span = doc[start:end]
        tokens = [t for t in span if t.text not in {"'s", "’s"}]
        words = [t for t in tokens if not (_initial(t) or _glued(doc, t.i))]
        if len(words) < 2 or not all(_name_token(t) for t in words):
            return
        if _initial(tokens[0]) or _initial(tokens[-1]):
            return
        if any(t.lower_ in self.not_names for t in tokens):
            return
        if any(self._is_role_word(t) for t in tokens) or covered(doc, start, end, "Country"):
            return
        if covered(doc, start, end, "Organisation") or covered(doc, start, end, "Person"):
            return
        if start > 1 and doc[start - 1].text == "(" and covered(doc, start - 2, start - 1):
            return  # "the Public Prosecution Service (Openbaar Ministerie)": its other name
        word_after = doc[end].lower_ if end < len(doc) else ""
        if word_after in self.regions | self.groups or _after_a_code_name_verb(doc, start):
            return  # "Lao Cai province", "the Tren de Aragua gang", "dubbed Ponte Norte"
        if not honorific and any(p.end == end for p in mentions_between(doc, start, end, "Place")):
            return  # "workshops in Buenos Aires and La Paz": the model's PERSON is a city
        if not honorific and _where(span):
            return  # "arrests in Necoclí and Bajo Chiquito", "near Mae Sot": a town's name
        after, _ = self._role_after(doc, span.end)
        before = self._role_before(doc, lead if lead is not None else start)
        near = doc[max(0, start - 3) : min(len(doc), end + 3)]
        addressee = start > 0 and doc[start - 1].lower_ in {"told", "reports", "tells"}
        entity = entity and not addressee  # "told El Espectador": a media outlet, not a person
        if not (entity or honorific or after or before or any(t.lower_ in REPORTING for t in near)):
            return
        for other in mentions(doc, "Person"):
            if str(doc.user_data["ctgraph_meta"][other.kb_id_]["name"]).endswith(span.text):
                add_mention(doc, start, end, "Person", other.kb_id_)
                return
        role = after if after is not None else before
        org, confidence = self._org_near(doc, role, span)
        key = f"person:{slug(span.text)}"
        add_mention(doc, start, end, "Person", key)
        set_meta(doc, key, name=span.text, role=role.text if role is not None else None)
        set_meta(doc, key, organisation=org, confidence=confidence or None)

    def _surnames(self, doc: Doc) -> None:
        persons = {m.kb_id_: m for m in mentions(doc, "Person")}
        for key, first in persons.items():
            surname = first.text.split()[-1]
            particle = first[-2] if len(first) > 2 and first[-2].lower_ in PARTICLES else None
            words = texts(doc)
            for index in range(first.end, len(doc)):
                if words[index] != surname:
                    continue
                token = doc[index]
                if not covered(doc, token.i, token.i + 1, "Person"):
                    start = (
                        token.i - 1
                        if particle and doc[token.i - 1].lower_ == particle.lower_
                        else token.i
                    )
                    add_mention(doc, start, token.i + 1, "Person", key)

    def __call__(self, doc: Doc) -> Doc:
        entities = {(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"}
        for start, end, honorific in self._candidates(doc):
            self._accept(doc, start, end, honorific, entity=(start, end) in entities)
        self._surnames(doc)
        return doc


@Language.factory(
    "ctgraph_persons",
    assigns=["doc.spans", "doc.user_data"],
    requires=["doc.ents", "doc.spans"],
    default_config={
        "roles": {"@misc": "ctgraph.word_list.v1", "path": "roles.txt"},
        "not_names": {"@misc": "ctgraph.word_list.v1", "path": "not_names.txt"},
        "regions": {"@misc": "ctgraph.word_list.v1", "path": "region_nouns.txt"},
        "groups": {"@misc": "ctgraph.word_list.v1", "path": "group_nouns.txt"},
    },
)
def make_persons(
    nlp: Language,
    name: str,
    roles: list[str],
    not_names: list[str],
    regions: list[str],
    groups: list[str],
) -> PersonFinder:
    """Factory of `PersonFinder`; role, non-name, region and group words come from pattern
    files."""
    return PersonFinder(roles, not_names, regions, groups)
