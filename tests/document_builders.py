"""Generated test documents: PDFs (text layer, uncompressed, scan-only) and DOCX files."""

from __future__ import annotations

from io import BytesIO


def pdf_bytes(pages: list[str], *, compress: bool = True) -> bytes:
    """A PDF whose pages hold these texts (core font, so Latin-1 text only)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(compress)
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def scanned_pdf_bytes(pages: int = 2) -> bytes:
    """A PDF of images only, as a scanner makes it: no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    for number in range(pages):
        image = Image.new("RGB", (400, 200), "white")
        ImageDraw.Draw(image).text((20, 80), f"Scanned page {number + 1}", fill="black")
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=180)
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A Word document with these paragraphs (and a table after them)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(grid.rows, table, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
