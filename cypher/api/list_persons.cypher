// A page of persons by name, with their role and organisations; only those whose name or an alias
// contains `q`, and those affiliated with `organisation`, when given.
// @param limit: int — page size
// @param offset: int — rows to skip
// @param organisation = null: string — id of an organisation they are affiliated with; null: any
// @param q = null: string — words of a name or alias (case-insensitive); null: any
MATCH (p:Person)
WHERE ($q IS NULL OR toLower(p.name) CONTAINS toLower($q)
       OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($q)))
  AND ($organisation IS NULL OR EXISTS { (p)-[:AFFILIATED_WITH]->(:Organisation {id: $organisation}) })
WITH p ORDER BY p.name, p.id
WITH collect(p) AS persons
RETURN size(persons) AS total,
       [p IN persons[$offset..$offset + $limit] | p {
         .id, .name, .role, aliases: coalesce(p.aliases, []),
         organisations: [(p)-[:AFFILIATED_WITH]->(g:Organisation) | g {.id, .name}]
       }] AS items
