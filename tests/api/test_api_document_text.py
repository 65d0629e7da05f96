"""`GET /documents/{id}/text`: the stored text, plain or as a page with the evidence marked; PDF
page numbers carried by every evidence entry the API returns."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from api_builders import CORPUS, DOC_ID, TEXT, WRITE_KEY
from document_builders import pdf_bytes
from fastapi.testclient import TestClient
from neo4j import Driver
from offline_page import CHROMIUM, offline_page

from ctgraph.api.caching import forget_version
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j
WRITE = {"X-API-Key": WRITE_KEY}
PROBLEM = "application/problem+json"
FACT = "Police of Romania and Bulgaria took part in Operation Northwind in 2019."


def test_the_text_is_the_one_the_offsets_point_into(client: TestClient) -> None:
    answer = client.get(f"/documents/{DOC_ID}/text")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/plain; charset=utf-8"
    assert answer.text == TEXT
    document = client.get(f"/documents/{DOC_ID}").json()
    for fact in document["facts"]:
        for evidence in fact["evidence"]:
            assert answer.text[evidence["start"] : evidence["end"]] == evidence["text"]
            assert evidence["page"] is None  # not a PDF


def test_the_text_is_cached_like_every_read(client: TestClient) -> None:
    first = client.get(f"/documents/{DOC_ID}/text")
    tag = first.headers["etag"]
    again = client.get(f"/documents/{DOC_ID}/text", headers={"If-None-Match": tag})
    assert again.status_code == 304
    html = client.get(f"/documents/{DOC_ID}/text", params={"format": "html"})
    assert html.headers["etag"] != tag  # another representation, another tag


def test_the_html_view_marks_every_evidence_span(client: TestClient) -> None:
    answer = client.get(f"/documents/{DOC_ID}/text", params={"format": "html"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    page = answer.text
    titles = re.findall(r'<mark title="([^"]*)"', page)
    assert "Serbia PARTICIPATED_IN Operation Danube Shield" in "; ".join(titles)
    assert any("SELEC INVOLVED_IN Operation Danube Shield" in t for t in titles)
    assert any("Turkey ROUTE Serbia" in t for t in titles)
    # self-contained: inline CSS, nothing fetched (no link, script, image, font or URL)
    assert "<style>" in page
    assert not re.search(r"<(link|script|img|iframe)\b|https?://|url\(|@import", page)
    # the text itself, escaped, is all there
    assert re.sub(r"<[^>]+>", "", page.split('<div class="text">')[1]).startswith("Police of")


def test_an_unknown_document_or_text_is_a_404_problem(
    client: TestClient, loaded: Driver, neo4j_settings: Settings
) -> None:
    unknown = client.get("/documents/no-such-document/text")
    assert (unknown.status_code, unknown.headers["content-type"]) == (404, PROBLEM)
    assert "no-such-document" in unknown.json()["detail"]
    record = {"document": {"id": "api-without-text", "sha256": "1"}, "entities": []}
    load_document(loaded, as_facts(record), database=neo4j_settings.neo4j_database)
    forget_version(client.app.state)  # type: ignore[attr-defined]  # loaded by another process
    missing = client.get("/documents/api-without-text/text", params={"format": "html"})
    assert (missing.status_code, missing.headers["content-type"]) == (404, PROBLEM)
    assert "no stored text" in missing.json()["detail"]
    bad = client.get(f"/documents/{DOC_ID}/text", params={"format": "pdf"})
    assert (bad.status_code, bad.headers["content-type"]) == (422, PROBLEM)


def test_a_pdf_gives_the_page_of_every_evidence_entry(keyed: TestClient) -> None:
    pdf = pdf_bytes(["Joint report on smuggling in the region.", FACT])
    files = {"file": ("northwind.pdf", pdf, "application/pdf")}
    answer = keyed.post("/uploads", headers=WRITE, files=files)
    assert answer.status_code == 201, answer.text
    doc_id = answer.json()["id"]
    document = keyed.get(f"/documents/{doc_id}", headers=WRITE).json()
    evidence = [e for fact in document["facts"] for e in fact["evidence"]]
    assert evidence and {e["page"] for e in evidence} == {2}, evidence
    text = keyed.get(f"/documents/{doc_id}/text", headers=WRITE).text
    assert FACT in text and text.index(FACT) > text.index("Joint report")
    # the relationships' evidence sample carries it too (what /operations reads)
    operation = next(f["target"]["id"] for f in document["facts"] if f["type"] == "PARTICIPATED_IN")
    found = keyed.get(f"/operations/{operation}", headers=WRITE).json()
    sampled = [e for p in found["participants"] for e in p["evidence"] if e["document"] == doc_id]
    assert sampled and {e["page"] for e in sampled} == {2}, sampled
    html = keyed.get(f"/documents/{doc_id}/text", headers=WRITE, params={"format": "html"}).text
    assert "(page 2)" in html and "p.&nbsp;2" in html


_LATIN1 = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_the_html_view_renders_offline_in_chromium(
    keyed: TestClient, open_server: str, tmp_path: Path
) -> None:
    """A corpus text as a two-page PDF, uploaded, then its page in headless Chromium with every
    outside request refused. With `CTGRAPH_DOCUMENT_TEXT_SCREENSHOT=docs/img/document-text.png`
    the test saves the screenshot docs/api.md shows."""
    text = (CORPUS / "selec-mirage-meeting-2016.txt").read_text("utf-8").translate(_LATIN1)
    paragraphs = text.encode("latin-1", "replace").decode("latin-1").split("\n\n")
    half = len(paragraphs) // 2
    pdf = pdf_bytes(["\n\n".join(paragraphs[:half]), "\n\n".join(paragraphs[half:])])
    files = {"file": ("mirage-meeting.pdf", pdf, "application/pdf")}
    doc_id = keyed.post("/uploads", headers=WRITE, files=files).json()["id"]
    with offline_page(900, 1000) as (page, outside):
        page.goto(f"{open_server}/documents/{doc_id}/text?format=html")
        marks = page.locator("mark[title]")
        marks.first.wait_for(timeout=20_000)
        assert marks.count() >= 3
        assert "(page 2)" in " ".join(m.get_attribute("title") or "" for m in marks.all())
        target = os.environ.get("CTGRAPH_DOCUMENT_TEXT_SCREENSHOT")
        page.screenshot(path=target or str(tmp_path / "document-text.png"), full_page=True)
    assert not outside, f"the page reached outside: {outside}"
