// Entities whose name or aliases match a Lucene query, through the `entity_names` fulltext index,
// best first: how many match, and one page of them.
// @param label = null: string — only entities of this label; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param query: string — escaped Lucene query
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], name: node.name,
              aliases: coalesce(node.aliases, []), score: score}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
