"""Unit tests of text helpers, dates and figures (no model)."""

from ctgraph.extract.dates import document_date, find_dates, heading_year
from ctgraph.extract.relate.figures import find_figures
from ctgraph.extract.text import fold, is_roman, slug, to_number


def test_fold_and_slug_are_accent_insensitive() -> None:
    assert fold("Chişinău") == fold("Chisinau") == "chisinau"
    assert slug("Jürgen Stock") == "jurgen-stock"


def test_numbers_and_numerals() -> None:
    assert to_number("1,301") == 1301
    assert to_number("four") == 4
    assert is_roman("V") and is_roman("II") and not is_roman("I") and not is_roman("VAT")


def test_dates_have_partial_precision() -> None:
    assert [d.iso for d in find_dates("25-26 May 2016")] == ["2016-05-25"]
    assert [d.iso for d in find_dates("19th of May", default_year=2009)] == ["2009-05-19"]
    assert [d.iso for d in find_dates("Established: May 2000")] == ["2000-05"]
    assert find_dates("in May, the") == []


def test_heading_year_and_document_date() -> None:
    text = "Title\n\n2009\n\nOperation X - a case\n"
    assert heading_year(text, text.index("Operation")) == 2009
    assert document_date("Bucharest, May, 27th, 2016 – The meeting") == "2016-05-27"
    assert document_date("Report\n\nDate: December 14, 2016\n") == "2016-12-14"


def test_figures() -> None:
    assert find_figures("52 Persons Detained in 4 Countries") == {"detained": 52}
    assert find_figures("led to the arrest of four individuals") == {"arrested": 4}
    found = find_figures(
        "1,301 victims identified, 191 victims assisted and 509 traffickers charged"
    )
    assert found == {
        "victims_identified": 1301,
        "victims_assisted": 191,
        "traffickers_charged": 509,
    }
