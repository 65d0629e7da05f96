"""A negated cooperation predicate is no participation, whatever slot or cue names the state.
Invented sentences, several surface forms, and the forms that only look negated."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Operation Blue Amber was conducted by Botswana and Namibia. Zambia did not take part.",
        "Operation Blue Amber was conducted by Botswana and Namibia. Zambia, which could not take "
        "part, has asked to join the next phase.",
        "Botswana and Namibia took part in Operation Blue Amber, but Zambia did not participate.",
        "Zambia was not involved in Operation Blue Amber, which Botswana and Namibia carried out.",
        "Botswana and Namibia carried out Operation Blue Amber; Zambia never joined it.",
    ],
)
def test_a_state_that_did_not_take_part_is_no_participant(text: str) -> None:
    assert operations(text) == {"BLUE AMBER": {"BW", "NA"}}


@pytest.mark.parametrize(
    "text",
    [
        "Not only Botswana but also Namibia took part in Operation Blue Amber.",
        "Operation Blue Amber, led by Botswana and Namibia, did not stop at the border.",
        "Botswana and Namibia took part in Operation Blue Amber, which did not end until May.",
    ],
)
def test_a_negation_elsewhere_takes_no_one_out(text: str) -> None:
    assert operations(text) == {"BLUE AMBER": {"BW", "NA"}}


def test_a_negated_agent_of_an_operation_is_no_participant() -> None:
    found = operations("Operation Blue Amber was not led by Botswana.")
    assert "BW" not in set().union(*found.values())


def test_a_subject_shared_with_a_negated_verb_of_taking_part() -> None:
    text = (
        "In Operation Blue Amber, Botswana and Namibia targeted a smuggling group. Zambian police "
        "were informed but did not take part."
    )
    assert operations(text) == {"BLUE AMBER": {"BW", "NA"}}


def test_a_negated_verb_of_another_kind_takes_no_one_out() -> None:
    text = (
        "In Operation Blue Amber, Botswana and Namibia targeted a smuggling group. Zambian police "
        "arrested two men but did not charge them."
    )
    assert operations(text) == {"BLUE AMBER": {"BW", "NA", "ZM"}}


def test_a_state_that_did_not_take_part_at_first_and_joined_later_takes_part() -> None:
    text = (
        "Operation Blue Amber was conducted by Botswana and Namibia. Zambia, which did not take "
        "part in the first week, joined Operation Blue Amber in May."
    )
    assert operations(text) == {"BLUE AMBER": {"BW", "NA", "ZM"}}


@pytest.mark.parametrize(
    "text",
    [
        "Botswana and Namibia took part in Operation Blue Amber. Zambian authorities were not "
        "part of the operation.",
        "Botswana and Namibia took part in Operation Blue Amber. Zambia was not a member of the "
        "operation.",
        "Botswana and Namibia took part in Operation Blue Amber. Zambian police were not involved "
        "in the operation.",
    ],
)
def test_a_negated_copula_of_taking_part_is_no_participation(text: str) -> None:
    assert operations(text) == {"BLUE AMBER": {"BW", "NA"}}


def test_a_copula_of_taking_part_without_negation_still_counts() -> None:
    text = (
        "Botswana and Namibia took part in Operation Blue Amber. Zambia was part of the "
        "operation too."
    )
    assert operations(text) == {"BLUE AMBER": {"BW", "NA", "ZM"}}


def test_a_negated_copula_of_another_kind_takes_no_one_out() -> None:
    text = (
        "Botswana and Namibia took part in Operation Blue Amber. It was not a surprise that Zambia "
        "joined later."
    )
    assert operations(text) == {"BLUE AMBER": {"BW", "NA", "ZM"}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Croatian border police, who were criticised for pushbacks, were not part of the "
        "operation.",
        "Serbia was not a participant in the operation.",
        "Hungarian police were never members of the task force.",
    ],
)
def test_a_negated_copula_of_membership_is_no_participation(sentence: str) -> None:
    lead = "Operation Danube Shield: Bulgarian and Romanian police arrested 14 suspects. "
    assert operations(lead + sentence) == {"DANUBE SHIELD": {"BG", "RO"}}


def test_a_copula_of_membership_still_counts() -> None:
    text = (
        "Operation Danube Shield: Bulgarian and Romanian police arrested 14 suspects. Serbian "
        "police were also part of the operation."
    )
    assert operations(text) == {"DANUBE SHIELD": {"BG", "RO", "RS"}}


def test_guests_are_no_participants() -> None:
    text = (
        "Operation Danube Shield: Bulgarian and Romanian police arrested 14 suspects. Experts "
        "from Poland and Germany also took part as guests."
    )
    assert operations(text) == {"DANUBE SHIELD": {"BG", "RO"}}
