"""Countries by class, on invented sentences: what is a mention of a state and what is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.spans import mentions

pytestmark = pytest.mark.model


def codes(analyse: Callable[[str], Doc], text: str) -> set[str]:
    return {m.kb_id_.removeprefix("country:") for m in mentions(analyse(text), "Country")}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Boats crossed the Strait of Gibraltar at night.", "GI"),
        ("Piracy in the Gulf of Guinea rose last year.", "GN"),
        ("Fishing crews in the Gulf of Thailand were forced to work.", "TH"),
        ("Ships left ports on the Bight of Benin.", "BJ"),
        ("Smugglers used routes across the Gulf of Mexico.", "MX"),
        ("The boat sank in the Sea of Japan.", "JP"),
    ],
)
def test_a_sea_or_strait_named_after_a_land_is_no_mention_of_the_state(
    analyse: Callable[[str], Doc], text: str, absent: str
) -> None:
    assert absent not in codes(analyse, text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The Republic of Guinea signed the protocol.", "GN"),
        ("The Government of Mexico and the Kingdom of Thailand agreed.", "MX"),
        ("Police of Benin arrested the driver.", "BJ"),
        ("Boats crossed the Strait of Gibraltar to Spain.", "ES"),
    ],
)
def test_the_state_after_other_nouns_is_still_a_mention(
    analyse: Callable[[str], Doc], text: str, present: str
) -> None:
    assert present in codes(analyse, text)
