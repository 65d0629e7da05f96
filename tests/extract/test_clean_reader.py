"""Unit tests of cleaning and reading: furniture dropped, bad input refused clearly."""

from pathlib import Path

import pytest

from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import BinaryInputError, EmptyInputError, ExtractError, TooLargeError
from ctgraph.extract.reader import read_bytes, read_file


def test_comment_forms_hashtags_and_foreign_furniture_are_dropped() -> None:
    raw = (
        "Magazine est un média indépendant, véhiculant des idées et des analyses sur le monde\n"
        "Home | News | Contacts\n\nThe operation led to arrests.\n#migrantcrisis #smuggling\n"
        "Ещё видео!\nLeave A Reply\nVotre adresse ne sera pas publiée\n"
    )
    cleaned = clean_text(raw)
    assert cleaned.text == "The operation led to arrests.\n"
    assert cleaned.removed_lines >= 5


def test_html_is_stripped() -> None:
    html = "<html><body><nav>Menu</nav><p>Operation <b>X</b> ended.</p><form>Reply</form></body></html>"
    assert clean_text(html).text.strip() == "Operation X ended."


def test_bad_inputs_raise_input_errors(tmp_path: Path) -> None:
    with pytest.raises(EmptyInputError):
        read_bytes(b"  \n", "empty.txt")
    with pytest.raises(BinaryInputError):
        read_bytes(b"\x00\x01\x02PK", "file.bin")
    with pytest.raises(TooLargeError):
        read_bytes(b"x" * 100, "big.txt", max_bytes=10)
    assert issubclass(TooLargeError, ExtractError)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Opération à Bucarest, coopération régionale renforcée.".encode("latin-1"))
    assert "Opération" in read_file(latin).text


@pytest.mark.parametrize(
    "label", ["Posted in News", "Mehr Videos:", "Filed under Europe |", "Cookies"]
)
def test_real_sentences_after_a_furniture_label_are_kept(label: str) -> None:
    sentences = (
        "Police of Austria and Germany arrested four suspects in Vienna on Tuesday after a "
        "long investigation. Europol supported the operation."
    )
    cleaned = clean_text(f"{label} {sentences}\nShare this\n{label}\n")
    assert sentences in cleaned.text
    assert "Share this" not in cleaned.text and cleaned.text.count(label.strip(" :|")) <= 1


def test_a_long_tag_list_after_a_furniture_label_is_still_furniture() -> None:
    tags = "Posted in Human Trafficking, Migrant Smuggling, Europe, Balkans, Press Releases, Operations"
    assert clean_text(f"The operation ended.\n{tags}\n").text == "The operation ended.\n"


@pytest.mark.parametrize(
    "heading", ["Related news", "Related articles:", "More stories", "See also", "Latest news",
                "You may also like", "Other press releases"],
)  # fmt: skip
def test_a_heading_of_other_stories_ends_the_article(heading: str) -> None:
    raw = (
        "Police of Veltania and Marovia dismantled a ring.\n\n"
        f"{heading}\nOperation Blue Shield: 40 arrests in Spain and Portugal\n"
    )
    assert clean_text(raw).text == "Police of Veltania and Marovia dismantled a ring.\n"


def test_words_of_a_heading_inside_a_sentence_end_nothing() -> None:
    raw = "Related news reached the police.\nThe ring was dismantled in May.\n"
    assert "dismantled" in clean_text(raw).text
