// Shortest connection between two actors: the shortest chain of extracted relationships
// (operations, organisations, people, places, routes; not documents) linking them.
// @param source: string — name, alias, ISO alpha-2 code or id of the first actor
// @param target: string — name, alias, ISO alpha-2 code or id of the second actor
MATCH (a:Entity)
WHERE a.id = $source OR toLower(a.name) = toLower($source) OR a.iso2 = toUpper($source)
   OR toLower($source) IN [x IN a.aliases | toLower(x)]
MATCH (b:Entity)
WHERE b <> a
  AND (b.id = $target OR toLower(b.name) = toLower($target) OR b.iso2 = toUpper($target)
       OR toLower($target) IN [x IN b.aliases | toLower(x)])
MATCH p = shortestPath((a)-[:PARTICIPATED_IN|INVOLVED_IN|AFFILIATED_WITH|HELD_IN|ROUTE|SUCCEEDED_BY*..10]-(b))
RETURN length(p) AS hops,
       [n IN nodes(p) | n.name] AS path,
       [r IN relationships(p) | type(r)] AS relations,
       [n IN nodes(p) | n.id] AS ids
ORDER BY hops
LIMIT 1
