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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police of the DRC and Rwanda met in Goma.", "CD"),
        ("The DPRK denied the report.", "KP"),
        ("Officers from the PRC attended.", "CN"),
        ("ROK police arrested three brokers.", "KR"),
        ("The KSA signed the protocol.", "SA"),
    ],
)
def test_common_abbreviations_of_states(
    analyse: Callable[[str], Doc], text: str, code: str
) -> None:
    assert code in codes(analyse, text)


@pytest.mark.parametrize(
    "text", ["Police in Mexico City arrested six people.", "GUATEMALA CITY (AP) — Raids ended."]
)
def test_a_capital_named_after_its_state_is_no_mention_of_the_state(
    analyse: Callable[[str], Doc], text: str
) -> None:
    assert codes(analyse, text) == set()


def test_the_state_named_beside_its_capital_still_counts(analyse: Callable[[str], Doc]) -> None:
    assert codes(analyse, "Mexico's police arrested them in Mexico City.") == {"MX"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police in Vietnam's Lao Cai province rescued 42 women.", "LA"),
        ("Police in Mexico State arrested five men.", "MX"),
        ("Officers in the Guinea Region found them.", "GN"),
    ],
)
def test_a_state_word_beginning_a_regions_name_is_no_mention_of_the_state(
    analyse: Callable[[str], Doc], text: str, absent: str
) -> None:
    assert absent not in codes(analyse, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Spanish State Security Forces arrested them.", "ES"),
        ("Lao police and Thai officers arrested six people.", "LA"),
        ("The Mexican state of Chiapas was searched by Mexican police.", "MX"),
    ],
)
def test_a_states_own_state_bodies_still_name_it(
    analyse: Callable[[str], Doc], text: str, code: str
) -> None:
    assert code in codes(analyse, text)
