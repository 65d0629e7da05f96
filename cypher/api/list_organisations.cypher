// A page of organisations by name, with how many operations they took part in; only those whose
// name or an alias contains `q`, and those involved in an operation `country` took part in, when
// given.
// @param country = null: string — ISO alpha-2 code of a country in the organisation's operations; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param q = null: string — words of a name or alias (case-insensitive); null: any
MATCH (g:Organisation)
WHERE ($q IS NULL OR toLower(g.name) CONTAINS toLower($q)
       OR any(a IN coalesce(g.aliases, []) WHERE toLower(a) CONTAINS toLower($q)))
  AND ($country IS NULL
       OR EXISTS { (g)-[:INVOLVED_IN]->(:Operation)<-[:PARTICIPATED_IN]-(:Country {iso2: $country}) })
WITH g ORDER BY g.name, g.id
WITH collect(g) AS orgs
RETURN size(orgs) AS total,
       [g IN orgs[$offset..$offset + $limit] | g {
         .id, .name, aliases: coalesce(g.aliases, []),
         operations: COUNT { (g)-[:INVOLVED_IN]->(:Operation) },
         members: COUNT { (g)<-[:AFFILIATED_WITH]-(:Person) }
       }] AS items
