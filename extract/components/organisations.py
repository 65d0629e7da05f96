"""`ctgraph_organisations`: organisations from a gazetteer of well-known bodies and by form.

By form: a title-case phrase headed by an organisation noun ("National Crime Agency",
"Centre of Excellence for the Stability Police Units"); acronyms defined in parentheses
or matching a found name's initials are merged into it; lone upper-case ORG entities kept.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ctgraph.extract.agencies import Agency
from ctgraph.extract.components.lines import DATELINE_DASHES, line_start
from ctgraph.extract.gazetteers import CountryTable, OrgEntry, default_country_table
from ctgraph.extract.spans import (
    add_mention,
    covered,
    doc_text,
    mentions,
    mentions_between,
    meta,
    set_meta,
)
from ctgraph.extract.spelling import normal_spelling, other_spelling
from ctgraph.extract.text import fold, slug
from ctgraph.extract.words import texts

LABEL = "Organisation"
INNER = {"of", "for", "on", "and", "the", "against", "&", "-"}
# titles whose possessive begins an office's name ("Prosecutor's Office")
TITLES = {"Prosecutor", "General", "Attorney", "Ombudsman", "Ombudsperson", "Solicitor"}
SKIP_INITIALS = {"of", "for", "on", "and", "the", "in", "against", "to", "&", "-", "de", "des"}


def _dateline_credit(doc: Doc, index: int) -> bool:
    """The news agency credited in a dateline, "LIMA (AP) —", "ABU DHABI, 2 June (WAM) —": the
    publisher, no actor."""
    return (
        0 < index < len(doc) - 2
        and doc[index - 1].text == "("
        and doc[index + 1].text == ")"
        and doc[index + 2].text in DATELINE_DASHES
    )


def _inner(doc: Doc, index: int) -> bool:
    """A small word inside a name's tail ("of", "for", "and"), and the domain's own "in" of
    "Trafficking in Persons" / "in Human Beings"."""
    word = doc[index].lower_
    return word in INNER or (word == "in" and index > 0 and doc[index - 1].lower_ == "trafficking")


def acronym_letters(text: str) -> str:
    """Upper-case letters of an acronym-looking token (`E.C.L.E.R.` -> `ECLER`), else ''."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    upper = "".join(c for c in letters if c.isupper())
    if len(upper) >= 2 and (letters.isupper() or text.count(".") >= 2 or len(upper) >= 3):
        return upper
    return ""


def initials(name: str) -> str:
    """Initials of a name's content words ("Centre of Excellence for..." -> "CE...")."""
    words = re.findall(r"[A-Za-z][\w']*", name.replace("-", " - "))
    return "".join(w[0].upper() for w in words if w.lower() not in SKIP_INITIALS)


def _in_brackets_after_a_name(doc: Doc, start: int, end: int) -> bool:
    """A span alone in brackets right after a capitalised word: "... Office (Y)"."""
    return (
        start >= 2
        and end < len(doc)
        and doc[start - 1].text == "("
        and doc[end].text == ")"
        and doc[start - 2].text[:1].isupper()
        and doc[start - 2].is_alpha
    )


