// Reject a fact from Neo4j Browser: writes a correction record under the corrections' lock (the
// loader applies it after every load) and takes the fact out of the graph now (its properties
// kept on the record); the CO_INVESTIGATED pairs of its operation are derived again with the
// loader's own pair rule (run through APOC core's `apoc.cypher.doIt`).
// @param fact_type: string — the fact's type: PARTICIPATED_IN, INVOLVED_IN, ROUTE, AFFILIATED_WITH, ...
// @param source: string — the fact's source entity id, e.g. country:MK
// @param target: string — the fact's target entity id, e.g. operation:northwind
// @param author: string — who rejects it
// @param reason: string — why
// @param refresh: string — the pair rule, cypher/load/refresh_pairs.cypher (the guide fills it in)
// @param recent: int — the pair rule's newest-operations cap, the model's parameter (the guide fills it in)
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
WITH toString(datetime.realtime()) AS now
CREATE (c:Correction {
  id: 'c' + left(replace(replace(replace(now, '-', ''), ':', ''), '.', ''), 21) + '-' + left(randomUUID(), 8),
  action: 'reject', key: $fact_type + ' ' + $source + ' ' + $target, fact_type: $fact_type,
  source: $source, target: $target, author: $author, reason: $reason, at: now, paired: true
})
WITH c
OPTIONAL MATCH (s:Entity {id: $source})-[r]->(t:Entity {id: $target})
WHERE type(r) = $fact_type
CALL (c, r) {
  WITH * WHERE r IS NOT NULL
  SET c.snapshot = apoc.convert.toJson(properties(r))
  DELETE r
}
WITH c, t, r IS NOT NULL AS found
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
RETURN c.id AS correction, c.key AS rejected, found AS was_in_the_graph, pairs AS pairs_derived_again
