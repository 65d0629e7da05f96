// Create extracted relationships that cannot exist yet (an endpoint was created in this
// transaction), in one batch, without looking for them: what merge_relations writes for a new
// relationship (the props, extractor, the number of supporting documents, the highest confidence,
// and the first `$cap` entries of the evidence as its sample). The properties are named, each
// extracted relationship property of graph/model.yaml (a missing one is null: not stored), never
// set from a map: `SET r += row.props` made the planner hold every row twice (Eager operators).
// @param rows: list — list of maps {source, target, type, props, extractor, documents, confidence, evidence_doc, evidence_start, evidence_end, evidence_text, evidence_confidence, evidence_page}
// @param cap: int — most evidence entries a relationship keeps as its sample
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {
  how: row.props.how, role: row.props.role, crime: row.props.crime, purpose: row.props.purpose,
  from_role: row.props.from_role, to_role: row.props.to_role, kind: row.props.kind,
  extractor: row.extractor, evidence_count: row.documents, confidence: row.confidence,
  evidence_doc: row.evidence_doc[..$cap], evidence_start: row.evidence_start[..$cap],
  evidence_end: row.evidence_end[..$cap], evidence_text: row.evidence_text[..$cap],
  evidence_confidence: row.evidence_confidence[..$cap], evidence_page: row.evidence_page[..$cap]
}]->(t)
RETURN count(r) AS created