class OrganisationFinder:
    """Adds `Organisation` mentions with ids `organisation:<slug of canonical name>`."""

    def __init__(
        self, nlp: Language, gazetteer: list[OrgEntry], heads: list[str], stopwords: list[str],
        agencies: list[Agency] | None = None, variants: dict[str, str] | None = None,
        cues: dict[str, list[str]] | None = None, roles: list[str] | None = None,
    ) -> None:  # fmt: skip
        agencies = agencies or []
        self.variants = variants or {}
        self.states = {a.name: a.state for a in agencies}
        self.agency_start = len(gazetteer)
        self.entries = gazetteer + [OrgEntry(a.name, a.aliases) for a in agencies]
        self.heads = set(heads)
        self.stopwords = {w.upper() for w in stopwords}
        self.countries: CountryTable = default_country_table()
        self.territories = {e.name for e in gazetteer if e.territory}
        self.roles = set(roles or [])
        self.cues = {
            k.removeprefix("territory_").removesuffix("_lemmas"): set(v)
            for k, v in (cues or {}).items()
        }
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for index, entry in enumerate(self.entries):
            long = [n for n in (entry.name, *entry.aliases) if not acronym_letters(n) or " " in n]
            short = [n for n in (entry.name, *entry.aliases) if n not in long]
            spellings = {v for n in long for v in self._spellings(n)}
            self.names.add(str(index), [nlp.make_doc(n) for n in sorted(spellings)])
            forms = {v for n in short for v in (n, n.upper())}
            self.acronyms.add(str(index), [nlp.make_doc(v) for v in forms])

    def _state_word(self, token: Token) -> bool:
        """A state's name, adjective or abbreviation ("U.S.", "German", "Spain")."""
        if token.text in self.countries.short:
            return True
        return token.text[:1].isupper() and fold(token.text) in self.countries.names

    def _dotted_state(self, token: Token) -> bool:
        """A state's abbreviation written with full stops ("U.S.", "U.K.")."""
        return "." in token.text and token.text in self.countries.short

    def _state_before(self, doc: Doc, start: int) -> int:
        """Start of the state words right before `start` ("U.S." / "Costa Rican")."""
        index = start
        for size in (2, 1):
            begin = index - size
            if begin < 0:
                continue
            words = doc[begin:index]
            if words[0].text in self.countries.short and size == 1:
                return begin
            if all(t.text[:1].isupper() and t.is_alpha for t in words) and (
                fold(words.text) in self.countries.names
            ):
                return begin
        return index

    def _spellings(self, name: str) -> set[str]:
        return {name, normal_spelling(name, self.variants), other_spelling(name, self.variants)}

    def _add(self, doc: Doc, start: int, end: int, name: str, alias: str | None = None) -> str:
        key = f"organisation:{slug(normal_spelling(name, self.variants))}"
        if add_mention(doc, start, end, LABEL, key) is not None:
            text = doc[start:end].text
            set_meta(doc, key, name=name, aliases=[a for a in (text, alias) if a and a != name])
        return key

    def _gazetteer(self, doc: Doc) -> list[tuple[int, int, OrgEntry]]:
        """Known bodies; returns the national agencies named in brackets right after a
        capitalised name, decided once the names by form are found (`_bracketed`)."""
        found = [(m, s, e) for m, s, e in self.names(doc)]
        found += [(m, s, e) for m, s, e in self.acronyms(doc)]
        bracketed: list[tuple[int, int, OrgEntry]] = []
        for match_id, start, end in sorted(found, key=lambda f: (f[1], -(f[2] - f[1]))):
            index = int(doc.vocab.strings[match_id])
            entry = self.entries[index]
            if index >= self.agency_start and doc[start].is_lower and not entry.name.islower():
                continue  # "a border force", "home office": an agency's name is capitalised
            if index >= self.agency_start and end < len(doc) and self._is_head(doc[end]):
                continue  # "Ethiopian Federal Police Commission": a longer name, by form
            if entry.name in self.territories and self._as_territory(doc, start, end):
                continue
            if entry.name in self.states and (
                self._other_state_before(doc, start, entry.name)
                or self._other_state_after(doc, end, entry.name)
            ):
                continue  # "the Austrian Federal Criminal Police Office": not the German one
            if entry.name in self.states and _in_brackets_after_a_name(doc, start, end):
                bracketed.append((start, end, entry))
                continue
            self._add_entry(doc, start, end, entry)
        return bracketed

    def _add_entry(self, doc: Doc, start: int, end: int, entry: OrgEntry) -> None:
        key = self._add(doc, start, end, entry.name)
        if entry.name in self.states:
            set_meta(doc, key, state=self.states[entry.name])
        self._state_prefix(doc, start, end, key)

    def _other_state_before(self, doc: Doc, start: int, name: str) -> bool:
        """A state's adjective or name right before an agency's name that the table gives to
        another state: the generic English name ("Federal Criminal Police Office") of another
        state's body."""
        begin = self._state_before(doc, start)
        if begin == start:
            return False
        words = doc[begin:start].text
        code = self.countries.short.get(words) or self.countries.names.get(fold(words))
        return code is not None and code != self.states[name]

    def _other_state_after(self, doc: Doc, end: int, name: str) -> bool:
        """ "the National Bureau of Investigation in Finland": the generic name of another
        state's body, placed by `in`/`of` and that state right after it."""
        if end + 1 >= len(doc) or doc[end].lower_ not in {"in", "of"}:
            return False
        for size in (3, 2, 1):
            words = doc[end + 1 : end + 1 + size]
            if len(words) < size:
                continue
            text = words.text.removeprefix("the ")
            code = self.countries.short.get(text) or self.countries.names.get(fold(text))
            if code is not None:
                return code != self.states[name]
        return False

    def _bracketed(self, doc: Doc, bracketed: list[tuple[int, int, OrgEntry]]) -> None:
        """ "the Austrian Federal Criminal Police Office (Bundeskriminalamt)": a national
        agency's own name in brackets right after an organisation's name is that organisation's
        name in its language; with no organisation before the bracket it is the agency."""
        for start, end, entry in bracketed:
            before = [m for m in mentions(doc, LABEL) if m.end == start - 1]
            if before:
                name = str(meta(doc)[before[0].kb_id_]["name"])
                self._add(doc, start, end, name, alias=doc[start:end].text)
            else:
                self._add_entry(doc, start, end, entry)

    def _state_prefix(self, doc: Doc, start: int, end: int, key: str) -> None:
        """ "U.S. Customs and Border Protection": the state's abbreviation or adjective right
        before a name is part of how the text names it (an alias)."""
        begin = self._state_before(doc, start)
        if begin < start and covered(doc, start, end, LABEL):
            set_meta(doc, key, aliases=[doc[begin:end].text])

    def _as_territory(self, doc: Doc, start: int, end: int) -> bool:
        """A union of states named as a place ("into the European Union", "European Union
        countries") is no actor."""
        before = doc[max(0, start - 2) : start]
        after = doc[end : end + 1]
        if (
            len(before) == 2
            and before[1].lower_ == "the"
            and before[0].lower_ in self.cue("before")
        ):
            return True
        return bool(after) and after[0].lower_ in self.cue("after")

    def cue(self, kind: str) -> set[str]:
        """A cue word set of `patterns/org_cues.json` (`territory_before`...)."""
        return self.cues.get(kind, set())

    def _is_head(self, token: Token) -> bool:
        return token.text in self.heads and (token.is_title or token.is_upper)

    def _extend(self, doc: Doc, head: int) -> tuple[int, int]:
        """Grow a phrase left over capitalised words and right over `of/for ... Title` tails.

        A run of capitalised words ends at its last head noun ("Regional Police Chiefs
        Cooperation Organisation"); "Foreign and Border Police" joins two words by `and`
        before the head."""
        last = head
        probe = head + 1
        while probe < len(doc) and self._name_word(doc[probe]) and probe - head < 6:
            if self._is_head(doc[probe]):
                last = probe
            probe += 1
        head = last
        start = head
        while start > 0 and self._name_word(doc[start - 1]):
            start -= 1
        if start > 1 and start < head and doc[start - 1].lower_ == "and":
            start = self._first_conjunct(doc, start - 1)
        if start > 1 and doc[start - 1].text in {"'s", "’s"} and doc[start - 2].text in TITLES:
            start -= 2  # "Prosecutor's Office of ...", "the Attorney General's Office"
            while start > 0 and self._name_word(doc[start - 1]):
                start -= 1
        end = head + 1
        if self._general_after(doc, end):
            end += 1  # "Directorate General for National Security", "Inspectorate General of X"
        if self._located(doc, end):
            end += 1  # "Border Police Department Vilnius.": a unit named with its seat
        if doc[head].text == "Team" and end + 1 < len(doc) and doc[end].is_title:
            end += 1 if not doc[end + 1].is_title else 0  # code-named teams: "JOT Mare"
        while end < len(doc) - 1 and _inner(doc, end) and doc[end].lower_ != "-":
            if self._second_name(doc, end):
                break
            probe = end
            while probe < len(doc) and _inner(doc, probe):
                probe += 1
            if probe >= len(doc) or not self._name_word(doc[probe]):
                break
            end = probe
            while end < len(doc) and (self._name_word(doc[end]) or doc[end].text == "-"):
                end += 1
        return start, end

    def _first_conjunct(self, doc: Doc, conjunction: int) -> int:
        """ "Aliens and Border Police Directorate", "Human Trafficking and Migrant Smuggling
        Unit": one to three name words before `and` share the head after it, when none is a
        head, a state word, a place's or full person's name, or a known name of its own; returns
        the name's start (the word after `and` when they do not)."""
        begin = conjunction
        while begin > 0 and conjunction - begin < 3 and self._name_word(doc[begin - 1]):
            begin -= 1
        words = doc[begin:conjunction]
        if (
            not words
            or (begin > 0 and self._name_word(doc[begin - 1]))
            or covered(doc, begin, conjunction)
            or any(
                self._is_head(t) or self._state_word(t) or t.ent_type_ in {"GPE", "LOC", "NORP"}
                for t in words
            )
            or any(e.label_ == "PERSON" and len(e) > 1 for e in words.ents)
        ):
            return conjunction + 1
        return begin

    def _general_after(self, doc: Doc, index: int) -> bool:
        """ "General" after a head noun, as in French-style names ("Directorate General",
        "Inspectorate General"), when the name goes on with its tail or ends there."""
        if index >= len(doc) or doc[index].text != "General":
            return False
        following = doc[index + 1] if index + 1 < len(doc) else None
        return following is None or following.lower_ in INNER or following.is_punct

    def _located(self, doc: Doc, index: int) -> bool:
        """One proper noun after a head, ending the clause, is the unit's seat."""
        if index + 1 >= len(doc) or doc[index + 1].text not in {".", ",", ";", ")"}:
            return False
        token = doc[index]
        return (
            token.pos_ == "PROPN"
            and self._name_word(token)
            and not token.is_upper
            and not self._is_head(token)
            and not self._state_word(token)
            and token.text not in self.roles  # "the Police Service Director,": a title
        )

    def _second_name(self, doc: Doc, index: int) -> bool:
        """`X Bureau of <a known or a state's body>`: the unit's name ends before `of`.
        `X Police and the Y Office`, `X Ministry and Prosecutor's Office`: `and` after a head
        noun starts a second name when another head noun follows in the same run of names;
        `X Office of Lithuania and the Y Authority for Z`: `and the` after a name's tail does
        when the words after it hold a head noun of their own."""
        if doc[index].lower_ == "of":  # "… Bureau of Nepal Police", "… of the Paraguayan
            body = index + 1 + (doc[index + 1].lower_ == "the")  # Public Ministry": a unit of it
            return covered(doc, body, body + 1, LABEL) or (
                body < len(doc)
                and self._state_word(doc[body])
                and self._head_follows(doc, body + 1)
            )
        if doc[index].lower_ != "and":
            return False
        the = doc[index + 1 : index + 2].text.lower() == "the"
        if covered(doc, index + 1 + the, index + 2 + the, LABEL):
            return True  # "… Team and Homeland Security Investigations": a known body follows
        if self._state_word(doc[index + 1]) and not self._inside_a_state_name(doc, index):
            return True  # "… Security and Cambodia's General Commissariat", "… and Ugandan police"
        if not self._is_head(doc[index - 1]):
            return the and self._head_follows(doc, index + 2)
        return the or self._head_follows(doc, index + 1)

    def _inside_a_state_name(self, doc: Doc, index: int) -> bool:
        """The `and` at `index` joins words of one state's name ("Trinidad and Tobago",
        "Saint Kitts and Nevis")."""
        return any(
            fold(doc[max(0, index - left) : index + 1 + right].text) in self.countries.names
            for left in (1, 2)
            for right in (1, 2)
        )

    def _head_follows(self, doc: Doc, index: int) -> bool:
        """A head noun in the run of name words starting at `index`."""
        for token in doc[index : index + 7]:
            if self._is_head(token):
                return True
            if not (self._name_word(token) or token.text in {"'s", "’s"} or token.lower_ in INNER):
                return False
        return False

    def _name_word(self, token: Token) -> bool:
        return (
            token.is_alpha
            and (token.is_title or token.is_upper or token.text[:1].isupper())
            and token.ent_type_ not in {"DATE", "CARDINAL", "ORDINAL"}
        )

    def _by_form(self, doc: Doc) -> None:
        for index, text in enumerate(texts(doc)):
            if text not in self.heads:
                continue
            token = doc[index]
            if not self._is_head(token) or covered(doc, token.i, token.i + 1, LABEL):
                continue
            start, end = self._extend(doc, token.i)
            while start < token.i and doc[start].lower_ in {"the", "a", "an"}:
                start += 1
            span = doc[start:end]
            words = [t for t in span if t.is_alpha and t.lower_ not in INNER]
            has_acronym = any(
                acronym_letters(t.text) and t.text not in self.countries.short for t in span
            )
            has_tail = end > token.i + 1
            national = self._national(doc, start, end)
            portfolio = token.text == "Ministry" and len(words) >= 2  # "the Interior Ministry"
            if len(words) >= 3 or has_acronym or has_tail or national or portfolio:
                key = self._add(doc, start, end, span.text)
                self._state_prefix(doc, start, end, key)
                if start >= 2 and doc[start - 1].text in {"'s", "’s"}:
                    self._possessive(doc, start, end)

    def _national(self, doc: Doc, start: int, end: int) -> bool:
        """ "Romanian Police", "Germany's Federal Police": a state word (or possessive) before
        a capitalised singular institution noun names that state's body."""
        if self._plural(doc[end - 1]):
            return False
        if self._state_word(doc[start]) and end - start >= 2:
            return True
        if start >= 1 and self._dotted_state(doc[start - 1]):
            return True  # "the U.S. Border Patrol": named with its state (an alias)
        return (
            start >= 2 and doc[start - 1].text in {"'s", "’s"} and self._state_word(doc[start - 2])
        )

    def _plural(self, token: Token) -> bool:
        return token.tag_ in {"NNS", "NNPS"} and token.text.endswith("s")

    def _possessive(self, doc: Doc, start: int, end: int) -> None:
        """ "Germany's Federal Police": the possessive form is an alias of the name."""
        for span in mentions_between(doc, start, start + 1, LABEL):
            set_meta(doc, span.kb_id_, aliases=[doc[start - 2 : end].text])

    def _acronyms(self, doc: Doc) -> None:
        """`Name (ACR)`, `ACR (the Name)`, and acronyms matching a found name's initials."""
        by_initials: dict[str, str] = {}
        for span in list(mentions(doc, LABEL)):
            name = doc.user_data["ctgraph_meta"][span.kb_id_]["name"]
            by_initials.setdefault(initials(name), span.kb_id_)
            self._paren_alias(doc, span)
        for span in mentions(doc, LABEL):  # "... (INP)", later "the INP": an acronym alias
            for alias in meta(doc)[span.kb_id_].get("aliases", []):
                letters = acronym_letters(str(alias)) if " " not in str(alias) else ""
                if letters:
                    by_initials.setdefault(letters, span.kb_id_)
        for index, text in enumerate(texts(doc) if by_initials else ()):
            letters = acronym_letters(text) if not text.islower() else ""
            key = by_initials.get(letters) if letters else None
            if key and not covered(doc, index, index + 1, LABEL):
                name = doc.user_data["ctgraph_meta"][key]["name"]
                self._add(doc, index, index + 1, name)

    def _paren_alias(self, doc: Doc, span: Span) -> None:
        """`Name (ACR)` and `ACR (the Name)` make ACR an alias of the name."""
        name = str(doc.user_data["ctgraph_meta"][span.kb_id_]["name"])
        end = span.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            letters = acronym_letters(doc[end + 1].text)
            if letters and (letters == initials(name) or len(letters) >= 3):
                self._add(doc, end + 1, end + 2, name)
        index = span.start - 1
        if index > 0 and doc[index].lower_ == "the":
            index -= 1
        if (
            index > 0
            and doc[index].text == "("
            and acronym_letters(doc[index - 1].text) == initials(name)
        ):
            self._add(doc, index - 1, index, name)

    def _described_acronyms(self, doc: Doc) -> None:
        """ "the central anti-trafficking police agency (O.C.R.T.E.H.)": an acronym in
        brackets right after an institution noun in lower case names that body."""
        words = texts(doc)
        for index in range(2, len(doc) - 2):
            if words[index] != "(" or words[index + 2] != ")":
                continue
            token = doc[index]
            acronym = doc[token.i + 1]
            noun = doc[token.i - 1]
            if not acronym_letters(acronym.text) or len(acronym_letters(acronym.text)) < 3:
                continue
            head = noun.is_lower and noun.text.title() in self.heads
            if head and not covered(doc, acronym.i, acronym.i + 1, LABEL):
                self._add(doc, acronym.i, acronym.i + 1, acronym.text)

    def _defined_as_other(self, doc: Doc, index: int) -> bool:
        """An acronym in brackets after a phrase with its initials but no institution noun
        ("Kurdistan Region of Iraq (KRI)", "Western Balkans (WB)") names no organisation."""
        letters = acronym_letters(doc[index].text)
        for found in doc_text(doc).split(f"({doc[index].text})")[:-1]:
            words = re.findall(r"[A-Za-z][\w']*", found)[-8:]
            for size in range(2, len(words) + 1):
                phrase = " ".join(words[-size:])
                if initials(phrase) == letters:
                    return not any(w in self.heads for w in words[-size:])
        return False

    def _reported_by(self, token: Token) -> bool:
        """ "a BBC report", "DW reports": a news outlet as the source of a report."""
        return token.head.lemma_.lower() in self.cue("report") and token.dep_ in {
            "compound", "nsubj", "poss", "nmod"
        }  # fmt: skip

    def _ner_acronyms(self, doc: Doc) -> None:
        for ent in doc.ents:
            text = ent.text.strip("*:;,. ")
            if ent.label_ != "ORG" or " " in text or not acronym_letters(text) or len(text) > 8:
                continue
            if text.upper() in self.stopwords or fold(text) == "":
                continue
            if self._reported_by(doc[ent.start]) or self._defined_as_other(doc, ent.start):
                continue
            if (
                self._dateline(doc, ent.start)
                or _dateline_credit(doc, ent.start)
                or self._state_word(doc[ent.start])
            ):
                continue  # a dateline's place or agency; a state's abbreviation
            if not covered(doc, ent.start, ent.end, LABEL):
                self._add(doc, ent.start, ent.start + 1, doc[ent.start].text)

    def _dateline(self, doc: Doc, index: int) -> bool:
        """A word in capitals opening a line before a dash, or before a comma and a date or a
        state, is a news dateline's place ("CHIȘINĂU, 18 August –", "ABUJA, Nigeria (…)")."""
        if not line_start(doc, index) or index + 2 >= len(doc):
            return False
        after, then = doc[index + 1], doc[index + 2]
        if after.text in DATELINE_DASHES:
            return True
        return after.text == "," and (
            then.ent_type_ == "DATE" or then.like_num or self._state_word(then)
        )

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data.setdefault("ctgraph_meta", {})
        bracketed = self._gazetteer(doc)
        self._by_form(doc)
        self._bracketed(doc, bracketed)
        self._acronyms(doc)
        self._described_acronyms(doc)
        self._ner_acronyms(doc)
        return doc


