// Set properties of an entity (an operation's year or crime, a name) over the extracted values,
// from Neo4j Browser: writes one correction record per property (the loader applies them after
// every load) and sets the values now (the extracted ones kept on the records). The
// CO_INVESTIGATED pairs of an operation follow at the next load that names it or
// `ctgraph corrections apply` (the API and the CLI update them at once).
// @param entity: string — the entity id, e.g. operation:northwind
// @param values: map — the properties to set, e.g. {year: 2017}
// @param author: string — who sets them
// @param reason: string — why
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
  author: $author, reason: $reason, at: now
})
WITH e, collect(c.id) AS corrections
SET e += $values
RETURN corrections, e.id AS entity, $values AS set
