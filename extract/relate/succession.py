"""SUCCEEDED_BY: an organisation replaced by another, found by phrasing, never by names."""

from __future__ import annotations

import itertools
import re

from ctgraph.extract.relate.context import Context

# Text between two organisation mentions; `forward` means first -> second.
FORWARD = re.compile(
    r"^\W*(,\s*)?(which\s+|that\s+)?(was\s+|has\s+been\s+|had\s+been\s+)?"
    r"(succeeded by|replaced by|(re)?named|renamed as|transformed into|became|turned into|"
    r"reorganised as|reorganized as|superseded by)(\s+the)?\W*$",
    re.I,
)
BACKWARD = re.compile(
    r"^\W*(,\s*)?(\(?\s*)?(the\s+)?(successor (of|to)|(formerly|previously)( known as| called)?|"
    r"which (succeeded|replaced)|succeeded|replaced|(the )?former|ex-)(\s+the)?\W*$",
    re.I,
)


def relate(ctx: Context) -> None:
    """Pairs of organisation mentions in one sentence joined by a succession phrase."""
    for sent in ctx.doc.sents:
        orgs = ctx.in_sentence(sent, "Organisation")
        for first, second in itertools.pairwise(orgs):
            if first.kb_id_ == second.kb_id_:
                continue
            between = ctx.text[first.end_char : second.start_char]
            if FORWARD.match(between):
                ctx.relate("SUCCEEDED_BY", first.kb_id_, second.kb_id_, 0.8, sent)
            elif BACKWARD.match(between):
                ctx.relate("SUCCEEDED_BY", second.kb_id_, first.kb_id_, 0.8, sent)
