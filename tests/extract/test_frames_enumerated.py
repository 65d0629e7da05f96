"""An ordinal before an operation noun ("In the first case", "the second investigation")
enumerates one of several operations: it refers back to no operation and opens none, so the
states of other operations are not paired with it. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Italian and Maltese police have dismantled two networks, investigators said. In the "
        "first case, the Italian State Police arrested eight men in Catania. In a separate "
        "investigation, the Malta Police Force detained four boat drivers.",
        "Greek and Cypriot police broke up two rings. In the second investigation, the Hellenic "
        "Police arrested six people in Athens.",
    ],
)
def test_enumerated_cases_are_separate_operations(text: str) -> None:
    assert operations(text) == {}


def test_the_operation_still_refers_back() -> None:
    text = (
        "Spanish and French police launched a joint operation in May. The operation led to 20 "
        "arrests."
    )
    assert operations(text) == {"unnamed": {"ES", "FR"}}
