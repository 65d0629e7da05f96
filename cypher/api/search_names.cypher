// Entities whose name or aliases match a Lucene query, through the `entity_names` fulltext index,
// best first.
// @param label = null: string — only entities of this label; null: any
// @param limit: int — page size
// @param query: string — escaped Lucene query
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, id
LIMIT $limit
