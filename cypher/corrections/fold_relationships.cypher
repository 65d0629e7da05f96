// Merging an entity into another: every fact of the absorbed entity (not its MENTIONS, not the
// derived CO_INVESTIGATED) moves to the kept one, with its properties; one between the two
// entities is dropped. Duplicates this makes are combined by recount_facts.
// @param rows: list — list of maps {keep, other}: the kept entity's id and the absorbed one's
UNWIND $rows AS row
MATCH (a:Entity {id: row.keep})
MATCH (b:Entity {id: row.other})
MATCH (b)-[r]-(t)
WHERE NOT type(r) IN ['MENTIONS', 'CO_INVESTIGATED']
WITH DISTINCT a, b, r, t
WITH a, r, t, startNode(r) = b AS out, type(r) AS type, properties(r) AS props
DELETE r
WITH a, t, out, type, props
WHERE t <> a
CALL (a, t, out, type, props) {
  WITH * WHERE out
  CREATE (a)-[n:$(type)]->(t)
  SET n = props
}
CALL (a, t, out, type, props) {
  WITH * WHERE NOT out
  CREATE (t)-[n:$(type)]->(a)
  SET n = props
}
RETURN count(*) AS moved
