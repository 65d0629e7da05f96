"""Results per country: a state that opens a line or sentence before a colon or dash acts when
the sentence's enforcement verb has an authority of no other state as its subject ("Brazil:
the Federal Police arrested 34 people"). A state before a line about smugglers, victims or
another state's police is none. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Turquesa VI ran for one week in April. Results by country included:\n\n"
            "Brazil: the Federal Police arrested 34 people and rescued 55 workers.\n\n"
            "Peru: police freed 19 teenage girls from bars in mining camps.\n\n"
            "Mexico: the National Migration Institute and the National Guard rescued 410 "
            "migrants.",
            {"BR", "MX", "PE"},
        ),
        (
            "Operation Sandbar ran in May.\n"
            "Kenya – officers of the Directorate of Criminal Investigations arrested nine "
            "smugglers.\n"
            "Uganda – investigators seized two buses and detained their drivers.",
            {"KE", "UG"},
        ),
        (
            "Operation Amber Coast targeted forced labour on fishing boats. "
            "Indonesia: the marine police inspected 40 vessels. "
            "Thailand: labour inspectors and police rescued 12 fishermen.",
            {"ID", "TH"},
        ),
    ],
)
def test_a_state_heading_its_own_result_acts(text: str, expected: set[str]) -> None:
    assert next(iter(operations(text).values())) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Operation Sandbar ran in May.\nKenya: the smugglers moved the girls through Uganda.",
        "Operation Sandbar ran in May.\nNationalities of the victims: Somalia, Ethiopia.",
        "Operation Sandbar ran in May.\nEritrea: most of the migrants had paid smugglers in "
        "Khartoum.",
    ],
)
def test_a_state_before_a_line_of_smugglers_or_victims_is_none(text: str) -> None:
    assert all(not found for found in operations(text).values())


def test_another_states_police_in_the_line_act_instead() -> None:
    text = (
        "Operation Sandbar ran in May.\n"
        "Nigeria: 41 girls were rescued by the Ghanaian police and returned home.\n"
        "Benin: the Republican Police arrested four recruiters."
    )
    assert operations(text) == {"SANDBAR": {"BJ", "GH"}}
