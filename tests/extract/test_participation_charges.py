"""Bringing, filing or pressing charges is an enforcement action like charging: two states'
authorities doing it in a joint investigation take part in it. Invented sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Border Guard of Latvia and the State Border Guard Service of Lithuania have "
            "brought charges against nine people, following a joint investigation team set up "
            "with the support of Eurojust.",
            {"LT", "LV"},
        ),
        (
            "Latvian and Lithuanian prosecutors filed charges against nine smugglers in a joint "
            "investigation.",
            {"LT", "LV"},
        ),
    ],
)
def test_charges_brought_in_a_joint_investigation(text: str, expected: set[str]) -> None:
    assert set().union(*operations(text).values()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Latvian officials brought a case to the ministers in a joint meeting.",
        "The officer in charge of the Latvian border police said the joint operation was over.",
    ],
)
def test_a_case_before_ministers_or_an_officer_in_charge_is_no_action(text: str) -> None:
    assert operations(text) == {}
