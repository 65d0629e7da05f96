// Assert a fact the extractor missed, from Neo4j Browser: writes a correction record (the loader
// applies it after every load) and the fact now, marked with who asserted it and the source.
// The CO_INVESTIGATED pairs follow at the next load that names the fact's entities or
// `ctgraph corrections apply` (the API and the CLI update them at once).
// @param fact_type: string — the fact's type, e.g. PARTICIPATED_IN
// @param source: string — the source entity id, e.g. country:TR
// @param target: string — the target entity id, e.g. operation:northwind
// @param author: string — who asserts it
// @param reason: string — why
// @param source_document: string — the document id that says it
// @param quote: string — the sentence that says it
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
WITH toString(datetime.realtime()) AS now
MATCH (s:Entity {id: $source})
MATCH (t:Entity {id: $target})
CREATE (c:Correction {
  id: 'c' + left(replace(replace(replace(now, '-', ''), ':', ''), '.', ''), 21) + '-' + left(randomUUID(), 8),
  action: 'assert', key: $fact_type + ' ' + $source + ' ' + $target, fact_type: $fact_type,
  source: $source, target: $target, author: $author, reason: $reason, at: now,
  source_document: $source_document, quote: $quote
})
WITH c, s, t
OPTIONAL MATCH (s)-[found]->(t)
WHERE type(found) = $fact_type
WITH c, s, t, head(collect(found)) AS found
CALL (s, t, found) {
  WITH * WHERE found IS NULL
  CREATE (s)-[new:$($fact_type)]->(t)
  SET new.evidence_count = 0, new.confidence = 1.0, new.extractor = 'analyst',
      new.evidence_doc = [], new.evidence_start = [], new.evidence_end = [],
      new.evidence_text = [], new.evidence_confidence = []
  RETURN new AS r
  UNION
  WITH * WHERE found IS NOT NULL
  RETURN found AS r
}
SET r.asserted_by = c.author, r.asserted_at = c.at, r.correction = c.id,
    r.asserted_source = c.source_document, r.asserted_quote = c.quote
RETURN c.id AS correction, c.key AS asserted
