"""A background sentence about another operation ("In a separate investigation in 2025, A and B
police dismantled a network") is an operation of its own when two states act jointly in it: its
states make pairs with each other, never with the operation in scope, and "the operation"
afterwards still means the one in scope. One state's earlier action opens none. Invented
texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

from ctgraph.extract.batch import extract_text

pytestmark = pytest.mark.model


def participant_sets(text: str) -> list[set[str]]:
    """The participants of each operation (several unnamed ones kept apart)."""
    record = extract_text(text, doc_id="t", source="t.txt")
    iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
    found: dict[str, set[str]] = {}
    for r in record.relations:
        if r.type == "PARTICIPATED_IN" and r.source in iso:
            found.setdefault(r.target, set()).add(iso[r.source])
    return sorted(found.values(), key=sorted)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Coral ran in May: Kenyan and Tanzanian police arrested 20 smugglers. In "
            "a separate investigation in 2025, Portuguese and Spanish authorities dismantled a "
            "network that exploited farm workers. The operation also freed 40 victims with the "
            "help of Ugandan police.",
            [{"ES", "PT"}, {"KE", "TZ", "UG"}],
        ),
        (
            "Greek and Bulgarian police dismantled a smuggling ring in a joint operation. "
            "Previously, Romanian and Hungarian officers jointly arrested 13 people in a "
            "similar action.",
            [{"BG", "GR"}, {"HU", "RO"}],
        ),
        (
            "Operation Delta Wing targeted smugglers in the Sahel: police from Niger and Chad "
            "took part. In previous operations, Malian and Burkinabe gendarmes dismantled a "
            "ring that moved migrants to Libya.",
            [{"BF", "ML"}, {"NE", "TD"}],
        ),
    ],
)
def test_a_background_joint_action_is_its_own_operation(
    text: str, expected: list[set[str]]
) -> None:
    assert participant_sets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Operation Coral ran in May: Kenyan and Tanzanian police arrested 20 smugglers. "
        "Previously, in February, Kenyan police arrested 13 people.",
        "Operation Coral ran in May: Kenyan and Tanzanian police arrested 20 smugglers. It was "
        "not the first time that Rwandan police had arrested members of the group.",
    ],
)
def test_one_states_earlier_action_is_no_operation(text: str) -> None:
    assert operations(text) == {"CORAL": {"KE", "TZ"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thai, Cambodian police free 61 fishermen\n\nOfficers of the Royal Thai Police and the "
            'Cambodian National Police rescued 61 fishermen. "We shared information every day '
            'during this case," a spokesman said. The case follows a 2025 operation, Operation '
            "Net Breaker, in which Thai and Indonesian police inspected 300 vessels.",
            [{"ID", "TH"}, {"KH", "TH"}],
        ),
        (
            "Kenyan and Ugandan police raided a farm and freed 30 girls. The raid builds on "
            "Operation Safe Road, in which Tanzanian and Rwandan officers arrested 12 people.",
            [{"KE", "UG"}, {"RW", "TZ"}],
        ),
    ],
)
def test_an_earlier_operation_named_late_takes_nothing_of_the_story(
    text: str, expected: list[set[str]]
) -> None:
    assert participant_sets(text) == expected


def test_a_reference_back_joined_to_the_named_operation_still_merges() -> None:
    text = (
        "Kenyan and Ugandan police raided a farm and freed 30 girls in a joint operation. The "
        "operation, dubbed Operation Safe Road, ended on Friday."
    )
    assert operations(text) == {"SAFE ROAD": {"KE", "UG"}}


def test_a_separate_action_reported_separately_is_none() -> None:
    text = (
        "Spanish and Moroccan police arrested 24 members of a smuggling network in a joint "
        "operation. Separately, French police said they had arrested five people in Calais."
    )
    assert participant_sets(text) == [{"ES", "MA"}]
