"""A copy of the shipped pipeline config with the fault-drill component (`extract/faults.py`)
added at the end: it raises (or ends its process) on the documents that hold a marker."""

from __future__ import annotations

from pathlib import Path

import spacy

from ctgraph.extract.pipeline import CONFIG_PATH

MARKER = "FAULT-DRILL-MARKER"


def fault_config(folder: Path, *, action: str = "raise", marker: str = MARKER) -> Path:
    """The path of a config whose last component fails on `marker` with `action`."""
    config = spacy.util.load_config(CONFIG_PATH, interpolate=False)
    config["nlp"]["pipeline"] = [*config["nlp"]["pipeline"], "fault"]
    config["components"]["fault"] = {"factory": "ctgraph_fault", "marker": marker, "action": action}
    path = folder / f"fault-{action}.cfg"
    config.to_disk(path)
    return path
