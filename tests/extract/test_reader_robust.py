"""Hostile inputs to the reader: encodings, formats told by content, pipes, empty results."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from document_builders import docx_bytes, pdf_bytes, scanned_pdf_bytes

from ctgraph.extract.errors import EmptyInputError, FormatError, NotAFileError, NoTextLayerError
from ctgraph.extract.reader import expand_paths, read_bytes, read_file

ENGLISH = "The operation was coordinated by the police of Spain. "


def test_latin1_is_read_as_western_text_not_cp1250() -> None:
    data = (ENGLISH + "Officer Peña and Müller met in Coruña.").encode("latin-1")
    raw = read_bytes(data, "latin1.txt")
    assert "Peña" in raw.text and "Coruña" in raw.text and "Müller" in raw.text


def test_cp1250_central_european_text_keeps_its_letters() -> None:
    data = (ENGLISH + "Łódź police and Wałęsa from Kraków, żółć.").encode("cp1250")
    raw = read_bytes(data, "cp1250.txt")
    assert "Łódź" in raw.text and "Wałęsa" in raw.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_text(codec: str) -> None:
    text = ENGLISH + "Peña"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    raw = read_bytes(bom + text.encode(codec), f"{codec}.txt")
    assert raw.text.strip() == text.strip()


def test_an_uncompressed_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(pdf_bytes(["Police of Serbia arrested 12 suspects."], compress=False))
    raw = read_file(path)
    assert raw.encoding == "pdf" and "obj" not in raw.text and "endstream" not in raw.text
    assert raw.pages == ("Police of Serbia arrested 12 suspects.",)


def test_pdf_pages_and_docx_paragraphs_and_tables() -> None:
    pdf = read_bytes(pdf_bytes(["First page.", "Second page."]), "a.pdf")
    assert pdf.pages == ("First page.", "Second page.")
    doc = read_bytes(docx_bytes(["Title", "Body text."], [["Serbia", "12"]]), "a.docx")
    assert doc.text == "Title\n\nBody text.\n\nSerbia | 12" and doc.pages is None


def test_scanned_pdf_damaged_pdf_and_damaged_docx_are_refused_with_their_reason() -> None:
    with pytest.raises(NoTextLayerError, match="without a text layer"):
        read_bytes(scanned_pdf_bytes(), "scan.pdf")
    with pytest.raises(FormatError, match="damaged PDF"):
        read_bytes(b"%PDF-1.7\n" + b"garbage " * 50, "broken.pdf")
    docx = bytearray(docx_bytes(["Some text here."]))
    part = docx.index(b"word/document.xml") + 40  # inside the text part's compressed bytes
    docx[part : part + 200] = b"\x00" * 200
    with pytest.raises((FormatError, NotAFileError, EmptyInputError)):
        read_bytes(bytes(docx), "broken.docx")


def test_bytes_without_words_are_refused() -> None:
    with pytest.raises(EmptyInputError):
        read_bytes("… — ... !!! ???\n".encode() * 20, "symbols.txt")


@pytest.mark.timeout(20)
def test_a_pipe_is_refused_not_read_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotAFileError, match="not a regular file"):
        read_file(fifo)


def test_folders_list_pdf_and_docx_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.PDF", "c.docx", "d.png"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.PDF", "c.docx"]


def test_cyrillic_windows_1251_is_left_to_charset_detection() -> None:
    data = ("Полиция Сербии и Румынии задержала двенадцать подозреваемых. " * 5).encode("cp1251")
    assert "Полиция" in read_bytes(data, "cp1251.txt").text
