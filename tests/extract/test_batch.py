"""`extract_text` (in memory) and `extract_files` (from disk) build the same record."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctgraph.extract.batch import BatchReport, extract_files, extract_text
from ctgraph.extract.errors import EmptyInputError

TEXT = (
    "Joint investigation among Moldovan and Romanian authorities\n\n"
    "In 2011 Moldovan and Romanian police dismantled a network that trafficked women "
    "to Italy. Twelve suspects were arrested in Chisinau."
)


@pytest.mark.model
def test_text_in_memory_matches_the_same_text_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "press-release.txt"
    path.write_text(TEXT, encoding="utf-8")
    [from_file] = extract_files([path], BatchReport())
    in_memory = extract_text(TEXT, doc_id="press-release", source=str(path))
    assert in_memory.document.sha256 == from_file.document.sha256
    assert in_memory.document.id == from_file.document.id
    assert [e.id for e in in_memory.entities] == [e.id for e in from_file.entities]
    assert {e.id for e in in_memory.entities} >= {"country:MD", "country:RO"}


def test_an_empty_text_is_refused() -> None:
    with pytest.raises(EmptyInputError, match="empty text"):
        extract_text(" \n\t", doc_id="empty", source="posted")
