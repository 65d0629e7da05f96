"""One operation however it is introduced: apposition, copula, naming verb, reference back.

Invented sentences, several surface forms per syntactic class, and negatives. These need the
parse, so they run the real pipeline.
"""

from __future__ import annotations

import pytest
from operation_participants import operations

from ctgraph.extract.batch import extract_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Operation Lynx, a joint operation between Spain and Portugal, dismantled a network.",
        "Operation Lynx, an international operation involving Spain and Portugal, ended today.",
        "Police said Operation Lynx, a cross-border operation of Spain and Portugal, was over.",
        "A joint operation between Spain and Portugal, Operation Lynx, dismantled a network.",
    ],
)
def test_apposition(text: str) -> None:
    assert operations(text) == {"LYNX": {"ES", "PT"}}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Lynx was a joint operation of Spain and Portugal against smugglers.",
        "Operation Lynx is an international operation between Spain and Portugal.",
        "Operation Lynx was a joint operation between Spain and Portugal.",
    ],
)
def test_copula(text: str) -> None:
    assert operations(text) == {"LYNX": {"ES", "PT"}}


@pytest.mark.parametrize(
    "text",
    [
        "Spanish, Portuguese and French officers took part in the operation, code-named Lynx.",
        "Spanish, Portuguese and French officers took part in the operation, dubbed Lynx.",
        "Police from Spain, Portugal and France took part in a joint operation codenamed Lynx.",
        "The joint operation between Spain, Portugal and France was called Lynx.",
        "The joint operation between Spain, Portugal and France, named Lynx, ended in May.",
    ],
)
def test_name_after_the_participants(text: str) -> None:
    assert operations(text) == {"LYNX": {"ES", "PT", "FR"}}


@pytest.mark.parametrize(
    "text",
    [
        "Police from Spain and Portugal carried out a joint operation against smugglers. "
        "The operation, dubbed Lynx, led to 20 arrests.",
        "Operation Lynx began in May. Officers from Spain and Portugal took part in the operation.",
        "Spain and Portugal took part in Operation Lynx. The operation ended in June.",
        "Operation Lynx dismantled a network. "
        "The joint operation between Spain and Portugal led to 20 arrests.",
        "Operation Lynx dismantled a network. "
        "This international operation, involving Spain and Portugal, led to 20 arrests.",
    ],
)
def test_the_operation_refers_back(text: str) -> None:
    assert operations(text) == {"LYNX": {"ES", "PT"}}


def test_two_named_operations_in_one_sentence_stay_two() -> None:
    found = operations(
        "Operation Lynx, a follow-up to Operation Falcon, involved police from Spain and Portugal."
    )
    assert set(found) == {"LYNX", "FALCON"}


@pytest.mark.parametrize(
    "text",
    [
        "Experts from Spain and Portugal attended a workshop on migrant smuggling in Lisbon.",
        "Officials from Spain and Portugal met in Madrid to discuss border security.",
        "The smugglers from Spain and Portugal ran their operation from a farm.",
        "A conference, called Lynx, brought together Spain and Portugal.",
    ],
)
def test_no_operation(text: str) -> None:
    assert operations(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Lynx Workshop\n\nExperts reviewed the results.",
        "The Operation Lynx Review Meeting was held in Lisbon.",
        "Trainers ran an Operation Lynx Training for border guards.",
    ],
)
def test_an_event_about_an_operation_does_not_rename_it(text: str) -> None:
    record = extract_text(text, doc_id="t", source="t.txt")
    assert [op.name for op in record.by_label("Operation")] in ([], ["LYNX"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Authorities carried out the Joint Action Days 'Amber Line' against trafficking, led by "
         "Spain and France.", "AMBER LINE"),
        ("The JIT 'Lighthouse' between Spain and France found 20 victims.", "LIGHTHOUSE"),
        ("Police of Spain and France ran the investigation “Dark Water” for a year.",
         "DARK WATER"),
        ("The action day 'Silver Coast' was led by Spain and France.", "SILVER COAST"),
    ],
)  # fmt: skip
def test_a_quoted_name_after_an_operation_noun_is_one_operation(text: str, name: str) -> None:
    assert operations(text) == {name: {"ES", "FR"}}


@pytest.mark.parametrize(
    "text",
    [
        'The case "is closed", the prosecutor of Spain said.',
        "The investigation 'was a success', officers from Spain and France said.",
    ],
)
def test_a_quoted_phrase_that_is_no_name_is_no_operation(text: str) -> None:
    assert not [name for name in operations(text) if name != "unnamed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Operation Nordic Gate: results\n\nThe operation was run by Spain and France.\n",
         "NORDIC GATE"),
        ("Operation Nordic Gate – 37 Arrests\n\nThe operation was run by Spain and France.\n",
         "NORDIC GATE"),
        ("Results Of Operation Nordic Gate\n\nThe operation was run by Spain and France.\n",
         "NORDIC GATE"),
    ],
)  # fmt: skip
def test_a_title_line_marks_where_the_name_ends(text: str, name: str) -> None:
    assert operations(text) == {name: {"ES", "FR"}}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Nordic Gate Leads To 37 Arrests\n\nThe operation was run by Spain.\n",
        "Operation Results: Smugglers Arrested\n\nThe operation was run by Spain.\n",
        "Operation Update: 12 arrests\n\nThe operation was run by Spain.\n",
    ],
)
def test_a_title_line_with_no_marked_end_names_nothing(text: str) -> None:
    assert not [name for name in operations(text) if name != "unnamed"]
