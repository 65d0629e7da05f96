"""An enforcement action "during" or "through" a joint patrol, raid or check is as concerted as
one "in" it, also where the parser hangs the phrase on a clause of the object ("intercepted
a minibus carrying 15 men during a joint patrol"): two states' authorities acting in it open an
unnamed operation. One state, or
separate patrols, open none. Invented sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frontex deployed officers to Bulgaria, where Bulgarian border police and German "
            "officers detected 40 migrants hidden in a truck during a joint patrol near the "
            "Turkish border.",
            {"BG", "DE"},
        ),
        (
            "Slovenian and Croatian police officers arrested 12 smugglers during joint patrols "
            "on the border.",
            {"HR", "SI"},
        ),
        (
            "Polish and Lithuanian border guards intercepted 30 migrants through joint checks on "
            "the motorway.",
            {"LT", "PL"},
        ),
        (
            "Latvian and Estonian border guards intercepted a minibus carrying 15 Vietnamese "
            "nationals during a joint patrol.",
            {"EE", "LV"},
        ),
        (
            "Hungarian and Austrian officers seized a truck that carried 40 migrants during a "
            "joint patrol.",
            {"AT", "HU"},
        ),
    ],
)
def test_an_action_during_a_joint_patrol_is_concerted(text: str, expected: set[str]) -> None:
    assert operations(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Bulgarian police detected 40 migrants during a patrol near the Turkish border.",
        "Bulgarian and German officers detected 40 migrants during separate patrols.",
        "Italian authorities detected a rise in arrivals from Libya and Tunisia.",
        "Greek police arrested two Albanian smugglers during a joint patrol.",
        "Hungarian officers seized a truck that carried 40 migrants during a joint patrol.",
        "Hungarian and Austrian officers seized a truck that carried 40 migrants during a patrol.",
    ],
)
def test_one_state_or_separate_patrols_are_no_joint_action(text: str) -> None:
    assert operations(text) == {}


def test_a_place_where_migrants_are_located_is_no_enforcement_action() -> None:
    text = (
        "In Operation Aegean Net, Greek and Austrian police arrested 12 smugglers whom migrants "
        "located in Turkey would contact."
    )
    assert operations(text) == {"AEGEAN NET": {"AT", "GR"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Garda Síochána and the Police Service of Northern Ireland carried out searches at "
            "12 addresses on Wednesday as part of an investigation into a trafficking network.",
            {"GB", "IE"},
        ),
        (
            "Danish and Swedish police searched 14 flats as part of an investigation into a "
            "smuggling ring.",
            {"DK", "SE"},
        ),
        (
            "Dutch and Belgian officers conducted raids in Antwerp as part of an investigation "
            "into forced labour.",
            {"BE", "NL"},
        ),
    ],
)
def test_an_action_as_part_of_one_investigation_is_concerted(text: str, expected: set[str]) -> None:
    assert operations(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Irish police carried out searches as part of an investigation into a network.",
        "Danish and Swedish police searched 14 flats as part of their investigations.",
        "Irish and British officials held meetings as part of an initiative on migration.",
    ],
)
def test_one_state_separate_investigations_or_meetings_are_no_joint_action(text: str) -> None:
    assert operations(text) == {}


def test_a_joint_patrol_hung_on_a_noun_of_the_object_still_is_concerted() -> None:
    text = (
        "Officers of the Nigeria Immigration Service and the Niger National Police rescued 64 "
        "women from traffickers at two border crossings in a joint patrol last week."
    )
    assert operations(text) == {"unnamed": {"NE", "NG"}}


def test_one_states_patrol_after_a_noun_is_still_no_joint_action() -> None:
    text = "Nigerian police rescued 64 women from Nigerien traffickers in a joint patrol."
    assert operations(text) == {}
