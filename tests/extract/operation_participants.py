"""The participants of each operation a text gives, as the tests of operations read them."""

from __future__ import annotations

from ctgraph.extract.batch import extract_text


def operations(text: str) -> dict[str, set[str]]:
    """Operation name (or `unnamed`) -> alpha-2 codes of its participants."""
    record = extract_text(text, doc_id="t", source="t.txt")
    iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
    return {
        op.name or "unnamed": {
            iso[r.source] for r in record.relations
            if r.type == "PARTICIPATED_IN" and r.target == op.id
        }
        for op in record.by_label("Operation")
    }  # fmt: skip
