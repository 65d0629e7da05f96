// Set properties of an entity (an operation's year or crime, a name) over the extracted values,
// from Neo4j Browser: writes one correction record per property (the loader applies them after
// every load) and sets the values now (the extracted ones kept on the records); the
// CO_INVESTIGATED pairs of an operation are derived again with the loader's own pair rule (run
// through APOC core's `apoc.cypher.doIt`).
// @param entity: string — the entity id, e.g. operation:northwind
// @param values: map — the properties to set, e.g. {year: 2017}
// @param author: string — who sets them
// @param reason: string — why
// @param refresh: string — the pair rule, cypher/load/refresh_pairs.cypher (the guide fills it in)
// @param recent: int — the pair rule's newest-operations cap, the model's parameter (the guide fills it in)
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
WITH toString(datetime.realtime()) AS now
MATCH (e:Entity {id: $entity})
UNWIND keys($values) AS property
CREATE (c:Correction {
  id: 'c' + left(replace(replace(replace(now, '-', ''), ':', ''), '.', ''), 21) + '-' + left(randomUUID(), 8),
  action: 'set', key: $entity + ' ' + property, entity: $entity, property: property,
  value: apoc.convert.toJson($values[property]), snapshot: apoc.convert.toJson(e[property]),
  author: $author, reason: $reason, at: now, paired: true
})
WITH e, collect(c.id) AS corrections
SET e += $values
WITH e, corrections
CALL (e) {
  WITH * WHERE e:Operation
  CALL (e) {
    MATCH (a:Country)-[:PARTICIPATED_IN]->(e)<-[:PARTICIPATED_IN]-(b:Country)
    WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
    RETURN a.id AS a, b.id AS b
    UNION
    MATCH (a:Country)-[p:CO_INVESTIGATED]->(b:Country)
    WHERE e.id IN p.operations
    RETURN a.id AS a, b.id AS b
  }
  CALL apoc.cypher.doIt($refresh, {rows: [{a: a, bs: [b]}], recent: $recent}) YIELD value
  RETURN count(*) AS pairs
}
RETURN corrections, e.id AS entity, $values AS set, pairs AS pairs_derived_again
