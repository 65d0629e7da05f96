// search_names: entities whose name or aliases match a Lucene query, through the `entity_names`
// fulltext index, best first. Parameters: $query (escaped Lucene), $label, $limit.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name,
       coalesce(node.aliases, []) AS aliases, score
ORDER BY score DESC, id
LIMIT $limit
