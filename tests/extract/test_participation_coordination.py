"""Coordinated verbs share their subject: "A and B police shared intelligence and jointly
arrested nine men" (the subject of the first verb acts in the enforcement verb after it),
unless the second verb has a subject of its own. Invented sentences, several surface forms,
and the forms that only look alike."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colombian and Panamanian police forces shared intelligence and jointly arrested "
            "nine members of a smuggling network in the Darién.",
            {"unnamed": {"CO", "PA"}},
        ),
        (
            "In Operation Isthmus, Costa Rican and Nicaraguan officers tracked the recruiters and "
            "detained six of them.",
            {"ISTHMUS": {"CR", "NI"}},
        ),
        (
            "Honduran and Guatemalan police traced the accounts of the network and then "
            "dismantled it together.",
            {"unnamed": {"GT", "HN"}},
        ),
        (
            "Operation Isthmus: Honduran and Guatemalan investigators followed the money and "
            "charged 12 suspects.",
            {"ISTHMUS": {"GT", "HN"}},
        ),
    ],
)
def test_the_subject_of_the_first_verb_acts_in_the_enforcement_verb_after_it(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Operation Isthmus, Nicaragua shared its files and Costa Rican police arrested "
            "six men.",
            {"ISTHMUS": {"CR"}},
        ),
        (
            "Nicaraguan nationals crossed the border and were arrested by Costa Rican police in "
            "Operation Isthmus.",
            {"ISTHMUS": {"CR"}},
        ),
        (
            "In Operation Isthmus, Costa Rican police arrested six men. Nicaraguan police were "
            "informed but did not detain anyone.",
            {"ISTHMUS": {"CR"}},
        ),
        ("Honduran and Guatemalan smugglers recruited the women and exploited them in bars.", {}),
    ],
)
def test_a_second_verb_with_its_own_subject_or_no_authority_shares_nothing(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AFRIPOL coordinated Operation Savanna Shield, in which Cameroon deployed 150 "
            "officers and Chad 90.",
            {"SAVANNA SHIELD": {"CM", "TD"}},
        ),
        (
            "In Operation Andes Wall, Chile deployed 120 officers and Argentina 80.",
            {"ANDES WALL": {"AR", "CL"}},
        ),
        (
            "In Operation Iberia, Spain arrested 12 suspects, Portugal five and Morocco three.",
            {"IBERIA": {"ES", "MA", "PT"}},
        ),
    ],
)
def test_a_state_with_its_own_figure_after_a_gap_is_a_subject(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Operation Andes Wall, Chilean police rescued 40 victims from Bolivia and 12 from Peru.",
        "In Operation Andes Wall, Chilean police arrested 12 Bolivians and 5 Peruvians.",
        "In Operation Andes Wall, Chilean police rescued 40 victims, Bolivia 25 and Peru 15.",
    ],
)
def test_figures_of_victims_by_country_are_no_gapped_subjects(text: str) -> None:
    assert operations(text) == {"ANDES WALL": {"CL"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The complaint led Spanish and French police to jointly arrest two men.",
            {"unnamed": {"ES", "FR"}},
        ),
        (
            "Intelligence from Europol enabled Greek and Bulgarian officers to jointly intercept "
            "a truck.",
            {"unnamed": {"BG", "GR"}},
        ),
        (
            "In Operation Danube Gate, a tip-off allowed Slovak and Czech police to arrest four men.",
            {"DANUBE GATE": {"CZ", "SK"}},
        ),
    ],
)
def test_the_object_of_a_verb_of_enabling_is_the_subject_of_its_enforcement_verb(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spain asked French police to arrest the suspects.",
        "Italy urged Tunisian police to arrest the smugglers jointly with Libyan officers.",
        "The documents helped Spanish police to identify two Nigerian victims.",
    ],
)
def test_a_request_to_act_is_no_action(text: str) -> None:
    assert operations(text) == {}
