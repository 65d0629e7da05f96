"""What a record must hold before it leaves extraction, so that the loader takes it whole.

The loader (`graph/facts.py`) refuses a whole document for one bad relation. Extraction checks
the parts it can get wrong on its own and repairs them, saying so in `record.warnings`:
- a relation whose end is no entity of the record (an organisation named by a frame but never
  emitted as an entity) is dropped;
- offsets outside the text and confidences outside [0, 1] are clamped.
The graph model's own checks (labels, property types) run where both layers meet
(`ctgraph.ingest.checked_facts`), for `ctgraph extract` as for `ctgraph ingest`.
"""

from __future__ import annotations

import dataclasses

from ctgraph.extract.records import DocumentRecord, Evidence, Relation


def checked(record: DocumentRecord) -> DocumentRecord:
    """The record with its dangling relations dropped and its numbers in range;
    each change is one line of `record.warnings`."""
    ids = {entity.id for entity in record.entities}
    kept: list[Relation] = []
    size = len(record.document.text)
    for relation in record.relations:
        missing = [end for end in (relation.source, relation.target) if end not in ids]
        if missing:
            record.warnings.append(
                f"dropped {relation.type} {relation.source} -> {relation.target}: "
                f"{', '.join(missing)} is not an entity of the record"
            )
            continue
        kept.append(_in_range(relation, size, record.warnings))
    record.relations = kept
    return record


def _in_range(relation: Relation, size: int, warnings: list[str]) -> Relation:
    evidence = relation.evidence
    start, end = min(max(evidence.start, 0), size), min(max(evidence.end, 0), size)
    confidence = min(max(relation.confidence, 0.0), 1.0)
    if (start, end, confidence) == (evidence.start, evidence.end, relation.confidence):
        return relation
    warnings.append(
        f"repaired {relation.type} {relation.source} -> {relation.target}: "
        f"evidence {evidence.start}-{evidence.end}, confidence {relation.confidence} "
        f"out of range"
    )
    moved = Evidence(start, max(start, end), evidence.text, evidence.page)
    return dataclasses.replace(relation, evidence=moved, confidence=confidence)
