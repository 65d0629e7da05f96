// The corrections in force around an entity, as a graph: each rejected fact as a red `REJECTED`
// link and each asserted one as a green `ASSERTED` link (virtual: nothing is written), between
// the entities they name, with the facts the graph holds about the entity.
// @param entity: string — an entity id, e.g. operation:northwind
MATCH (e:Entity {id: $entity})
OPTIONAL CALL (e) {
  MATCH (c:Correction)
  WHERE c.action IN ['reject', 'assert'] AND c.fact_type IS NOT NULL
    AND e.id IN [c.source, c.target]
    AND NOT EXISTS { MATCH (:Correction {withdraws: c.id}) }
  MATCH (s:Entity {id: c.source})
  MATCH (t:Entity {id: c.target})
  RETURN s, t, apoc.create.vRelationship(s, CASE c.action WHEN 'reject' THEN 'REJECTED' ELSE 'ASSERTED' END,
           {fact: c.fact_type, by: c.author, at: c.at, why: coalesce(c.reason, ''), correction: c.id}, t) AS link
}
OPTIONAL MATCH (e)-[r]-(x:Entity)
WHERE type(r) <> 'CO_INVESTIGATED'
RETURN s, t, link, collect(r) AS facts, collect(x) AS others
