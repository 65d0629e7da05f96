"""`ctgraph_lines`: where sentences start before the parser runs: every line, and the lead
sentence after a news dateline's dash (invented sentences, several forms and negatives)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.relate import doc_to_records

pytestmark = pytest.mark.model


def first_sentences(analyse: Callable[[str], Doc], text: str) -> list[str]:
    return [s.text.strip() for s in analyse(text).sents][:2]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("RABAT (MAP) – The Moroccan police arrested 17 people.", "The Moroccan police"),
        ("Rabat (MAP) – The Moroccan police arrested 17 people.", "The Moroccan police"),
        ("LIMA, 4 July 2026 (Andina) – The police rescued 48 people.", "The police rescued"),
        ("NAIROBI, Kenya - Detectives have arrested two recruiters.", "Detectives have"),
        ("Warsaw, 25 May 2026 -- Border guards stopped a van.", "Border guards"),
    ],
)
def test_the_lead_sentence_starts_after_a_datelines_dash(
    analyse: Callable[[str], Doc], text: str, lead: str
) -> None:
    assert first_sentences(analyse, text)[1].startswith(lead)


@pytest.mark.parametrize(
    "text",
    [
        "Operation Kestrel - Romanian and Hungarian authorities dismantled a network",
        "The agreement – signed in May – was welcomed by the ministers.",
        "Spain - a transit country - reported fewer arrivals.",
    ],
)
def test_a_title_or_an_aside_between_dashes_is_no_dateline(
    analyse: Callable[[str], Doc], text: str
) -> None:
    assert len(list(analyse(text).sents)) == 1


def test_the_lead_sentences_subject_acts_not_the_datelines_place(
    analyse: Callable[[str], Doc],
) -> None:
    text = (
        "Rabat (MAP) – The Moroccan General Directorate of National Security, in cooperation "
        "with the Spanish National Police, arrested 17 members of a network."
    )
    record = doc_to_records(analyse(text), doc_id="t", source="t", sha256="")
    states = {r.source for r in record.relations if r.type == "PARTICIPATED_IN"}
    assert states == {"country:MA", "country:ES"}
