// Assert a fact the extractor missed, from Neo4j Browser: writes a correction record (the loader
// applies it after every load) and the fact now, marked with who asserted it and the source;
// the CO_INVESTIGATED pairs of its operation are derived again with the loader's own pair rule
// (run through APOC core's `apoc.cypher.doIt`).
// @param fact_type: string — the fact's type, e.g. PARTICIPATED_IN
// @param source: string — the source entity id, e.g. country:TR
// @param target: string — the target entity id, e.g. operation:northwind
// @param author: string — who asserts it
// @param reason: string — why
// @param source_document: string — the document id that says it
// @param quote: string — the sentence that says it
// @param refresh: string — the pair rule, cypher/load/refresh_pairs.cypher (the guide fills it in)
// @param recent: int — the pair rule's newest-operations cap, the model's parameter (the guide fills it in)
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
  source_document: $source_document, quote: $quote, paired: true
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
      new.evidence_text = [], new.evidence_confidence = [], new.evidence_page = []
  RETURN new AS r
  UNION
  WITH * WHERE found IS NOT NULL
  RETURN found AS r
}
SET r.asserted_by = c.author, r.asserted_at = c.at, r.correction = c.id,
    r.asserted_source = c.source_document, r.asserted_quote = c.quote
WITH c, t
CALL (t) {
  WITH * WHERE t:Operation AND $fact_type = 'PARTICIPATED_IN'
  CALL (t) {
    MATCH (a:Country)-[:PARTICIPATED_IN]->(t)<-[:PARTICIPATED_IN]-(b:Country)
    WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
    RETURN a.id AS a, b.id AS b
    UNION
    MATCH (a:Country)-[p:CO_INVESTIGATED]->(b:Country)
    WHERE t.id IN p.operations
    RETURN a.id AS a, b.id AS b
  }
  CALL apoc.cypher.doIt($refresh, {rows: [{a: a, bs: [b]}], recent: $recent}) YIELD value
  RETURN count(*) AS pairs
}
RETURN c.id AS correction, c.key AS asserted, pairs AS pairs_derived_again
