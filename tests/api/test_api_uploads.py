"""`POST /uploads`: PDF, DOCX and text uploads; a scan without text is refused."""

from __future__ import annotations

import pytest
from api_builders import WRITE_KEY
from document_builders import docx_bytes, pdf_bytes, scanned_pdf_bytes
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j
WRITE = {"X-API-Key": WRITE_KEY}
FACT = "Police of Romania and Bulgaria took part in Operation TARA in 2009."


def test_a_pdf_upload_is_loaded_with_the_page_of_its_evidence(keyed: TestClient) -> None:
    pdf = pdf_bytes(["Joint report on smuggling.", FACT])
    answer = keyed.post(
        "/uploads", headers=WRITE, files={"file": ("tara.pdf", pdf, "application/pdf")}
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["status"] == "loaded" and body["relations"] > 0
    stored = keyed.get(f"/documents/{body['id']}", headers=WRITE).json()
    assert FACT in str(stored)


def test_a_docx_upload_with_a_title_and_source(keyed: TestClient) -> None:
    docx = docx_bytes(["Joint memo", FACT])
    files = {"file": ("memo.docx", docx, "application/octet-stream")}
    data = {"source": "https://example.org/memo", "title": "Memo"}
    answer = keyed.post("/uploads", headers=WRITE, files=files, data=data)
    assert answer.status_code == 201, answer.text
    assert answer.json()["id"].startswith("memo-")
    again = keyed.post("/uploads", headers=WRITE, files=files, data=data)
    assert again.json() == {**answer.json(), "status": "unchanged"}


def test_a_scanned_pdf_is_refused_with_its_reason(keyed: TestClient) -> None:
    files = {"file": ("scan.pdf", scanned_pdf_bytes(), "application/pdf")}
    answer = keyed.post("/uploads", headers=WRITE, files=files)
    assert answer.status_code == 422
    assert "without a text layer" in answer.json()["detail"]


def test_uploads_need_a_write_key(keyed: TestClient) -> None:
    files = {"file": ("a.txt", FACT.encode(), "text/plain")}
    assert keyed.post("/uploads", files=files).status_code == 401
