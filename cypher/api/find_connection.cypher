// The shortest chain of facts (any relationship but MENTIONS, at most 8 hops) between two entities.
// No row when an id is unknown; a null path when they are not connected. Entities carry the
// loader's `Entity` label (unique `id`, cypher/schema.cypher), so both lookups use its index;
// documents are not entities.
// @param source: string — id of the first entity
// @param target: string — id of the second entity
MATCH (a:Entity {id: $source})
MATCH (b:Entity {id: $target})
WITH a, b LIMIT 1
OPTIONAL MATCH p = shortestPath((a)-[*..8]-(b))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN a.id AS source, b.id AS target,
       [n IN nodes(p) | {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: n.name}]
         AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]
         AS relationships
