// A page of countries by name, with their operation and partner counts.
// The counts read the country's degree by type (no walk: PARTICIPATED_IN only reaches operations
// and CO_INVESTIGATED only countries, so the far label needs no check).
// @param limit: int — page size
// @param offset: int — rows to skip
MATCH (c:Country)
WITH c ORDER BY c.name, c.id
WITH collect(c) AS countries
RETURN size(countries) AS total,
       [c IN countries[$offset..$offset + $limit] | c {
         .id, .iso2, .name, aliases: coalesce(c.aliases, []),
         operations: COUNT { (c)-[:PARTICIPATED_IN]->() },
         partners: COUNT { (c)-[:CO_INVESTIGATED]-() }
       }] AS items
