"""`ctgraph_joint_operations`: unnamed operations and joint investigation teams, by form.

"a Belgian-Romanian international operation", "a joint investigation among Moldovan and
Romanian authorities", "a joint investigation team (JIT)", "a pan-European operation",
"the joint action day": a head noun after a qualifier, a country adjective or an indefinite
article; a plural head after a word of pairing ("parallel investigations", "mirror
investigations"). Someone else's activity ("their operation", "undercover operations") is not one, nor
a head word inside an organisation's name ("the National Bureau of Investigation").
Ids are `operation:unnamed-<n>` here; the records give them ids unique to their document.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ctgraph.extract.cues import Cues
from ctgraph.extract.spans import add_mention, covered, mentions_between, set_meta

FILLERS = {"-", "–", "and", "&"}
LINKERS = {"among", "between", "involving", "of", "with"}
SINGLE_OK = {"operation", "takedown", "action day", "day of action"}
DETERMINERS = {"the", "this", "these", "that", "those"}
NAME_WORDS = 12  # the longest organisation name looked back over, in tokens


class JointOperationFinder:
    """Adds unnamed `Operation` mentions, with meta `kind` (operation / jit) and `definite`."""

    def __init__(self, forms: Cues) -> None:
        self.forms = forms

    def _start(self, doc: Doc, head: int) -> tuple[int, bool]:
        """Where the phrase before a head starts, and whether it qualifies the head."""
        index, qualified = head, False
        while index > 0:
            previous = index - 1
            size = self.forms.ends(doc, index, "qualifier") or self.forms.ends(doc, index, "paired")
            if size:
                index, qualified = index - size, True
            elif covered(doc, previous, index, "Country"):
                index, qualified = previous, True
            elif doc[previous].text in FILLERS or doc[previous].tag_ in {"JJ", "VBN", "HYPH"}:
                index = previous
            elif doc[index].tag_ == "HYPH" and not doc[previous].whitespace_:
                index = previous  # the first half of "Europol-backed", "EU-funded"
            else:
                break
        while index < head and doc[index].text in FILLERS:
            index += 1
        return index, qualified

    def _linked(self, doc: Doc, end: int) -> bool:
        """`joint investigation among Moldovan and Romanian authorities`: countries after a linker."""
        if end >= len(doc) or doc[end].lower_ not in LINKERS:
            return False
        return covered(doc, end + 1, min(len(doc), end + 8), "Country")

    def _accept(self, doc: Doc, start: int, head: int, end: int, qualified: bool) -> bool:
        before = start - 1
        if before >= 0 and self.forms.ends(doc, start, "not_ours"):
            return False
        if end < len(doc) and (
            self.forms.starts(doc, end, "name_cue") or self.forms.starts(doc, end, "near_name_cue")
            or (doc[end].text == "," and self.forms.starts(doc, end + 1, "near_name_cue"))
        ):  # fmt: skip
            return False
        word = doc[before].lower_ if before >= 0 else ""
        if before > 0 and self.forms.ends(doc, before, "not_yet"):
            return False
        indefinite = word in {"a", "an"}
        determined = indefinite or word in DETERMINERS or _owned_by_a_body(doc, before)
        plural = doc[end - 1].lower_.endswith("s") and doc[end - 1].lower_ != "days"
        if plural and any(self.forms.starts(doc, i, "paired") for i in range(start, head)):
            return True  # "parallel investigations", "mirror investigations"
        if plural and word not in DETERMINERS:
            return False
        by_country = covered(doc, start, head, "Country")
        single = doc[head:end].text.lower() in SINGLE_OK
        return by_country or self._linked(doc, end) or (determined and (qualified or single))

    @staticmethod
    def _inside_a_name(doc: Doc, head: int) -> bool:
        """The head word ends or continues an organisation's name that began before it
        ("Bureau of Investigation", "Joint Operations Centre"): an institution, no activity."""
        before = mentions_between(doc, max(0, head - NAME_WORDS), head, "Organisation")
        return any(mention.end > head for mention in before)

    def _add(self, doc: Doc, start: int, end: int, kind: str) -> None:
        count = doc.user_data.setdefault("ctgraph_unnamed", 0) + 1
        key = f"operation:unnamed-{count}"
        if add_mention(doc, start, end, "Operation", key) is not None:
            doc.user_data["ctgraph_unnamed"] = count
            definite = start > 0 and doc[start - 1].lower_ in {"the", "this", "these", "that"}
            set_meta(doc, key, name=None, named=False, kind=kind, definite=definite)

    def __call__(self, doc: Doc) -> Doc:
        index = 0
        while index < len(doc):
            jit = self.forms.starts(doc, index, "jit_head")
            size = jit or self.forms.starts(doc, index, "unnamed_head")
            if not size or covered(doc, index, index + size, "Operation"):
                index += 1
                continue
            end = index + size
            if index > 1 and doc[index - 1].text == "-" and not doc[index - 2].whitespace_:
                index = end  # a compound word such as "co-operation"
                continue
            if not jit and self._inside_a_name(doc, index):
                index = end
                continue
            if jit:
                bracket = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
                self._add(doc, index, end + 3 if bracket else end, "jit")
            else:
                start, qualified = self._start(doc, index)
                if self._accept(doc, start, index, end, qualified):
                    self._add(doc, start, end, "operation")
            index = end
        return doc


def _owned_by_a_body(doc: Doc, index: int) -> bool:
    """ "Europol's action day", "INTERPOL's operation": a body's genitive determines the
    head as an article does (a gang's or a person's does not: no organisation)."""
    if index < 1 or doc[index].lower_ not in {"'s", "’s"}:
        return False
    return any(
        m.end == index
        for m in mentions_between(doc, max(0, index - NAME_WORDS), index, "Organisation")
    )


@Language.factory(
    "ctgraph_joint_operations",
    assigns=["doc.spans", "doc.user_data"],
    requires=["token.tag", "doc.spans"],
    default_config={"forms": {"@misc": "ctgraph.phrase_table.v1", "path": "operation_forms.jsonl"}},
)
def make_joint_operations(
    nlp: Language, name: str, forms: dict[str, list[str]]
) -> JointOperationFinder:
    """Factory of `JointOperationFinder`; cue words come from a pattern file."""
    return JointOperationFinder(Cues(forms, nlp.make_doc))
