"""A paragraph that opens with an action and gives it the name of a new operation in one of its
next two sentences ("… dismantled a ring. Fourteen people were arrested in Operation X") is
about that operation, not the one of the paragraph before. A name the action only follows or
resembles, a reference back, or a new line keep the operation in scope. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model

TWO_OPERATIONS = [
    (
        "In East Africa, police from Ethiopia and Djibouti arrested 22 smugglers in Operation "
        "Red Sea Gate.\n\nIn Central America, the National Police of Panama and the National "
        "Police of Colombia dismantled a ring that trafficked women. Fourteen people were "
        "arrested in Operation Darien Light, which began after a victim called a hotline.",
        {"RED SEA GATE": {"DJ", "ET"}, "DARIEN LIGHT": {"CO", "PA"}},
    ),
    (
        "Operation Silver Reef: Thai and Malaysian officers rescued 40 fishermen.\n"
        "Meanwhile, Indonesian and Philippine coast guards intercepted two boats off Sulawesi. "
        "The interceptions were part of Operation Blue Current.",
        {"SILVER REEF": {"MY", "TH"}, "BLUE CURRENT": {"ID", "PH"}},
    ),
    (
        "Operation Alder, led by Polish and Czech police, ended in March.\n"
        "Slovak and Hungarian investigators raided nine flats on Tuesday. The raids, code-named "
        "Operation Birch, targeted a ring that sold forged visas.",
        {"ALDER": {"CZ", "PL"}, "BIRCH": {"HU", "SK"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_OPERATIONS)
def test_a_paragraph_naming_a_new_operation_is_about_it(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Red Sea Gate: police from Ethiopia and Djibouti arrested 22 smugglers.\n"
            "Police from Somalia and Kenya also arrested five people. The arrests followed "
            "Operation Blue Nile, a 2024 operation of Sudan and Egypt.",
            {"RED SEA GATE": {"DJ", "ET", "KE", "SO"}, "BLUE NILE": {"EG", "SD"}},
        ),
        (
            "Operation Alder, led by Polish and Czech police, ended in March.\n"
            "Slovak and Hungarian investigators joined the operation in its last week. The "
            "operation drew on lessons from Operation Birch, which ran in 2024.",
            {"ALDER": {"CZ", "HU", "PL", "SK"}, "BIRCH": set()},
        ),
        (
            "Operation Alder, led by Polish and Czech police, ended in March.\n"
            "Slovak and Hungarian investigators also raided nine flats.\n"
            "Operation Birch, which ran in 2024, freed 12 women.",
            {"ALDER": {"CZ", "HU", "PL", "SK"}, "BIRCH": set()},
        ),
    ],
)
def test_a_name_followed_or_on_a_new_line_keeps_the_operation_in_scope(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected
