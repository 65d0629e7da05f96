// Reject a fact from Neo4j Browser: writes a correction record under the corrections' lock (the
// loader applies it after every load) and takes the fact out of the graph now (its properties
// kept on the record). The CO_INVESTIGATED pairs follow at the next load that names the fact's
// entities or `ctgraph corrections apply` (the API and the CLI update them at once).
// @param fact_type: string — the fact's type: PARTICIPATED_IN, INVOLVED_IN, ROUTE, AFFILIATED_WITH, ...
// @param source: string — the fact's source entity id, e.g. country:MK
// @param target: string — the fact's target entity id, e.g. operation:northwind
// @param author: string — who rejects it
// @param reason: string — why
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
WITH toString(datetime.realtime()) AS now
CREATE (c:Correction {
  id: 'c' + left(replace(replace(replace(now, '-', ''), ':', ''), '.', ''), 21) + '-' + left(randomUUID(), 8),
  action: 'reject', key: $fact_type + ' ' + $source + ' ' + $target, fact_type: $fact_type,
  source: $source, target: $target, author: $author, reason: $reason, at: now
})
WITH c
OPTIONAL MATCH (s:Entity {id: $source})-[r]->(t:Entity {id: $target})
WHERE type(r) = $fact_type
CALL (c, r) {
  WITH * WHERE r IS NOT NULL
  SET c.snapshot = apoc.convert.toJson(properties(r))
  DELETE r
}
RETURN c.id AS correction, c.key AS rejected, r IS NOT NULL AS was_in_the_graph
