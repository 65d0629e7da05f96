"""An adjective two states share is read as the state news usage means: "Dominican" alone is the
Dominican Republic's; Dominica is read from its own name. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.spans import mentions

pytestmark = pytest.mark.model


def codes(analyse: Callable[[str], Doc], text: str) -> set[str]:
    return {m.kb_id_.removeprefix("country:") for m in mentions(analyse(text), "Country")}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dominican authorities dismantled a ring that smuggled migrants by boat.", "DO"),
        ("Dominican police and Haitian officers rescued 30 women.", "DO"),
        ("The Dominican Republic took part in the operation.", "DO"),
        ("The Commonwealth of Dominica joined the operation.", "DM"),
        ("Dominica's police took part.", "DM"),
    ],
)
def test_dominican_is_the_dominican_republic_and_dominica_is_named_in_full(
    analyse: Callable[[str], Doc], text: str, code: str
) -> None:
    assert codes(analyse, text) - {"HT"} == {code}
