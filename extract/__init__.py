"""Extraction: a spaCy pipeline from raw text to typed records (`records`) with evidence and
confidence. It imports neither `graph/` nor `api/` nor `ctgraph/`; its output is the JSON Lines
contract of `docs/extraction-output.md`."""
