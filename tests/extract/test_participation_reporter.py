""" "its police", "their officers" in a clause under a reporting verb are the reporting state's
("The Ministry of Interior of Georgia said its police ... freed 11 women": Georgia). A pronoun
of victims, criminals or an international body names no state. Invented sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Interior of Georgia said its police, together with Turkish "
            "colleagues, freed 11 women in Operation Kolkhida.",
            {"KOLKHIDA": {"GE", "TR"}},
        ),
        (
            "Ghana and Togo announced that their police forces had dismantled a trafficking "
            "ring together.",
            {"unnamed": {"GH", "TG"}},
        ),
        (
            "The Kenyan government said its officers joined Tanzanian police in Operation "
            "Serengeti Gate.",
            {"SERENGETI GATE": {"KE", "TZ"}},
        ),
        (
            "Norway said its police took part in Operation Fjord Watch alongside Swedish officers.",
            {"FJORD WATCH": {"NO", "SE"}},
        ),
    ],
)
def test_the_pronoun_of_an_authority_is_the_reporting_state(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigerian victims said their traffickers had bribed Ghanaian police officers.", {}),
        (
            "Europol said its analysts supported Spanish police in Operation Costa Azul.",
            {"COSTA AZUL": {"ES"}},
        ),
        ("Italy thanked Tunisia for its cooperation in Operation Cartagine.", {"CARTAGINE": set()}),
    ],
)
def test_a_pronoun_of_others_names_no_state(text: str, expected: dict[str, set[str]]) -> None:
    assert operations(text) == expected
