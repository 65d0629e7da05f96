"""Hostile documents, generated (nothing downloaded): encrypted PDFs, decompression bombs, a
DOCX of millions of paragraphs, and mutations of good files for fuzzing.

Used by the reader tests (`tests/extract/test_reader_hostile.py`) and the reader benchmark
(`benchmarks/bench_readers.py`); every builder is deterministic for a given seed.
"""

from __future__ import annotations

import random
import zipfile
import zlib
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from document_builders import docx_bytes, pdf_bytes

PARAGRAPH = (
    "Police of Serbia and Hungary arrested twelve members of a smuggling network on Monday. "
    "The operation was coordinated by Europol and supported by the SELEC Center in Bucharest."
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def encrypted_pdf(method: str, *, user_password: str = "", text: str = PARAGRAPH) -> bytes:
    """A one-page PDF of `text` (Latin-1) encrypted with `RC4`, `AES_128` or `AES_256`
    (fpdf2's handlers)."""
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.set_encryption(
        owner_password="owner", user_password=user_password,
        encryption_method=EncryptionMethod[method],
    )  # fmt: skip
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def unsupported_handler_pdf() -> bytes:
    """An encrypted PDF whose security handler is not the standard one (same length: the
    offsets of its cross-reference table stay right)."""
    return encrypted_pdf("RC4").replace(b"/Filter /Standard", b"/Filter /Custom__", 1)


def damaged_rc4_pdf() -> bytes:
    """An RC4 PDF whose key length is zero (pypdf divided by it)."""
    return encrypted_pdf("RC4").replace(b"/Length 128", b"/Length 000", 1)


def raw_pdf(contents: list[bytes], *, filters: str = "/FlateDecode") -> bytes:
    """A PDF written by hand: one page per content stream, given already encoded."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(contents)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(contents)} >>".encode())
    font = 3 + 2 * len(contents)
    for i, stream in enumerate(contents):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        head = f"<< /Length {len(stream)} /Filter {filters} >>\nstream\n".encode()
        objects.append(head + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.writelines(f"{offset:010} 00000 n \n".encode() for offset in offsets)
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _deflated(chunks: Iterator[bytes]) -> bytes:
    packer = zlib.compressobj(9)
    parts = [packer.compress(chunk) for chunk in chunks]
    return b"".join(parts) + packer.flush()


def flate_bomb_pdf(inflated_mb: int = 1000) -> bytes:
    """One page whose content stream inflates to `inflated_mb` MB (1000: a ~1 MB file)."""
    text = b"BT /F1 12 Tf 72 700 Td (Police of Serbia.) Tj ET\n"
    spaces = b" " * (1 << 20)
    return raw_pdf([_deflated(iter((text, *(spaces for _ in range(inflated_mb)))))])


def many_streams_pdf(pages: int = 120, inflated_mb: int = 3) -> bytes:
    """`pages` pages, each a stream just under a per-stream bound: the total is the bomb."""
    block = b"BT ET " * ((1 << 20) // 6)
    bomb = _deflated(block for _ in range(inflated_mb))
    return raw_pdf([bomb] * pages)


def _docx_archive(document_xml: Iterator[bytes]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for chunk in document_xml:
                member.write(chunk)
    return buffer.getvalue()


def _body(inner: Iterator[bytes]) -> Iterator[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>'.encode()
    yield from inner
    yield b"</w:body></w:document>"


def paragraphs_docx(count: int = 2_000_000) -> bytes:
    """A DOCX of `count` one-word paragraphs (two million: ~230 KB)."""
    block = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 10_000
    return _docx_archive(_body(block for _ in range(count // 10_000)))


def zip_bomb_docx(inflated_mb: int = 600) -> bytes:
    """A DOCX whose one paragraph's runs inflate to `inflated_mb` MB (600: ~600 KB)."""
    run = b"<w:r><w:t>a</w:t></w:r>" * ((1 << 20) // 23)
    inner = (b"<w:p>", *(run for _ in range(inflated_mb)), b"</w:p>")
    return _docx_archive(_body(iter(inner)))


def whitespace_bomb_docx(inflated_mb: int = 600) -> bytes:
    """A DOCX whose body is mostly whitespace between two paragraphs."""
    inner = (b"<w:p><w:r><w:t>Police.</w:t></w:r></w:p>",
             *(b" " * (1 << 20) for _ in range(inflated_mb)), b"<w:p/>")  # fmt: skip
    return _docx_archive(_body(iter(inner)))


def hostile_set() -> dict[str, bytes]:
    """Every hostile kind by file name (the bombs at full size)."""
    return {
        "rc4-password.pdf": encrypted_pdf("RC4", user_password="secret"),
        "aes256-password.pdf": encrypted_pdf("AES_256", user_password="secret"),
        "unsupported-handler.pdf": unsupported_handler_pdf(),
        "damaged-rc4.pdf": damaged_rc4_pdf(),
        "flate-bomb.pdf": flate_bomb_pdf(),
        "many-streams.pdf": many_streams_pdf(),
        "zip-bomb.docx": zip_bomb_docx(),
        "whitespace-bomb.docx": whitespace_bomb_docx(),
        "two-million-paragraphs.docx": paragraphs_docx(),
    }


def good_documents() -> dict[str, bytes]:
    """Good PDF, DOCX and HTML files: the seeds of the mutations."""
    html = (
        "<html><head><title>Operation</title><style>p{}</style></head><body><nav>Home | News</nav>"
        f"<article><h1>Arrests</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    )
    return {
        "good.pdf": pdf_bytes([PARAGRAPH, PARAGRAPH]),
        "good-uncompressed.pdf": pdf_bytes([PARAGRAPH], compress=False),
        "good-aes.pdf": encrypted_pdf("AES_128"),
        "good.docx": docx_bytes([PARAGRAPH, PARAGRAPH], [["Serbia", "12"]]),
        "good.html": html.encode(),
    }


def mutations(data: bytes, count: int, *, seed: int) -> Iterator[bytes]:
    """`count` mutants of the file: bytes flipped, runs deleted, duplicated or truncated."""
    rng = random.Random(seed)
    for _ in range(count):
        mutant = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            at = rng.randrange(len(mutant)) if mutant else 0
            if kind < 0.5:  # a few random bytes
                for i in range(rng.randint(1, 8)):
                    if at + i < len(mutant):
                        mutant[at + i] = rng.randrange(256)
            elif kind < 0.7:  # a run deleted
                del mutant[at : at + rng.randint(1, 64)]
            elif kind < 0.85:  # a run duplicated
                mutant[at:at] = mutant[at : at + rng.randint(1, 256)]
            else:  # truncated
                del mutant[at:]
        yield bytes(mutant)


def refused_mutants(data: bytes, count: int, *, seed: int) -> Iterator[bytes]:
    """`count` mutants of the file that the reader refuses (damaged beyond reading)."""
    from ctgraph.extract.errors import InputError
    from ctgraph.extract.reader import read_bytes

    found = 0
    for mutant in mutations(data, count * 20, seed=seed):
        try:
            read_bytes(mutant, "mutant.pdf")
        except InputError:
            found += 1
            yield mutant
            if found == count:
                return
    raise AssertionError(f"fewer than {count} refused mutants")  # never with these seeds


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def ingest_batch(
    texts: list[str], *, mutants: int = 20
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """One batch for `ctgraph ingest`: good files made of the five `texts` (a PDF, a DOCX, an
    HTML page, PDFs encrypted with RC4 and AES-256 and an empty user password) and bad ones (the
    hostile set at full size and `mutants` mutated PDFs that cannot be read), by file name."""
    first, second, third, fourth, fifth = texts
    good = {
        "good-one.pdf": pdf_bytes([_latin1(first)]),
        "good-two.docx": docx_bytes(second.split("\n\n")),
        "good-three.html": (
            "<html><head><title>Three</title></head><body><article>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in third.split("\n\n"))
            + "</article></body></html>"
        ).encode(),
        "good-four-rc4-empty-password.pdf": encrypted_pdf("RC4", text=_latin1(fourth)),
        "good-five-aes256-empty-password.pdf": encrypted_pdf("AES_256", text=_latin1(fifth)),
    }
    seed = pdf_bytes([PARAGRAPH, PARAGRAPH])
    bad = hostile_set() | {
        f"mutated-{number:02}.pdf": mutant
        for number, mutant in enumerate(refused_mutants(seed, mutants, seed=22))
    }
    return good, bad


def write_files(folder: Path, files: dict[str, bytes]) -> Path:
    """The files written into `folder`; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


# Runs the `ctgraph` command line and writes its peak resident memory (VmHWM, which exec
# resets: ru_maxrss would keep the forking parent's) to stderr as its last line.
PEAK_RSS_CLI = """
import atexit, sys
from pathlib import Path

def peak() -> None:
    status = Path("/proc/self/status").read_text().splitlines()
    kb = next(line for line in status if line.startswith("VmHWM")).split()[1]
    sys.stderr.write(f"\\npeak-rss-kb {kb}\\n")

atexit.register(peak)
sys.argv = ["ctgraph", *sys.argv[1:]]
from ctgraph.cli import main
main()
"""


def peak_rss_mb(stderr: str) -> float:
    """The peak RSS a `PEAK_RSS_CLI` run wrote, in MB."""
    line = next(line for line in reversed(stderr.splitlines()) if line.startswith("peak-rss-kb"))
    return int(line.split()[1]) / 1024
