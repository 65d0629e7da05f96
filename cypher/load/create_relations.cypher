// Create extracted relationships that cannot exist yet (an endpoint was created in this
// transaction), in one batch, without looking for them: what merge_relations writes for a new
// relationship (the props, extractor, the number of supporting documents, the highest confidence,
// and the first `$cap` entries of the evidence as its sample).
// @param rows: list — list of maps {source, target, type, props, extractor, documents, confidence, evidence_doc, evidence_start, evidence_end, evidence_text, evidence_confidence}
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r += row.props,
    r.extractor = row.extractor,
    r.evidence_count = row.documents,
    r.confidence = row.confidence,
    r.evidence_doc = row.evidence_doc[..$cap],
    r.evidence_start = row.evidence_start[..$cap],
    r.evidence_end = row.evidence_end[..$cap],
    r.evidence_text = row.evidence_text[..$cap],
    r.evidence_confidence = row.evidence_confidence[..$cap]
RETURN count(r) AS created
