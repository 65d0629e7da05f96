"""Where a person is ("a suspect believed to be in Romania", "a ringleader hiding in Serbia", "a
cousin who lives in Portugal") is no place of an enforcement action, even in a sentence with an
action word; where officers arrested or searched still is. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model

LEAD = "Operation Cobalto: the Guardia Civil freed 14 women in Murcia and arrested seven people. "


@pytest.mark.parametrize(
    "sentence",
    [
        "A European arrest warrant has been issued for an eighth suspect believed to be in "
        "Romania.",
        "An arrest warrant was issued for the ringleader, who is hiding in Serbia.",
        "A ninth suspect, who lives in Portugal, was not arrested.",
        "Police are still searching for two men thought to remain in Morocco.",
    ],
)
def test_a_persons_whereabouts_is_no_place_of_action(sentence: str) -> None:
    assert operations(LEAD + sentence) == {"COBALTO": {"ES"}}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two more suspects were arrested in Portugal.", {"ES", "PT"}),
        ("Officers also searched flats in Portugal where the women had been held.", {"ES", "PT"}),
    ],
)
def test_a_place_of_arrest_or_search_still_counts(sentence: str, expected: set[str]) -> None:
    assert operations(LEAD + sentence) == {"COBALTO": expected}
