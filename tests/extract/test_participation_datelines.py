"""The state of a news dateline ("BUENOS AIRES, Argentina –", "NAIROBI, Kenya, 3 May 2026
(Reuters) –") says where the story was filed, not who acted. A dateline state that acts in the
text stays, and a state before a dash inside a sentence is judged as ever. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUENOS AIRES, Argentina – INTERPOL's sixth Operation Turquesa has led to the arrest "
            "of 219 people. Police from Chile and Peru took part in the operation.",
            {"TURQUESA": {"CL", "PE"}},
        ),
        (
            "NAIROBI, Kenya, 3 May 2026 (Reuters) – Ugandan and Tanzanian police dismantled a "
            "trafficking ring in a joint operation.",
            {"unnamed": {"TZ", "UG"}},
        ),
        (
            "LIMA, Peru (AP) — Operation Condor Sur, led by Chilean and Bolivian police, rescued "
            "40 women.",
            {"CONDOR SUR": {"BO", "CL"}},
        ),
        (
            "Press release\nHANOI, Vietnam, June 4 - Operation Mekong Light brought together "
            "police from Laos and Cambodia.",
            {"MEKONG LIGHT": {"KH", "LA"}},
        ),
        (
            "SINGAPORE – Police and maritime authorities from seven countries, among them Fiji, "
            "Thailand and Vanuatu, inspected 1,200 vessels during Operation Blue Tide.",
            {"BLUE TIDE": {"FJ", "TH", "VU"}},
        ),
    ],
)
def test_a_dateline_state_is_no_participant(text: str, expected: dict[str, set[str]]) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KAMPALA, Uganda – Ugandan and Tanzanian police dismantled a trafficking ring in a "
            "joint operation.",
            {"unnamed": {"TZ", "UG"}},
        ),
        (
            "Operation Lake ran in May. Police in Kampala, Uganda – the capital – arrested five "
            "people, together with Kenyan officers.",
            {"LAKE": {"KE", "UG"}},
        ),
        (
            "Operation Blue Tide ran in June.\nSingapore – the Police Coast Guard inspected 40 "
            "vessels.\nFiji – the police arrested two captains.",
            {"BLUE TIDE": {"FJ", "SG"}},
        ),
    ],
)
def test_a_dateline_state_that_acts_and_a_dash_in_a_sentence_stay(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected
