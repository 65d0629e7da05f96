// A page of persons by name, with their role and organisations.
// @param limit: int — page size
// @param offset: int — rows to skip
MATCH (p:Person)
WITH p ORDER BY p.name, p.id
WITH collect(p) AS persons
RETURN size(persons) AS total,
       [p IN persons[$offset..$offset + $limit] | p {
         .id, .name, .role, aliases: coalesce(p.aliases, []),
         organisations: [(p)-[:AFFILIATED_WITH]->(g:Organisation) | g {.id, .name}]
       }] AS items
