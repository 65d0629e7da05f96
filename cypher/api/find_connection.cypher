// The shortest chain of facts (any relationship but MENTIONS, at most 8 hops) between two entities.
// No row when an id is unknown; a null path when they are not connected. Entities carry the
// loader's `Entity` label (unique `id`, cypher/schema.cypher), so both lookups use its index;
// documents are not entities. A fact that links the two directly is looked for first, by type, so
// that two busy countries (tens of thousands of PARTICIPATED_IN each) are not walked: between
// entities other than operations, through every type that can link them (all but MENTIONS and
// PARTICIPATED_IN: a type left out only costs the walk, the answer stays the same); and
// PARTICIPATED_IN only when one end is an operation (a few countries each). Only without one is the
// breadth-first shortestPath run.
// @param source: string — id of the first entity
// @param target: string — id of the second entity
MATCH (a:Entity {id: $source})
MATCH (b:Entity {id: $target})
WITH a, b LIMIT 1
OPTIONAL CALL (a, b) {
  MATCH p = (a)-[:CO_INVESTIGATED|ROUTE|INVOLVED_IN|AFFILIATED_WITH|HELD_IN|SUCCEEDED_BY]-(b)
  RETURN p LIMIT 1
  UNION
  WITH a, b WHERE a:Operation OR b:Operation
  MATCH p = (a)-[:PARTICIPATED_IN]-(b)
  RETURN p LIMIT 1
}
WITH a, b, collect(p)[0] AS direct
OPTIONAL CALL (a, b, direct) {
  WITH a, b WHERE direct IS NULL
  MATCH p = shortestPath((a)-[*..8]-(b))
  WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
  RETURN p AS walked
}
WITH a, b, coalesce(direct, walked) AS p
RETURN a.id AS source, b.id AS target,
       [n IN nodes(p) | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name}]
         AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]
         AS relationships
