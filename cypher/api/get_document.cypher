// One document, the entities it mentions, and every fact (relationship) it gives evidence for,
// found from the entities it mentions.
// @param id: string — id of the node
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:MENTIONS]->(x)-[r]-(y)
  WHERE type(r) <> 'MENTIONS' AND $id IN coalesce(r.evidence_doc, [])
  WITH DISTINCT r
  WHERE r IS NOT NULL
  WITH r, startNode(r) AS s, endNode(r) AS t
  ORDER BY type(r), s.id, t.id
  RETURN collect({
    type: type(r), rel: properties(r),
    source: {id: s.id, label: [l IN labels(s) WHERE l <> 'Entity'][0], name: s.name},
    target: {id: t.id, label: [l IN labels(t) WHERE l <> 'Entity'][0], name: t.name}
  }) AS facts
}
RETURN d {.id, .title, .source, .sha256, .language, loaded_at: toString(d.loaded_at)} AS document,
       [(d)-[m:MENTIONS]->(e) | {id: e.id, label: [l IN labels(e) WHERE l <> 'Entity'][0], name: e.name,
                                  count: m.count}]
         AS entities,
       facts
