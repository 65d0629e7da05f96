// One document, the entities it mentions, and every fact (relationship) it gives evidence for with
// this document's own evidence: read from the document's MENTIONS evidence lists (`fact_*`, the
// full provenance) and each fact found by expanding from its endpoint with fewer relationships.
// @param id: string — id of the node
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[m:MENTIONS]->(s:Entity)
  UNWIND CASE WHEN m IS NULL THEN [] ELSE range(0, size(coalesce(m.fact_type, [])) - 1) END AS i
  WITH s, m.fact_type[i] AS type, m.fact_target[i] AS target,
       {document: $id, start: m.fact_start[i], end: m.fact_end[i], text: m.fact_text[i],
        confidence: m.fact_confidence[i],
        page: CASE WHEN m.fact_page[i] > 0 THEN m.fact_page[i] END} AS evidence
  WITH s, type, target, collect(evidence) AS evidence
  MATCH (t:Entity {id: target})
  CALL (s, t, type) {
    WITH * WHERE COUNT { (t)<--() } <= COUNT { (s)-->() }
    MATCH (t)<-[found]-()
    WHERE type(found) = type AND startNode(found) = s
    RETURN found AS r
    UNION
    WITH * WHERE COUNT { (t)<--() } > COUNT { (s)-->() }
    MATCH (s)-[found]->()
    WHERE type(found) = type AND endNode(found) = t
    RETURN found AS r
  }
  WITH r, s, t, evidence
  ORDER BY type(r), s.id, t.id
  RETURN collect({
    type: type(r), evidence: evidence,
    rel: r {.role, .crime, .purpose, .kind, .confidence, .extractor},
    source: {id: s.id, label: [l IN labels(s) WHERE l <> 'Entity'][0], name: s.name},
    target: {id: t.id, label: [l IN labels(t) WHERE l <> 'Entity'][0], name: t.name}
  }) AS facts
}
RETURN d {.id, .title, .source, .sha256, .language, date: toString(d.date),
          loaded_at: toString(d.loaded_at)} AS document,
       [(d)-[m:MENTIONS]->(e) | {id: e.id, label: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name,
                                  count: m.count}]
         AS entities,
       facts