@Language.factory(
    "ctgraph_organisations",
    assigns=["doc.spans", "doc.user_data"],
    requires=["doc.ents", "token.tag"],
    default_config={
        "gazetteer": {"@misc": "ctgraph.org_gazetteer.v1"},
        "heads": {"@misc": "ctgraph.word_list.v1", "path": "org_heads.txt"},
        "stopwords": {"@misc": "ctgraph.word_list.v1", "path": "org_stopwords.txt"},
        "agencies": {"@misc": "ctgraph.agency_table.v1", "path": "agencies.csv"},
        "variants": {"@misc": "ctgraph.spelling_variants.v1", "path": "spelling_variants.csv"},
        "cues": {"@misc": "ctgraph.cue_sets.v1", "path": "org_cues.json"},
        "roles": {"@misc": "ctgraph.word_list.v1", "path": "roles.txt"},
    },
)
def make_organisations(
    nlp: Language, name: str, gazetteer: list[OrgEntry], heads: list[str], stopwords: list[str],
    agencies: list[Agency], variants: dict[str, str], cues: dict[str, list[str]],
    roles: list[str],
) -> OrganisationFinder:  # fmt: skip
    """Factory of `OrganisationFinder`; gazetteer, agencies, spellings and word lists come from
    `patterns/`."""
    return OrganisationFinder(nlp, gazetteer, heads, stopwords, agencies, variants, cues, roles)
