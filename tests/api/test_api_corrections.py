"""The corrections routes on the real graph: a rejection made with the write key leaves the
reads at once, the log and the history of the fact carry ETags, rejected facts are shown on
request, a withdrawal brings the fact back; bad corrections and unknown ids answer the one
error shape."""

from __future__ import annotations

from api_builders import WRITE_KEY
from fastapi.testclient import TestClient

WRITE = {"X-API-Key": WRITE_KEY}
OP = "operation:api-danube-shield"
FACT = {"fact_type": "PARTICIPATED_IN", "source": "country:RO", "target": OP}
KEY = f"PARTICIPATED_IN country:RO {OP}"


def test_reject_read_history_and_withdraw(keyed: TestClient) -> None:
    assert "country:RO" in keyed.get(f"/operations/{OP}", headers=WRITE).text
    body = {"action": "reject", "author": "ana", "reason": "not in the text", **FACT}
    made = keyed.post("/corrections", json=body, headers=WRITE)
    assert made.status_code == 201, made.text
    record = made.json()
    assert record["key"] == KEY and record["author"] == "ana" and record["at"]
    assert "country:RO" not in keyed.get(f"/operations/{OP}", headers=WRITE).text

    listed = keyed.get("/corrections", params={"key": KEY}, headers=WRITE)
    assert [(i["record"]["id"], i["state"]) for i in listed.json()["items"]] == [
        (record["id"], "active")
    ]
    tag = listed.headers["ETag"]
    again = keyed.get("/corrections", params={"key": KEY}, headers={**WRITE, "If-None-Match": tag})
    assert again.status_code == 304
    hidden = keyed.get("/corrections/rejected", headers=WRITE).json()
    assert [h["correction"]["key"] for h in hidden] == [KEY] and hidden[0]["evidence"]

    gone = keyed.delete(f"/corrections/{record['id']}", params={"author": "ben"}, headers=WRITE)
    assert gone.status_code == 200 and gone.json()["withdraws"] == record["id"]
    assert "country:RO" in keyed.get(f"/operations/{OP}", headers=WRITE).text
    history = keyed.get("/corrections/history", params={"key": KEY}, headers=WRITE).json()
    assert [(h["record"]["action"], h["record"]["author"], h["state"]) for h in history] == [
        ("reject", "ana", "withdrawn"),
        ("withdraw", "ben", "recorded"),
    ]
    assert (
        keyed.get(
            "/corrections", params={"key": KEY}, headers={**WRITE, "If-None-Match": tag}
        ).status_code
        == 200
    )


def test_bad_corrections_and_unknown_ids_answer_problem_details(keyed: TestClient) -> None:
    bad = {"action": "assert", "author": "ana", **FACT}  # no evidence
    answer = keyed.post("/corrections", json=bad, headers=WRITE)
    assert answer.status_code == 422 and "evidence" in answer.json()["detail"]
    assert answer.headers["content-type"].startswith("application/problem+json")
    unknown = keyed.delete("/corrections/c-none", params={"author": "ana"}, headers=WRITE)
    assert unknown.status_code == 404 and "c-none" in unknown.json()["detail"]


def test_corrections_need_a_write_key(keyed: TestClient) -> None:
    body = {"action": "reject", "author": "ana", **FACT}
    assert keyed.post("/corrections", json=body).status_code == 401
    assert keyed.delete("/corrections/c-none", params={"author": "ana"}).status_code == 401


def test_the_browser_guide_page_is_served_without_a_key(keyed: TestClient) -> None:
    page = keyed.get("/browser/corrections.html")
    assert page.status_code == 200 and "<slide>" in page.text
    assert page.headers["Access-Control-Allow-Origin"] == "*"
