"""Dates of operations: stated periods (ISO, partial precision) and the year's source.

`find_periods` on invented phrases of each surface form, then the operation's properties on
invented texts through the real pipeline (start and end verbs need the parse).
"""

from __future__ import annotations

from typing import Any

import pytest

from ctgraph.extract.batch import extract_text
from ctgraph.extract.dates import find_periods


def periods(text: str, year: int | None = None) -> list[tuple[str | None, str | None]]:
    return [(p.first, p.last) for p in find_periods(text, default_year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 5 to 9 June 2023", ("2023-06-05", "2023-06-09")),
        ("between 5 and 9 June 2023", ("2023-06-05", "2023-06-09")),
        ("5-9 June 2023", ("2023-06-05", "2023-06-09")),
        ("June 5-9, 2023", ("2023-06-05", "2023-06-09")),
        ("from 28 May to 3 June 2023", ("2023-05-28", "2023-06-03")),
        ("from June 28 to July 3, 2023", ("2023-06-28", "2023-07-03")),
        ("between January and May 2019", ("2019-01", "2019-05")),
        ("from March 2018 to May 2019", ("2018-03", "2019-05")),
        ("from December to February 2020", ("2019-12", "2020-02")),
        ("from 2017 to 2019", ("2017", "2019")),
        ("in March 2021", ("2021-03", "2021-03")),
        ("on 12 April 2022", ("2022-04-12", "2022-04-12")),
        ("since March 2020", ("2020-03", None)),
        ("until 30 September 2021", (None, "2021-09-30")),
    ],
)
def test_stated_periods(text: str, expected: tuple[str | None, str | None]) -> None:
    assert periods(f"The action ran {text}.") == [expected]


def test_a_period_without_a_year_takes_the_given_year() -> None:
    assert periods("Police acted in March.", 2024) == [("2024-03", "2024-03")]
    assert periods("Police acted from 5 to 9 June.", 2024) == [("2024-06-05", "2024-06-09")]
    assert periods("Police acted in March.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers may 2 times a year check the border.",  # "may" is no month
        "Officers were in march formation.",
        "The unit has 2017 members and 2019 vehicles.",  # bare numbers are no period
        "Police checked 31 February 2020 records.",  # no such day
        "It happened in 1850.",
    ],
)
def test_no_period(text: str) -> None:
    assert periods(text) == []


def operation(text: str) -> dict[str, Any]:
    ops = extract_text(text, doc_id="t", source="t.txt").by_label("Operation")
    assert len(ops) == 1
    return ops[0].properties


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Operation Lynx ran from 5 to 9 June 2023 in Spain and Portugal.",
         "2023-06-05", "2023-06-09"),
        ("Between January and May 2019, Spain and Portugal took part in Operation Lynx.",
         "2019-01", "2019-05"),
        ("Operation Lynx, launched in February 2018, involved police of Spain and Portugal.",
         "2018-02", None),
        ("Operation Lynx between Spain and Portugal ended on 9 June 2023.", None, "2023-06-09"),
        ("Europol said on 3 July 2022 that Operation Lynx between Spain and Portugal ran "
         "from 1 to 5 May 2022.", "2022-05-01", "2022-05-05"),
    ],
)  # fmt: skip
def test_operation_dates(text: str, start: str | None, end: str | None) -> None:
    found = operation(text)
    assert (found["start_date"], found["end_date"]) == (start, end)
    assert found["date_text"] and found["date_text"] in found["date_evidence"]
    assert found["year"] == int((start or end or "")[:4])
    assert found["year_source"] == "text"


@pytest.mark.model
def test_publication_date_is_the_fallback_year() -> None:
    found = operation(
        "Madrid, 12 October 2021\n\nSpanish and Portuguese police carried out Operation Lynx "
        "against smugglers in March. Police from Spain and Portugal took part."
    )
    assert (found["year"], found["year_source"]) == (2021, "publication date")
    assert (found["start_date"], found["end_date"]) == ("2021-03", "2021-03")


@pytest.mark.model
def test_no_date_no_year() -> None:
    found = operation("Police from Spain and Portugal took part in Operation Lynx.")
    assert found["year"] is None and found["year_source"] is None
    assert found["start_date"] is None and found["date_evidence"] is None


@pytest.mark.model
def test_an_iso_dateline_is_the_publication_date() -> None:
    found = operation(
        "Smugglers arrested\n2019-09-10\n\nPolice from Spain and Portugal took part in "
        "Operation Lynx against smugglers."
    )
    assert (found["year"], found["year_source"]) == (2019, "publication date")
