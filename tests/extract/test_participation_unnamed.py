"""Unnamed operations by form: "a cross-border crackdown", "a regional sweep" (heads of
`operation_forms.jsonl`), and a head determined by a body's genitive ("Europol's action day",
"INTERPOL's operation"). One state's crackdown, or a gang's operation, is none. Invented
sentences."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cross-border crackdown by Kenyan and Ugandan police netted 23 suspected smugglers.",
            {"KE", "UG"},
        ),
        (
            "In a regional sweep, Zambian and Malawian officers arrested 14 traffickers.",
            {"MW", "ZM"},
        ),
        (
            "Europol's action day saw Estonian, Finnish and Swedish officers inspect 300 vehicles.",
            {"EE", "FI", "SE"},
        ),
        (
            "INTERPOL's operation brought together police from Chad, Niger and Nigeria, who "
            "rescued 80 children.",
            {"NE", "NG", "TD"},
        ),
        (
            "Frontex's operation in the Aegean involved Greek and Italian officers.",
            {"GR", "IT"},
        ),
    ],
)
def test_a_crackdown_a_sweep_and_a_bodys_operation_are_operations(
    text: str, expected: set[str]
) -> None:
    assert operations(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police launched a crackdown on smuggling and arrested 23 Ugandan nationals.",
        "The government's crackdown on migrants was criticised by rights groups in Kenya and "
        "Uganda.",
        "Spanish police disrupted the network's operation in Malaga and arrested five Moroccan "
        "nationals.",
    ],
)
def test_one_states_crackdown_or_a_networks_operation_has_no_partners(text: str) -> None:
    assert operations(text) == {}
