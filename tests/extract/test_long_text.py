"""Long texts: analysed in pieces with offsets into the whole text; too long fails alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from document_builders import docx_bytes, pdf_bytes, scanned_pdf_bytes

from ctgraph.extract.batch import BatchReport, Limits, extract_files
from ctgraph.extract.chunks import split_text
from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import NoTextLayerError, TooLongError
from ctgraph.extract.pipeline import load_nlp

pytestmark = pytest.mark.model
CORPUS = Path(__file__).parents[2] / "data" / "corpus"


def test_pieces_join_back_to_the_text_and_end_at_boundaries() -> None:
    text = "".join(f"Paragraph {i} about Serbia.\nA second line.\n\n" for i in range(500))
    text += "x" * 3000 + " tail"
    pieces = split_text(text, 1000)
    assert "".join(pieces) == text
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-5])


@pytest.fixture
def small_max_length() -> Iterator[None]:
    """spaCy's limit lowered so that a 60 KB text is "too long" for one `Doc`."""
    nlp = load_nlp()
    saved = nlp.max_length
    nlp.max_length = 20_000
    yield
    nlp.max_length = saved


def test_a_text_longer_than_spacy_max_length_is_extracted_with_whole_text_offsets(
    tmp_path: Path, small_max_length: None
) -> None:
    cleaned = [clean_text(f.read_text()).text for f in sorted(CORPUS.glob("*.txt"))]
    long_text = "\n\n".join(cleaned * 3)
    (tmp_path / "long.txt").write_text(long_text)
    report = BatchReport()
    (record,) = extract_files([tmp_path / "long.txt"], report, limits=Limits(chunk_chars=10_000))
    text = record.document.text
    assert len(text) > 60_000 and not report.failures
    for entity in record.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for relation in record.relations:
        assert relation.evidence.text in text[relation.evidence.start : relation.evidence.end]
    unnamed = [e.id for e in record.entities if "unnamed" in e.id]
    assert len(unnamed) == len(set(unnamed))


def test_a_too_long_text_fails_alone_and_the_others_are_extracted(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("*.txt"))
    too_long = tmp_path / "too-long.txt"
    too_long.write_text("Police of Serbia arrested suspects.\n\n" * 400)
    report = BatchReport()
    records = list(extract_files([*files, too_long], report, limits=Limits(max_chars=12_000)))
    assert len(records) == len(files)
    (failure,) = report.failures
    assert isinstance(failure, TooLongError) and failure.path == str(too_long)
    assert "more than the limit of 12,000" in failure.reason


def test_pdf_evidence_carries_its_page_and_docx_has_none(tmp_path: Path) -> None:
    page_two = "Police of Romania and Bulgaria took part in Operation TARA in 2009."
    (tmp_path / "report.pdf").write_bytes(
        pdf_bytes(["Joint report on smuggling.", "Introduction text.", page_two])
    )
    (tmp_path / "memo.docx").write_bytes(docx_bytes(["Joint memo", page_two]))
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf_bytes())
    report = BatchReport()
    docx, pdf = extract_files(sorted(tmp_path.iterdir()), report)
    assert pdf.document.source.endswith("report.pdf") and docx.document.source.endswith(".docx")
    assert pdf.document.pages is not None and len(pdf.document.pages) == 3
    third = pdf.document.pages[2]
    assert pdf.document.text[third:].startswith("Police of Romania")
    assert pdf.relations and all(r.evidence.page == 3 for r in pdf.relations)
    assert pdf.to_dict()["relations"][0]["evidence"]["page"] == 3
    assert docx.relations and all(r.evidence.page is None for r in docx.relations)
    (failure,) = report.failures
    assert isinstance(failure, NoTextLayerError) and failure.path.endswith("scan.pdf")
