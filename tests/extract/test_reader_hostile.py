"""Hostile files to the readers: encrypted PDFs, bombs, millions of paragraphs, fuzzed files.

Each must be read or refused with an `InputError` naming why, quickly and in little memory
(the full-size bombs and 5,000+ mutations are in `benchmarks/bench_readers.py`).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from document_builders import pdf_bytes
from hostile_documents import (
    PARAGRAPH,
    damaged_rc4_pdf,
    encrypted_pdf,
    flate_bomb_pdf,
    good_documents,
    many_streams_pdf,
    mutations,
    paragraphs_docx,
    unsupported_handler_pdf,
    whitespace_bomb_docx,
    zip_bomb_docx,
)

from ctgraph.extract.batch import extract_raw, extract_text
from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import (
    EncryptedError,
    ExpandsTooLargeError,
    FormatError,
    InputError,
    TooLongError,
)
from ctgraph.extract.formats.unwrap import unwrap_lines
from ctgraph.extract.reader import read_bytes
from ctgraph.extract.records import DocumentRecord

# Mutants of each good file in the test (the benchmark runs thousands).
MUTANTS = 150


@pytest.mark.parametrize("method", ["RC4", "AES_128", "AES_256"])
def test_pdfs_encrypted_with_an_empty_user_password_are_read(method: str) -> None:
    raw = read_bytes(encrypted_pdf(method), f"{method}.pdf")
    assert "Police of Serbia and Hungary" in raw.text


@pytest.mark.parametrize("method", ["RC4", "AES_256"])
def test_pdfs_with_a_user_password_are_refused(method: str) -> None:
    with pytest.raises(EncryptedError, match="remove the password first"):
        read_bytes(encrypted_pdf(method, user_password="secret"), "locked.pdf")


def test_an_unsupported_or_damaged_security_handler_is_refused_by_name() -> None:
    with pytest.raises(EncryptedError, match="encrypted PDF with an unsupported handler"):
        read_bytes(unsupported_handler_pdf(), "custom.pdf")
    with pytest.raises(FormatError, match="damaged PDF"):
        read_bytes(damaged_rc4_pdf(), "rc4.pdf")


def test_a_flate_bomb_is_refused_while_inflating() -> None:
    started = time.monotonic()
    with pytest.raises(ExpandsTooLargeError, match="too large when decompressed"):
        read_bytes(flate_bomb_pdf(inflated_mb=100), "bomb.pdf")
    assert time.monotonic() - started < 10


def test_many_streams_each_under_the_bound_are_refused_by_their_total() -> None:
    with pytest.raises(ExpandsTooLargeError, match="too large when decompressed"):
        read_bytes(many_streams_pdf(pages=8, inflated_mb=3), "streams.pdf")


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (lambda: paragraphs_docx(2_000_000), "more than 100,000 paragraphs"),
        (lambda: zip_bomb_docx(inflated_mb=30), "more than 300,000 text runs"),
        (lambda: whitespace_bomb_docx(inflated_mb=20), "too large when decompressed"),
    ],
    ids=["two-million-paragraphs", "zip-bomb", "whitespace-bomb"],
)
def test_docx_bombs_are_refused_while_reading(build: object, reason: str) -> None:
    data = build()  # type: ignore[operator]
    started = time.monotonic()
    with pytest.raises(ExpandsTooLargeError, match=reason):
        read_bytes(data, "bomb.docx")
    assert time.monotonic() - started < 30


def test_text_longer_than_the_limit_stops_the_reading() -> None:
    docx = good_documents()["good.docx"]
    with pytest.raises(TooLongError, match="more than 100 characters"):
        read_bytes(docx, "long.docx", max_chars=100)
    with pytest.raises(TooLongError, match="by page 1"):
        read_bytes(good_documents()["good.pdf"], "long.pdf", max_chars=100)


@pytest.mark.parametrize("name", sorted(good_documents()))
def test_mutated_files_are_read_or_refused_cleanly(name: str) -> None:
    seed = good_documents()[name]
    for number, mutant in enumerate(mutations(seed, MUTANTS, seed=number_seed(name))):
        try:
            raw = read_bytes(mutant, f"{name}#{number}")
            clean_text(raw.text)
        except InputError as e:
            assert e.reason and f"{name}#{number}" == e.path


def number_seed(name: str) -> int:
    return sum(name.encode())


def test_soft_line_breaks_and_hyphenation_are_joined_but_paragraphs_kept() -> None:
    page = (
        "Police of Serbia and Hungary arrested twelve members of a\n"
        "smuggling network on Monday in a joint operation that was traf-\n"
        "ficking people through the Balkans to the north.\n"
        "Short heading\n"
        "- a list item that stays on its own line even when the line is long\n"
        "\n"
        "A new paragraph begins here and it goes on for a while, as usual.\n"
    )
    assert unwrap_lines(page).split("\n") == [
        "Police of Serbia and Hungary arrested twelve members of a smuggling network on Monday "
        "in a joint operation that was trafficking people through the Balkans to the north.",
        "Short heading",
        "- a list item that stays on its own line even when the line is long",
        "",
        "A new paragraph begins here and it goes on for a while, as usual.",
        "",
    ]
    assert PARAGRAPH  # the builders' text is what the PDF tests read


SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus-wide"
_LATIN1 = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def _participants(record: DocumentRecord) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in record.relations if r.type == "PARTICIPATED_IN"}


@pytest.mark.model
@pytest.mark.parametrize(
    "name",
    ["a08_frontex-hera-canary-islands-2006.txt", "b01_frontex-jad-danube-8-2023.txt",
     "b16_childinthecity-europol-child-trafficking-action-days-2022.txt"],
)  # fmt: skip
def test_a_two_page_pdf_gives_the_participants_of_its_plain_text(name: str) -> None:
    if not (SHARED / name).exists():
        pytest.skip("the shared corpus is not beside the checkout")
    # The PDF's core font holds Latin-1 only: both sides read the same Latin-1 text.
    text = (SHARED / name).read_text("utf-8").translate(_LATIN1)
    text = text.encode("latin-1", "replace").decode("latin-1")
    paragraphs = text.split("\n\n")
    half = len(paragraphs) // 2
    pdf = pdf_bytes(["\n\n".join(paragraphs[:half]), "\n\n".join(paragraphs[half:])])
    plain = extract_text(text, doc_id="plain", source=name)
    paged = extract_raw(read_bytes(pdf, f"{name}.pdf"), doc_id="plain")
    assert len(paged.document.pages or []) == 2
    assert _participants(paged) == _participants(plain) and len(_participants(plain)) >= 5
