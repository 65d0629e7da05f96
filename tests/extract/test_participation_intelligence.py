"""A state whose authorities gave the intelligence an enforcement action acted on takes part in
it ("Acting on intelligence from the Belgian police, Luxembourg police raided ..."): its
authorities are stated to act (they gathered and passed it). A complaint, a press report, a
warrant or a request is no intelligence of authorities. Invented sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acting on intelligence from the Belgian Federal Police, Luxembourg's Grand Ducal "
            "Police raided two massage parlours and arrested the owner.",
            {"unnamed": {"BE", "LU"}},
        ),
        (
            "Following a tip-off from Spanish police, Portuguese officers arrested three "
            "recruiters in Porto.",
            {"unnamed": {"ES", "PT"}},
        ),
        (
            "Based on information provided by the Dutch police, Belgian investigators searched "
            "a house in Antwerp.",
            {"unnamed": {"BE", "NL"}},
        ),
        (
            "Acting on Austrian intelligence, Hungarian border police intercepted a van carrying "
            "20 migrants.",
            {"unnamed": {"AT", "HU"}},
        ),
        (
            "In Operation Danube Gate, Slovak police arrested four men thanks to information "
            "from the Czech police.",
            {"DANUBE GATE": {"CZ", "SK"}},
        ),
    ],
)
def test_the_source_of_the_intelligence_an_action_acted_on_takes_part(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Luxembourg police arrested a Belgian woman after a complaint from her neighbours.",
        "Luxembourg police raided the parlour based on reports in Belgian newspapers.",
        "Belgium asked Luxembourg for information on the suspects.",
        "Luxembourg police arrested a man wanted on a warrant from Belgium.",
        "Italian police arrested two men after information from victims rescued in Libya.",
        "Acting on a request from the Belgian police, Dutch officers arrested a man.",
        "After a visit to Brussels, the capital of Belgium, Dutch police arrested a man.",
    ],
)
def test_complaints_reports_warrants_and_requests_are_no_intelligence_of_a_state(
    text: str,
) -> None:
    assert operations(text) == {}


def test_a_name_parsed_as_an_apposition_of_a_fronted_phrase_is_the_subject() -> None:
    text = "With help from the FBI, the Mexican Federal Police arrested six smugglers."
    assert operations(text) == {"unnamed": {"MX", "US"}}
