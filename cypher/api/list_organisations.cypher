// A page of organisations by name, with how many operations they took part in.
// @param limit: int — page size
// @param offset: int — rows to skip
MATCH (g:Organisation)
WITH g ORDER BY g.name, g.id
WITH collect(g) AS orgs
RETURN size(orgs) AS total,
       [g IN orgs[$offset..$offset + $limit] | g {
         .id, .name, aliases: coalesce(g.aliases, []),
         operations: COUNT { (g)-[:INVOLVED_IN]->(:Operation) },
         members: COUNT { (g)<-[:AFFILIATED_WITH]-(:Person) }
       }] AS items
