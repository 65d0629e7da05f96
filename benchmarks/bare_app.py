"""The bare FastAPI endpoint the API benchmark compares every route with: a constant, no I/O."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def bare() -> dict[str, bool]:
    """A constant: what FastAPI, uvicorn and the client cost on this machine."""
    return {"ok": True}
