"""DOCX: paragraphs and table cells in document order with `python-docx`."""

from __future__ import annotations

from io import BytesIO

from ctgraph.extract.errors import FormatError


def docx_text(data: bytes, source: str) -> str:
    """The text of a Word document: one paragraph a line, a blank line between paragraphs."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(BytesIO(data))
    except Exception as e:  # python-docx raises zip, XML and KeyError alike
        raise FormatError(source, f"damaged DOCX ({type(e).__name__}: {e})") from e
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            blocks.append(block.text)
        elif isinstance(block, Table):
            blocks.extend(" | ".join(cell.text for cell in row.cells) for row in block.rows)
    return "\n\n".join(b.strip() for b in blocks if b.strip())
