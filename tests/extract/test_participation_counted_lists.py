"""A counted collective that says whose authorities act holds the list led after it, also where
the parser hangs it on the verb ("mobilised officers in nine countries, among them A, B and C").
Victims, trainees or funders from counted countries are none. Invented sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASEANAPOL said Operation Lotus Gate, which ran for three weeks, mobilised officers "
            "in nine countries, among them Cambodia, Laos and Vietnam.",
            {"KH", "LA", "VN"},
        ),
        (
            "Operation Blue Heron has mobilised officers in nine countries, among them Chile, Peru "
            "and Bolivia.",
            {"BO", "CL", "PE"},
        ),
        (
            "Operation Sandpiper involved police in 12 countries, including Kenya, Uganda and "
            "Rwanda.",
            {"KE", "RW", "UG"},
        ),
        (
            "Operation Iron Gate brought together officers of seven countries, among them "
            "Albania, Greece and Italy.",
            {"AL", "GR", "IT"},
        ),
        (
            "Operation Kestrel engaged investigators in six states, namely Ghana, Togo and Benin.",
            {"BJ", "GH", "TG"},
        ),
    ],
)
def test_officers_in_counted_countries_among_them(text: str, expected: set[str]) -> None:
    assert operations(text)[next(iter(operations(text)))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Operation Lotus Gate rescued victims from nine countries, among them Cambodia, Laos "
        "and Vietnam.",
        "Operation Lotus Gate trained officers in nine countries, among them Cambodia, Laos "
        "and Vietnam.",
        "Operation Lotus Gate was funded by nine countries, among them Norway, Sweden and Japan.",
        "Operation Lotus Gate mobilised officers; the victims came from nine countries, among "
        "them Cambodia, Laos and Vietnam.",
    ],
)
def test_victims_trainees_and_funders_from_counted_countries_are_none(text: str) -> None:
    assert all(not found for found in operations(text).values())


def test_a_misparsed_participle_of_mobilising_still_holds_the_list() -> None:
    """The parser makes "mobilised" a modifier of "officers" after an appositive clause."""
    text = (
        "Operation Blue Heron mobilised officers in nine countries, among them Chile, Peru and "
        "Bolivia."
    )
    assert operations(text) == {"BLUE HERON": {"BO", "CL", "PE"}}


def test_mobilised_officers_in_apposition_to_the_operation() -> None:
    text = (
        "Operation Marlin ran for three weeks. AFRIPOL said the operation, which ran in May, "
        "mobilised officers in six countries, among them Ghana, Togo and Benin."
    )
    assert operations(text) == {"MARLIN": {"BJ", "GH", "TG"}}
