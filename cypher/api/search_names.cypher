// search_names: entities whose name or aliases match a Lucene query, through the `entity_names`
// fulltext index, best first: how many match, and one page of them.
// Parameters: $query (escaped Lucene), $label, $offset, $limit.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], name: node.name,
              aliases: coalesce(node.aliases, []), score: score}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
